#include "models/OutreachTables.h"

#include <QLocale>
#include <cmath>

namespace kakiyo {

namespace {
using Kind = AnalyticsTableModel::Kind;
using CellState = AnalyticsTableModel::CellState;

// Rates and forecasts to two decimals, as the API reports its own rates (the charts label
// bars with the raw value); absent stays absent ("—").
QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(std::round(*v * 100.0) / 100.0) : QVariant();
}
} // namespace

OutreachTables::OutreachTables(QObject *parent)
    : QObject(parent)
    , m_senders(QStringLiteral("senders"))
    , m_acceptance(QStringLiteral("acceptance"))
    , m_pace(QStringLiteral("pace"))
    , m_heatmap(QStringLiteral("heatmap"))
{
    const QString acceptance = OutreachFigures::acceptanceFormula();
    m_senders.setColumns({
        {QStringLiteral("name"), tr("Sender"), Kind::Text, tr("One agent = one LinkedIn account")},
        {QStringLiteral("status"), tr("Status"), Kind::Text, {}},
        {QStringLiteral("invited"), tr("Invited"), Kind::Count,
            tr("Conversations of its campaigns in status 1–6 (an invitation was sent)")},
        {QStringLiteral("accepted"), tr("Accepted"), Kind::Count,
            tr("Conversations of its campaigns in status 2–6 (the invitation was accepted)")},
        {QStringLiteral("acceptanceRate"), tr("Acceptance rate"), Kind::Percent, acceptance},
        {QStringLiteral("invitationsToday"), tr("Today"), Kind::Count,
            tr("Invitations sent today (the agent's usage.invitationsDaily); recommended at "
               "most %1 a day")
                .arg(OutreachFigures::DailyInvitationCeiling)},
        {QStringLiteral("invitationsWeek"), tr("7 days"), Kind::Count,
            tr("Invitations sent today and on the six days before: today's usage.invitationsDaily "
               "plus the same counter in the snapshot the app stored on each earlier day (the "
               "API gives no weekly count). A day the app did not load is missing from the sum, "
               "so with a short history the figure is too low. About %1 a week is what %2 a day "
               "implies (the contract recommends no weekly figure)")
                .arg(OutreachFigures::WeeklyInvitationCeiling)
                .arg(OutreachFigures::DailyInvitationCeiling)},
        {QStringLiteral("invitationsMonth"), tr("This month"), Kind::Count,
            tr("Invitations sent this month (the agent's usage.invitations); LinkedIn's ceiling "
               "is about %1 a month")
                .arg(OutreachFigures::MonthlyInvitationCeiling)},
        {QStringLiteral("dailyLimit"), tr("Daily limit"), Kind::Count,
            tr("Configured maximum invitations a day (limits.invitationsMax)")},
        {QStringLiteral("plannedMonthly"), tr("Planned / month"), Kind::Count,
            tr("Daily limit × working days a week × 52 ÷ 12: what the configuration allows")},
        {QStringLiteral("messages"), tr("Messages"), Kind::Count,
            tr("Messages sent in its campaigns")},
        {QStringLiteral("replies"), tr("Replies"), Kind::Count,
            tr("Prospects of its campaigns who answered")},
        {QStringLiteral("replyRate"), tr("Reply rate"), Kind::Percent,
            tr("Replies ÷ prospects of its campaigns × 100")},
        {QStringLiteral("qualified"), tr("Qualified"), Kind::Count, {}},
    });
    m_acceptance.setColumns({
        {QStringLiteral("name"), tr("Campaign"), Kind::Text, {}},
        {QStringLiteral("prospects"), tr("Prospects"), Kind::Count, {}},
        {QStringLiteral("invited"), tr("Invitations sent"), Kind::Count,
            tr("Conversations in status 1–6")},
        {QStringLiteral("accepted"), tr("Connections made"), Kind::Count,
            tr("Conversations in status 2–6")},
        {QStringLiteral("acceptanceRate"), tr("Acceptance rate"), Kind::Percent, acceptance},
        {QStringLiteral("invitedChange"), tr("Sent, change"), Kind::Count,
            tr("Invitations sent now minus at the start of the chosen period (the snapshot the "
               "app stored that day)")},
        {QStringLiteral("acceptedChange"), tr("Made, change"), Kind::Count,
            tr("Connections made now minus at the start of the chosen period")},
        {QStringLiteral("rateChange"), tr("Rate, change (pts)"), Kind::Decimal,
            tr("Acceptance rate now minus at the start of the chosen period, in percentage "
               "points")},
    });
    m_pace.setColumns({
        {QStringLiteral("name"), tr("Campaign"), Kind::Text, {}},
        {QStringLiteral("status"), tr("Status"), Kind::Text, {}},
        {QStringLiteral("notStarted"), tr("Still to invite"), Kind::Count,
            tr("Conversations in status 0 (Not started)")},
        {QStringLiteral("invitationsPerDay"), tr("Invitations a day"), Kind::Decimal,
            tr("Its sender's invitations today, shared equally among the sender's active "
               "campaigns")},
        {QStringLiteral("daysLeft"), tr("Days left"), Kind::Decimal,
            tr("Days until the campaign runs out of prospects: still to invite ÷ invitations a "
               "day; “—” when the campaign sends none")},
        {QStringLiteral("qualified"), tr("Qualified"), Kind::Count, {}},
        {QStringLiteral("qualifiedByMonthEnd"), tr("Qualified by month end"), Kind::Decimal,
            tr("Expected qualified by the end of the month: qualified + invitations still "
               "possible this month at this pace × qualified ÷ invited so far")},
    });
    QList<AnalyticsTableModel::Column> heat {{QStringLiteral("hour"), tr("Hour"), Kind::Text, {}}};
    const QLocale locale;
    for (int day = 1; day <= 7; ++day)
        heat.append({QStringLiteral("day%1").arg(day), locale.dayName(day, QLocale::ShortFormat),
            Kind::Count,
            tr("Prospects whose last reply arrived on this weekday and hour (your time), within "
               "the chosen period")});
    m_heatmap.setColumns(heat);
}

