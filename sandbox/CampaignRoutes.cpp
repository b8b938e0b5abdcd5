#include "sandbox/CampaignRoutes.h"

#include "sandbox/AnalyticsTotals.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxState.h"
#include "sandbox/Validator.h"

#include <QJsonDocument>

namespace kakiyo::sandbox {

namespace {

constexpr int MaxCampaigns = 1000; // plan cap behind 403 "Forbidden - limit reached"

Response campaignNotFound()
{
    return Response::notFound(QStringLiteral("Campaign not found"));
}

QString statusOf(const SandboxState &state, const QString &id)
{
    return state.scalar(QStringLiteral("SELECT status FROM campaigns WHERE id = ?"), {id})
        .toString();
}

// GET /campaigns: full list without parameters; limit+offset or limit+after when given.
Response listCampaigns(const SandboxState &state, const Request &r)
{
    const QString limitText = r.queryValue("limit");
    const QString offsetText = r.queryValue("offset");
    const QString after = r.queryValue("after");
    Validator v {QJsonObject {}};
    int limit = -1;
    int offset = 0;
    bool ok = true;
    if (!limitText.isNull()) {
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1 || limit > 100)
            v.add("limit", QStringLiteral("limit must be an integer between 1 and 100"));
    }
    if (!offsetText.isNull()) {
        offset = offsetText.toInt(&ok);
        if (!ok || offset < 0)
            v.add("offset", QStringLiteral("offset must be an integer ≥ 0"));
        if (limit < 0)
            limit = 100; // offset alone still pages (max page size)
    }
    if (!after.isNull() && !offsetText.isNull())
        v.add("after", QStringLiteral("Use either offset or after, not both"));
    if (!v.ok())
        return v.error();
    if (!after.isNull() && limit < 0)
        limit = 20; // OpenAPI default for cursor paging

