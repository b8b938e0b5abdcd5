#include "sandbox/DncRoutes.h"

#include "sandbox/LinkedinUrl.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxState.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace kakiyo::sandbox {

namespace {

// The batch endpoint documents no maximum; this one keeps a single request bounded.
constexpr int kMaxBatchEntries = 5000;

Response invalidRequest(const QString &message)
{
    return Response::error(400, QStringLiteral("invalid_request"), message);
}

std::optional<QJsonObject> bodyObject(const Request &r, Response *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = invalidRequest(QStringLiteral("Request body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

QJsonObject entryJson(const QSqlQuery &q)
{
    return QJsonObject {{"$id", q.value(0).toString()}, {"teamId", q.value(1).toString()},
        {"url", q.value(2).toString()}, {"$createdAt", q.value(3).toString()},
        {"$updatedAt", q.value(4).toString()}};
}

const char *kEntryColumns = "SELECT id, team_id, url, created_at, updated_at FROM dnc ";

std::optional<QJsonObject> findByUrl(const SandboxState &state, const QString &url)
{
    QSqlQuery q = state.run(
        QString::fromUtf8(kEntryColumns) + QStringLiteral("WHERE team_id = ? AND url = ?"),
        {state.teamId, url});
    if (!q.next())
        return std::nullopt;
    return entryJson(q);
}

// The teams whose entries the key sees: its own and its workspaces' client teams (an agency
// files entries under a client's sub-team in the dashboard; the contract's §D).
const char *kVisibleTeams = "(team_id = ? OR team_id IN (SELECT client_team_id FROM workspaces)) ";

QJsonObject insertEntry(SandboxState &state, const QString &url, const QString &teamId)
{
    const QString id = state.newId();
    const QString now = state.isoNow();
    const qint64 seq
        = state.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM dnc")).toLongLong();
    state.run(QStringLiteral("INSERT INTO dnc (id, team_id, url, created_at, updated_at, seq) "
                             "VALUES (?, ?, ?, ?, ?, ?)"),
        {id, teamId, url, now, now, seq});
    return QJsonObject {
        {"$id", id}, {"teamId", teamId}, {"url", url}, {"$createdAt", now}, {"$updatedAt", now}};
}

} // namespace

Response fileDncUnderTeam(SandboxState &state, const QJsonObject &body)
{
    const QString teamId = body.value("teamId").toString();
    const auto canonical = LinkedinUrl::normalise(body.value("url").toString());
    if (!canonical)
        return Response::error(
            400, QStringLiteral("validation_error"), QStringLiteral("url must be a LinkedIn URL"));
    const bool known = teamId == state.teamId
        || state.scalar(QStringLiteral("SELECT COUNT(*) FROM workspaces WHERE client_team_id = ?"),
                    {teamId})
                .toInt()
            > 0;
    if (!known)
        return Response::error(404, QStringLiteral("not_found"),
            QStringLiteral("teamId must be the team's or one of its workspaces' clientTeamId"));
    if (state
            .scalar(QStringLiteral("SELECT COUNT(*) FROM dnc WHERE team_id = ? AND url = ?"),
                {teamId, *canonical})
            .toInt()
        > 0)
        return Response::error(
            409, QStringLiteral("dnc_entry_exists"), QStringLiteral("URL already on DNC list"));
    return Response::json(201, insertEntry(state, *canonical, teamId));
}

void registerDncRoutes(Router &router, SandboxState &state)
{
    SandboxState *s = &state;

    // D1: newest first; total counts the entries of this page (as documented).
    router.add("GET", QStringLiteral("/dnc"), RateTier::DncRead, [s](const Request &r) {
        qint64 limit = 50;
        qint64 offset = 0;
        bool ok = true;
        if (!r.queryValue(QStringLiteral("limit")).isNull()) {
            limit = r.queryValue(QStringLiteral("limit")).toLongLong(&ok);
            if (!ok || limit < 1 || limit > 1000)
                return invalidRequest(
                    QStringLiteral("limit must be an integer between 1 and 1000"));
        }
        if (!r.queryValue(QStringLiteral("offset")).isNull()) {
            offset = r.queryValue(QStringLiteral("offset")).toLongLong(&ok);
            if (!ok || offset < 0)
                return invalidRequest(QStringLiteral("offset must be an integer of at least 0"));
        }
        QSqlQuery q = s->run(QString::fromUtf8(kEntryColumns) + QStringLiteral("WHERE ")
                + QString::fromUtf8(kVisibleTeams)
                + QStringLiteral("ORDER BY created_at DESC, seq DESC LIMIT ? OFFSET ?"),
            {s->teamId, limit, offset});
        QJsonArray entries;
        while (q.next())
            entries.append(entryJson(q));
        return Response::dnc(200,
            QJsonObject {{"entries", entries}, {"total", int(entries.size())}, {"limit", limit},
                {"offset", offset}});
    });

    // D2
    router.add("POST", QStringLiteral("/dnc"), RateTier::DncWrite, [s](const Request &r) {
        Response error;
        const auto body = bodyObject(r, &error);
        if (!body)
            return error;
        const QJsonValue url = body->value("url");
        if (!url.isString() || url.toString().trimmed().isEmpty())
            return invalidRequest(QStringLiteral("LinkedIn URL is required"));
        const auto canonical = LinkedinUrl::normalise(url.toString());
        if (!canonical)
            return Response::error(
                400, QStringLiteral("invalid_url"), QStringLiteral("Invalid LinkedIn URL format"));
        if (findByUrl(*s, *canonical))
            return Response::error(
                409, QStringLiteral("dnc_entry_exists"), QStringLiteral("URL already on DNC list"));
        return Response::dnc(201, insertEntry(*s, *canonical, s->teamId),
            QStringLiteral("Added to Do Not Contact list"));
    });

    // D3
    router.add("GET", QStringLiteral("/dnc/check"), RateTier::DncRead, [s](const Request &r) {
        const QString url = r.queryValue(QStringLiteral("url")).trimmed();
        if (url.isEmpty())
            return invalidRequest(QStringLiteral("LinkedIn URL is required"));
        const auto canonical = LinkedinUrl::normalise(url);
        if (!canonical)
            return Response::error(
                400, QStringLiteral("invalid_url"), QStringLiteral("Invalid LinkedIn URL format"));
        const auto entry = findByUrl(*s, *canonical);
        return Response::dnc(200,
            QJsonObject {{"onList", bool(entry)},
                {"entry", entry ? QJsonValue(*entry) : QJsonValue(QJsonValue::Null)}});
    });

    // D4: 201 even when some entries fail; processed in order, duplicates within the request too.
    router.add("POST", QStringLiteral("/dnc/batch"), RateTier::DncBatch, [s](const Request &r) {
        Response error;
        const auto body = bodyObject(r, &error);
        if (!body)
            return error;
        const QJsonValue entriesValue = body->value("entries");
        if (!entriesValue.isArray() || entriesValue.toArray().isEmpty())
            return invalidRequest(QStringLiteral("Entries array is required"));
        const QJsonArray entries = entriesValue.toArray();
        if (entries.size() > kMaxBatchEntries)
            return invalidRequest(
                QStringLiteral("At most %1 entries per request").arg(kMaxBatchEntries));
        for (const QJsonValue &e : entries) {
            if (!e.isObject() || !e.toObject().value("url").isString())
                return invalidRequest(QStringLiteral("Each entry must have a url field"));
        }
        int added = 0, duplicates = 0, errors = 0;
        QJsonArray details;
        s->transaction([&] {
            for (const QJsonValue &e : entries) {
                const QString input = e.toObject().value("url").toString();
                const auto canonical = LinkedinUrl::normalise(input);
                if (!canonical) {
                    ++errors;
                    details.append(QJsonObject {{"url", input}, {"status", "error"},
                        {"error", "Invalid LinkedIn URL format"}});
                } else if (findByUrl(*s, *canonical)) {
                    ++duplicates;
                    details.append(QJsonObject {{"url", *canonical}, {"status", "duplicate"}});
                } else {
                    insertEntry(*s, *canonical, s->teamId);
                    ++added;
                    details.append(QJsonObject {{"url", *canonical}, {"status", "added"}});
                }
            }
        });
        return Response::dnc(201,
            QJsonObject {{"added", added}, {"duplicates", duplicates}, {"errors", errors},
                {"details", details}},
            QStringLiteral("Bulk import completed: %1 added, %2 duplicates, %3 errors")
                .arg(added)
                .arg(duplicates)
                .arg(errors));
    });

    // D5
    router.add("DELETE", QStringLiteral("/dnc/{id}"), RateTier::DncWrite, [s](const Request &r) {
        const QString id = r.params.value(QStringLiteral("id"));
        const QVariant team
            = s->scalar(QStringLiteral("SELECT team_id FROM dnc WHERE id = ?"), {id});
        if (team.isNull())
            return Response::error(
                404, QStringLiteral("dnc_not_found"), QStringLiteral("DNC entry not found"));
        if (team.toString() != s->teamId
            && s->scalar(QStringLiteral("SELECT COUNT(*) FROM workspaces WHERE client_team_id = ?"),
                    {team})
                    .toInt()
                == 0)
            return Response::error(403, QStringLiteral("unauthorized_dnc"),
                QStringLiteral("You do not have access to this DNC entry"));
        s->run(QStringLiteral("DELETE FROM dnc WHERE id = ?"), {id});
        return Response::dnc(200, QJsonObject {{"message", "DNC entry deleted successfully"}});
    });
}

} // namespace kakiyo::sandbox
