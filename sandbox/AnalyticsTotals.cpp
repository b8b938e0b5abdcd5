#include "sandbox/AnalyticsTotals.h"

#include "sandbox/SandboxState.h"

#include <cmath>

namespace kakiyo::sandbox {

AnalyticsTotals AnalyticsTotals::forCampaign(const SandboxState &state, const QString &campaignId)
{
    AnalyticsTotals t;
    QSqlQuery q = state.run(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(qualification = 'qualified'), 0), "
                       "COALESCE(SUM(status IN (%1)), 0), COALESCE(SUM(responded), 0) "
                       "FROM chats WHERE campaign_id = ?")
            .arg(closedStatusList()),
        {campaignId});
    if (q.next()) {
        t.prospects = q.value(0).toLongLong();
        t.qualified = q.value(1).toLongLong();
        t.closed = q.value(2).toLongLong();
        t.answers = q.value(3).toLongLong();
    }
    t.messages = state
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE campaign_id = ? "
                                            "AND role = 'assistant'"),
                         {campaignId})
                     .toLongLong();
    return t;
}

AnalyticsTotals AnalyticsTotals::forTeam(const SandboxState &state)
{
    AnalyticsTotals t;
    const auto all = byCampaign(state);
    for (const AnalyticsTotals &c : all) {
        t.prospects += c.prospects;
        t.answers += c.answers;
        t.messages += c.messages;
        t.qualified += c.qualified;
        t.closed += c.closed;
    }
    return t;
}

QHash<QString, AnalyticsTotals> AnalyticsTotals::byCampaign(const SandboxState &state)
{
    // One pass over the chats' covering index and one over the messages' campaign index, done
    // again only after the database changed (GET /campaigns and the overview ask often).
    struct Cached
    {
        QString connection;
        qint64 version = -1;
        QHash<QString, AnalyticsTotals> totals;
    };
    static Cached cache;
    const qint64 version = state.scalar(QStringLiteral("SELECT total_changes()")).toLongLong();
    if (cache.connection == state.db.connectionName() && cache.version == version)
        return cache.totals;
    QHash<QString, AnalyticsTotals> out;
    QSqlQuery q = state.run(
        QStringLiteral("SELECT campaign_id, COUNT(*), SUM(qualification = 'qualified'), "
                       "SUM(status IN (%1)), SUM(responded) FROM chats GROUP BY campaign_id")
            .arg(closedStatusList()));
    while (q.next()) {
        AnalyticsTotals &t = out[q.value(0).toString()];
        t.prospects = q.value(1).toLongLong();
        t.qualified = q.value(2).toLongLong();
        t.closed = q.value(3).toLongLong();
        t.answers = q.value(4).toLongLong();
    }
    q.finish();
    QSqlQuery m = state.run(
        QStringLiteral("SELECT campaign_id, COUNT(*) FROM messages WHERE role = 'assistant' "
                       "GROUP BY campaign_id"));
    while (m.next())
        out[m.value(0).toString()].messages = m.value(1).toLongLong();
    cache = Cached {state.db.connectionName(), version, out};
    return out;
}

QJsonObject AnalyticsTotals::statsJson(bool withRateStrings) const
{
    QJsonObject o {{"prospects", prospects}, {"prospectsAnswers", answers}, {"messages", messages},
        {"qualified", qualified}, {"closed", closed}};
    if (withRateStrings) {
        o.insert("conversionRate", percentText(qualified, prospects));
        o.insert("responseRate", percentText(answers, prospects));
    }
    return o;
}

double AnalyticsTotals::percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return 0.0;
    return std::round(double(part) * 10000.0 / double(whole)) / 100.0;
}

QString AnalyticsTotals::percentText(qint64 part, qint64 whole)
{
    return QString::number(percent(part, whole), 'f', 2) + u'%';
}

} // namespace kakiyo::sandbox