    QString sql = QStringLiteral(
        "SELECT id, name, status, agent_id, product_id, created_at FROM campaigns");
    QVariantList binds;
    if (!after.isNull()) {
        QSqlQuery anchor = state.run(
            QStringLiteral("SELECT created_at, id FROM campaigns WHERE id = ?"), {after});
        if (!anchor.next()) {
            Validator bad {QJsonObject {}};
            bad.add("after", QStringLiteral("Unknown cursor %1").arg(after));
            return bad.error();
        }
        // Newest first; "after" = everything that sorts after the anchor.
        sql += QStringLiteral(" WHERE (created_at < ? OR (created_at = ? AND id > ?))");
        binds << anchor.value(0) << anchor.value(0) << anchor.value(1);
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, id");
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        binds << limit << offset;
    }
    const QHash<QString, AnalyticsTotals> totals = state.hasTable(QStringLiteral("chats"))
        ? AnalyticsTotals::byCampaign(state)
        : QHash<QString, AnalyticsTotals>();
    QSqlQuery q = state.run(sql, binds);
    QJsonArray list;
    while (q.next()) {
        const QString id = q.value(0).toString();
        QJsonObject o {
            {"id", id}, {"name", q.value(1).toString()}, {"status", q.value(2).toString()}};
        if (!q.value(3).isNull())
            o.insert("agent", q.value(3).toString());
        if (!q.value(4).isNull())
            o.insert("product", q.value(4).toString());
        o.insert("createdAt", q.value(5).toString());
        o.insert("stats", totals.value(id).statsJson(false));
        list.append(o);
    }
    return Response::json(200, list);
}

Response createCampaign(SandboxState &state, const Request &r)
{
    Response error;
    const auto body = r.jsonObject(&error);
    if (!body)
        return error;
    Validator v(*body);
    const auto name = v.string("name", Validator::Required, 3, 100);
    const auto productId = v.string("productId", Validator::Required, 1, 100);
    const auto promptId = v.string("promptId", Validator::Required, 1, 100);
    const auto agentId = v.string("agentId", Validator::Required, 1, 100);
    const auto automatic = v.integer("qualificationAutomatic", Validator::Optional, 0, 100);
    const auto verification = v.integer("qualificationVerification", Validator::Optional, 0, 100);
    const auto variables = v.stringMap("variables", Validator::Optional);
    const auto preventAutoStart = v.boolean("preventAutoStart", Validator::Optional);
    if (productId
        && !state.exists(QStringLiteral("SELECT 1 FROM products WHERE id = ?"), {*productId}))
        v.add("productId", QStringLiteral("Product %1 not found").arg(*productId));
    if (promptId
        && !state.exists(QStringLiteral("SELECT 1 FROM prompts WHERE id = ?"), {*promptId}))
        v.add("promptId", QStringLiteral("Prompt %1 not found").arg(*promptId));
    if (agentId && !state.exists(QStringLiteral("SELECT 1 FROM agents WHERE id = ?"), {*agentId}))
        v.add("agentId", QStringLiteral("Agent %1 not found").arg(*agentId));
    const qint64 autoValue = automatic.value_or(70);
    const qint64 verifyValue = verification.value_or(50);
    if (v.ok() && verifyValue > autoValue)
        v.add("qualificationVerification",
            QStringLiteral("qualificationVerification must not exceed qualificationAutomatic"));
    if (!v.ok())
        return v.error();
    if (state.scalar(QStringLiteral("SELECT COUNT(*) FROM campaigns")).toInt() >= MaxCampaigns)
        return Response::error(
            403, QStringLiteral("forbidden"), QStringLiteral("Forbidden - limit reached"));
    const QString id = state.newId();
    const QString now = state.isoNow();
    const bool prevent = preventAutoStart.value_or(false);
    const QString status = prevent ? QStringLiteral("paused") : QStringLiteral("active");
    state.run(QStringLiteral(
                  "INSERT INTO campaigns (id, name, status, product_id, prompt_id, agent_id, "
                  "qualification_automatic, qualification_verification, variables, "
                  "prevent_auto_start, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
        {id, name->trimmed(), status, *productId, *promptId, *agentId, autoValue, verifyValue,
            QString::fromUtf8(
                QJsonDocument(variables.value_or(QJsonObject())).toJson(QJsonDocument::Compact)),
            prevent ? 1 : 0, now, now});
    return Response::json(201,
        QJsonObject {{"id", id}, {"name", name->trimmed()}, {"status", status},
            {"preventAutoStart", prevent}});
}

Response updateCampaign(SandboxState &state, const Request &r)
{
    const QString id = r.params.value("id");
    QSqlQuery current
        = state.run(QStringLiteral("SELECT qualification_automatic, qualification_verification "
                                   "FROM campaigns WHERE id = ?"),
            {id});
    if (!current.next())
        return campaignNotFound();
    Response error;
    const auto body = r.jsonObject(&error);
    if (!body)
        return error;
    Validator v(*body);
    for (const char *fixed : {"productId", "promptId", "agentId"}) {
        if (body->contains(QLatin1String(fixed)))
            v.add(QLatin1String(fixed),
                QStringLiteral("%1 cannot be changed after creation").arg(QLatin1String(fixed)));
    }
    v.rejectUnknown({"name", "qualificationAutomatic", "qualificationVerification", "variables",
        "productId", "promptId", "agentId"});
    if (body->isEmpty())
        v.add("body", QStringLiteral("At least one field is required"));
    const auto name = v.string("name", Validator::Optional, 3, 100);
    const auto automatic = v.integer("qualificationAutomatic", Validator::Optional, 0, 100);
    const auto verification = v.integer("qualificationVerification", Validator::Optional, 0, 100);
    const auto variables = v.stringMap("variables", Validator::Optional);
    const qint64 autoValue = automatic.value_or(current.value(0).toLongLong());
    const qint64 verifyValue = verification.value_or(current.value(1).toLongLong());
    if (v.ok() && verifyValue > autoValue)
        v.add("qualificationVerification",
            QStringLiteral("qualificationVerification must not exceed qualificationAutomatic"));
    if (!v.ok())
        return v.error();
    QStringList sets {QStringLiteral("qualification_automatic = ?"),
        QStringLiteral("qualification_verification = ?"), QStringLiteral("updated_at = ?")};
    QVariantList binds {autoValue, verifyValue, state.isoNow()};
    if (name) {
        sets << QStringLiteral("name = ?");
        binds << name->trimmed();
    }
    if (variables) { // replaces the whole map
        sets << QStringLiteral("variables = ?");
        binds << QString::fromUtf8(QJsonDocument(*variables).toJson(QJsonDocument::Compact));
    }
    binds << id;
    state.run(QStringLiteral("UPDATE campaigns SET %1 WHERE id = ?").arg(sets.join(u", ")), binds);
    return Response::json(
        200, QJsonObject {{"id", id}, {"message", "Campaign updated successfully"}});
}

qint64 countWhere(
    const SandboxState &state, const QString &table, const QString &where, const QString &id)
{
    if (!state.hasTable(table))
        return 0;
    return state.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where), {id})
        .toLongLong();
}

