// "Since you were away": what changed in the team between the last refresh of the previous
// session of this profile and workspace and the first one of this session — replies, newly
// qualified prospects, agents that changed (need attention), campaigns completed — counted from
// the alerts that first refresh raised against the stored snapshot. Empty when nothing of that
// happened or there was no previous session (a first start has nothing to compare with).
#pragma once

#include "models/live/Alert.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kakiyo {

struct AwaySummary
{
    QDateTime since; // the previous session's last snapshot (UTC)
    QDateTime until; // this session's first
    int replies = 0;
    int qualified = 0;
    int agents = 0;
    int campaignsCompleted = 0;
    int others = 0; // the other alerts raised meanwhile (credits, webhooks, idle campaigns)

    bool isEmpty() const { return replies + qualified + agents + campaignsCompleted + others == 0; }
    // "Since you were away (3 h): 2 replies · 1 newly qualified · ...", translated.
    QString text() const;

    static AwaySummary from(
        const QList<Alert> &raised, const QDateTime &since, const QDateTime &until);
};

} // namespace kakiyo
