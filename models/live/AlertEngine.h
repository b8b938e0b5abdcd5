// Derives alerts from two snapshots of the team (the previous refresh and this one). Standing
// situations (an agent that needs attention, an idle campaign, low or no credits, a disabled
// webhook) are raised from the latest snapshot alone; events (a new reply, a newly qualified
// prospect, a completed campaign, a webhook failure) need the previous one to compare with.
// Pure: the same two snapshots always give the same alerts with the same stable ids, so the
// inbox that keeps them can raise each once.
#pragma once

#include "models/live/Alert.h"
#include "models/live/TeamSnapshot.h"

#include <QList>

namespace kakiyo {

class AlertEngine
{
public:
    static constexpr qint64 IdleSeconds = 48 * 3600; // active, no message sent for 48 h
    static constexpr double LowCreditsShare = 0.2; // below 20 % of the stated balance
    static constexpr double LowCreditsDays = 3.0; // or fewer than 3 days at the current burn

    AlertEngine() = delete;
    static QList<Alert> derive(const TeamSnapshot &before, const TeamSnapshot &after);

    // The likely reason an active campaign sent nothing (translated sentence).
    static QString idleReason(const TeamSnapshot::CampaignState &campaign, const TeamSnapshot &team,
        const QDateTime &now);
};

} // namespace kakiyo
