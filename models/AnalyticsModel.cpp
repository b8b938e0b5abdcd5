#include "models/AnalyticsModel.h"

#include "models/store/CacheSnapshot.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace kakiyo {

namespace {
using Kind = AnalyticsTableModel::Kind;
using Column = AnalyticsTableModel::Column;

double percent(qint64 part, qint64 whole)
{
    return whole > 0 ? std::round(double(part) * 10000.0 / double(whole)) / 100.0 : 0.0;
}
} // namespace

AnalyticsModel::AnalyticsModel(QObject *parent)
    : QObject(parent)
    , m_campaigns(QStringLiteral("campaigns"))
    , m_activity(QStringLiteral("activity"))
    , m_history(QStringLiteral("history"))
    , m_daily(QStringLiteral("daily"))
    , m_funnel(QStringLiteral("funnel"))
    , m_qualification(QStringLiteral("qualification"))
    , m_last7Days(QStringLiteral("last7days"))
{
    m_campaigns.setColumns({
        {QStringLiteral("name"), tr("Campaign"), Kind::Text, {}},
        {QStringLiteral("status"), tr("Status"), Kind::Text, {}},
        {QStringLiteral("prospects"), tr("Prospects"), Kind::Count, {}},
        {QStringLiteral("messages"), tr("Messages"), Kind::Count, {}},
        {QStringLiteral("answers"), tr("Replies"), Kind::Count, {}},
        {QStringLiteral("qualified"), tr("Qualified"), Kind::Count, {}},
        {QStringLiteral("responseRate"), tr("Response rate"), Kind::Percent,
            AnalyticsKpiModel::formula(AnalyticsKpiModel::ResponseRate)},
        {QStringLiteral("conversionRate"), tr("Conversion rate"), Kind::Percent,
            AnalyticsKpiModel::formula(AnalyticsKpiModel::ConversionRate)},
    });
    m_activity.setColumns({
        {QStringLiteral("period"), tr("Period"), Kind::Text, {}},
        {QStringLiteral("messages"), tr("Messages"), Kind::Count, {}},
        {QStringLiteral("qualified"), tr("Qualified"), Kind::Count, {}},
    });
    m_history.setColumns({
        {QStringLiteral("date"), tr("Date"), Kind::Date, {}},
        {QStringLiteral("prospects"), tr("Prospects"), Kind::Count, {}},
        {QStringLiteral("messages"), tr("Messages"), Kind::Count, {}},
        {QStringLiteral("answers"), tr("Replies"), Kind::Count, {}},
        {QStringLiteral("qualified"), tr("Qualified"), Kind::Count, {}},
        {QStringLiteral("responseRate"), tr("Response rate"), Kind::Percent, {}},
        {QStringLiteral("conversionRate"), tr("Conversion rate"), Kind::Percent, {}},
    });
    m_daily.setColumns({
        {QStringLiteral("date"), tr("Date"), Kind::Date, {}},
        {QStringLiteral("messages"), tr("Messages"), Kind::Count, {}},
        {QStringLiteral("responses"), tr("Responses"), Kind::Count, {}},
        {QStringLiteral("qualified"), tr("Qualified"), Kind::Count, {}},
    });
    m_funnel.setColumns({
        {QStringLiteral("stage"), tr("Stage"), Kind::Text, {}},
        {QStringLiteral("prospects"), tr("Reached stage"), Kind::Count, funnelReachedFormula()},
        {QStringLiteral("current"), tr("In this status now"), Kind::Count,
            tr("Prospects whose conversation is in this status now (the API's "
               "statusDistribution)")},
        {QStringLiteral("conversion"), tr("From previous stage"), Kind::Percent,
            funnelConversionFormula()},
    });
    m_qualification.setColumns({
        {QStringLiteral("outcome"), tr("Outcome"), Kind::Text, {}},
        {QStringLiteral("prospects"), tr("Prospects"), Kind::Count, {}},
    });
    connect(&m_outreach, &OutreachTables::changed, this, &AnalyticsModel::changed);
    m_last7Days.setColumns({
        {QStringLiteral("metric"), tr("Metric"), Kind::Text, {}},
        {QStringLiteral("count"), tr("Last 7 days"), Kind::Count, {}},
    });
}

QList<AnalyticsTableModel *> AnalyticsModel::tables()
{
    return QList<AnalyticsTableModel *> {&m_campaigns, &m_activity, &m_history, &m_daily, &m_funnel,
               &m_qualification, &m_last7Days}
    + m_outreach.tables();
}

AnalyticsTableModel *AnalyticsModel::table(const QString &name)
{
    for (auto *t : tables())
        if (t->name() == name)
            return t;
    return nullptr;
}

QString AnalyticsModel::funnelReachedFormula()
{
    return tr("Prospects who reached at least this stage: the prospects in this status plus "
              "those in every later one (pending → contacted → responded → qualified → closed)");
}

QString AnalyticsModel::funnelConversionFormula()
{
    return tr("Prospects who reached this stage ÷ prospects who reached the stage before × 100 "
              "(never above 100 %)");
}

