// Start-up reconnect with the real OS keychain: a key saved through KeychainKeyStore for the
// current profile connects a freshly started Desk to the sandbox, with no key store injected.
// The test runs itself inside tests/scripts/with-keyring.sh (a private D-Bus session and an
// unlocked throw-away keyring): started without it, main() re-executes through the script, so
// this works from ctest without a special registration. A keyring that cannot be set up fails.
#include "DeskFixture.h"
#include "models/api/Connection.h"
#include "models/api/RequestScheduler.h"
#include "models/api/UsageMeter.h"
#include "models/store/KeychainKeyStore.h"
#include "models/store/Profiles.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <cstdio>
#include <unistd.h>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

const char *const InsideVariable = "KAKIYO_STARTUP_IN_KEYRING";

KeyStoreResult waitFor(const std::function<void(KeyStore::Callback)> &operation)
{
    bool done = false;
    KeyStoreResult result;
    operation([&](const KeyStoreResult &r) {
        result = r;
        done = true;
    });
    QDeadlineTimer deadline(30000);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return result;
}

} // namespace

class tst_StartupKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }
    void reconnectsWithTheKeychainKey();
};

void tst_StartupKeychain::reconnectsWithTheKeychainKey()
{
    // Inside the wrapper: HOME is a fresh temporary folder with its own keyring.
    QVERIFY(qEnvironmentVariable("HOME").contains(QStringLiteral("kakiyo-keyring")));
    SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("5"),
        QStringLiteral("--prospects"), QStringLiteral("40"), QStringLiteral("--quiet")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));

    Profiles profiles;
    const auto profile = profiles.add(QStringLiteral("Keychain team"), sandbox.baseUrl());
    QVERIFY(profile);
    QVERIFY(profiles.setCurrent(profile->id));
    QVERIFY(profiles.sync());
    {
        KeychainKeyStore store;
        QObject context;
        const KeyStoreResult saved = waitFor([&](KeyStore::Callback done) {
            store.save(profile->id, ApiKey(sandbox.apiKey()), &context, done);
        });
        QVERIFY2(saved.ok(), qPrintable(saved.message));
    }

    QTemporaryDir cache;
    Desk desk(LaunchOptions {}, cache.path());
    desk.start(false);
    QVERIFY(!desk.isConnected()); // the key is read asynchronously
    QTRY_VERIFY_WITH_TIMEOUT(!desk.isReconnecting(), 30000);
    QVERIFY(desk.isConnected());
    QCOMPARE(desk.profileId(), profile->id);
    QCOMPARE(desk.connection()->baseUrl(), sandbox.baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.requestCounts().value("total").toInt() > 0, 20000);
    // The key is nowhere in the settings.
    QFile settings(profiles.fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(sandbox.apiKey().toUtf8()));
}

int main(int argc, char **argv)
{
    if (qgetenv(InsideVariable) != "1") {
        // Re-run this executable inside the keyring wrapper.
        const QByteArray source = qgetenv("KAKIYO_SOURCE_DIR");
        if (source.isEmpty()) {
            std::fprintf(stderr,
                "tst_startup_keychain: KAKIYO_SOURCE_DIR is not set (run it "
                "with ctest)\n");
            return 2;
        }
        QByteArray script = source + "/tests/scripts/with-keyring.sh";
        QByteArray self
            = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().toLocal8Bit();
        qputenv(InsideVariable, "1");
        std::vector<char *> args {script.data(), self.data()};
        for (int i = 1; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        execv(script.constData(), args.data());
        std::perror("tst_startup_keychain: cannot run with-keyring.sh");
        return 2;
    }
    QApplication app(argc, argv);
    tst_StartupKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_startup_keychain.moc"