Response deleteCampaign(SandboxState &state, const Request &r)
{
    const QString id = r.params.value("id");
    QSqlQuery c
        = state.run(QStringLiteral("SELECT name, status FROM campaigns WHERE id = ?"), {id});
    if (!c.next())
        return campaignNotFound();
    const QString name = c.value(0).toString();
    if (c.value(1).toString() == u"active")
        return Response::error(409, QStringLiteral("campaign_active"),
            QStringLiteral("Cannot delete active campaign. Please pause the campaign first."));
    const qint64 chats
        = countWhere(state, QStringLiteral("chats"), QStringLiteral("campaign_id = ?"), id);
    const qint64 prospects = state.hasTable(QStringLiteral("chats"))
        ? state
              .scalar(QStringLiteral(
                          "SELECT COUNT(DISTINCT prospect_id) FROM chats WHERE campaign_id = ?"),
                  {id})
              .toLongLong()
        : 0;
    const qint64 messages
        = countWhere(state, QStringLiteral("messages"), QStringLiteral("campaign_id = ?"), id);
    state.transaction([&] {
        state.run(QStringLiteral("DELETE FROM campaigns WHERE id = ?"), {id});
        // Prospects that were only in this campaign go too (the cascade removed their chats).
        if (state.hasTable(QStringLiteral("prospects")))
            state.run(
                QStringLiteral("DELETE FROM prospects WHERE NOT EXISTS "
                               "(SELECT 1 FROM chats WHERE chats.prospect_id = prospects.id)"));
    });
    return Response::json(200,
        QJsonObject {{"message", "Campaign deleted successfully"},
            {"deletionSummary",
                QJsonObject {{"campaignId", id}, {"campaignName", name},
                    {"deletedItems",
                        QJsonObject {{"prospects", prospects}, {"chats", chats},
                            {"messages", messages}, {"tasks", 0}, {"webhookEvents", 0}}},
                    {"deletedAt", state.isoNow()}}}});
}

Response setRunning(SandboxState &state, const Request &r, bool run)
{
    const QString id = r.params.value("id");
    const QString status = statusOf(state, id);
    if (status.isEmpty())
        return campaignNotFound();
    if (status == u"completed")
        return Response::error(400, QStringLiteral("invalid_status"),
            QStringLiteral("A completed campaign cannot be %1").arg(run ? "resumed" : "paused"),
            QJsonObject {{"currentStatus", status}});
    if (run) {
        // Resuming also clears preventAutoStart, so later uploads start it on their own.
        state.run(
            QStringLiteral(
                "UPDATE campaigns SET status = 'active', prevent_auto_start = 0, updated_at = ? "
                "WHERE id = ?"),
            {state.isoNow(), id});
        return Response::json(
            200, QJsonObject {{"id", id}, {"message", "Campaign resumed successfully"}});
    }
    state.run(QStringLiteral("UPDATE campaigns SET status = 'paused', updated_at = ? WHERE id = ?"),
        {state.isoNow(), id});
    return Response::json(
        200, QJsonObject {{"id", id}, {"message", "Campaign paused successfully"}});
}

} // namespace

void registerCampaignRoutes(Router &router, SandboxState &state)
{
    router.add("GET", QStringLiteral("/campaigns"), RateTier::Medium,
        [&state](const Request &r) { return listCampaigns(state, r); });
    router.add("POST", QStringLiteral("/campaigns"), RateTier::Low,
        [&state](const Request &r) { return createCampaign(state, r); });
    router.add("PUT", QStringLiteral("/campaigns/{id}"), RateTier::Low,
        [&state](const Request &r) { return updateCampaign(state, r); });
    router.add("DELETE", QStringLiteral("/campaigns/{id}"), RateTier::Low,
        [&state](const Request &r) { return deleteCampaign(state, r); });
    router.add("POST", QStringLiteral("/campaigns/{id}/pause"), RateTier::Low,
        [&state](const Request &r) { return setRunning(state, r, false); });
    router.add("POST", QStringLiteral("/campaigns/{id}/resume"), RateTier::Low,
        [&state](const Request &r) { return setRunning(state, r, true); });
}

} // namespace kakiyo::sandbox