QStringList AnalyticsModel::funnelStages()
{
    return {QStringLiteral("pending"), QStringLiteral("contacted"), QStringLiteral("responded"),
        QStringLiteral("qualified"), QStringLiteral("closed")};
}

AnalyticsKpiModel::Values AnalyticsModel::kpiValues(const AnalyticsOverview &o)
{
    AnalyticsKpiModel::Values v;
    v.prospects = o.totalProspects;
    v.messages = o.totalMessages;
    v.replies = o.totalAnswers;
    v.qualified = o.totalQualified;
    v.responseRate = o.responseRate;
    v.conversionRate = o.conversionRate;
    v.qualificationRate = o.qualificationRate;
    v.messagesPerProspect = o.averageMessagesPerProspect;
    return v;
}

void AnalyticsModel::setOverview(const AnalyticsOverview &overview, QDate day)
{
    m_overview = overview;
    m_overviewDay = day;
    auto it = std::find_if(m_snapshots.begin(), m_snapshots.end(),
        [&](const OverviewSnapshot &s) { return s.day == day; });
    if (it != m_snapshots.end())
        it->overview = overview;
    else
        m_snapshots.append({day, overview});
    std::sort(m_snapshots.begin(), m_snapshots.end(),
        [](const OverviewSnapshot &a, const OverviewSnapshot &b) { return a.day < b.day; });
    rebuildOverview();
}

void AnalyticsModel::setOverviewHistory(const QList<OverviewSnapshot> &snapshots)
{
    m_snapshots = snapshots;
    if (m_overview) {
        // The live answer wins over a stored one for the same day.
        m_snapshots.erase(std::remove_if(m_snapshots.begin(), m_snapshots.end(),
                              [&](const OverviewSnapshot &s) { return s.day == m_overviewDay; }),
            m_snapshots.end());
        m_snapshots.append({m_overviewDay, *m_overview});
    }
    std::sort(m_snapshots.begin(), m_snapshots.end(),
        [](const OverviewSnapshot &a, const OverviewSnapshot &b) { return a.day < b.day; });
    if (!m_overview && !m_snapshots.isEmpty()) {
        // Offline start: show the newest stored answer.
        m_overview = m_snapshots.last().overview;
        m_overviewDay = m_snapshots.last().day;
    }
    rebuildOverview();
}

int AnalyticsModel::setOverviewHistory(const QList<CacheSnapshot> &snapshots)
{
    QList<OverviewSnapshot> decoded;
    int skipped = 0;
    for (const CacheSnapshot &s : snapshots) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(s.body, &error);
        const auto overview = error.error == QJsonParseError::NoError
            ? AnalyticsOverview::fromJson(doc.object())
            : Decoded<AnalyticsOverview>::failure({{}, error.errorString()});
        if (!overview.ok() || !s.day.isValid()) {
            ++skipped;
            continue;
        }
        decoded.append(OverviewSnapshot {s.day, overview.value});
    }
    setOverviewHistory(decoded);
    return skipped;
}

void AnalyticsModel::setCampaign(const CampaignAnalytics &campaign)
{
    m_campaign = campaign;
    rebuildCampaign();
}

void AnalyticsModel::clearCampaign()
{
    m_campaign.reset();
    rebuildCampaign();
}

void AnalyticsModel::setRange(QDate from, QDate to)
{
    if (from.isValid() && to.isValid() && from > to)
        std::swap(from, to);
    m_from = from;
    m_to = to;
    m_outreach.setRange(from, to);
    rebuildOverview();
    rebuildCampaign();
}

bool AnalyticsModel::inRange(QDate day) const
{
    return (!m_from.isValid() || day >= m_from) && (!m_to.isValid() || day <= m_to);
}

