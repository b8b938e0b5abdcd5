// Start-up reconnect: a profile whose key is in the key store connects at start (the key read
// asynchronously while the window is already up), --profile picks another profile, an unknown
// name or an unreadable key ends on the welcome page with the reason and the key manager open,
// and the workspace remembered for the profile selects the cache partition from the first call.
#include "DeskFixture.h"
#include "common/UnavailableKeyStore.h"
#include "models/api/Connection.h"
#include "models/api/RequestScheduler.h"
#include "models/api/UsageMeter.h"
#include "models/store/CurrentWorkspace.h"
#include "models/store/MemoryKeyStore.h"
#include "models/store/Profiles.h"
#include "ui/keys/KeyManagerDialog.h"
#include "ui/shell/DeskStatusBar.h"
#include "ui/shell/WelcomePage.h"
#include "ui/workspaces/WorkspaceMarker.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

bool storeKey(KeyStore *store, const QString &profileId, const QString &key)
{
    bool done = false;
    bool ok = false;
    QObject context;
    store->save(profileId, ApiKey(key), &context, [&](const KeyStoreResult &r) {
        done = true;
        ok = r.ok();
    });
    QDeadlineTimer deadline(20000);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done && ok;
}

QString welcomeStatus(MainWindow *window)
{
    auto *label = window->welcomePage()->findChild<QLabel *>(QStringLiteral("welcomeStatus"));
    return label ? label->text() : QString();
}

} // namespace

class tst_Startup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void reconnectsToTheStoredProfile();
    void profileOptionPicksTheProfile();
    void unknownProfileSaysSo();
    void unreadableKeyOpensTheKeyManager();

private:
    SandboxProcess m_sandbox {{QStringLiteral("--seed"), QStringLiteral("3"),
        QStringLiteral("--prospects"), QStringLiteral("50"), QStringLiteral("--quiet")}};
};

void tst_Startup::initTestCase()
{
    isolateSettings();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_Startup::init()
{
    QSettings().clear();
}

void tst_Startup::reconnectsToTheStoredProfile()
{
    std::optional<Profile> profile;
    {
        Profiles profiles;
        profile = profiles.add(QStringLiteral("Sandbox team"), m_sandbox.baseUrl());
        QVERIFY(profile);
        QVERIFY(profiles.setCurrent(profile->id));
        QVERIFY(profiles.sync());
    }
    // The workspace chosen in an earlier run: one of the sandbox's, since every page is scoped
    // to it.
    const QJsonObject served = m_sandbox.call("GET", QStringLiteral("/workspaces"))
                                   .json.object()
                                   .value("workspaces")
                                   .toArray()
                                   .first()
                                   .toObject();
    Workspace w;
    w.id = served.value("id").toString();
    w.name = served.value("name").toString();
    QVERIFY(!w.id.isEmpty() && !w.name.isEmpty());
    {
        CurrentWorkspace remembered;
        remembered.setProfile(profile->id);
        remembered.setWorkspaces({w});
        remembered.select(w.id);
    }
    auto store = std::make_unique<MemoryKeyStore>();
    QVERIFY(storeKey(store.get(), profile->id, m_sandbox.apiKey()));

    QTemporaryDir cache;
    Desk desk(LaunchOptions {}, cache.path());
    desk.setKeyStore(std::move(store));
    QSignalSpy connected(&desk, &Desk::connected);
    QVERIFY(m_sandbox.resetRequestCounts());
    desk.start(true);
    // The window is up at once; the key arrives later.
    QVERIFY(desk.window()->isVisible());
    QVERIFY(desk.isReconnecting());
    QVERIFY(!desk.isConnected());
    QVERIFY(welcomeStatus(desk.window()).contains(QStringLiteral("Sandbox team")));

    QTRY_VERIFY_WITH_TIMEOUT(desk.isConnected(), 20000);
    QCOMPARE(connected.count(), 1);
    QVERIFY(!desk.window()->isWelcomeShown());
    QCOMPARE(desk.connection()->baseUrl(), m_sandbox.baseUrl());
    QCOMPARE(desk.profileId(), profile->id);
    QCOMPARE(desk.connection()->cachePartition(), (CachePartition {profile->id, w.id}));
    QVERIFY(desk.window()->deskStatusBar()->profileText().contains(QStringLiteral("Sandbox team")));
    QCOMPARE(desk.window()->deskStatusBar()->workspaceMarker()->text(), w.name);
    // It really talks to the sandbox with that key: the first page loads from it.
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.requestCounts().value("total").toInt() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        desk.window()->currentPage() && desk.window()->currentPage()->updatedAt().isValid(), 20000);
}

