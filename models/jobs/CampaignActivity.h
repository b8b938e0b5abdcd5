// The daily activity of each campaign (messages and responses per day) for the card sparklines,
// from GET /analytics/campaigns/{id} (its dailyBreakdown). Every campaign is asked at most once
// per round: load() with refresh=false answers from the cache when it can and never repeats a
// campaign already asked; refresh=true starts a new round that asks the server again. All calls
// go at Background priority so the cards never hold up what the user is waiting for.
#pragma once

#include "models/domain/CampaignAnalytics.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace kakiyo {

class Connection;

class CampaignActivity final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignActivity)

public:
    enum class State
    {
        Unknown, // not asked yet, or the answer is on its way
        Ready,
        Failed
    };

    explicit CampaignActivity(Connection *session, QObject *parent = nullptr);

    void load(const QStringList &campaignIds, bool refresh = false);
    State state(const QString &campaignId) const;
    // Oldest day first; empty when the campaign had no activity (or is not known yet).
    QList<DailyActivity> series(const QString &campaignId) const;
    // Calls sent in the current round (for tests and the usage view).
    int askedCount() const { return int(m_asked.size()); }

signals:
    void changed(const QString &campaignId);

private:
    Connection *m_connection;
    QObject *m_round;
    QSet<QString> m_asked;
    QHash<QString, QList<DailyActivity>> m_series;
    QSet<QString> m_failed;
};

} // namespace kakiyo
