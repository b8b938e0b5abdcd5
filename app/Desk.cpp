#include "app/Desk.h"

#include "app/DemoSandbox.h"
#include "app/LiveDesk.h"
#include "app/SettingsCommand.h"
#include "models/api/ApiError.h"
#include "models/api/Connection.h"
#include "models/api/RequestScheduler.h"
#include "models/api/ServerGeneration.h"
#include "models/api/UsageMeter.h"
#include "models/store/Cache.h"
#include "models/store/CurrentWorkspace.h"
#include "models/store/KeyStoreResult.h"
#include "models/store/KeychainKeyStore.h"
#include "models/store/Profiles.h"
#include "ui/agents/AgentsPage.h"
#include "ui/analytics/AnalyticsPage.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/dnc/DncPage.h"
#include "ui/import/ImportLauncher.h"
#include "ui/keys/KeyManagerDialog.h"
#include "ui/library/LibraryPage.h"
#include "ui/overview/OverviewPage.h"
#include "ui/prospects/ConversationView.h"
#include "ui/prospects/ProspectsPage.h"
#include "ui/shell/BannerArea.h"
#include "ui/shell/DeskStatusBar.h"
#include "ui/shell/ErrorNotice.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/WelcomePage.h"
#include "ui/webhooks/WebhooksPage.h"
#include "ui/workspaces/WorkspaceSwitcher.h"
#include "ui/workspaces/WorkspacesPage.h"

#include <QAction>
#include <QDesktopServices>
#include <QLabel>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>

