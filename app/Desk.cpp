#include "app/Desk.h"

#include "app/DemoSandbox.h"
#include "ui/BannerArea.h"
#include "ui/DeskStatusBar.h"
#include "ui/MainWindow.h"
#include "ui/WelcomePage.h"

namespace kakiyo {

Desk::Desk(const LaunchOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

Desk::~Desk()
{
    // Window first (its pages may hold requests), then the demo server.
    m_window.reset();
    m_demo.reset();
}

void Desk::start()
{
    m_window = std::make_unique<MainWindow>();
    m_window->restoreState();
    connect(m_window->welcomePage(), &WelcomePage::demoRequested, this, &Desk::startDemo);
    if (m_options.demo) {
        m_window->showWelcome(true);
        startDemo();
    } else {
        m_window->showWelcome(true);
    }
    m_window->show();
}

void Desk::startDemo()
{
    if (m_demo && (m_demo->isReady() || m_demo->isRunning()))
        return;
    m_demo = std::make_unique<DemoSandbox>();
    m_window->welcomePage()->setDemoStarting(true);
    connect(m_demo.get(), &DemoSandbox::ready, this, [this] {
        const DemoConnection &c = m_demo->connection();
        connectTo(c.baseUrl, c.apiKey, tr("Demo"), true);
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

void Desk::connectTo(
    const QUrl &baseUrl, const QString &apiKey, const QString &profileName, bool sessionOnly)
{
    Q_UNUSED(apiKey)
    Q_UNUSED(sessionOnly)
    m_connected = true;
    m_window->deskStatusBar()->setProfile(profileName);
    m_window->deskStatusBar()->setOnline(true, baseUrl.host());
    m_window->welcomePage()->setDemoStarting(false);
    m_window->welcomePage()->setStatus({});
    m_window->banners()->dismiss(QStringLiteral("network"));
    m_window->showWelcome(false);
    emit connected();
}

} // namespace kakiyo
