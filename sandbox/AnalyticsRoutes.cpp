#include "sandbox/AnalyticsRoutes.h"

#include "sandbox/AnalyticsTotals.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxState.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <cmath>

namespace kakiyo::sandbox {

namespace {

double ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? std::round(double(part) * 100.0 / double(whole)) / 100.0 : 0.0;
}

QJsonObject metricsJson(const AnalyticsTotals &t, bool withTotals)
{
    QJsonObject o;
    if (withTotals) {
        o.insert("totalProspects", t.prospects);
        o.insert("totalMessages", t.messages);
        o.insert("totalQualified", t.qualified);
        o.insert("totalAnswers", t.answers);
        o.insert("totalClosed", t.closed);
    }
    o.insert("conversionRate", AnalyticsTotals::percent(t.qualified, t.prospects));
    o.insert("responseRate", AnalyticsTotals::percent(t.answers, t.prospects));
    o.insert("qualificationRate", AnalyticsTotals::percent(t.qualified, t.answers));
    o.insert("averageMessagesPerProspect", ratio(t.messages, t.prospects));
    return o;
}

QString isoDaysAgo(const SandboxState &state, int days)
{
    return SandboxState::iso(state.now().addDays(-days));
}

// Agent messages sent and conversations qualified since the given time, optionally per campaign.
QJsonObject activitySince(
    const SandboxState &state, const QString &since, const QString &campaignId)
{
    const QString filter
        = campaignId.isEmpty() ? QString() : QStringLiteral(" AND campaign_id = ?");
    QVariantList binds {since};
    if (!campaignId.isEmpty())
        binds << campaignId;
    const qint64 messages
        = state
              .scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE sent_at >= ? "
                                     "AND role = 'assistant'")
                      + filter,
                  binds)
              .toLongLong();
    const qint64 qualified
        = state
              .scalar(QStringLiteral("SELECT COUNT(*) FROM chats WHERE qualified_at >= ? "
                                     "AND qualification = 'qualified'")
                      + filter,
                  binds)
              .toLongLong();
    return QJsonObject {{"messages", messages}, {"qualified", qualified}};
}

} // namespace

