#include "models/OutreachFigures.h"

#include "models/OutreachSnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace kakiyo {

namespace {
int workingDays(const WorkingHours &hours)
{
    if (hours.days.isEmpty())
        return 5; // not configured: a working week
    const int days = int(hours.days.split(u':').count(QStringLiteral("1")));
    return std::clamp(days, 0, 7);
}
} // namespace

std::optional<double> OutreachFigures::percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) * 100.0 / double(whole);
}

QString OutreachFigures::acceptanceFormula()
{
    return QCoreApplication::translate("kakiyo::OutreachFigures",
        "Invitations accepted ÷ invitations sent × 100. Sent: conversations in status 1–6 "
        "(Invitation sent, Invitation accepted, Contacted, Replied, Qualified, Unqualified); "
        "accepted: status 2–6. Not started (0), Skipped (7) and the error states 502–505 are no "
        "invitation. “—” when nothing was sent.");
}

void OutreachFigures::Tally::add(const ProspectSearchItem &item)
{
    ++prospects;
    invited += isInvited(item.status);
    accepted += isAccepted(item.status);
    notStarted += item.status == 0;
    qualified += item.qualification == u"qualified";
    replied += item.hasResponded.value_or(item.responseCount > 0);
}

qint64 OutreachFigures::Sender::plannedMonthly() const
{
    // 52 weeks / 12 months of working days at the configured daily maximum.
    return qint64(std::llround(double(dailyLimit) * workingDaysPerWeek * 52.0 / 12.0));
}

QStringList OutreachFigures::Sender::warnings() const
{
    // translate() with the file's context: lupdate would file a bare tr() call in a member of
    // Sender under "kakiyo::OutreachFigures::Sender", where the helper never looks.
    const QLocale locale;
    QStringList out;
    if (invitationsToday > DailyInvitationCeiling)
        out << QCoreApplication::translate(
            "kakiyo::OutreachFigures", "%1 invitations today, above the recommended %2 a day")
                   .arg(locale.toString(invitationsToday))
                   .arg(DailyInvitationCeiling);
    if (invitationsMonth > MonthlyInvitationCeiling)
        out << QCoreApplication::translate(
            "kakiyo::OutreachFigures", "%1 invitations this month, above LinkedIn's ~%2 a month")
                   .arg(locale.toString(invitationsMonth),
                       locale.toString(MonthlyInvitationCeiling));
    if (dailyLimit > DailyInvitationCeiling)
        out << QCoreApplication::translate("kakiyo::OutreachFigures",
            "Configured for up to %1 invitations a day, above the recommended %2")
                   .arg(dailyLimit)
                   .arg(DailyInvitationCeiling);
    if (invitationsWeek && *invitationsWeek > WeeklyInvitationCeiling)
        out << QCoreApplication::translate("kakiyo::OutreachFigures",
            "%1 invitations in the last 7 days, above the ~%2 a week that %3 a day implies")
                   .arg(locale.toString(*invitationsWeek))
                   .arg(WeeklyInvitationCeiling)
                   .arg(DailyInvitationCeiling);
    if (plannedWeekly() > WeeklyInvitationCeiling)
        out << QCoreApplication::translate("kakiyo::OutreachFigures",
            "At its configured maximum (%1 a day, %2 working days a week) it would send "
            "%3 invitations a week, above the ~%4 that %5 a day implies")
                   .arg(dailyLimit)
                   .arg(workingDaysPerWeek)
                   .arg(plannedWeekly())
                   .arg(WeeklyInvitationCeiling)
                   .arg(DailyInvitationCeiling);
    if (plannedMonthly() > MonthlyInvitationCeiling)
        out << QCoreApplication::translate("kakiyo::OutreachFigures",
            "At its configured maximum (%1 a day, %2 working days a week) it would send "
            "about %3 invitations a month, above LinkedIn's ~%4")
                   .arg(dailyLimit)
                   .arg(workingDaysPerWeek)
                   .arg(locale.toString(plannedMonthly()),
                       locale.toString(MonthlyInvitationCeiling));
    return out;
}

