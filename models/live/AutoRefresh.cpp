#include "models/live/AutoRefresh.h"

#include "models/api/ApiSession.h"
#include "models/api/Connection.h"
#include "models/api/ImportNews.h"
#include "models/api/RequestScheduler.h"
#include "models/api/UsageMeter.h"
#include "models/live/TeamRefresh.h"
#include "models/store/Cache.h"

#include <QSettings>

namespace kakiyo {

AutoRefresh::AutoRefresh(Connection *connection, const QString &inboxDirectory, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_inbox(std::make_unique<AlertInbox>(
          inboxDirectory, connection->cachePartition(), QStringLiteral("desk")))
    , m_unread(std::make_unique<UnreadTracker>(m_inbox->folder()))
    , m_refresh(new TeamRefresh(connection, this))
{
    connect(m_refresh, &TeamRefresh::finished, this, &AutoRefresh::finished);
    connect(m_refresh, &TeamRefresh::failed, this,
        [this](const ApiError &error) { emit refreshFailed(error.userMessage()); });
    connect(&m_timer, &QTimer::timeout, this, &AutoRefresh::refreshNow);
    // A 402 on anything the user does says the credits are out: the alert comes at once, from a
    // refresh now (whose own 402s cost no credit), not at the next tick. Once per outage: the
    // snapshot says so until a refresh reads the team again.
    // An import the server finished (the user's dialog or wizard polls it): alerted at once.
    connect(ImportNews::of(connection->session()), &ImportNews::finished, this,
        [this](const ImportStatus &status) {
            if (!m_started)
                return;
            const TeamSnapshot::CampaignState *campaign
                = m_inbox->lastSnapshot().campaign(status.campaignId);
            const std::optional<Alert> alert = m_inbox->importFinished(
                status, campaign ? campaign->name : QString(), QDateTime::currentDateTimeUtc());
            m_inbox->save();
            if (alert)
                emit raised({*alert});
            emit alertsChanged();
        });
    connect(connection->session(), &ApiSession::failed, this, [this](const ApiError &error) {
        if (m_started && error.category == ApiError::Category::Credits && !isRefreshing()
            && !m_inbox->lastSnapshot().outOfCredits)
            refreshNow();
    });
}

AutoRefresh::~AutoRefresh() = default;

QString AutoRefresh::settingsKey() const
{
    return QStringLiteral("live/%1/refreshMinutes").arg(m_connection->profileId());
}

int AutoRefresh::intervalMinutes() const
{
    const QVariant saved = QSettings().value(settingsKey());
    return saved.isValid() ? saved.toInt() : defaultIntervalMinutes();
}

int AutoRefresh::defaultIntervalMinutes() const
{
    return defaultIntervalFor(*m_connection);
}

int AutoRefresh::defaultIntervalFor(const Connection &connection)
{
    return RefreshPlan::defaultInterval(
        connection.scheduler()->policy(), callsCostCredits(connection), inWorkspace(connection));
}

bool AutoRefresh::callsCostCredits(const Connection &connection)
{
    // Not known (no meter): counted as costing, like the UsageMeter before the first answer.
    const UsageMeter *usage = connection.usage();
    return !usage || usage->callsCostCredits();
}

bool AutoRefresh::inWorkspace(const Connection &connection)
{
    return !connection.cachePartition().workspaceId.isEmpty();
}

QString AutoRefresh::pausedKey() const
{
    return QStringLiteral("live/%1/refreshPaused").arg(m_connection->profileId());
}

bool AutoRefresh::isPaused() const
{
    return QSettings().value(pausedKey(), false).toBool();
}

void AutoRefresh::setPaused(bool paused)
{
    QSettings().setValue(pausedKey(), paused);
    if (m_started)
        restartTimer();
    emit planChanged(plan().summary());
}

void AutoRefresh::forget(const QString &profileId)
{
    if (!profileId.isEmpty())
        QSettings().remove(QStringLiteral("live/") + profileId);
}

void AutoRefresh::setIntervalMinutes(int minutes)
{
    if (minutes > 0)
        QSettings().remove(pausedKey());
    QSettings().setValue(settingsKey(), qMax(0, minutes));
    // Only the pace changes: the inbox and the previous session stay as they are (start() would
    // take this session's own last refresh for an absence and greet the user "since you were
    // away").
    if (m_started)
        restartTimer();
    emit planChanged(plan().summary());
}

RefreshPlan AutoRefresh::plan() const
{
    return RefreshPlan(m_connection->scheduler()->policy(), isPaused() ? 0 : intervalMinutes(),
        callsCostCredits(*m_connection), inWorkspace(*m_connection));
}

void AutoRefresh::start()
{
    m_started = true;
    m_inbox->load();
    m_unread->load();
    m_awaySince = m_inbox->lastSnapshot().takenAt;
    emit unreadChanged(m_unread->unreadCount());
    restartTimer();
}

void AutoRefresh::restartTimer()
{
    m_timer.stop();
    const int minutes = intervalMinutes();
    if (minutes > 0 && !isPaused()) {
        m_timer.setInterval(minutes * 60 * 1000);
        m_timer.start();
    }
}

void AutoRefresh::refreshNow()
{
    m_refresh->setCreditsFloorPerDay(plan().creditsPerDay());
    m_refresh->start(m_inbox->lastSnapshot());
}

bool AutoRefresh::isRefreshing() const
{
    return m_refresh->isRunning();
}

void AutoRefresh::dismiss(const QString &alertId)
{
    m_inbox->dismiss(alertId);
    m_inbox->save();
    emit alertsChanged();
}

void AutoRefresh::markRead(const QString &chatId)
{
    if (!m_unread->markRead(chatId))
        return;
    m_unread->save();
    emit unreadChanged(m_unread->unreadCount());
}

void AutoRefresh::finished(const TeamSnapshot &snapshot)
{
    const bool unreadMoved = m_unread->update(snapshot);
    m_unread->save();
    const QList<Alert> raised = m_inbox->update(snapshot);
    m_inbox->save();
    // A point in the history for every refresh: no gaps while the app runs (TeamHistory thins
    // the older days).
    if (Cache *cache = m_connection->cache()) {
        if (!m_history)
            m_history = std::make_unique<TeamHistory>(cache, m_connection->cachePartition());
        m_history->record(snapshot);
    }
    emit refreshed(raised);
    if (const QDateTime since = std::exchange(m_awaySince, {}); since.isValid())
        emit awaySummary(AwaySummary::from(raised, since, snapshot.takenAt));
    emit alertsChanged();
    if (unreadMoved)
        emit unreadChanged(m_unread->unreadCount());
}

} // namespace kakiyo