QList<AnalyticsTableModel *> OutreachTables::tables()
{
    return {&m_senders, &m_acceptance, &m_pace, &m_heatmap};
}

QString OutreachTables::lowSampleNote(qint64 count, const QString &what)
{
    return tr("Computed from %1 %2 — fewer than %3, too few to compare (Kakiyo's guidance)")
        .arg(QLocale().toString(count), what)
        .arg(OutreachFigures::MinimumSample);
}

QString OutreachTables::weekNote(int daysKnown)
{
    return tr("From %1 of the last %2 days: the app stored no snapshot on the others, so the "
              "sum may be too low")
        .arg(daysKnown)
        .arg(OutreachFigures::WeekDays);
}

void OutreachTables::setFigures(const OutreachFigures &figures)
{
    m_figures = figures;
    refill();
}

void OutreachTables::setHistory(const QList<OutreachSnapshot> &history)
{
    m_history = history;
    if (m_figures)
        refill();
}

void OutreachTables::setRange(QDate from, QDate to)
{
    if (from.isValid() && to.isValid() && from > to)
        std::swap(from, to);
    m_from = from;
    m_to = to;
    if (m_figures)
        refill();
}

int OutreachTables::periodDays() const
{
    return m_from.isValid() && m_to.isValid() ? int(m_from.daysTo(m_to)) + 1 : 0;
}

void OutreachTables::refill()
{
    m_figures->applyHistory(m_history);
    pickPrevious();
    fillSenders(*m_figures);
    fillAcceptance(*m_figures);
    fillPace(*m_figures);
    fillHeatmap(*m_figures);
    emit changed();
}

void OutreachTables::pickPrevious()
{
    // The KPI tiles' rule (AnalyticsModel): with a period, only the snapshot of its first day or
    // of the day before; without one, the latest earlier snapshot.
    const QDate today = m_figures->today;
    m_previous.reset();
    for (const OutreachSnapshot &s : m_history) {
        if (!today.isValid() || s.day >= today)
            continue;
        if (!m_from.isValid()) {
            if (!m_previous || s.day > m_previous->day)
                m_previous = s;
        } else if (s.day == m_from || (s.day == m_from.addDays(-1) && !m_previous)) {
            m_previous = s;
        }
    }
    m_noChangeReason.clear();
    const QLocale locale;
    if (m_previous && (!m_previous->complete || !m_figures->isComplete())) {
        // A count over part of the conversations does not compare with one over all of them.
        m_noChangeReason = tr("The snapshot of %1 or today's figures cover only part of the "
                              "conversations: no change is shown")
                               .arg(locale.toString(m_previous->day, QLocale::ShortFormat));
        m_previous.reset();
    } else if (!m_previous && m_from.isValid()) {
        m_noChangeReason = tr("No data for the previous %n days: no snapshot of %1 or the day "
                              "before is stored, so no change is shown",
            nullptr, periodDays())
                               .arg(locale.toString(m_from, QLocale::ShortFormat));
    } else if (!m_previous) {
        m_noChangeReason = tr("Changes appear once an earlier day is stored");
    }
    m_previousMissing = m_from.isValid() && !m_previous;
}