namespace kakiyo {

Desk::Desk(const LaunchOptions &options, const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_cacheDirectory(cacheDirectory)
    , m_workspace(std::make_unique<CurrentWorkspace>())
{
    connect(m_workspace.get(), &CurrentWorkspace::changed, this, &Desk::applyWorkspace);
    // A deleted workspace's cached answers are of no use any more.
    connect(m_workspace.get(), &CurrentWorkspace::removed, this, [this](const QString &id) {
        if (m_cache && !id.isEmpty())
            m_cache->clear(CachePartition {m_profileId, id});
    });
}

Desk::~Desk()
{
    // Pages hold requests on the session; the session must go before the cache; the demo server
    // goes last so nothing talks to a dead port. Its signals must not reach a half-destroyed Desk
    // (stopping it may still deliver the start-up line).
    if (m_demo)
        m_demo->disconnect(this);
    m_live.reset();
    m_window.reset();
    m_connection.reset();
    m_cache.reset();
    m_demo.reset();
    m_workspace.reset();
}

void Desk::setKeyStore(std::unique_ptr<KeyStore> store)
{
    m_keyStore = std::move(store);
}

QUrl Desk::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.kakiyo.com/v1"));
}

void Desk::start(bool show)
{
    m_window = std::make_unique<MainWindow>();
    m_window->restoreState();
    connect(m_window->welcomePage(), &WelcomePage::demoRequested, this, &Desk::startDemo);
    connect(m_window->welcomePage(), &WelcomePage::connectRequested, this, &Desk::openKeyManager);
    connect(m_window.get(), &MainWindow::keyManagerRequested, this, &Desk::openKeyManager);
    connect(m_window.get(), &MainWindow::csvDropped, this,
        [this](const QString &path) { openImport({}, path); });
    connect(m_window.get(), &MainWindow::pageChanged, this, [this](MainWindow::PageId id) {
        if (m_staleForWorkspace.remove(int(id)) && m_window->isPageBuilt(id))
            m_window->page(id)->refresh();
    });
    m_window->showWelcome(true);

    // Sidebar header: which workspace the window works in, as a switcher whose entries wear
    // their marker colour.
    auto *header = new QWidget;
    header->setObjectName(QStringLiteral("sidebarHeader"));
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(8, 8, 8, 6);
    headerLayout->setSpacing(2);
    auto *caption = new QLabel(tr("Workspace"), header);
    auto *switcher = new WorkspaceSwitcher(m_workspace.get(), header);
    caption->setBuddy(switcher);
    headerLayout->addWidget(caption);
    headerLayout->addWidget(switcher);
    m_window->setSidebarHeader(header);
    SettingsCommand::install(m_window.get());
    auto *switchWorkspace = new QAction(tr("Switch workspace…"), m_window.get());
    switchWorkspace->setObjectName(QStringLiteral("switchWorkspace"));
    switchWorkspace->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(switchWorkspace, &QAction::triggered, switcher, [switcher] {
        switcher->setFocus(Qt::ShortcutFocusReason);
        switcher->showPopup();
    });
    m_window->addCommand(switchWorkspace);
    addDeskCommands();

    // A desktop-file action waits for the session (the demo and the keychain answer later).
    if (m_options.startAction != LaunchOptions::StartAction::None)
        connect(this, &Desk::connected, this, &Desk::runStartAction, Qt::SingleShotConnection);
    if (m_options.demo) {
        startDemo();
    } else {
        // A key from the environment is used for this run only and never stored.
        const QString envKey = qEnvironmentVariable("KAKIYO_API_KEY").trimmed();
        if (!envKey.isEmpty()) {
            const QUrl base = m_options.baseUrl.isEmpty() ? defaultBaseUrl() : m_options.baseUrl;
            const QString profile
                = m_options.profile.isEmpty() ? QStringLiteral("default") : m_options.profile;
            openSession(base, envKey, profile, profile);
        } else {
            reconnect();
        }
    }
    if (show)
        m_window->show();
}

void Desk::reconnect()
{
    if (!m_profiles)
        m_profiles = std::make_unique<Profiles>();
    std::optional<Profile> profile;
    if (!m_options.profile.isEmpty()) {
        profile = m_profiles->findByName(m_options.profile);
        if (!profile)
            profile = m_profiles->find(m_options.profile);
        if (!profile) {
            const QString message = tr("There is no profile named “%1”. Connect to create it.")
                                        .arg(m_options.profile);
            m_window->welcomePage()->setStatus(message, true);
            emit connectionFailed(message);
            return;
        }
    } else {
        profile = m_profiles->current();
    }
    if (!profile)
        return; // first run: the welcome page
    if (!m_keyStore)
        m_keyStore = std::make_unique<KeychainKeyStore>();
    // The keychain answers asynchronously (and may take a while to unlock): the window is shown
    // meanwhile and says what it is doing.
    m_reconnecting = true;
    m_window->welcomePage()->setStatus(tr("Connecting to “%1”…").arg(profile->name));
    const Profile p = *profile;
    m_keyStore->load(p.id, this, [this, p](const KeyStoreResult &result) {
        m_reconnecting = false;
        if (m_connected)
            return; // the user connected some other way meanwhile
        if (result.ok()) {
            m_profiles->setCurrent(p.id);
            openSession(p.baseUrl, result.key.text(), p.name, p.id);
            return;
        }
        const QString message = result.status == KeyStoreResult::Status::NotFound
            ? tr("No key is stored for “%1” yet. Enter it to connect.").arg(p.name)
            : tr("The key of “%1” could not be read from secure storage: %2 Re-enter the key "
                 "to connect.")
                  .arg(p.name, result.message);
        m_window->welcomePage()->setStatus(message, true);
        emit connectionFailed(message);
        openKeyManager();
    });
}

void Desk::applyWorkspace(const QString &id, const QString &name)
{
    if (!m_window)
        return;
    m_window->deskStatusBar()->setWorkspace(id, name);
    if (m_settingProfile || !m_connection)
        return;
    // Cached answers never mix between workspaces: each has its own partition. Without a cache
    // the partition still names the workspace every list is scoped to.
    m_connection->setWorkspace(id);
    m_staleForWorkspace.clear();
    for (int p = 0; p < MainWindow::kPageCount; ++p) {
        const auto page = MainWindow::PageId(p);
        // The Workspaces page lists the whole team's workspaces and agents in any workspace.
        if (page != m_window->currentPageId() && page != MainWindow::PageId::Workspaces
            && m_window->isPageBuilt(page))
            m_staleForWorkspace.insert(p);
    }
    if (m_live)
        m_live->attach(m_connection.get()); // alerts are per workspace too
    if (Page *page = m_window->currentPage(); page && !m_window->isWelcomeShown())
        page->refresh();
}

void Desk::startDemo()
{
    if (m_demo && (m_demo->isReady() || m_demo->isRunning()))
        return;
    m_demo = std::make_unique<DemoSandbox>();
    m_window->welcomePage()->setDemoStarting(true);
    connect(m_demo.get(), &DemoSandbox::ready, this, [this] {
        const DemoConnection &c = m_demo->connection();
        // Each demo server is a fresh team: its answers are cached for this run only.
        m_demoCacheDir = std::make_unique<QTemporaryDir>();
        m_cacheDirectory = m_demoCacheDir->path();
        CurrentWorkspace::forget(QStringLiteral("demo")); // its workspaces are new ones too
        openSession(c.baseUrl, c.apiKey, tr("Demo team"), QStringLiteral("demo"));
    });
    connect(m_demo.get(), &DemoSandbox::failed, this, [this](const QString &message) {
        m_window->welcomePage()->setDemoStarting(false);
        m_window->welcomePage()->setStatus(tr("The demo could not start: %1").arg(message), true);
        emit connectionFailed(message);
    });
    connect(m_demo.get(), &DemoSandbox::lost, this, [this](const QString &message) {
        m_connected = false;
        m_window->deskStatusBar()->setOnline(false, tr("demo server stopped"));
        m_window->banners()->show({QStringLiteral("network"), BannerSpec::Tone::Error,
            tr("The demo server stopped (%1). Restart the demo to continue.").arg(message),
            tr("Restart demo"), [this] { startDemo(); }, 0});
    });
    m_demo->start(DemoSandbox::findProgram());
}

KeyManagerDialog *Desk::keyManager() const
{
    return m_keyManager.data();
}

void Desk::openKeyManager()
{
    if (!m_window)
        return;
    if (m_keyManager) {
        m_keyManager->raise();
        m_keyManager->activateWindow();
        return;
    }
    if (!m_profiles)
        m_profiles = std::make_unique<Profiles>();
    if (!m_keyStore)
        m_keyStore = std::make_unique<KeychainKeyStore>();
    // Window-modal and non-blocking (open, not exec): GUI tests keep their event loop.
    m_keyManager = new KeyManagerDialog(m_profiles.get(), m_keyStore.get(), m_window.get());
    m_keyManager->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_keyManager, &KeyManagerDialog::profileReady, this,
        [this](const QString &id, const QString &name, const QUrl &baseUrl, const QString &key) {
            openSession(baseUrl, key, name, id);
            if (m_connected && m_keyManager)
                m_keyManager->accept();
        });
    m_keyManager->open();
}