void registerAnalyticsRoutes(Router &router, SandboxState &state)
{
    SandboxState *s = &state;

    // I1
    router.add(
        "GET", QStringLiteral("/analytics/overview"), RateTier::Medium, [s](const Request &) {
            const QHash<QString, AnalyticsTotals> byCampaign = AnalyticsTotals::byCampaign(*s);
            AnalyticsTotals team;
            QJsonArray campaigns;
            int total = 0, active = 0, paused = 0, completed = 0;
            QSqlQuery q = s->run(
                QStringLiteral("SELECT id, name, status FROM campaigns ORDER BY created_at, id"));
            while (q.next()) {
                const QString status = q.value(2).toString();
                ++total;
                active += status == u"active";
                paused += status == u"paused";
                completed += status == u"completed";
                const AnalyticsTotals t = byCampaign.value(q.value(0).toString());
                team.prospects += t.prospects;
                team.answers += t.answers;
                team.messages += t.messages;
                team.qualified += t.qualified;
                team.closed += t.closed;
                campaigns.append(QJsonObject {{"id", q.value(0).toString()},
                    {"name", q.value(1).toString()}, {"status", status}, {"prospects", t.prospects},
                    {"messages", t.messages}, {"qualified", t.qualified}, {"answers", t.answers},
                    {"conversionRate", AnalyticsTotals::percent(t.qualified, t.prospects)},
                    {"responseRate", AnalyticsTotals::percent(t.answers, t.prospects)}});
            }
            q.finish();
            const int agents = s->scalar(QStringLiteral("SELECT COUNT(*) FROM agents")).toInt();
            const int runningAgents
                = s->scalar(QStringLiteral("SELECT COUNT(*) FROM agents WHERE status = 'running'"))
                      .toInt();
            const QJsonObject summary {{"totalCampaigns", total}, {"activeCampaigns", active},
                {"pausedCampaigns", paused}, {"completedCampaigns", completed},
                {"totalAgents", agents}, {"activeAgents", runningAgents},
                {"totalProspects", team.prospects}, {"totalMessages", team.messages},
                {"totalQualified", team.qualified}, {"totalAnswers", team.answers},
                {"totalClosed", team.closed}};
            const QJsonObject activity {
                {"last24Hours",
                    activitySince(*s, SandboxState::iso(s->now().addSecs(-24 * 3600)), QString())},
                {"lastWeek", activitySince(*s, isoDaysAgo(*s, 7), QString())}};
            return Response::json(200,
                QJsonObject {{"summary", summary}, {"metrics", metricsJson(team, false)},
                    {"activity", activity}, {"campaigns", campaigns}});
        });

    // I2: dailyBreakdown lists every UTC day of the window (default 30, ?days=1..90), newest
    // first, including quiet days, so charts get a continuous axis; last7Days sums its first 7.
    router.add("GET", QStringLiteral("/analytics/campaigns/{campaignId}"), RateTier::Medium,
        [s](const Request &r) {
            const QString id = r.params.value(QStringLiteral("campaignId"));
            int days = 30;
            if (!r.queryValue(QStringLiteral("days")).isNull()) {
                bool ok = false;
                days = r.queryValue(QStringLiteral("days")).toInt(&ok);
                if (!ok || days < 1 || days > 90)
                    return Response::error(400, QStringLiteral("validation_error"),
                        QStringLiteral("The days parameter must be an integer between 1 and 90"),
                        QJsonArray {QJsonObject {{"field", "days"},
                            {"message", "Must be an integer between 1 and 90"}}});
            }
            QSqlQuery c = s->run(
                QStringLiteral("SELECT k.name, k.status, k.created_at, k.agent_id, p.name "
                               "FROM campaigns k LEFT JOIN products p ON p.id = k.product_id "
                               "WHERE k.id = ?"),
                {id});
            if (!c.next())
                return Response::notFound(QStringLiteral("Campaign not found"));
            const QJsonObject campaign {{"id", id}, {"name", c.value(0).toString()},
                {"status", c.value(1).toString()}, {"createdAt", c.value(2).toString()},
                {"agent",
                    c.value(3).isNull() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(c.value(3).toString())},
                {"product",
                    c.value(4).isNull() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(c.value(4).toString())}};
            c.finish();
            const AnalyticsTotals t = AnalyticsTotals::forCampaign(*s, id);

            const QDate today = s->now().date();
            const QDate first = today.addDays(-(days - 1));
            const QString since = first.toString(Qt::ISODate);
            struct Day
            {
                qint64 messages = 0, responses = 0, qualified = 0;
            };
            QHash<QString, Day> byDay;
            QSqlQuery m = s->run(
                QStringLiteral(
                    "SELECT substr(sent_at, 1, 10), SUM(role = 'assistant'), SUM(role = 'user') "
                    "FROM messages WHERE campaign_id = ? AND sent_at >= ? GROUP BY 1"),
                {id, since});
            while (m.next()) {
                Day &d = byDay[m.value(0).toString()];
                d.messages = m.value(1).toLongLong();
                d.responses = m.value(2).toLongLong();
            }
            m.finish();
            QSqlQuery qd = s->run(
                QStringLiteral("SELECT substr(qualified_at, 1, 10), COUNT(*) FROM chats WHERE "
                               "campaign_id = ? AND qualification = 'qualified' AND qualified_at "
                               ">= ? GROUP BY 1"),
                {id, since});
            while (qd.next())
                byDay[qd.value(0).toString()].qualified = qd.value(1).toLongLong();
            qd.finish();
            QJsonArray daily;
            Day week;
            for (int i = 0; i < days; ++i) {
                const QString date = today.addDays(-i).toString(Qt::ISODate);
                const Day d = byDay.value(date);
                daily.append(QJsonObject {{"date", date}, {"messages", d.messages},
                    {"responses", d.responses}, {"qualified", d.qualified}});
                if (i < 7) {
                    week.messages += d.messages;
                    week.responses += d.responses;
                    week.qualified += d.qualified;
                }
            }

            // statusDistribution: disjoint buckets, every chat counted once, in the furthest
            // funnel stage its conversation has reached (pending → contacted → responded →
            // qualified → closed), so a client can add them up into "reached at least this
            // stage" without counting a dead end as progress:
            //   closed     qualified (5), answered, and the agent had the last word (the call is
            //              booked, the hand-over sent);
            //   qualified  any other qualified conversation;
            //   responded  the prospect answered (4 Replied, 6 Unqualified after a reply);
            //   contacted  the agent wrote, no answer (3, and 7 / 504 after a message);
            //   pending    nothing sent yet (0, 1, 2, 502, 503, 505, and 7 / 504 without one).
            // metrics.totalClosed keeps its own meaning (conversations that ended, see
            // AnalyticsTotals); the two are different questions.
            QJsonObject statusDistribution {{"pending", 0}, {"contacted", 0}, {"responded", 0},
                {"qualified", 0}, {"closed", 0}};
            QSqlQuery st = s->run(
                QStringLiteral(
                    "SELECT CASE "
                    "WHEN status = 5 AND responded = 1 AND (SELECT role FROM messages m WHERE "
                    "m.chat_id = chats.id ORDER BY m.sent_at DESC, m.id DESC LIMIT 1) = "
                    "'assistant' THEN 'closed' "
                    "WHEN status = 5 THEN 'qualified' "
                    "WHEN responded = 1 OR status IN (4, 6) THEN 'responded' "
                    "WHEN status = 3 OR EXISTS (SELECT 1 FROM messages m WHERE m.chat_id = "
                    "chats.id AND m.role = 'assistant') THEN 'contacted' "
                    "ELSE 'pending' END, COUNT(*) FROM chats WHERE campaign_id = ? GROUP BY 1"),
                {id});
            while (st.next())
                statusDistribution[st.value(0).toString()] = st.value(1).toLongLong();
            st.finish();
            QJsonObject qualificationBreakdown {
                {"pending", 0}, {"qualified", 0}, {"disqualified", 0}};
            QSqlQuery g = s->run(
                QStringLiteral("SELECT qualification, COUNT(*) FROM chats WHERE campaign_id = ? "
                               "GROUP BY qualification"),
                {id});
            while (g.next()) {
                const QString qualification = g.value(0).toString();
                const QString q = qualification == u"qualified" ? QStringLiteral("qualified")
                    : qualification == u"unqualified"           ? QStringLiteral("disqualified")
                                                                : QStringLiteral("pending");
                qualificationBreakdown[q]
                    = qualificationBreakdown[q].toInteger() + g.value(1).toLongLong();
            }
            g.finish();
            return Response::json(200,
                QJsonObject {{"campaign", campaign}, {"metrics", metricsJson(t, true)},
                    {"activity",
                        QJsonObject {{"dailyBreakdown", daily},
                            {"last7Days",
                                QJsonObject {{"messages", week.messages},
                                    {"responses", week.responses},
                                    {"qualified", week.qualified}}}}},
                    {"statusDistribution", statusDistribution},
                    {"qualificationBreakdown", qualificationBreakdown}});
        });

    // B7
    router.add(
        "GET", QStringLiteral("/campaigns/{id}/stats"), RateTier::Medium, [s](const Request &r) {
            const QString id = r.params.value(QStringLiteral("id"));
            QSqlQuery c
                = s->run(QStringLiteral("SELECT name, status FROM campaigns WHERE id = ?"), {id});
            if (!c.next())
                return Response::notFound(QStringLiteral("Campaign not found"));
            const QJsonObject o {{"id", id}, {"name", c.value(0).toString()},
                {"status", c.value(1).toString()},
                {"stats", AnalyticsTotals::forCampaign(*s, id).statsJson(true)}};
            return Response::json(200, o);
        });
}

} // namespace kakiyo::sandbox
