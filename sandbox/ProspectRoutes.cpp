#include "sandbox/ProspectRoutes.h"

#include "sandbox/AnalyticsTotals.h"
#include "sandbox/ImportPipeline.h"
#include "sandbox/LinkedinUrl.h"
#include "sandbox/ProspectQuery.h"
#include "sandbox/ProspectVocabulary.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxState.h"
#include "sandbox/SearchIndex.h"
#include "sandbox/Validator.h"

#include <QSqlQuery>
#include <QUrl>
#include <memory>

namespace kakiyo::sandbox {

namespace {

constexpr int kMaxBatch = 100; // help centre: "Max 100 prospects per (direct) batch request"
constexpr int kMaxCustomData = 3000;
// Conversation statuses in which the agent is still working the prospect (see AnalyticsTotals
// for the closed ones): deleting such a prospect needs a pause first.
const QString kActiveStatuses = QStringLiteral("1, 2, 3, 4");

struct Campaign
{
    QString id;
    QString name;
    QString status;
    QString agentId;
};

std::optional<Campaign> findCampaign(const SandboxState &state, const QString &id)
{
    QSqlQuery q = state.run(QStringLiteral("SELECT id, name, status, agent_id FROM campaigns "
                                           "WHERE id = ?"),
        {id});
    if (!q.next())
        return std::nullopt;
    return Campaign {
        q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

void addDetail(QJsonArray *details, const QString &field, const QString &message)
{
    details->append(QJsonObject {{"field", field}, {"message", message}});
}

Response validationError(const QJsonArray &details)
{
    const QString message = details.isEmpty()
        ? QStringLiteral("Validation failed")
        : details.first().toObject().value("message").toString();
    return Response::error(400, QStringLiteral("validation_error"), message, details);
}

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

QJsonObject campaignNumbers(const SandboxState &state, const QString &campaignId)
{
    const AnalyticsTotals t = AnalyticsTotals::forCampaign(state, campaignId);
    return QJsonObject {{"campaignId", campaignId}, {"prospectsCount", t.prospects},
        {"messagesCount", t.messages}, {"qualifiedCount", t.qualified}};
}

QString encodeCursor(const QString &createdAt, const QString &id)
{
    return QString::fromLatin1(
        (createdAt + u'|' + id)
            .toUtf8()
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<std::pair<QString, QString>> decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QString text = QString::fromUtf8(*decoded);
    const qsizetype bar = text.indexOf(u'|');
    if (bar <= 0 || bar == text.size() - 1)
        return std::nullopt;
    return std::make_pair(text.left(bar), text.mid(bar + 1));
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

Response setChatFlag(
    SandboxState &state, const QString &chatId, const QString &assignments, const QString &message)
{
    if (!state.exists(QStringLiteral("SELECT 1 FROM chats WHERE id = ?"), {chatId}))
        return Response::notFound(QStringLiteral("Conversation not found"));
    state.run(QStringLiteral("UPDATE chats SET %1, updated_at = ? WHERE id = ?").arg(assignments),
        {state.isoNow(), chatId});
    return Response::json(200, QJsonObject {{"message", message}});
}

} // namespace

void registerProspectRoutes(Router &router, SandboxState &state)
{
    auto pipeline = std::make_shared<ImportPipeline>(state);
    pipeline->resume();
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

    // C6: plain array, paging metadata in X-Limit / X-Offset / X-Has-More / X-Next-Cursor.
    router.add("GET", QStringLiteral("/prospects/campaign/{campaignId}"), RateTier::Medium,
        [s](const Request &r) {
            QJsonArray details;
            const qint64 limit
                = ProspectQuery::integer(r, QStringLiteral("limit"), 25, 1, 100, &details);
            const qint64 offset
                = ProspectQuery::integer(r, QStringLiteral("offset"), 0, 0, 1000000000, &details);
            const QString cursorText = r.queryValue(QStringLiteral("cursor"));
            const bool hasStatus = !r.queryValue(QStringLiteral("status")).isNull();
            const qint64 status
                = ProspectQuery::integer(r, QStringLiteral("status"), -1, 0, 999, &details);
            const auto isPaused = ProspectQuery::boolean(r, QStringLiteral("isPaused"), &details);
            const auto hasResponded
                = ProspectQuery::boolean(r, QStringLiteral("hasResponded"), &details);
            std::optional<std::pair<QString, QString>> cursor;
            if (!cursorText.isEmpty()) {
                cursor = decodeCursor(cursorText);
                if (!cursor)
                    addDetail(&details, QStringLiteral("cursor"),
                        QStringLiteral(
                            "The cursor is not valid; use X-Next-Cursor of a previous page"));
            }
            if (!details.isEmpty())
                return validationError(details);
            const QString campaignId = r.params.value(QStringLiteral("campaignId"));
            if (!findCampaign(*s, campaignId))
                return Response::notFound(QStringLiteral("Campaign not found"));

            QString where = QStringLiteral("campaign_id = ?");
            QVariantList binds {campaignId};
            if (hasStatus) {
                where += QStringLiteral(" AND status = ?");
                binds << status;
            }
            if (isPaused) {
                where += QStringLiteral(" AND paused = ?");
                binds << (*isPaused ? 1 : 0);
            }
            // "has a recorded last-message timestamp"
            if (hasResponded)
                where += *hasResponded
                    ? QStringLiteral(" AND last_message_at IS NOT NULL AND responded = 1")
                    : QStringLiteral(" AND responded = 0");
            if (cursor) {
                where += QStringLiteral(" AND (created_at, id) > (?, ?)");
                binds << cursor->first << cursor->second;
            }
            QString sql = QStringLiteral(
                "SELECT id, created_at FROM chats WHERE %1 ORDER BY created_at, id "
                "LIMIT ?")
                              .arg(where);
            binds << limit + 1;
            if (!cursor) {
                sql += QStringLiteral(" OFFSET ?");
                binds << offset;
            }
            QSqlQuery q = s->run(sql, binds);
            QStringList ids;
            QString lastCreated;
            bool hasMore = false;
            while (q.next()) {
                if (ids.size() == limit) {
                    hasMore = true;
                    break;
                }
                ids << q.value(0).toString();
                lastCreated = q.value(1).toString();
            }
            q.finish();
            Response response
                = Response::json(200, ProspectQuery(*s).items(ids, ProspectQuery::Shape::List));
            response.setHeader("X-Limit", QByteArray::number(limit));
            if (!cursor)
                response.setHeader("X-Offset", QByteArray::number(offset));
            response.setHeader("X-Has-More", hasMore ? "true" : "false");
            if (hasMore)
                response.setHeader(
                    "X-Next-Cursor", encodeCursor(lastCreated, ids.last()).toLatin1());
            return response;
        });

    // C7: team-wide search, newest activity first.
    struct AvailableFilters
    {
        qint64 version = -1;
        QJsonArray cities;
        QJsonArray countries;
    };
    auto available = std::make_shared<AvailableFilters>();
    router.add("GET", QStringLiteral("/prospects/search"), RateTier::Low,
        [s, available](const Request &r) {
            QJsonArray details;
            const qint64 limit
                = ProspectQuery::integer(r, QStringLiteral("limit"), 50, 1, 100, &details);
            const qint64 offset
                = ProspectQuery::integer(r, QStringLiteral("offset"), 0, 0, 1000000000, &details);
            const bool hasStatus = !r.queryValue(QStringLiteral("status")).isNull();
            const qint64 status
                = ProspectQuery::integer(r, QStringLiteral("status"), -1, 0, 999, &details);
            const auto isPaused = ProspectQuery::boolean(r, QStringLiteral("isPaused"), &details);
            const auto hasResponded
                = ProspectQuery::boolean(r, QStringLiteral("hasResponded"), &details);
            const QString query = r.queryValue(QStringLiteral("query")).trimmed();
            const QString campaignId = r.queryValue(QStringLiteral("campaignId")).trimmed();
            const QString qualification = r.queryValue(QStringLiteral("qualification")).trimmed();
            const QString city = r.queryValue(QStringLiteral("city")).trimmed();
            const QString country = r.queryValue(QStringLiteral("country")).trimmed();
            // The filter vocabulary (pending/qualified/disqualified) maps onto the stored one; the
            // stored values themselves are accepted too.
            static const QHash<QString, QString> qualificationSql {
                {QStringLiteral("pending"), QStringLiteral("'inProgress', 'needVerification'")},
                {QStringLiteral("qualified"), QStringLiteral("'qualified'")},
                {QStringLiteral("disqualified"), QStringLiteral("'unqualified'")},
                {QStringLiteral("unqualified"), QStringLiteral("'unqualified'")},
                {QStringLiteral("inProgress"), QStringLiteral("'inProgress'")},
                {QStringLiteral("needVerification"), QStringLiteral("'needVerification'")}};
            if (!qualification.isEmpty() && !qualificationSql.contains(qualification))
                addDetail(&details, QStringLiteral("qualification"),
                    QStringLiteral(
                        "The qualification parameter must be one of: pending, qualified, "
                        "disqualified"));
            if (!details.isEmpty())
                return validationError(details);

            QStringList where;
            QVariantList binds;
            QJsonObject applied;
            bool needsPerson = false;
            if (!query.isEmpty()) {
                where << SearchIndex::condition(query, &binds);
                applied.insert("query", query);
                needsPerson = true;
            }
            if (!campaignId.isEmpty()) {
                where << QStringLiteral("c.campaign_id = ?");
                binds << campaignId;
                applied.insert("campaignId", campaignId);
            }
            if (!qualification.isEmpty()) {
                where << QStringLiteral("c.qualification IN (%1)")
                             .arg(qualificationSql.value(qualification));
                applied.insert("qualification", qualification);
            }
            if (hasStatus) {
                where << QStringLiteral("c.status = ?");
                binds << status;
                applied.insert("status", status);
            }
            if (!city.isEmpty()) {
                where << QStringLiteral("p.city = ? COLLATE NOCASE");
                binds << city;
                applied.insert("city", city);
                needsPerson = true;
            }
            if (!country.isEmpty()) {
                where << QStringLiteral("p.country = ? COLLATE NOCASE");
                binds << country;
                applied.insert("country", country);
                needsPerson = true;
            }
            if (hasResponded) {
                where << QStringLiteral("c.responded = ?");
                binds << (*hasResponded ? 1 : 0);
                applied.insert("hasResponded", *hasResponded);
            }
            if (isPaused) {
                where << QStringLiteral("c.paused = ?");
                binds << (*isPaused ? 1 : 0);
                applied.insert("isPaused", *isPaused);
            }
            const QString from = needsPerson
                // Person filters are the selective ones: drive the join from prospects.
                ? QStringLiteral("FROM prospects p CROSS JOIN chats c ON c.prospect_id = p.id")
                : QStringLiteral("FROM chats c");
            const QString condition = where.isEmpty()
                ? QString()
                : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
            const qint64 total
                = s->scalar(QStringLiteral("SELECT COUNT(*) %1%2").arg(from, condition), binds)
                      .toLongLong();
            QVariantList pageBinds = binds;
            pageBinds << limit << offset;
            QSqlQuery q
                = s->run(QStringLiteral("SELECT c.id %1%2 ORDER BY c.last_activity DESC, c.id DESC "
                                        "LIMIT ? OFFSET ?")
                             .arg(from, condition),
                    pageBinds);
            QStringList ids;
            while (q.next())
                ids << q.value(0).toString();
            q.finish();

            // The cities/countries on offer change only when prospects do: recompute them when the
            // connection has written anything since the last time.
            const qint64 version = s->scalar(QStringLiteral("SELECT total_changes()")).toLongLong();
            if (available->version != version) {
                available->cities = {};
                available->countries = {};
                QSqlQuery c = s->run(
                    QStringLiteral("SELECT DISTINCT city FROM prospects WHERE city IS NOT NULL "
                                   "ORDER BY city COLLATE NOCASE"));
                while (c.next())
                    available->cities.append(c.value(0).toString());
                c.finish();
                QSqlQuery k = s->run(
                    QStringLiteral("SELECT DISTINCT country FROM prospects WHERE country IS NOT "
                                   "NULL ORDER BY country COLLATE NOCASE"));
                while (k.next())
                    available->countries.append(k.value(0).toString());
                available->version = version;
            }
            const QJsonArray &cities = available->cities;
            const QJsonArray &countries = available->countries;

            const QJsonObject result {
                {"prospects", ProspectQuery(*s).items(ids, ProspectQuery::Shape::Search)},
                {"pagination",
                    QJsonObject {{"total", total}, {"limit", limit}, {"offset", offset},
                        {"hasMore", offset + ids.size() < total}}},
                {"filters",
                    QJsonObject {{"applied", applied},
                        {"available",
                            QJsonObject {{"qualifications",
                                             QJsonArray {"pending", "qualified", "disqualified"}},
                                {"cities", cities}, {"countries", countries}}}}}};
            return Response::json(200, result);
        });

    // C8
    router.add(
        "GET", QStringLiteral("/prospects/{chatId}"), RateTier::Medium, [s](const Request &r) {
            const QJsonObject details
                = ProspectQuery(*s).details(r.params.value(QStringLiteral("chatId")));
            if (details.isEmpty())
                return Response::notFound(QStringLiteral("Prospect not found"));
            return Response::json(200, details);
        });

    // C9: longer values are cut to 3,000 characters; "" clears.
    router.add("PATCH", QStringLiteral("/prospects/{chatId}/custom-data"), RateTier::Low,
        [s](const Request &r) {
            Response error;
            const auto body = r.jsonObject(&error);
            if (!body)
                return error;
            const QJsonValue value = body->value("customData");
            if (!value.isString())
                return validationError(QJsonArray {QJsonObject {{"field", "customData"},
                    {"message",
                        value.isUndefined() || value.isNull()
                            ? QStringLiteral("The customData field is required")
                            : QStringLiteral("The customData field must be a string")}}});
            const QString chatId = r.params.value(QStringLiteral("chatId"));
            if (!s->exists(QStringLiteral("SELECT 1 FROM chats WHERE id = ?"), {chatId}))
                return Response::notFound(QStringLiteral("Conversation not found"));
            const QString text = value.toString().left(kMaxCustomData);
            s->run(QStringLiteral("UPDATE chats SET custom_data = ?, updated_at = ? WHERE id = ?"),
                {text.isEmpty() ? QVariant() : QVariant(text), s->isoNow(), chatId});
            return Response::json(200,
                QJsonObject {{"message", "Conversation customData updated successfully"},
                    {"chatId", chatId}, {"customDataSaved", !text.isEmpty()},
                    {"customDataLength", int(text.size())}});
        });

    // C10-C12
    router.add(
        "POST", QStringLiteral("/prospects/{chatId}/pause"), RateTier::Low, [s](const Request &r) {
            return setChatFlag(*s, r.params.value(QStringLiteral("chatId")),
                QStringLiteral("paused = 1"), QStringLiteral("Conversation paused successfully"));
        });
    router.add(
        "POST", QStringLiteral("/prospects/{chatId}/resume"), RateTier::Low, [s](const Request &r) {
            return setChatFlag(*s, r.params.value(QStringLiteral("chatId")),
                QStringLiteral("paused = 0"), QStringLiteral("Conversation resumed successfully"));
        });
    router.add("POST", QStringLiteral("/prospects/{chatId}/qualify"), RateTier::Low,
        [s](const Request &r) {
            return setChatFlag(*s, r.params.value(QStringLiteral("chatId")),
                QStringLiteral(
                    "qualification = 'qualified', status = 5, "
                    "qualified_at = COALESCE(qualified_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"),
                QStringLiteral("Prospect marked as qualified successfully"));
        });

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