void Desk::openSession(const QUrl &baseUrl, const QString &apiKey, const QString &profileName,
    const QString &profileId)
{
    m_window->welcomePage()->setDemoStarting(false);
    // Switching profile: the old connection goes before the cache it writes to.
    if (m_live)
        m_live->detach();
    m_connection.reset();
    auto cache = std::make_unique<Cache>(m_cacheDirectory);
    // The workspace remembered for this profile selects the partition from the first call on.
    m_settingProfile = true;
    m_workspace->setProfile(profileId);
    m_settingProfile = false;
    ApiError refused;
    m_connection = Connection::open(
        {baseUrl, apiKey, profileId, cache.get(), m_workspace->id(), nullptr}, &refused);
    if (!m_connection) {
        m_window->welcomePage()->setStatus(refused.userMessage(), true);
        emit connectionFailed(refused.userMessage());
        return;
    }
    m_cache = std::move(cache);
    m_profileName = profileName;
    m_profileId = profileId;

    connect(m_connection.get(), &Connection::failed, this, &Desk::showError);
    connect(m_connection->scheduler(), &RequestScheduler::stateChanged, this, &Desk::updateStatus);
    connect(m_connection->usage(), &UsageMeter::changed, this, &Desk::updateStatus);

    if (!m_live) {
        m_live = std::make_unique<LiveDesk>(m_window.get());
        connect(m_live.get(), &LiveDesk::openSubject, this,
            [this](const QString &subject, const QString &id) {
                using P = MainWindow::PageId;
                MainWindow *w = m_window.get();
                if (subject == u"agent") {
                    w->goTo(P::Agents);
                    static_cast<AgentsPage *>(w->page(P::Agents))->selectAgent(id);
                } else if (subject == u"conversation") {
                    w->goTo(P::Prospects);
                    static_cast<ProspectsPage *>(w->page(P::Prospects))->openConversation(id);
                } else if (subject == u"campaign") {
                    w->goTo(P::Campaigns);
                } else if (subject == u"webhook") {
                    w->goTo(P::Webhooks);
                    static_cast<WebhooksPage *>(w->page(P::Webhooks))->selectWebhook(id);
                }
            });
        // What a live refresh stored reaches the open pages in place (free from the cache).
        connect(m_live.get(), &LiveDesk::teamRefreshed, this, [this] {
            for (int p = 0; p < MainWindow::kPageCount; ++p) {
                if (m_window->isPageBuilt(MainWindow::PageId(p)))
                    m_window->page(MainWindow::PageId(p))->refreshInPlace();
            }
        });
    }
    installPages();
    m_live->attach(m_connection.get());
    m_connected = true;
    m_window->deskStatusBar()->setProfile(profileName);
    m_window->deskStatusBar()->setOnline(true, baseUrl.host());
    updateStatus();
    m_window->welcomePage()->setStatus({});
    m_window->banners()->dismissAll();
    m_window->showWelcome(false);
    emit connected();
}

