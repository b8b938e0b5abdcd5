#include "sandbox/ProspectDeleteRoutes.h"

#include "sandbox/AnalyticsTotals.h"
#include "sandbox/ProspectContract.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxState.h"

#include <QSqlQuery>

namespace kakiyo::sandbox {

namespace {

QJsonObject campaignNumbers(const SandboxState &state, const QString &campaignId)
{
    const AnalyticsTotals t = AnalyticsTotals::forCampaign(state, campaignId);
    return QJsonObject {{"campaignId", campaignId}, {"prospectsCount", t.prospects},
        {"messagesCount", t.messages}, {"qualifiedCount", t.qualified}};
}

// What deleting one prospect removes, or an error response. Used by C13 and per row by C14.
struct Deletion
{
    bool ok = false;
    int status = 200;
    QString error;
    QString message;
    QJsonObject summary;
    QString campaignId;
};

Deletion deleteProspect(SandboxState &state, const QString &prospectId, const QString &onlyCampaign)
{
    Deletion d;
    QSqlQuery p
        = state.run(QStringLiteral("SELECT name FROM prospects WHERE id = ?"), {prospectId});
    if (!p.next()) {
        d.status = 404;
        d.error = QStringLiteral("not_found");
        d.message = QStringLiteral("Prospect not found");
        return d;
    }
    const QString name = p.value(0).toString();
    p.finish();
    if (state.exists(QStringLiteral("SELECT 1 FROM chats WHERE prospect_id = ? AND paused = 0 AND "
                                    "status IN (%1)")
                         .arg(kActiveStatuses),
            {prospectId})) {
        d.status = 409;
        d.error = QStringLiteral("prospect_active");
        d.message = QStringLiteral(
            "Cannot delete prospect with active conversation. Please pause first.");
        return d;
    }
    QSqlQuery c = state.run(QStringLiteral("SELECT c.campaign_id, k.name FROM chats c LEFT JOIN "
                                           "campaigns k ON k.id = c.campaign_id WHERE "
                                           "c.prospect_id = ? ORDER BY (c.campaign_id = ?) DESC, "
                                           "c.created_at LIMIT 1"),
        {prospectId, onlyCampaign});
    QString campaignName;
    if (c.next()) {
        d.campaignId = c.value(0).toString();
        campaignName = c.value(1).toString();
    }
    c.finish();
    const qint64 chats
        = state
              .scalar(
                  QStringLiteral("SELECT COUNT(*) FROM chats WHERE prospect_id = ?"), {prospectId})
              .toLongLong();
    const qint64 messages
        = state
              .scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE chat_id IN "
                                     "(SELECT id FROM chats WHERE prospect_id = ?)"),
                  {prospectId})
              .toLongLong();
    // Foreign keys cascade: chats, then their messages.
    state.run(QStringLiteral("DELETE FROM prospects WHERE id = ?"), {prospectId});
    d.ok = true;
    d.summary = QJsonObject {{"prospectId", prospectId}, {"prospectName", name},
        {"campaignId",
            d.campaignId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.campaignId)},
        {"campaignName",
            d.campaignId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(campaignName)},
        {"deletedItems",
            QJsonObject {
                {"chats", chats}, {"messages", messages}, {"tasks", 0}, {"webhookEvents", 0}}},
        {"deletedAt", state.isoNow()}};
    return d;
}

} // namespace

void registerProspectDeleteRoutes(Router &router, SandboxState &state)
{
    SandboxState *s = &state;

    // C13
    router.add(
        "DELETE", QStringLiteral("/prospects/{prospectId}"), RateTier::Low, [s](const Request &r) {
            Deletion d;
            s->transaction([&] {
                d = deleteProspect(*s, r.params.value(QStringLiteral("prospectId")), QString());
            });
            if (!d.ok)
                return Response::error(d.status, d.error, d.message);
            QJsonObject o {
                {"message", "Prospect deleted successfully"}, {"deletionSummary", d.summary}};
            if (!d.campaignId.isEmpty()) {
                QJsonObject numbers = campaignNumbers(*s, d.campaignId);
                numbers.remove("campaignId");
                o.insert("campaignStatsUpdated", numbers);
            }
            return Response::json(200, o);
        });

    // C14
    router.add("DELETE", QStringLiteral("/prospects"), RateTier::Low, [s](const Request &r) {
        Response error;
        const auto body = r.jsonObject(&error);
        if (!body)
            return error;
        const QJsonValue idsValue = body->value("prospectIds");
        QStringList ids;
        bool wellFormed = idsValue.isArray() && !idsValue.toArray().isEmpty();
        for (const QJsonValue &v : idsValue.toArray()) {
            if (!v.isString() || v.toString().isEmpty())
                wellFormed = false;
            ids << v.toString();
        }
        if (!wellFormed)
            return Response::error(400, QStringLiteral("invalid_request"),
                QStringLiteral("prospectIds array is required and cannot be empty"));
        if (ids.size() > kMaxBatch)
            return Response::error(400, QStringLiteral("too_many_prospects"),
                QStringLiteral("Maximum 100 prospects allowed per request"));
        const QJsonValue campaignValue = body->value("campaignId");
        if (!campaignValue.isUndefined() && !campaignValue.isNull() && !campaignValue.isString())
            return validationError(QJsonArray {QJsonObject {
                {"field", "campaignId"}, {"message", "The campaignId field must be a string"}}});
        const QString campaignId = campaignValue.toString();
        if (!campaignId.isEmpty()) {
            for (const QString &id : ids) {
                if (s->exists(QStringLiteral("SELECT 1 FROM prospects WHERE id = ?"), {id})
                    && !s->exists(
                        QStringLiteral(
                            "SELECT 1 FROM chats WHERE prospect_id = ? AND campaign_id = ?"),
                        {id, campaignId}))
                    return Response::error(400, QStringLiteral("campaign_mismatch"),
                        QStringLiteral("Some prospects do not belong to the specified campaign"));
            }
        }
        QJsonArray results;
        int successful = 0;
        QString lastCampaign = campaignId;
        s->transaction([&] {
            for (const QString &id : ids) {
                const Deletion d = deleteProspect(*s, id, campaignId);
                if (d.ok) {
                    ++successful;
                    if (lastCampaign.isEmpty())
                        lastCampaign = d.campaignId;
                    results.append(QJsonObject {{"prospectId", id}, {"status", "success"},
                        {"prospectName", d.summary.value("prospectName")},
                        {"deletedItems", d.summary.value("deletedItems")}});
                } else {
                    results.append(QJsonObject {{"prospectId", id}, {"status", "failed"},
                        {"error", d.error}, {"message", d.message}});
                }
            }
        });
        QJsonObject o {{"message", "Bulk deletion completed"},
            {"summary",
                QJsonObject {{"requested", int(ids.size())}, {"successful", successful},
                    {"failed", int(ids.size()) - successful}, {"processedAt", s->isoNow()}}},
            {"results", results}};
        if (!lastCampaign.isEmpty())
            o.insert("campaignStatsUpdated", campaignNumbers(*s, lastCampaign));
        return Response::json(200, o);
    });
}

} // namespace kakiyo::sandbox
