#include "models/domain/ImportStatus.h"

#include "models/domain/JsonReader.h"

#include <algorithm>

namespace kakiyo {

Decoded<ImportAccepted> ImportAccepted::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    ImportAccepted a;
    a.message = r.optString("message");
    a.listId = r.optString("listId");
    return r.finish(std::move(a));
}

Decoded<ImportRow> ImportRow::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    ImportRow row;
    row.index = int(r.integer("index"));
    row.inputUrl = r.optString("inputUrl");
    row.linkedinSlug = r.optString("linkedinSlug");
    row.status = r.optString("status");
    row.prospectId = r.optString("prospectId");
    row.chatId = r.optString("chatId");
    row.message = r.optString("message");
    row.chatCreated = r.optBool("chatCreated");
    row.customDataSaved = r.optBool("customDataSaved");
    return r.finish(std::move(row));
}

bool ImportStatus::isFinished() const
{
    return status == QLatin1String("completed") || status == QLatin1String("failed")
        || status == QLatin1String("cancelled") || !completedAt.isNull();
}

qsizetype ImportStatus::confirmedRows() const
{
    return std::count_if(
        report.begin(), report.end(), [](const ImportRow &r) { return r.chatCreated; });
}

Decoded<ImportStatus> ImportStatus::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    ImportStatus s;
    s.listId = r.string("listId");
    s.campaignId = r.optString("campaignId");
    s.status = r.string("status");
    s.total = r.optInteger("total");
    s.processed = r.optInteger("processed");
    s.imported = r.optInteger("imported");
    s.existing = r.optInteger("existing");
    s.invalid = r.optInteger("invalid");
    s.skippedDnc = r.optInteger("skippedDnc");
    s.enrichmentFailed = r.optInteger("enrichmentFailed");
    s.currentIndex = r.optInteger("currentIndex");
    s.startedAt = r.dateTime("startedAt");
    s.lastProcessedAt = r.dateTime("lastProcessedAt");
    s.completedAt = r.dateTime("completedAt");
    s.report = r.list<ImportRow>("report", &ImportRow::fromJson);
    return r.finish(std::move(s));
}

Decoded<RoundRobinShare> RoundRobinShare::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    RoundRobinShare s;
    s.campaignId = r.string("campaignId");
    s.campaignName = r.optString("campaignName");
    s.listId = r.optString("listId");
    s.prospectsAssigned = r.optInteger("prospectsAssigned");
    return r.finish(std::move(s));
}

Decoded<RoundRobinResult> RoundRobinResult::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    RoundRobinResult res;
    res.message = r.optString("message");
    res.totalProspects = r.optInteger("totalProspects");
    res.campaignsCount = r.optInteger("campaignsCount");
    res.successfulCampaignIds = r.stringList("successfulCampaignIds");
    res.distribution = r.list<RoundRobinShare>("distribution", &RoundRobinShare::fromJson);
    return r.finish(std::move(res));
}

Decoded<SalesNavigatorRun> SalesNavigatorRun::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    SalesNavigatorRun run;
    run.message = r.optString("message");
    run.sourceId = r.string("sourceId");
    run.runId = r.optString("runId");
    run.status = r.optString("status", QStringLiteral("queued"));
    run.requestedCount = int(r.optInteger("requestedCount"));
    return r.finish(std::move(run));
}

Decoded<CustomDataResult> CustomDataResult::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    CustomDataResult c;
    c.message = r.optString("message");
    c.chatId = r.optString("chatId");
    c.customDataSaved = r.optBool("customDataSaved");
    c.customDataLength = r.optInteger("customDataLength");
    return r.finish(std::move(c));
}

} // namespace kakiyo