void Desk::installPages()
{
    // Each page is built on first use (or in the idle time after the first frame): start-up
    // builds only the page in front. Cross-page wiring is made as a page is built, and asks
    // for the other page only when it is needed.
    Connection *s = m_connection.get();
    using P = MainWindow::PageId;
    MainWindow *w = m_window.get();
    w->setPageFactory(P::Overview, [this, s, w] {
        auto *overview = new OverviewPage(s);
        connect(overview, &OverviewPage::openAgent, this, [w](const QString &id) {
            w->goTo(P::Agents);
            static_cast<AgentsPage *>(w->page(P::Agents))->selectAgent(id);
        });
        connect(overview, &OverviewPage::openCampaigns, this, [w] { w->goTo(P::Campaigns); });
        return overview;
    });
    w->setPageFactory(P::Agents, [s] { return new AgentsPage(s); });
    w->setPageFactory(P::Campaigns, [this, s, w] {
        auto *campaigns = new CampaignsPage(s);
        // Every way into a lead import opens the same wizard, non-modal, on this connection.
        connect(campaigns, &CampaignsPage::importRequested, this,
            [this](
                const QString &campaignId, const QString &path) { openImport(campaignId, path); });
        connect(campaigns, &CampaignsPage::openConversation, this, [w](const QString &chatId) {
            w->goTo(P::Prospects);
            static_cast<ProspectsPage *>(w->page(P::Prospects))->openConversation(chatId);
        });
        return campaigns;
    });
    w->setPageFactory(P::Prospects, [this, s] {
        auto *prospects = new ProspectsPage(s);
        connect(prospects, &ProspectsPage::importRequested, this,
            [this](const QString &campaignId) { openImport(campaignId, {}); });
        connect(prospects->conversation(), &ConversationView::opened, this,
            [this](const QString &chatId) {
                if (m_live)
                    m_live->markRead(chatId);
            });
        // The unread conversations on the page itself (bold rows, "Unread (N)").
        const auto unread = [this, prospects] {
            if (m_live) // null while the desk closes
                prospects->setUnreadChats(m_live->unreadChats());
        };
        unread();
        connect(m_live.get(), &LiveDesk::countsChanged, prospects, unread);
        return prospects;
    });
    w->setPageFactory(P::Analytics, [this, s] {
        auto *analytics = new AnalyticsPage(s);
        // The report names the client workspace it is about (the team's keeps its default).
        const auto name = [](const QString &id, const QString &workspace) {
            return id.isEmpty() ? QString() : workspace;
        };
        analytics->setTeamName(name(m_workspace->id(), m_workspace->name()));
        connect(m_workspace.get(), &CurrentWorkspace::changed, analytics,
            [analytics, name](const QString &id, const QString &workspace) {
                analytics->setTeamName(name(id, workspace));
            });
        return analytics;
    });
    w->setPageFactory(P::Library, [s] { return new LibraryPage(s); });
    w->setPageFactory(P::Webhooks, [s] { return new WebhooksPage(s); });
    w->setPageFactory(P::Dnc, [s] { return new DncPage(s); });
    w->setPageFactory(P::Workspaces, [this, s, w] {
        auto *workspaces = new WorkspacesPage(s, m_workspace.get());
        connect(
            workspaces, &WorkspacesPage::overviewRequested, this, [w] { w->goTo(P::Overview); });
        return workspaces;
    });
    w->buildPendingPagesWhenIdle();
}

