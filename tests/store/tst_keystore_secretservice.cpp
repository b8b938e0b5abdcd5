// KeychainKeyStore against the real Secret Service. Runs inside tests/scripts/with-keyring.sh (a
// private D-Bus session with a throw-away, unlocked gnome-keyring); if the keyring cannot be
// reached the test fails, it never skips.
#include "common/KeyStoreAnswer.h"
#include "models/store/KeychainKeyStore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <optional>

using namespace kakiyo;
using kakiyo::test::KeyStoreAnswer;

namespace {

const ApiKey KeyOne(QStringLiteral("abcdefghij1234567890SECRETsecret0123AAAA"));
const ApiKey KeyTwo(QStringLiteral("abcdefghij1234567890otherOTHER98765BBBBB").left(40));
const ApiKey KeyThree(QStringLiteral("ZYXWVUTSRQ0987654321anotherSecret4567CCC"));

using Status = KeyStoreResult::Status;

} // namespace

#define WAIT_FOR(answer) QTRY_VERIFY_WITH_TIMEOUT((answer).arrived(), 15000)

class tst_KeystoreSecretService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Inside the wrapper HOME is a fresh temporary folder; refuse to touch a real keyring.
        QVERIFY2(qEnvironmentVariable("HOME").contains(QLatin1String("kakiyo-keyring")),
            "run this test through tests/scripts/with-keyring.sh");
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(), "no D-Bus session");
    }

    void probeSaysAvailable()
    {
        KeychainKeyStore store;
        KeyStoreAnswer probe;
        store.probe(this, probe.callback());
        EXPECT_STATUS(probe, Status::Ok);
        QVERIFY(store.isPersistent());
    }

    void saveThenLoad()
    {
        KeychainKeyStore store;
        KeyStoreAnswer saved;
        store.save(QStringLiteral("p-save"), KeyOne, this, saved.callback());
        EXPECT_STATUS(saved, Status::Ok);

        // A new store object (as after a restart) reads the same entry.
        KeychainKeyStore again;
        KeyStoreAnswer loaded;
        again.load(QStringLiteral("p-save"), this, loaded.callback());
        EXPECT_STATUS(loaded, Status::Ok);
        QCOMPARE(loaded.result().key, KeyOne);
    }

    void entryNotFoundMeansNoKeyYet()
    {
        KeychainKeyStore store;
        KeyStoreAnswer loaded;
        store.load(QStringLiteral("p-never-saved"), this, loaded.callback());
        EXPECT_STATUS(loaded, Status::NotFound);
        QVERIFY(loaded.result().key.isEmpty());
        QVERIFY(!loaded.result().message.isEmpty());
    }

    void overwriteReplaces()
    {
        KeychainKeyStore store;
        KeyStoreAnswer first, second, loaded;
        store.save(QStringLiteral("p-over"), KeyOne, this, first.callback());
        store.save(QStringLiteral("p-over"), KeyTwo, this, second.callback()); // queued behind
        EXPECT_STATUS(first, Status::Ok);
        EXPECT_STATUS(second, Status::Ok);
        store.load(QStringLiteral("p-over"), this, loaded.callback());
        EXPECT_STATUS(loaded, Status::Ok);
        QCOMPARE(loaded.result().key, KeyTwo);
    }

    void removeForgets()
    {
        KeychainKeyStore store;
        KeyStoreAnswer saved, removed, loaded, removedAgain;
        store.save(QStringLiteral("p-remove"), KeyOne, this, saved.callback());
        EXPECT_STATUS(saved, Status::Ok);
        store.remove(QStringLiteral("p-remove"), this, removed.callback());
        EXPECT_STATUS(removed, Status::Ok);
        store.load(QStringLiteral("p-remove"), this, loaded.callback());
        EXPECT_STATUS(loaded, Status::NotFound);
        store.remove(QStringLiteral("p-remove"), this, removedAgain.callback());
        EXPECT_STATUS(removedAgain, Status::Ok); // nothing left to remove is not an error
    }

    void profilesAreIsolated()
    {
        KeychainKeyStore store;
        KeyStoreAnswer a, b;
        store.save(QStringLiteral("p-a"), KeyOne, this, a.callback());
        store.save(QStringLiteral("p-b"), KeyThree, this, b.callback());
        EXPECT_STATUS(a, Status::Ok);
        EXPECT_STATUS(b, Status::Ok);

        KeyStoreAnswer removedA, loadA, loadB;
        store.remove(QStringLiteral("p-a"), this, removedA.callback());
        store.load(QStringLiteral("p-a"), this, loadA.callback());
        store.load(QStringLiteral("p-b"), this, loadB.callback());
        EXPECT_STATUS(removedA, Status::Ok);
        EXPECT_STATUS(loadA, Status::NotFound);
        EXPECT_STATUS(loadB, Status::Ok);
        QCOMPARE(loadB.result().key, KeyThree);
    }

    void manyQueuedOperationsEachAnswerOnce()
    {
        KeychainKeyStore store;
        QList<ApiKey> keys;
        std::vector<KeyStoreAnswer> saves(6), loads(6);
        for (int i = 0; i < 6; ++i) {
            keys << ApiKey(
                QStringLiteral("team%1team%1team%1te").arg(i, 2, 10, QLatin1Char('0')).left(20)
                + QStringLiteral("s%1ssssssssssssssssss").arg(i).left(20));
            QVERIFY(keys.last().isWellFormed());
            store.save(QStringLiteral("p-many-%1").arg(i), keys.last(), this, saves[i].callback());
        }
        for (int i = 0; i < 6; ++i)
            store.load(QStringLiteral("p-many-%1").arg(i), this, loads[i].callback());
        for (int i = 0; i < 6; ++i) {
            EXPECT_STATUS(saves[i], Status::Ok);
            EXPECT_STATUS(loads[i], Status::Ok);
            QCOMPARE(loads[i].result().key, keys[i]);
        }
    }

    void malformedKeyIsNotStored()
    {
        KeychainKeyStore store;
        KeyStoreAnswer saved, loaded;
        store.save(
            QStringLiteral("p-bad"), ApiKey(QStringLiteral("too-short")), this, saved.callback());
        EXPECT_STATUS(saved, Status::Invalid);
        QVERIFY(!saved.result().message.contains(QLatin1String("too-short")));
        store.load(QStringLiteral("p-bad"), this, loaded.callback());
        EXPECT_STATUS(loaded, Status::NotFound);
    }

    void destroyedContextGetsNoCallback()
    {
        KeychainKeyStore store;
        int calls = 0;
        auto *context = new QObject;
        store.save(
            QStringLiteral("p-ctx"), KeyOne, context, [&](const KeyStoreResult &) { ++calls; });
        delete context;
        KeyStoreAnswer after; // queued behind the save: once it answers, the save has finished too
        store.load(QStringLiteral("p-ctx"), this, after.callback());
        EXPECT_STATUS(after, Status::Ok);
        QCOMPARE(calls, 0);
    }

    void storeDestroyedWhileJobsPending()
    {
        // Quitting while the first keychain check still runs must not crash in the backend's
        // callback, and the late answers must reach nobody.
        int calls = 0;
        {
            KeychainKeyStore doomed;
            doomed.save(QStringLiteral("p-doomed"), KeyThree, this,
                [&](const KeyStoreResult &) { ++calls; });
            doomed.probe(this, [&](const KeyStoreResult &) { ++calls; });
            // Let the first job reach libsecret, so it is really in flight when the store dies.
            for (int i = 0; i < 20; ++i)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        }
        KeychainKeyStore store;
        KeyStoreAnswer after; // queued behind the orphaned jobs: they have finished once it answers
        store.load(QStringLiteral("p-doomed"), this, after.callback());
        WAIT_FOR(after);
        QCOMPARE(after.calls(), 1);
        QVERIFY(after.result().status == Status::Ok || after.result().status == Status::NotFound);
        QTest::qWait(0); // let the finished jobs' deleteLater run
        QCOMPARE(calls, 0);
    }

    void entryIsNamedForTheProfile()
    {
        // Look the entry up from outside the app: service and per-profile entry name as documented.
        KeychainKeyStore store;
        KeyStoreAnswer saved;
        store.save(QStringLiteral("p-named"), KeyThree, this, saved.callback());
        EXPECT_STATUS(saved, Status::Ok);
        QProcess search;
        search.start(QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--unlock"),
                QStringLiteral("user"), KeyStore::entryName(QStringLiteral("p-named"))});
        QVERIFY(search.waitForFinished(15000));
        const QString out
            = QString::fromUtf8(search.readAllStandardOutput() + search.readAllStandardError());
        QVERIFY2(out.contains(QLatin1String("kakiyo-desk/p-named")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("= kakiyo-desk\n")), qPrintable(out)); // the service
        QVERIFY2(out.contains(KeyThree.text()), "the stored secret is the key");
    }

    void keyIsInNoPlainFile()
    {
        // With insecureFallback off nothing writes the key to a settings file; the keyring file
        // itself is encrypted.
        KeychainKeyStore store;
        KeyStoreAnswer saved;
        store.save(QStringLiteral("p-files"), KeyOne, this, saved.callback());
        EXPECT_STATUS(saved, Status::Ok);
        const QByteArray secret = KeyOne.text().toUtf8();
        int files = 0;
        for (const char *var : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"}) {
            QDirIterator it(qEnvironmentVariable(var), QDir::Files | QDir::Hidden | QDir::System,
                QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                ++files;
                QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
            }
        }
        QVERIFY(files > 0); // at least the keyring file was looked at
    }
};

QTEST_GUILESS_MAIN(tst_KeystoreSecretService)
#include "tst_keystore_secretservice.moc"
