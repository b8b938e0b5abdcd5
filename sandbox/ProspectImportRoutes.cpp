#include "sandbox/ProspectImportRoutes.h"

#include "sandbox/ImportPipeline.h"
#include "sandbox/ProspectContract.h"
#include "sandbox/ProspectVocabulary.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxState.h"
#include "sandbox/Validator.h"

#include <QUrl>
#include <QUrlQuery>

namespace kakiyo::sandbox {

namespace {

// One submitted prospect {name, url, customData?, ongoing?, additionalFields?}. Problems go to
// details with the field path (prefix "prospects[3]." for batch items).
ImportPipeline::Row parseProspect(
    const QJsonValue &value, const QString &prefix, QJsonArray *details)
{
    ImportPipeline::Row row;
    const QString where = prefix.isEmpty() ? QStringLiteral("body") : prefix.chopped(1);
    if (!value.isObject()) {
        addDetail(details, where, QStringLiteral("Each prospect must be an object"));
        return row;
    }
    const QJsonObject o = value.toObject();
    const QJsonValue name = o.value("name");
    if (!name.isString() || name.toString().trimmed().isEmpty())
        addDetail(details, prefix + QStringLiteral("name"),
            name.isUndefined() || name.isNull() || name.isString()
                ? QStringLiteral("The name field is required")
                : QStringLiteral("The name field must be a string"));
    else if (name.toString().size() > 200)
        addDetail(details, prefix + QStringLiteral("name"),
            QStringLiteral("The name field must be at most 200 characters"));
    else
        row.name = name.toString().trimmed();
    const QJsonValue url = o.value("url");
    if (!url.isString() || url.toString().trimmed().isEmpty())
        addDetail(details, prefix + QStringLiteral("url"),
            url.isUndefined() || url.isNull() || url.isString()
                ? QStringLiteral("The url field is required")
                : QStringLiteral("The url field must be a string"));
    else if (url.toString().size() > 2048)
        addDetail(details, prefix + QStringLiteral("url"),
            QStringLiteral("The url field must be at most 2048 characters"));
    else
        row.url = url.toString().trimmed();
    const QJsonValue customData = o.value("customData");
    if (!customData.isUndefined() && !customData.isNull()) {
        if (!customData.isString())
            addDetail(details, prefix + QStringLiteral("customData"),
                QStringLiteral("The customData field must be a string"));
        else if (customData.toString().size() > kMaxCustomData)
            addDetail(details, prefix + QStringLiteral("customData"),
                QStringLiteral("The customData field must be at most %1 characters")
                    .arg(kMaxCustomData));
        else
            row.customData = customData.toString();
    }
    const QJsonValue ongoing = o.value("ongoing");
    if (!ongoing.isUndefined() && !ongoing.isNull()) {
        if (!ongoing.isBool())
            addDetail(details, prefix + QStringLiteral("ongoing"),
                QStringLiteral("The ongoing field must be a boolean"));
        else
            row.ongoing = ongoing.toBool();
    }
    // Legacy (before 2026-06-20) additionalFields[{fieldName, fieldValue}] become customData lines.
    const QJsonValue extra = o.value("additionalFields");
    if (!extra.isUndefined() && !extra.isNull()) {
        if (!extra.isArray()) {
            addDetail(details, prefix + QStringLiteral("additionalFields"),
                QStringLiteral("The additionalFields field must be an array"));
        } else {
            QStringList lines;
            const QJsonArray fields = extra.toArray();
            for (qsizetype i = 0; i < fields.size(); ++i) {
                const QJsonObject f = fields.at(i).toObject();
                if (!f.value("fieldName").isString() || !f.value("fieldValue").isString()) {
                    addDetail(details, prefix + QStringLiteral("additionalFields[%1]").arg(i),
                        QStringLiteral("fieldName and fieldValue must be strings"));
                    continue;
                }
                lines << f.value("fieldName").toString() + QStringLiteral(": ")
                        + f.value("fieldValue").toString();
            }
            if (!lines.isEmpty()) {
                QString joined = row.customData.isEmpty() ? QString() : row.customData + u'\n';
                joined += lines.join(u'\n');
                row.customData = joined.left(kMaxCustomData);
            }
        }
    }
    return row;
}

// requested people "found" by a Sales Navigator search: the same URL always finds the same ones.
QList<ImportPipeline::Row> salesNavigatorPeople(const QString &searchUrl, int requested)
{
    quint64 h = 1469598103934665603ull;
    for (const QChar c : searchUrl) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    QList<ImportPipeline::Row> rows;
    for (int i = 0; i < requested; ++i) {
        const quint64 pick = h + quint64(i) * 0x9E3779B97F4A7C15ull;
        const QString first = ProspectVocabulary::firstName(pick >> 7);
        const QString last = ProspectVocabulary::lastName(pick >> 23);
        ImportPipeline::Row row;
        row.name = first + u' ' + last;
        row.url
            = QStringLiteral("https://www.linkedin.com/in/%1-%2-%3")
                  .arg(first.toLower(), last.toLower(), QString::number(pick % 2176782336ull, 36));
        rows << row;
    }
    return rows;
}

} // namespace

void registerProspectImportRoutes(
    Router &router, SandboxState &state, const std::shared_ptr<ImportPipeline> &pipeline)
{
    SandboxState *s = &state;

    // C1
    router.add(
        "POST", QStringLiteral("/prospects"), RateTier::Low, [s, pipeline](const Request &r) {
            Response error;
            const auto body = r.jsonObject(&error);
            if (!body)
                return error;
            QJsonArray details;
            const QJsonValue campaignId = body->value("campaignId");
            if (!campaignId.isString() || campaignId.toString().isEmpty())
                addDetail(&details, QStringLiteral("campaignId"),
                    QStringLiteral("The campaignId field is required"));
            const ImportPipeline::Row row = parseProspect(*body, QString(), &details);
            if (!details.isEmpty())
                return validationError(details);
            if (!findCampaign(*s, campaignId.toString()))
                return Response::notFound(QStringLiteral("Campaign not found"));
            const QString listId = pipeline->create(campaignId.toString(), {row});
            return Response::json(
                201, QJsonObject {{"message", "Prospect added successfully"}, {"listId", listId}});
        });

    // C2
    router.add(
        "POST", QStringLiteral("/prospects/batch"), RateTier::Low, [s, pipeline](const Request &r) {
            Response error;
            const auto body = r.jsonObject(&error);
            if (!body)
                return error;
            Validator v(*body);
            const auto campaignId = v.string(QStringLiteral("campaignId"), Validator::Required, 1);
            const auto prospects
                = v.array(QStringLiteral("prospects"), Validator::Required, 1, kMaxBatch);
            QJsonArray details = v.details();
            QList<ImportPipeline::Row> rows;
            if (prospects) {
                for (qsizetype i = 0; i < prospects->size(); ++i)
                    rows << parseProspect(
                        prospects->at(i), QStringLiteral("prospects[%1].").arg(i), &details);
            }
            if (!details.isEmpty())
                return validationError(details);
            if (!findCampaign(*s, *campaignId))
                return Response::notFound(QStringLiteral("Campaign not found"));
            const QString listId = pipeline->create(*campaignId, rows);
            const QString message = rows.size() == 1
                ? QStringLiteral("1 prospect added successfully")
                : QStringLiteral("%1 prospects added successfully").arg(rows.size());
            return Response::json(201, QJsonObject {{"message", message}, {"listId", listId}});
        });

    // C3: each prospect goes to the campaign with the fewest active conversations (counting the
    // ones assigned so far); ties go to the campaign listed first.
    router.add("POST", QStringLiteral("/prospects/batch/round-robin"), RateTier::Low,
        [s, pipeline](const Request &r) {
            Response error;
            const auto body = r.jsonObject(&error);
            if (!body)
                return error;
            QJsonArray details;
            QStringList campaignIds;
            const QJsonValue ids = body->value("campaignIds");
            if (!ids.isUndefined() && !ids.isNull() && !ids.isArray())
                addDetail(&details, QStringLiteral("campaignIds"),
                    QStringLiteral("The campaignIds field must be an array"));
            const QJsonArray idArray = ids.toArray();
            for (qsizetype i = 0; i < idArray.size(); ++i) {
                if (!idArray.at(i).isString() || idArray.at(i).toString().isEmpty())
                    addDetail(&details, QStringLiteral("campaignIds[%1]").arg(i),
                        QStringLiteral("Campaign ids must be non-empty strings"));
                else if (!campaignIds.contains(idArray.at(i).toString()))
                    campaignIds << idArray.at(i).toString();
            }
            Validator v(*body);
            const auto prospects
                = v.array(QStringLiteral("prospects"), Validator::Required, 1, kMaxBatch);
            for (const QJsonValue &d : v.details())
                details.append(d);
            QList<ImportPipeline::Row> rows;
            if (prospects) {
                for (qsizetype i = 0; i < prospects->size(); ++i)
                    rows << parseProspect(
                        prospects->at(i), QStringLiteral("prospects[%1].").arg(i), &details);
            }
            if (!details.isEmpty())
                return validationError(details);
            if (campaignIds.size() < 2)
                return Response::error(400, QStringLiteral("invalid_campaigns"),
                    QStringLiteral("Minimum 2 campaigns required for Round Robin distribution"));
            QList<Campaign> campaigns;
            for (const QString &id : campaignIds) {
                const auto c = findCampaign(*s, id);
                if (!c)
                    return Response::error(404, QStringLiteral("campaign_not_found"),
                        QStringLiteral("Campaign %1 not found").arg(id));
                if (c->status == u"draft" || c->status == u"disabled")
                    return Response::error(400, QStringLiteral("campaign_not_ready"),
                        QStringLiteral("Campaign %1 is %2 and cannot receive prospects")
                            .arg(id, c->status));
                if (pipeline->campaignBusy(id))
                    return Response::error(409, QStringLiteral("campaign_busy"),
                        QStringLiteral("Campaign %1 is already uploading prospects").arg(id));
                campaigns << *c;
            }
            QList<qint64> workload;
            for (const Campaign &c : campaigns)
                workload << s->scalar(
                                 QStringLiteral("SELECT COUNT(*) FROM chats WHERE campaign_id = ? "
                                                "AND paused = 0 AND status IN (0, %1)")
                                     .arg(kActiveStatuses),
                                 {c.id})
                                .toLongLong();
            QList<QList<ImportPipeline::Row>> assigned(campaigns.size());
            for (const ImportPipeline::Row &row : rows) {
                qsizetype best = 0;
                for (qsizetype i = 1; i < campaigns.size(); ++i) {
                    if (workload.at(i) < workload.at(best))
                        best = i;
                }
                assigned[best] << row;
                ++workload[best];
            }
            QJsonArray distribution;
            QJsonArray successful;
            for (qsizetype i = 0; i < campaigns.size(); ++i) {
                if (assigned.at(i).isEmpty())
                    continue;
                const QString listId = pipeline->create(campaigns.at(i).id, assigned.at(i));
                distribution.append(QJsonObject {{"campaignId", campaigns.at(i).id},
                    {"campaignName", campaigns.at(i).name}, {"listId", listId},
                    {"prospectsAssigned", int(assigned.at(i).size())}});
                successful.append(campaigns.at(i).id);
            }
            return Response::json(201,
                QJsonObject {{"message", "Round Robin distribution processing started"},
                    {"totalProspects", int(rows.size())}, {"campaignsCount", int(campaigns.size())},
                    {"successfulCampaignIds", successful}, {"distribution", distribution}});
        });

    // C4: the run is "active" for three import delays, at least ten seconds (it would fetch, wait
    // and import on the real service); while active it blocks the campaign and counts toward the
    // team's three.
    router.add("POST", QStringLiteral("/prospects/sales-navigator"), RateTier::Low,
        [s, pipeline](const Request &r) {
            Response error;
            const auto body = r.jsonObject(&error);
            if (!body)
                return error;
            Validator v(*body);
            v.rejectUnknown({QStringLiteral("campaignId"), QStringLiteral("searchUrl"),
                QStringLiteral("requestedCount"), QStringLiteral("name")});
            const auto campaignId = v.string(QStringLiteral("campaignId"), Validator::Required, 1);
            const auto searchUrl
                = v.string(QStringLiteral("searchUrl"), Validator::Required, 1, 20000);
            qint64 requestedCount = 250;
            if (v.has(QStringLiteral("requestedCount"))) {
                const QJsonValue count = body->value("requestedCount");
                const qint64 n = count.isDouble() ? count.toInteger(-1) : -1;
                if (n != 100 && n != 250 && n != 500)
                    v.add(QStringLiteral("requestedCount"),
                        QStringLiteral("The requestedCount field must be one of: 100, 250, 500"));
                else
                    requestedCount = n;
            }
            std::optional<QString> name = QStringLiteral("Sales Navigator import");
            if (v.has(QStringLiteral("name")))
                name = v.string(QStringLiteral("name"), Validator::Required, 1, 120);
            if (searchUrl) {
                const QUrl url(*searchUrl, QUrl::StrictMode);
                const QString host = url.host().toLower();
                const bool linkedin = host == u"www.linkedin.com" || host == u"linkedin.com";
                if (!url.isValid() || url.scheme() != u"https" || !linkedin
                    || !url.path().startsWith(QStringLiteral("/sales/search/people"))
                    || !QUrlQuery(url).hasQueryItem(QStringLiteral("query")))
                    v.add(QStringLiteral("searchUrl"),
                        QStringLiteral("The searchUrl must be a complete "
                                       "https://www.linkedin.com/sales/search/people URL with a "
                                       "query parameter"));
            }
            if (!v.ok())
                return v.error();
            const auto campaign = findCampaign(*s, *campaignId);
            if (!campaign)
                return Response::error(404, QStringLiteral("campaign_not_found"),
                    QStringLiteral("Campaign not found"));
            const bool hasAgent = !campaign->agentId.isEmpty()
                && s->exists(
                    QStringLiteral("SELECT 1 FROM agents WHERE id = ?"), {campaign->agentId});
            if (!hasAgent)
                return Response::error(400, QStringLiteral("campaign_missing_agent"),
                    QStringLiteral("The campaign has no LinkedIn profile assigned"));
            if (campaign->status == u"draft" || campaign->status == u"disabled")
                return Response::error(400, QStringLiteral("campaign_not_ready"),
                    QStringLiteral("The campaign is %1; Sales Navigator imports need an active or "
                                   "paused campaign")
                        .arg(campaign->status));
            const qint64 nowMs = s->now().toMSecsSinceEpoch();
            if (pipeline->campaignBusy(*campaignId)
                || s->exists(
                    QStringLiteral(
                        "SELECT 1 FROM sales_nav_runs WHERE campaign_id = ? AND finishes_ms > ?"),
                    {*campaignId, nowMs}))
                return Response::error(409, QStringLiteral("campaign_busy"),
                    QStringLiteral("This campaign already has an active import"));
            if (s->exists(QStringLiteral("SELECT 1 FROM sales_nav_sources WHERE search_url = ?"),
                    {*searchUrl}))
                return Response::error(409, QStringLiteral("sales_navigator_source_exists"),
                    QStringLiteral("This Sales Navigator search is already imported by the team"));
            if (s->scalar(
                     QStringLiteral("SELECT COUNT(*) FROM sales_nav_runs WHERE finishes_ms > ?"),
                     {nowMs})
                    .toInt()
                >= 3)
                return Response::error(429, QStringLiteral("sales_navigator_team_limit"),
                    QStringLiteral("At most 3 Sales Navigator imports can be active per team"));
            const QString sourceId = s->newId();
            const QString runId = s->newId();
            s->run(
                QStringLiteral(
                    "INSERT INTO sales_nav_sources (id, campaign_id, name, search_url, created_at) "
                    "VALUES (?, ?, ?, ?, ?)"),
                {sourceId, *campaignId, *name, *searchUrl, s->isoNow()});
            s->run(QStringLiteral(
                       "INSERT INTO sales_nav_runs (id, source_id, campaign_id, requested_count, "
                       "created_ms, finishes_ms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {runId, sourceId, *campaignId, requestedCount, nowMs,
                    nowMs + std::max<qint64>(10000, 3 * qint64(s->options.importDelayMs)),
                    s->isoNow()});
            // The people the saved search finds go through the normal import pipeline (DNC,
            // de-duplication, enrichment), so they arrive in the campaign over the import delay.
            pipeline->create(*campaignId, salesNavigatorPeople(*searchUrl, int(requestedCount)));
            return Response::json(202,
                QJsonObject {{"message", "Sales Navigator import queued"}, {"sourceId", sourceId},
                    {"runId", runId}, {"status", "queued"}, {"requestedCount", requestedCount}});
        });

    // C5
    router.add("GET", QStringLiteral("/prospects/imports/{listId}"), RateTier::Medium,
        [pipeline](const Request &r) {
            const auto status = pipeline->status(r.params.value(QStringLiteral("listId")));
            if (!status)
                return Response::notFound(QStringLiteral("Import not found"));
            return Response::json(200, *status);
        });
}

} // namespace kakiyo::sandbox