void Desk::addDeskCommands()
{
    using P = MainWindow::PageId;
    MainWindow *w = m_window.get();
    const auto campaigns = [w] { return static_cast<CampaignsPage *>(w->page(P::Campaigns)); };
    auto *newCampaign = new QAction(tr("New campaign…"), w);
    newCampaign->setObjectName(QStringLiteral("newCampaign"));
    newCampaign->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(newCampaign, &QAction::triggered, this, [this, w, campaigns] {
        if (!m_connected)
            return;
        w->goTo(P::Campaigns);
        campaigns()->createCampaign();
    });
    w->addCommand(newCampaign);
    auto *toggleView = new QAction(tr("Campaigns: switch cards / table"), w);
    toggleView->setObjectName(QStringLiteral("toggleCampaignView"));
    toggleView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(toggleView, &QAction::triggered, this, [this, w, campaigns] {
        if (!m_connected)
            return;
        w->goTo(P::Campaigns);
        campaigns()->setTableView(!campaigns()->isTableView());
    });
    w->addCommand(toggleView);
    auto *clearCache = new QAction(tr("Clear cached answers of this profile"), w);
    clearCache->setObjectName(QStringLiteral("clearCache"));
    connect(clearCache, &QAction::triggered, this, [this] {
        if (m_connection)
            m_connection->clearCache();
    });
    w->addCommand(clearCache);
}

void Desk::runStartAction()
{
    // After the signal has returned: openSession() is still on the stack while it is emitted.
    QTimer::singleShot(0, this, [this] {
        if (!m_window)
            return;
        switch (m_options.startAction) {
        case LaunchOptions::StartAction::NewCampaign:
            if (auto *action = m_window->findChild<QAction *>(QStringLiteral("newCampaign")))
                action->trigger();
            break;
        case LaunchOptions::StartAction::ImportLeads:
            openImport();
            break;
        case LaunchOptions::StartAction::None:
            break;
        }
    });
}

ImportWizard *Desk::openImport(const QString &campaignId, const QString &path)
{
    if (!m_connection || !m_window)
        return nullptr;
    return ImportLauncher::open(m_connection.get(), m_window.get(), campaignId, path);
}

void Desk::showError(const ApiError &error)
{
    ErrorNotice::Actions actions;
    actions.retry = [this] {
        if (!m_window)
            return;
        m_window->banners()->dismiss(QStringLiteral("rate"));
        m_window->banners()->dismiss(QStringLiteral("network"));
        m_window->banners()->dismiss(QStringLiteral("timeout"));
        m_window->banners()->dismiss(QStringLiteral("server"));
        m_window->banners()->dismiss(QStringLiteral("decode"));
        if (m_window->currentPage())
            m_window->currentPage()->refresh();
    };
    actions.reenterKey = [this] { emit m_window->keyManagerRequested(); };
    actions.openBilling = [] { QDesktopServices::openUrl(QUrl(ErrorNotice::billingUrl())); };
    const auto spec = ErrorNotice::bannerFor(error, actions);
    if (spec)
        m_window->banners()->show(*spec);
    const bool offline = error.category == ApiError::Category::Network
        || error.category == ApiError::Category::Timeout;
    if (offline)
        m_window->deskStatusBar()->setOnline(false,
            error.category == ApiError::Category::Timeout ? tr("no answer") : tr("unreachable"));
}

void Desk::updateStatus()
{
    if (!m_connection || !m_window)
        return;
    const SchedulerState state = m_connection->scheduler()->state();
    const qint64 wait
        = state.waitingUntilMs > 0 ? qMax<qint64>(0, state.waitingUntilMs - state.nowMs) : 0;
    int left = -1;
    int limit = -1;
    for (const auto &b : state.buckets) {
        if (left < 0 || b.remaining < left) {
            left = b.remaining;
            limit = b.limit;
        }
    }
    m_window->deskStatusBar()->setQueue(state.queued, wait, left, limit);
    UsageMeter *usage = m_connection->usage();
    m_window->deskStatusBar()->setUsage(
        usage->calls(), usage->credits(), usage->callsCostCredits());
    m_window->deskStatusBar()->setUsageDetails(m_connection->generation()->summary());
    if (state.inFlight == 0 && state.queued == 0 && m_connected
        && !m_window->banners()->banner(QStringLiteral("network"))
        && !m_window->banners()->banner(QStringLiteral("timeout")))
        m_window->deskStatusBar()->setOnline(true, m_connection->baseUrl().host());
}

} // namespace kakiyo
