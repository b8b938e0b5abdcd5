// --activity SPEED: the team lives on its own. Once per real second the simulated clock advances
// SPEED seconds (60 = one simulated hour per real minute) and events happen at per-hour rates
// drawn from the seeded generator: invitations go out, are accepted, prospects reply, replies
// are qualified, agents work (usage), now and then LinkedIn raises an agent alert, and an active
// campaign with nobody left to talk to completes. Off by default so tests stay deterministic;
// tests trigger single events through POST /__admin/events instead.
#pragma once

#include <QObject>
#include <QTimer>

namespace kakiyo::sandbox {

struct SandboxState;

class TeamActivity final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamActivity)

public:
    static constexpr int TickMs = 1000;

    TeamActivity(SandboxState &state, double speed, QObject *parent = nullptr);

    void start();

private:
    void tick();
    // Applies `type` about rate×hours times (a Poisson draw by thinning), random targets.
    void happen(const QString &type, double perHour, double hours);
    void completeFinishedCampaigns();

    SandboxState &m_state;
    double m_speed;
    QTimer m_timer;
};

} // namespace kakiyo::sandbox
