#pragma once
// OutreachFigures: the outreach numbers a sales manager acts on — invitations sent, connections
// made and the acceptance rate for the team, each campaign and each sender (agent = one LinkedIn
// account), the senders' invitation volume against LinkedIn's recommended ceilings, the hour and
// weekday replies arrive, and each campaign's pace. Computed from answers the app already fetches
// (the prospect search pages, GET /campaigns, GET /agents/{id}): plain values, no API access here.
//
// The acceptance rule, from the conversation status table (kakiyo-api.md §12.3, Decision 6):
//   invited  = status 1..6 (1 Invitation sent, 2 accepted, 3 Contacted, 4 Replied, 5 Qualified,
//              6 Unqualified): every later stage happened after an invitation;
//   accepted = status 2..6 (a conversation past "Invitation sent" is a connection);
//   0 Not started, 7 Skipped and 502–505 (errors: invites disabled, unreachable, no longer in
//   network, cooldown) are no invitation and count in neither.
//   acceptance rate = accepted ÷ invited × 100, absent ("—") when nobody was invited.

#include "models/domain/Agent.h"
#include "models/domain/Campaign.h"
#include "models/domain/Prospect.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <array>
#include <optional>

namespace kakiyo {

struct OutreachSnapshot;

struct OutreachFigures
{
    // LinkedIn's recommended ceilings (kakiyo-api.md, agent guidance).
    static constexpr int DailyInvitationCeiling = 40;
    static constexpr int MonthlyInvitationCeiling = 800;
    // The contract recommends no weekly figure; 40 a day on a five-day week gives about 200.
    static constexpr int WeeklyInvitationCeiling = DailyInvitationCeiling * 5;
    static constexpr int WeekDays = 7; // the "7 days" column: today and the six days before
    // Kakiyo's guidance: compare campaigns only from 50 prospects on.
    static constexpr int MinimumSample = 50;

    static bool isInvited(int status) { return status >= 1 && status <= 6; }
    static bool isAccepted(int status) { return status >= 2 && status <= 6; }
    // part ÷ whole × 100; nullopt when whole is 0 (never NaN, never a division by zero).
    static std::optional<double> percent(qint64 part, qint64 whole);
    static QString acceptanceFormula();

    // Conversations counted by status.
    struct Tally
    {
        qint64 prospects = 0; // conversations seen
        qint64 invited = 0;
        qint64 accepted = 0;
        qint64 notStarted = 0; // status 0: still to invite
        qint64 qualified = 0; // qualification "qualified"
        qint64 replied = 0; // hasResponded (or a reply counted)

        void add(const ProspectSearchItem &item);
        std::optional<double> acceptanceRate() const { return percent(accepted, invited); }
    };

    struct Sender
    {
        QString agentId;
        QString name;
        QString status;
        bool hasUsage = false; // GET /agents/{id} sent a usage block
        qint64 invitationsToday = 0; // usage.invitationsDaily
        qint64 invitationsMonth = 0; // usage.invitations
        // Today's invitations plus those of the six days before, from the stored daily snapshots
        // (applyHistory); nullopt without a usage block. weekDaysKnown says how many of the 7
        // days had a figure: fewer means the sum may be low.
        std::optional<qint64> invitationsWeek;
        int weekDaysKnown = 0;
        int dailyLimit = 0; // limits.invitationsMax (0 = not configured)
        int workingDaysPerWeek = 5;
        Tally tally; // conversations of its campaigns
        // The senders' campaigns' stats (GET /campaigns): messages sent, prospects who replied.
        qint64 prospects = 0;
        qint64 messages = 0;
        qint64 replies = 0;
        qint64 qualified = 0;
        QStringList campaignIds;

        std::optional<double> replyRate() const { return percent(replies, prospects); }
        // Invitations a month at the configured daily maximum on every working day.
        qint64 plannedMonthly() const;
        qint64 plannedWeekly() const { return qint64(dailyLimit) * workingDaysPerWeek; }
        // Why the volume is above a ceiling (today, this month, or the configured plan); empty
        // when it is within them.
        QStringList warnings() const;
    };

    struct CampaignPace
    {
        QString campaignId;
        QString name;
        QString status;
        QString agentId;
        Tally tally;
        double invitationsPerDay = 0; // its share of its sender's invitations today
        std::optional<double> daysLeft; // notStarted ÷ invitationsPerDay
        std::optional<double> qualifiedByMonthEnd; // qualified + expected until month end
    };

    Tally team;
    QList<Sender> senders;
    QList<CampaignPace> campaigns;
    std::array<std::array<qint64, 24>, 7> replyHeatmap {}; // [Monday=0][hour] last replies
    // Each timed last reply, in `zone` (the heatmap of a period is drawn from these).
    QList<QDateTime> replyTimes;
    qint64 repliesTimed = 0; // replies that carried a timestamp
    qint64 scanned = 0; // conversations read
    qint64 total = 0; // conversations the server has (search pagination total)
    QDate today;

    bool isEmpty() const { return scanned == 0 && senders.isEmpty(); }
    bool isComplete() const { return scanned >= total; }

    // Fills each sender's 7-day invitations from the stored daily snapshots (any order; the
    // snapshot of `today` itself is ignored: the live usage is newer).
    void applyHistory(const QList<OutreachSnapshot> &history);
    // The weekday × hour counts of the last replies within [from, to] (a null date leaves that
    // side open).
    std::array<std::array<qint64, 24>, 7> heatmapBetween(QDate from, QDate to) const;

    // `zone` places reply timestamps on the weekday × hour grid (the viewer's time by default).
    static OutreachFigures compute(const QList<Agent> &agents, const QList<Campaign> &campaigns,
        const QList<ProspectSearchItem> &conversations, qint64 total, QDate today,
        const QTimeZone &zone = QTimeZone::systemTimeZone());
};

} // namespace kakiyo
