// One refresh of what the alerts are derived from: the agents, the campaigns (with their counts),
// the webhooks and the 100 most recently active conversations — four GETs at background
// priority, so anything the user asks for meanwhile goes first. In a client workspace one more:
// GET /workspaces, which says which agents (so which campaigns and conversations) are the
// workspace's; the four lists are then read for the whole team once and the workspace's rows
// kept here (WorkspaceScope), so a workspace refresh costs 5 calls whatever its campaigns, never
// a search per campaign. The answers are stored in the cache as usual (CacheMode::Refresh) and
// reported as one TeamSnapshot, with the credits estimate of the profile (CreditBalance). An HTTP
// 402 on any of them is a result, not a failure: the snapshot says the team is out of credits and
// keeps the previous lists.
#pragma once

#include "models/api/ApiError.h"
#include "models/domain/WorkspaceScope.h"
#include "models/live/TeamSnapshot.h"

#include <QObject>

namespace kakiyo {

class Connection;

class TeamRefresh final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamRefresh)

public:
    static constexpr int TeamCalls = 4; // "All (team)"
    static constexpr int WorkspaceCalls = TeamCalls + 1; // + GET /workspaces
    static constexpr int CallsPerRefresh = WorkspaceCalls; // at most
    static constexpr int Conversations = 100; // the search's largest page

    static constexpr int callsFor(bool inWorkspace)
    {
        return inWorkspace ? WorkspaceCalls : TeamCalls;
    }

    explicit TeamRefresh(Connection *connection, QObject *parent = nullptr);

    // Starts one refresh; `previous` carries what a snapshot inherits (idle clocks, lists on 402).
    void start(const TeamSnapshot &previous);
    bool isRunning() const { return m_pending > 0; }
    // The least the team spends a day (the refresh plan's own credits) for the credits estimate.
    void setCreditsFloorPerDay(double credits) { m_creditsFloorPerDay = credits; }
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
    double m_creditsFloorPerDay = 0;
    bool m_outOfCredits = false;
    ApiError m_error;
    WorkspaceScope m_scope; // the team's until GET /workspaces says otherwise
    QList<Agent> m_agents;
    QList<Campaign> m_campaigns;
    QList<Webhook> m_webhooks;
    QList<ProspectSearchItem> m_conversations;
};

} // namespace kakiyo