void tst_Startup::profileOptionPicksTheProfile()
{
    Profiles profiles;
    const auto other = profiles.add(QStringLiteral("Other team"), m_sandbox.baseUrl());
    const auto wanted = profiles.add(QStringLiteral("Client B"), m_sandbox.baseUrl());
    QVERIFY(other && wanted);
    QVERIFY(profiles.setCurrent(other->id)); // the current one has no key: it must not be used
    QVERIFY(profiles.sync());
    auto store = std::make_unique<MemoryKeyStore>();
    QVERIFY(storeKey(store.get(), wanted->id, m_sandbox.apiKey()));

    LaunchOptions options = LaunchOptions::parse(
        {QStringLiteral("kakiyo-desk"), QStringLiteral("--profile"), QStringLiteral("client b")});
    QVERIFY(options.isValid());
    QTemporaryDir cache;
    Desk desk(options, cache.path());
    desk.setKeyStore(std::move(store));
    desk.start(false);
    QTRY_VERIFY_WITH_TIMEOUT(desk.isConnected(), 20000);
    QCOMPARE(desk.profileId(), wanted->id);
    // It became the current profile.
    Profiles reread;
    QCOMPARE(reread.currentId(), wanted->id);
}

void tst_Startup::unknownProfileSaysSo()
{
    LaunchOptions options = LaunchOptions::parse(
        {QStringLiteral("kakiyo-desk"), QStringLiteral("--profile"), QStringLiteral("Nobody")});
    QTemporaryDir cache;
    Desk desk(options, cache.path());
    auto store = std::make_unique<MemoryKeyStore>();
    desk.setKeyStore(std::move(store));
    QSignalSpy failed(&desk, &Desk::connectionFailed);
    desk.start(false);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!desk.isConnected());
    QVERIFY(desk.window()->isWelcomeShown());
    QVERIFY(welcomeStatus(desk.window()).contains(QStringLiteral("Nobody")));
}

void tst_Startup::unreadableKeyOpensTheKeyManager()
{
    Profiles profiles;
    const auto profile = profiles.add(QStringLiteral("Locked team"), m_sandbox.baseUrl());
    QVERIFY(profile);
    QVERIFY(profiles.setCurrent(profile->id));
    QVERIFY(profiles.sync());
    auto store = std::make_unique<UnavailableKeyStore>(QStringLiteral("The keyring is locked."));
    UnavailableKeyStore *locked = store.get();
    QTemporaryDir cache;
    Desk desk(LaunchOptions {}, cache.path());
    desk.setKeyStore(std::move(store));
    QSignalSpy failed(&desk, &Desk::connectionFailed);
    desk.start(true);
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 20000);
    QCOMPARE(locked->loads, 1);
    QVERIFY(!desk.isConnected());
    QVERIFY(!desk.isReconnecting());
    const QString status = welcomeStatus(desk.window());
    QVERIFY2(status.contains(QStringLiteral("locked")), qPrintable(status));
    QVERIFY(status.contains(QStringLiteral("Re-enter")));
    // The key manager is open to re-enter the key.
    QTRY_VERIFY_WITH_TIMEOUT(desk.keyManager() && desk.keyManager()->isVisible(), 20000);
    // Never the key, never a crash: the dialog can be closed.
    desk.keyManager()->reject();
}

QTEST_MAIN(tst_Startup)
#include "tst_startup.moc"