void OutreachTables::clear()
{
    m_figures.reset();
    m_previous.reset();
    m_previousMissing = false;
    m_noChangeReason.clear();
    for (AnalyticsTableModel *t : tables())
        t->clear();
    emit changed();
}

void OutreachTables::fillSenders(const OutreachFigures &f)
{
    QList<QVariantList> rows;
    QStringList keys;
    for (const OutreachFigures::Sender &s : f.senders) {
        const QVariant noUsage;
        rows.append({s.name, s.status, s.tally.invited, s.tally.accepted,
            optionalValue(s.tally.acceptanceRate()),
            s.hasUsage ? QVariant(s.invitationsToday) : noUsage,
            s.invitationsWeek ? QVariant(*s.invitationsWeek) : noUsage,
            s.hasUsage ? QVariant(s.invitationsMonth) : noUsage,
            s.dailyLimit > 0 ? QVariant(s.dailyLimit) : QVariant(),
            s.dailyLimit > 0 ? QVariant(s.plannedMonthly()) : QVariant(), s.messages, s.replies,
            optionalValue(s.replyRate()), s.qualified});
        keys << s.agentId;
    }
    m_senders.setRows(rows, keys);
    const QLocale locale;
    for (int r = 0; r < f.senders.size(); ++r) {
        const OutreachFigures::Sender &s = f.senders[r];
        if (!s.hasUsage) {
            const QString why = tr("The agent's details carry no usage block: its invitation "
                                   "counts are unknown");
            m_senders.setCellNote(r, QStringLiteral("invitationsToday"), CellState::Normal, why);
            m_senders.setCellNote(r, QStringLiteral("invitationsMonth"), CellState::Normal, why);
            m_senders.setCellNote(r, QStringLiteral("invitationsWeek"), CellState::Normal, why);
        } else {
            const bool overWeek = s.invitationsWeek
                && *s.invitationsWeek > OutreachFigures::WeeklyInvitationCeiling;
            QStringList weekNotes;
            if (overWeek)
                weekNotes << tr("Above the ~%1 invitations a week that %2 a day implies")
                                 .arg(OutreachFigures::WeeklyInvitationCeiling)
                                 .arg(OutreachFigures::DailyInvitationCeiling);
            if (s.weekDaysKnown < OutreachFigures::WeekDays)
                weekNotes << weekNote(s.weekDaysKnown);
            if (!weekNotes.isEmpty())
                m_senders.setCellNote(r, QStringLiteral("invitationsWeek"),
                    overWeek ? CellState::Warning : CellState::Normal, weekNotes.join(u'\n'));
            if (s.invitationsToday > OutreachFigures::DailyInvitationCeiling)
                m_senders.setCellNote(r, QStringLiteral("invitationsToday"), CellState::Warning,
                    tr("Above the recommended %1 invitations a day")
                        .arg(OutreachFigures::DailyInvitationCeiling));
            if (s.invitationsMonth > OutreachFigures::MonthlyInvitationCeiling)
                m_senders.setCellNote(r, QStringLiteral("invitationsMonth"), CellState::Warning,
                    tr("Above LinkedIn's ~%1 invitations a month")
                        .arg(locale.toString(OutreachFigures::MonthlyInvitationCeiling)));
        }
        QStringList limitNotes;
        if (s.dailyLimit > OutreachFigures::DailyInvitationCeiling)
            limitNotes << tr("Configured above the recommended %1 invitations a day")
                              .arg(OutreachFigures::DailyInvitationCeiling);
        if (s.dailyLimit > 0 && s.plannedWeekly() > OutreachFigures::WeeklyInvitationCeiling)
            limitNotes << tr("%1 a day on %2 working days is %3 invitations a week, above the "
                             "~%4 that %5 a day implies")
                              .arg(s.dailyLimit)
                              .arg(s.workingDaysPerWeek)
                              .arg(s.plannedWeekly())
                              .arg(OutreachFigures::WeeklyInvitationCeiling)
                              .arg(OutreachFigures::DailyInvitationCeiling);
        if (!limitNotes.isEmpty())
            m_senders.setCellNote(
                r, QStringLiteral("dailyLimit"), CellState::Warning, limitNotes.join(u'\n'));
        if (s.dailyLimit > 0 && s.plannedMonthly() > OutreachFigures::MonthlyInvitationCeiling)
            m_senders.setCellNote(r, QStringLiteral("plannedMonthly"), CellState::Warning,
                tr("At this configuration the sender would pass LinkedIn's ~%1 invitations a "
                   "month")
                    .arg(locale.toString(OutreachFigures::MonthlyInvitationCeiling)));
        if (s.tally.invited > 0 && s.tally.invited < OutreachFigures::MinimumSample)
            m_senders.setCellNote(r, QStringLiteral("acceptanceRate"), CellState::LowSample,
                lowSampleNote(s.tally.invited, tr("invitations")));
        if (s.prospects > 0 && s.prospects < OutreachFigures::MinimumSample)
            m_senders.setCellNote(r, QStringLiteral("replyRate"), CellState::LowSample,
                lowSampleNote(s.prospects, tr("prospects")));
    }
}

