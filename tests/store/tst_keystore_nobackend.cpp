// Without a keychain (the session bus points nowhere, as on a headless box with no keyring) the
// probe says "unavailable" with the backend's reason, loads are never mistaken for "no key yet",
// nothing falls back to a plaintext file, and the session-only MemoryKeyStore works.
#include "common/KeyStoreAnswer.h"
#include "models/store/KeychainKeyStore.h"
#include "models/store/MemoryKeyStore.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace kakiyo;
using kakiyo::test::KeyStoreAnswer;
using Status = KeyStoreResult::Status;

namespace {

const ApiKey Key(QStringLiteral("abcdefghij1234567890SECRETsecret0123AAAA"));
const ApiKey OtherKey(QStringLiteral("ZYXWVUTSRQ0987654321anotherSecret4567CCC"));

} // namespace

class tst_KeystoreNoBackend : public QObject
{
    Q_OBJECT

public:
    explicit tst_KeystoreNoBackend(const QString &home)
        : m_home(home)
    {
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void probeSaysUnavailableWithAReason()
    {
        KeychainKeyStore store;
        KeyStoreAnswer probe;
        store.probe(this, probe.callback());
        EXPECT_STATUS(probe, Status::Unavailable);
        QVERIFY(probe.result().message.startsWith(
            QLatin1String("Secure storage is unavailable or locked: ")));
        QVERIFY(probe.result().message.size() > 45); // the backend's own reason follows
    }

    void operationsAnswerUnavailableNotNotFound()
    {
        KeychainKeyStore store;
        KeyStoreAnswer saved, loaded, removed;
        store.save(QStringLiteral("p1"), Key, this, saved.callback());
        store.load(QStringLiteral("p1"), this, loaded.callback());
        store.remove(QStringLiteral("p1"), this, removed.callback());
        EXPECT_STATUS(saved, Status::Unavailable);
        EXPECT_STATUS(
            loaded, Status::Unavailable); // "no key yet" would send the user to re-enter it
        EXPECT_STATUS(removed, Status::Unavailable);
        QVERIFY(loaded.result().key.isEmpty());
        QVERIFY(!saved.result().message.contains(Key.text()));
    }

    void noPlaintextFallbackFile()
    {
        KeychainKeyStore store;
        KeyStoreAnswer saved;
        store.save(QStringLiteral("p-files"), Key, this, saved.callback());
        EXPECT_STATUS(saved, Status::Unavailable);
        QDirIterator it(
            m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly)) // a socket or fifo holds no plaintext
                continue;
            QVERIFY2(!file.readAll().contains(Key.text().toUtf8()), qPrintable(file.fileName()));
        }
    }

    void memoryStoreWorks()
    {
        MemoryKeyStore store;
        QVERIFY(!store.isPersistent());
        QVERIFY(!MemoryKeyStore::sessionOnlyWarning().isEmpty());

        KeyStoreAnswer probe;
        store.probe(this, probe.callback());
        EXPECT_STATUS(probe, Status::Ok);

        KeyStoreAnswer missing;
        store.load(QStringLiteral("p1"), this, missing.callback());
        EXPECT_STATUS(missing, Status::NotFound);

        KeyStoreAnswer savedOne, savedTwo, loadedOne, loadedTwo;
        store.save(QStringLiteral("p1"), Key, this, savedOne.callback());
        QVERIFY(!savedOne.arrived()); // asynchronous, like the keychain
        store.save(QStringLiteral("p2"), OtherKey, this, savedTwo.callback());
        EXPECT_STATUS(savedOne, Status::Ok);
        EXPECT_STATUS(savedTwo, Status::Ok);
        store.load(QStringLiteral("p1"), this, loadedOne.callback());
        store.load(QStringLiteral("p2"), this, loadedTwo.callback());
        EXPECT_STATUS(loadedOne, Status::Ok);
        EXPECT_STATUS(loadedTwo, Status::Ok);
        QCOMPARE(loadedOne.result().key, Key);
        QCOMPARE(loadedTwo.result().key, OtherKey);

        KeyStoreAnswer overwritten, reloaded;
        store.save(QStringLiteral("p1"), OtherKey, this, overwritten.callback());
        store.load(QStringLiteral("p1"), this, reloaded.callback());
        EXPECT_STATUS(reloaded, Status::Ok);
        QCOMPARE(reloaded.result().key, OtherKey);

        KeyStoreAnswer removed, afterRemove, stillThere;
        store.remove(QStringLiteral("p1"), this, removed.callback());
        store.load(QStringLiteral("p1"), this, afterRemove.callback());
        store.load(QStringLiteral("p2"), this, stillThere.callback());
        EXPECT_STATUS(removed, Status::Ok);
        EXPECT_STATUS(afterRemove, Status::NotFound);
        EXPECT_STATUS(stillThere, Status::Ok);
    }

    void memoryStoreRejectsMalformedKeys()
    {
        MemoryKeyStore store;
        KeyStoreAnswer saved, loaded;
        store.save(QStringLiteral("p1"), ApiKey(QStringLiteral("abc def")), this, saved.callback());
        store.load(QStringLiteral("p1"), this, loaded.callback());
        EXPECT_STATUS(saved, Status::Invalid);
        QVERIFY(!saved.result().message.isEmpty());
        EXPECT_STATUS(loaded, Status::NotFound);
    }

    void memoryStoreIsForgottenWithTheSession()
    {
        {
            MemoryKeyStore store;
            KeyStoreAnswer saved;
            store.save(QStringLiteral("p1"), Key, this, saved.callback());
            EXPECT_STATUS(saved, Status::Ok);
        }
        MemoryKeyStore next;
        KeyStoreAnswer loaded;
        next.load(QStringLiteral("p1"), this, loaded.callback());
        EXPECT_STATUS(loaded, Status::NotFound);
    }

    void destroyedContextGetsNoCallback()
    {
        MemoryKeyStore store;
        int calls = 0;
        auto *context = new QObject;
        store.load(QStringLiteral("p1"), context, [&](const KeyStoreResult &) { ++calls; });
        delete context;
        KeyStoreAnswer after;
        store.load(QStringLiteral("p1"), this, after.callback());
        EXPECT_STATUS(after, Status::NotFound);
        QCOMPARE(calls, 0);
    }

    void namingFollowsTheContract()
    {
        QCOMPARE(KeyStore::service(), QStringLiteral("kakiyo-desk"));
        QCOMPARE(KeyStore::entryName(QStringLiteral("0f3c")), QStringLiteral("kakiyo-desk/0f3c"));
    }

private:
    QString m_home;
};

int main(int argc, char **argv)
{
    // Before any library looks at the environment: a session bus that does not exist, no
    // desktop hints, and a HOME of our own to search for plaintext copies afterwards.
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kakiyo-no-session-bus");
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toUtf8());
    for (const char *name :
        {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION",
            "GNOME_DESKTOP_SESSION_ID", "GNOME_KEYRING_CONTROL", "DISPLAY", "WAYLAND_DISPLAY"}) {
        qunsetenv(name);
    }
    QCoreApplication app(argc, argv);
    tst_KeystoreNoBackend test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keystore_nobackend.moc"