void AnalyticsModel::rebuildOverview()
{
    // History rows within the range.
    QList<QVariantList> rows;
    QStringList keys;
    for (const OverviewSnapshot &s : m_snapshots) {
        if (!inRange(s.day))
            continue;
        const auto &o = s.overview;
        rows.append({s.day, o.totalProspects, o.totalMessages, o.totalAnswers, o.totalQualified,
            o.responseRate, o.conversionRate});
        keys << s.day.toString(Qt::ISODate);
    }
    m_history.setRows(rows, keys);

    if (!m_overview) {
        m_kpis.clear();
        m_campaigns.clear();
        m_activity.clear();
        m_comparedWith = {};
        emit changed();
        return;
    }
    const AnalyticsOverview &o = *m_overview;

    // With a period, compare with the figures at its start — the end of the previous period of
    // the same length — and only with those: a snapshot of another day would compare periods of
    // another length, so without one the change is left out and previousPeriodMissing() says
    // so. Without a period, compare with the latest snapshot before the shown one.
    std::optional<OverviewSnapshot> previous;
    m_previousPeriodMissing = false;
    if (m_from.isValid()) {
        for (const OverviewSnapshot &s : m_snapshots) {
            if (s.day >= m_overviewDay)
                break;
            if (s.day == m_from)
                previous = s; // the morning the period starts: preferred
            else if (s.day == m_from.addDays(-1) && !previous)
                previous = s; // the evening before it
        }
        m_previousPeriodMissing = !previous;
    } else {
        for (const OverviewSnapshot &s : m_snapshots) {
            if (s.day >= m_overviewDay)
                break;
            previous = s;
        }
    }
    m_comparedWith = previous ? previous->day : QDate();
    m_kpis.setValues(
        kpiValues(o), previous ? std::optional(kpiValues(previous->overview)) : std::nullopt);

    rows.clear();
    keys.clear();
    for (const CampaignComparison &c : o.campaigns) {
        rows.append({c.name, c.status, c.prospects, c.messages, c.answers, c.qualified,
            c.responseRate, c.conversionRate});
        keys << c.id;
    }
    m_campaigns.setRows(rows, keys);
    // Kakiyo's guidance: compare campaigns from 50 prospects on; fewer are greyed, with why.
    for (int r = 0; r < o.campaigns.size(); ++r) {
        const qint64 n = o.campaigns[r].prospects;
        if (n <= 0 || n >= OutreachFigures::MinimumSample)
            continue;
        const QString note = OutreachTables::lowSampleNote(n, tr("prospects"));
        for (const char *key : {"responseRate", "conversionRate"})
            m_campaigns.setCellNote(
                r, QString::fromLatin1(key), AnalyticsTableModel::CellState::LowSample, note);
    }

    m_activity.setRows({{tr("Last 24 hours"), o.last24Hours.messages, o.last24Hours.qualified},
                           {tr("Last week"), o.lastWeek.messages, o.lastWeek.qualified}},
        {QStringLiteral("last24Hours"), QStringLiteral("lastWeek")});
    emit changed();
}

void AnalyticsModel::rebuildCampaign()
{
    if (!m_campaign) {
        m_daily.clear();
        m_funnel.clear();
        m_qualification.clear();
        m_last7Days.clear();
        emit changed();
        return;
    }
    const CampaignAnalytics &c = *m_campaign;
    QList<QVariantList> rows;
    QStringList keys;
    for (const DailyActivity &d : c.dailyAscending()) {
        if (!inRange(d.date))
            continue;
        rows.append({d.date, d.messages, d.responses, d.qualified});
        keys << d.date.toString(Qt::ISODate);
    }
    m_daily.setRows(rows, keys);

    // statusDistribution holds disjoint buckets (each prospect in the status it is in now); a
    // funnel stage counts who got at least that far, so it adds the later buckets to its own.
    // Counts only shrink along the stages, so no conversion exceeds 100 %.
    rows.clear();
    const QStringList stages = funnelStages();
    const QStringList stageTitles {
        tr("Pending"), tr("Contacted"), tr("Responded"), tr("Qualified"), tr("Closed")};
    bool any = false;
    QList<qint64> current;
    QList<qint64> reached(stages.size(), 0);
    for (const QString &stage : stages) {
        any = any || c.statusDistribution.contains(stage);
        current << std::max<qint64>(0, c.statusDistribution.value(stage));
    }
    for (qsizetype i = stages.size() - 1; i >= 0; --i)
        reached[i] = current[i] + (i + 1 < stages.size() ? reached[i + 1] : 0);
    for (int i = 0; i < stages.size(); ++i) {
        QVariant conversion;
        if (i > 0 && reached[i - 1] > 0)
            conversion = percent(reached[i], reached[i - 1]);
        rows.append({stageTitles[i], reached[i], current[i], conversion});
    }
    m_funnel.setRows(any ? rows : QList<QVariantList>(), any ? stages : QStringList());

    rows.clear();
    keys.clear();
    const QStringList outcomes {
        QStringLiteral("qualified"), QStringLiteral("pending"), QStringLiteral("disqualified")};
    const QStringList outcomeTitles {tr("Qualified"), tr("Pending"), tr("Disqualified")};
    for (int i = 0; i < outcomes.size(); ++i) {
        if (!c.qualificationBreakdown.contains(outcomes[i]))
            continue;
        rows.append({outcomeTitles[i], c.qualificationBreakdown.value(outcomes[i])});
        keys << outcomes[i];
    }
    // Keys the contract does not name still show, under their own name.
    for (auto it = c.qualificationBreakdown.cbegin(); it != c.qualificationBreakdown.cend(); ++it) {
        if (outcomes.contains(it.key()))
            continue;
        rows.append({it.key(), it.value()});
        keys << it.key();
    }
    m_qualification.setRows(rows, keys);

    m_last7Days.setRows(
        {{tr("Messages"), c.last7Days.messages}, {tr("Responses"), c.last7Days.responses},
            {tr("Qualified"), c.last7Days.qualified}},
        {QStringLiteral("messages"), QStringLiteral("responses"), QStringLiteral("qualified")});
    emit changed();
}

} // namespace kakiyo