void OutreachTables::fillAcceptance(const OutreachFigures &f)
{
    QList<QVariantList> rows;
    QStringList keys;
    QList<qint64> invited;
    // Changes against the snapshot of the period's start; a campaign it does not hold (created
    // since) has no change.
    auto row = [](const QString &name, const OutreachFigures::Tally &t,
                   const std::optional<OutreachSnapshot::Counts> &before) {
        QVariantList out {
            name, t.prospects, t.invited, t.accepted, optionalValue(t.acceptanceRate())};
        if (!before) {
            out << QVariant() << QVariant() << QVariant();
            return out;
        }
        const auto was = OutreachFigures::percent(before->accepted, before->invited);
        const auto now = t.acceptanceRate();
        out << t.invited - before->invited << t.accepted - before->accepted
            << (was && now ? optionalValue(*now - *was) : QVariant());
        return out;
    };
    std::optional<OutreachSnapshot::Counts> teamBefore;
    if (m_previous)
        teamBefore = m_previous->team;
    rows.append(row(tr("Team"), f.team, teamBefore));
    keys << QStringLiteral("team");
    invited << f.team.invited;
    for (const OutreachFigures::CampaignPace &c : f.campaigns) {
        std::optional<OutreachSnapshot::Counts> before;
        if (m_previous && m_previous->campaigns.contains(c.campaignId))
            before = m_previous->campaigns.value(c.campaignId);
        rows.append(row(c.name, c.tally, before));
        keys << c.campaignId;
        invited << c.tally.invited;
    }
    m_acceptance.setRows(rows, keys);
    if (!m_noChangeReason.isEmpty())
        for (int r = 0; r < rows.size(); ++r)
            for (const char *key : {"invitedChange", "acceptedChange", "rateChange"})
                m_acceptance.setCellNote(
                    r, QString::fromLatin1(key), CellState::Normal, m_noChangeReason);
    for (int r = 0; r < invited.size(); ++r) {
        if (invited[r] == 0)
            m_acceptance.setCellNote(r, QStringLiteral("acceptanceRate"), CellState::Normal,
                tr("No invitation sent yet: no rate"));
        else if (invited[r] < OutreachFigures::MinimumSample)
            m_acceptance.setCellNote(r, QStringLiteral("acceptanceRate"), CellState::LowSample,
                lowSampleNote(invited[r], tr("invitations")));
    }
}

void OutreachTables::fillPace(const OutreachFigures &f)
{
    QList<QVariantList> rows;
    QStringList keys;
    for (const OutreachFigures::CampaignPace &c : f.campaigns) {
        rows.append({c.name, c.status, c.tally.notStarted, optionalValue(c.invitationsPerDay),
            optionalValue(c.daysLeft), c.tally.qualified, optionalValue(c.qualifiedByMonthEnd)});
        keys << c.campaignId;
    }
    m_pace.setRows(rows, keys);
    for (int r = 0; r < f.campaigns.size(); ++r) {
        const auto &c = f.campaigns[r];
        if (!c.daysLeft)
            m_pace.setCellNote(r, QStringLiteral("daysLeft"), CellState::Normal,
                c.status == u"active" ? tr("Its sender sent no invitation today")
                                      : tr("The campaign is not active"));
        if (c.tally.invited > 0 && c.tally.invited < OutreachFigures::MinimumSample)
            m_pace.setCellNote(r, QStringLiteral("qualifiedByMonthEnd"), CellState::LowSample,
                lowSampleNote(c.tally.invited, tr("invitations")));
    }
}

void OutreachTables::fillHeatmap(const OutreachFigures &f)
{
    // The replies of the chosen period only.
    const auto grid = f.heatmapBetween(m_from, m_to);
    bool any = false;
    QList<QVariantList> rows;
    QStringList keys;
    for (int hour = 0; hour < 24; ++hour) {
        // The bare hour: 24 labels fit under a chart without being cut.
        QVariantList row {QString::number(hour)};
        for (int day = 0; day < 7; ++day) {
            row << grid[day][hour];
            any = any || grid[day][hour] > 0;
        }
        rows.append(row);
        keys << QString::number(hour);
    }
    m_heatmap.setRows(any ? rows : QList<QVariantList>(), any ? keys : QStringList());
}

} // namespace kakiyo
