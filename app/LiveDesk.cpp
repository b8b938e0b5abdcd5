#include "app/LiveDesk.h"

#include "app/DeskTray.h"
#include "models/live/AlertNotifier.h"
#include "models/live/AutoRefresh.h"
#include "ui/alerts/AlertsPanel.h"
#include "ui/shell/BannerArea.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QDateTime>
#include <QDockWidget>

namespace kakiyo {

LiveDesk::LiveDesk(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_dock(new QDockWidget(tr("Alerts"), window))
    , m_panel(new AlertsPanel(m_dock))
    , m_notifier(new AlertNotifier(QDBusConnection::sessionBus(), this))
    , m_tray(new DeskTray(window, this, this))
{
    m_dock->setObjectName(QStringLiteral("alertsDock"));
    m_dock->setWidget(m_panel);
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("toggleAlerts"));
    toggle->setText(tr("Show alerts"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    window->addCommand(toggle);
    connect(m_panel, &AlertsPanel::openSubject, this, &LiveDesk::openSubject);
    connect(m_panel, &AlertsPanel::countChanged, this, [this](int count) {
        m_dock->setWindowTitle(count > 0 ? tr("Alerts (%1)").arg(count) : tr("Alerts"));
        m_alerts = count;
        emit countsChanged(m_unread, m_alerts);
    });
    // A click on a notification brings the window and its alert list forward.
    connect(m_notifier, &AlertNotifier::activated, this, [this] {
        m_tray->showWindow();
        m_dock->show();
    });
    // ... and a notification about one alert opens what it is about.
    connect(m_notifier, &AlertNotifier::alertActivated, this,
        [this](const Alert &alert) { emit openSubject(alert.subjectKind(), alert.subjectId); });
}

LiveDesk::~LiveDesk()
{
    detach();
}

void LiveDesk::attach(Connection *connection)
{
    detach();
    m_live = std::make_unique<AutoRefresh>(connection);
    const auto announce = [this](const QList<Alert> &raised) {
        // Something new needs the user: bring the list into view (never steals focus).
        if (!raised.isEmpty())
            m_dock->show();
        // The user looking at the window sees the list; elsewhere, the desktop tells them.
        if (!m_window->isActiveWindow())
            m_notifier->notify(raised);
    };
    connect(
        m_live.get(), &AutoRefresh::refreshed, this, [this, announce](const QList<Alert> &raised) {
            announce(raised);
            emit teamRefreshed(); // the open pages take what the refresh cached, in place
        });
    connect(m_live.get(), &AutoRefresh::raised, this, announce); // an import finished
    connect(m_live.get(), &AutoRefresh::unreadChanged, this, [this](int count) {
        m_window->setPageBadge(MainWindow::PageId::Prospects, count);
        m_unread = count;
        emit countsChanged(m_unread, m_alerts);
    });
    connect(m_live.get(), &AutoRefresh::awaySummary, this, [this](const AwaySummary &away) {
        if (away.isEmpty())
            return; // nothing of note: no banner to read and close
        m_window->banners()->show(
            {QStringLiteral("away"), BannerSpec::Tone::Info, away.text(), tr("Show alerts"),
                [this] {
                    m_dock->show();
                    m_dock->raise();
                },
                0});
    });
    m_live->start();
    m_panel->setSource(m_live.get());
    // Back after a while: one refresh now says what changed since the last session. A start
    // soon after that session's last refresh is not an absence: it costs no call, and the next
    // timed refresh compares as usual.
    if (m_live->hasPreviousSession()) {
        if (m_live->previousSessionAt().msecsTo(QDateTime::currentDateTimeUtc())
            >= m_minimumAbsenceMs)
            m_live->refreshNow();
        else
            m_live->forgetPreviousSession();
    }
}

void LiveDesk::detach()
{
    m_panel->setSource(nullptr);
    m_live.reset();
    m_window->setPageBadge(MainWindow::PageId::Prospects, 0);
    m_unread = 0;
    emit countsChanged(m_unread, m_alerts);
}

QStringList LiveDesk::unreadChats() const
{
    return m_live ? m_live->unread().unreadChats() : QStringList();
}

void LiveDesk::markRead(const QString &chatId)
{
    if (m_live)
        m_live->markRead(chatId);
}

} // namespace kakiyo
