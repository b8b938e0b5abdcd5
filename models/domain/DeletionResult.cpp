#include "models/domain/DeletionResult.h"

#include "models/domain/JsonReader.h"

namespace kakiyo {

Decoded<DeletionResult> DeletionResult::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    DeletionResult d;
    d.message = r.optString("message");
    JsonReader s = r.child("deletionSummary");
    d.campaignId = s.optString("campaignId");
    d.campaignName = s.optString("campaignName");
    d.id = s.has("prospectId") ? s.optString("prospectId") : d.campaignId;
    d.name = s.has("prospectName") ? s.optString("prospectName") : d.campaignName;
    d.deletedItems = s.countMap("deletedItems");
    d.deletedAt = s.dateTime("deletedAt");
    d.campaignStatsUpdated = r.countMap("campaignStatsUpdated");
    return r.finish(std::move(d));
}

Decoded<BulkDeleteRow> BulkDeleteRow::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    BulkDeleteRow row;
    row.prospectId = r.string("prospectId");
    row.status = r.optString("status");
    row.prospectName = r.optString("prospectName");
    row.error = r.optString("error");
    row.message = r.optString("message");
    row.deletedItems = r.countMap("deletedItems");
    return r.finish(std::move(row));
}

Decoded<BulkDeleteResult> BulkDeleteResult::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    BulkDeleteResult b;
    b.message = r.optString("message");
    JsonReader s = r.child("summary");
    b.requested = s.optInteger("requested");
    b.successful = s.optInteger("successful");
    b.failed = s.optInteger("failed");
    b.processedAt = s.dateTime("processedAt");
    b.results = r.list<BulkDeleteRow>("results", &BulkDeleteRow::fromJson);
    return r.finish(std::move(b));
}

} // namespace kakiyo
