#include "sandbox/ProspectReadRoutes.h"

#include "sandbox/ProspectContract.h"
#include "sandbox/ProspectQuery.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxState.h"
#include "sandbox/SearchIndex.h"

#include <QSqlQuery>
#include <memory>

namespace kakiyo::sandbox {

namespace {

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

} // namespace

void registerProspectReadRoutes(Router &router, SandboxState &state)
{
    SandboxState *s = &state;

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
}

} // namespace kakiyo::sandbox