OutreachFigures OutreachFigures::compute(const QList<Agent> &agents,
    const QList<Campaign> &campaigns, const QList<ProspectSearchItem> &conversations, qint64 total,
    QDate today, const QTimeZone &zone)
{
    OutreachFigures f;
    f.today = today;
    f.total = std::max<qint64>(total, conversations.size());
    f.scanned = conversations.size();

    QHash<QString, Tally> byCampaign;
    for (const ProspectSearchItem &item : conversations) {
        f.team.add(item);
        byCampaign[item.campaign.id].add(item);
        if (item.lastResponse.isValid()) {
            const QDateTime local = item.lastResponse.toTimeZone(zone);
            f.replyHeatmap[local.date().dayOfWeek() - 1][local.time().hour()] += 1;
            f.replyTimes.append(local);
            ++f.repliesTimed;
        }
    }

    QHash<QString, qsizetype> senderIndex;
    for (const Agent &a : agents) {
        Sender s;
        s.agentId = a.id;
        s.name = a.name.isEmpty() ? a.id : a.name;
        s.status = a.status;
        s.hasUsage = a.usage.has_value();
        if (a.usage) {
            s.invitationsToday = a.usage->invitationsDaily;
            s.invitationsMonth = a.usage->invitations;
            // Until applyHistory adds earlier days: today alone.
            s.invitationsWeek = s.invitationsToday;
            s.weekDaysKnown = 1;
        }
        s.dailyLimit = a.limits.invitationsMax;
        s.workingDaysPerWeek = workingDays(a.workingHours);
        senderIndex.insert(a.id, f.senders.size());
        f.senders.append(s);
    }

    // Active campaigns per sender share its daily invitations equally (the API says no more).
    QHash<QString, int> activeCampaigns;
    for (const Campaign &c : campaigns)
        if (c.status == u"active")
            activeCampaigns[c.agentId] += 1;

    const int daysInMonth = today.isValid() ? today.daysInMonth() - today.day() : 0;
    for (const Campaign &c : campaigns) {
        const Tally t = byCampaign.value(c.id);
        if (const auto it = senderIndex.constFind(c.agentId); it != senderIndex.cend()) {
            Sender &s = f.senders[*it];
            s.campaignIds << c.id;
            s.tally.prospects += t.prospects;
            s.tally.invited += t.invited;
            s.tally.accepted += t.accepted;
            s.tally.notStarted += t.notStarted;
            s.tally.qualified += t.qualified;
            s.tally.replied += t.replied;
            s.prospects += c.stats.prospects;
            s.messages += c.stats.messages;
            s.replies += c.stats.prospectsAnswers;
            s.qualified += c.stats.qualified;
        }
        CampaignPace p;
        p.campaignId = c.id;
        p.name = c.name;
        p.status = c.status;
        p.agentId = c.agentId;
        p.tally = t;
        const auto sender = senderIndex.constFind(c.agentId);
        if (c.status == u"active" && sender != senderIndex.cend()
            && activeCampaigns.value(c.agentId) > 0)
            p.invitationsPerDay
                = double(f.senders[*sender].invitationsToday) / activeCampaigns.value(c.agentId);
        if (p.invitationsPerDay > 0)
            p.daysLeft = double(t.notStarted) / p.invitationsPerDay;
        // Until the month ends: the invitations still possible at this pace (never more than
        // the prospects left), each qualifying at the campaign's rate so far.
        const double invitesLeft
            = std::min(p.invitationsPerDay * daysInMonth, double(t.notStarted));
        if (invitesLeft <= 0)
            p.qualifiedByMonthEnd = double(t.qualified);
        else if (t.invited > 0)
            p.qualifiedByMonthEnd
                = double(t.qualified) + invitesLeft * double(t.qualified) / double(t.invited);
        f.campaigns.append(p);
    }
    return f;
}

void OutreachFigures::applyHistory(const QList<OutreachSnapshot> &history)
{
    // Each earlier day counts once, with the last snapshot stored that day (the cache keeps one
    // per day, the latest put winning): the closest the app saw to that day's total.
    QHash<QDate, const OutreachSnapshot *> byDay;
    for (const OutreachSnapshot &s : history)
        if (today.isValid() && s.day < today && s.day >= today.addDays(-(WeekDays - 1)))
            byDay.insert(s.day, &s);
    for (Sender &sender : senders) {
        if (!sender.hasUsage)
            continue;
        qint64 sum = sender.invitationsToday;
        int known = 1;
        for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
            const auto usage = (*it)->senders.constFind(sender.agentId);
            if (usage == (*it)->senders.cend())
                continue;
            sum += usage->invitationsDaily;
            ++known;
        }
        sender.invitationsWeek = sum;
        sender.weekDaysKnown = known;
    }
}

std::array<std::array<qint64, 24>, 7> OutreachFigures::heatmapBetween(QDate from, QDate to) const
{
    std::array<std::array<qint64, 24>, 7> grid {};
    for (const QDateTime &when : replyTimes) {
        const QDate day = when.date();
        if ((from.isValid() && day < from) || (to.isValid() && day > to))
            continue;
        grid[day.dayOfWeek() - 1][when.time().hour()] += 1;
    }
    return grid;
}

} // namespace kakiyo
