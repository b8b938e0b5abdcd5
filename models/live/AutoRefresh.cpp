#include "models/live/AutoRefresh.h"

#include "models/api/Connection.h"
#include "models/api/RequestScheduler.h"
#include "models/api/UsageMeter.h"
#include "models/live/TeamRefresh.h"
#include "models/store/Cache.h"

#include <QJsonDocument>
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
}

AutoRefresh::~AutoRefresh() = default;

QString AutoRefresh::settingsKey() const
{
    return QStringLiteral("live/%1/refreshMinutes").arg(m_connection->profileId());
}

int AutoRefresh::intervalMinutes() const
{
    return QSettings().value(settingsKey(), RefreshPlan::DefaultIntervalMinutes).toInt();
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
    m_timer.stop();
    if (const int minutes = intervalMinutes(); minutes > 0 && !paused) {
        m_timer.setInterval(minutes * 60 * 1000);
        m_timer.start();
    }
    emit planChanged(plan().summary());
}

void AutoRefresh::setIntervalMinutes(int minutes)
{
    if (minutes > 0)
        QSettings().remove(pausedKey());
    QSettings().setValue(settingsKey(), qMax(0, minutes));
    if (m_timer.isActive() || minutes > 0)
        start();
    emit planChanged(plan().summary());
}

RefreshPlan AutoRefresh::plan() const
{
    const UsageMeter *usage = m_connection->usage();
    return RefreshPlan(m_connection->scheduler()->policy(), isPaused() ? 0 : intervalMinutes(),
        usage && usage->callsCostCredits());
}

void AutoRefresh::start()
{
    m_inbox->load();
    m_unread->load();
    m_awaySince = m_inbox->lastSnapshot().takenAt;
    emit unreadChanged(m_unread->unreadCount());
    m_timer.stop();
    const int minutes = intervalMinutes();
    if (minutes > 0 && !isPaused()) {
        m_timer.setInterval(minutes * 60 * 1000);
        m_timer.start();
    }
}

void AutoRefresh::refreshNow()
{
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
    // One snapshot per day in the cache: the history between sessions has no gaps.
    if (Cache *cache = m_connection->cache())
        cache->putSnapshot(m_connection->cachePartition(), QString::fromLatin1(SnapshotKey),
            snapshot.takenAt.date(),
            QJsonDocument(snapshot.toJson()).toJson(QJsonDocument::Compact));
    emit refreshed(raised);
    if (const QDateTime since = std::exchange(m_awaySince, {}); since.isValid())
        emit awaySummary(AwaySummary::from(raised, since, snapshot.takenAt));
    emit alertsChanged();
    if (unreadMoved)
        emit unreadChanged(m_unread->unreadCount());
}

} // namespace kakiyo
