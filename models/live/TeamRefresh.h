// One refresh of what the alerts are derived from: the agents, the campaigns (with their counts),
// the webhooks and the 100 most recently active conversations — four GETs at background
// priority, so anything the user asks for meanwhile goes first. The answers are stored in the
// cache as usual (CacheMode::Refresh) and reported as one TeamSnapshot. An HTTP 402 on any of
// them is a result, not a failure: the snapshot says the team is out of credits and keeps the
// previous lists.
#pragma once

#include "models/api/ApiError.h"
#include "models/live/TeamSnapshot.h"

#include <QObject>

namespace kakiyo {

class Connection;

class TeamRefresh final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamRefresh)

public:
    static constexpr int CallsPerRefresh = 4;
    static constexpr int Conversations = 100; // the search's largest page

    explicit TeamRefresh(Connection *connection, QObject *parent = nullptr);

    // Starts one refresh; `previous` carries what a snapshot inherits (idle clocks, lists on 402).
    void start(const TeamSnapshot &previous);
    bool isRunning() const { return m_pending > 0; }
    int callsMade() const { return m_calls; } // since construction

signals:
    void finished(const kakiyo::TeamSnapshot &snapshot);
    void failed(const kakiyo::ApiError &error);

private:
    void settle(const ApiError &error);

    Connection *m_connection;
    TeamSnapshot m_previous;
    QDateTime m_startedAt;
    int m_pending = 0;
    int m_calls = 0;
    int m_generation = 0;
    bool m_outOfCredits = false;
    ApiError m_error;
    QList<Agent> m_agents;
    QList<Campaign> m_campaigns;
    QList<Webhook> m_webhooks;
    QList<ProspectSearchItem> m_conversations;
};

} // namespace kakiyo
