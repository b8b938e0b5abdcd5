#include "sandbox/WorkspaceRoutes.h"

#include "sandbox/Router.h"
#include "sandbox/SandboxState.h"
#include "sandbox/Validator.h"

#include <QJsonDocument>

namespace kakiyo::sandbox {

namespace {

Response workspaceNotFound()
{
    return Response::notFound(QStringLiteral("Workspace not found"));
}

bool workspaceExists(const SandboxState &state, const QString &id)
{
    return state.exists(QStringLiteral("SELECT 1 FROM workspaces WHERE id = ?"), {id});
}

// What a workspace assignment reaches: the agent's campaigns, their chats and prospects.
QJsonObject propagation(const SandboxState &state, const QString &agentId)
{
    const qint64 campaigns
        = state
              .scalar(
                  QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE agent_id = ?"), {agentId})
              .toLongLong();
    qint64 chats = 0, prospects = 0;
    if (state.hasTable(QStringLiteral("chats"))) {
        QSqlQuery q = state.run(
            QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT c.prospect_id) FROM chats c "
                           "JOIN campaigns k ON k.id = c.campaign_id WHERE k.agent_id = ?"),
            {agentId});
        if (q.next()) {
            chats = q.value(0).toLongLong();
            prospects = q.value(1).toLongLong();
        }
    }
    return QJsonObject {{"campaigns", campaigns}, {"chats", chats}, {"prospects", prospects}};
}

Response invite(SandboxState &state, const Request &r)
{
    const QString id = r.params.value("id");
    if (!workspaceExists(state, id))
        return workspaceNotFound();
    Response error;
    const auto body = r.jsonObject(&error);
    if (!body)
        return error;
    Validator v(*body);
    const auto email = v.email("email", Validator::Required);
    const auto roles = v.array("roles", Validator::Optional, 1, 10);
    v.url("redirectUrl", Validator::Optional);
    QJsonArray cleanRoles {QStringLiteral("member")};
    if (roles) {
        cleanRoles = QJsonArray();
        for (qsizetype i = 0; i < roles->size(); ++i) {
            if (!roles->at(i).isString() || roles->at(i).toString().trimmed().isEmpty())
                v.add(QStringLiteral("roles[%1]").arg(i),
                    QStringLiteral("Each role must be a non-empty string"));
            else
                cleanRoles.append(roles->at(i).toString().trimmed());
        }
    }
    if (!v.ok())
        return v.error();
    if (state.exists(
            QStringLiteral("SELECT 1 FROM workspace_members WHERE workspace_id = ? AND email = ?"),
            {id, *email}))
        return Response::error(
            409, QStringLiteral("conflict"), QStringLiteral("Client already a member"));
    const QString membershipId = state.newId();
    const QString userId = state.newId();
    state.run(
        QStringLiteral(
            "INSERT INTO workspace_members (id, workspace_id, user_id, email, roles, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)"),
        {membershipId, id, userId, *email,
            QString::fromUtf8(QJsonDocument(cleanRoles).toJson(QJsonDocument::Compact)),
            state.isoNow()});
    return Response::json(201,
        QJsonObject {{"membershipId", membershipId}, {"userId", userId}, {"email", *email},
            {"portalUrl", "https://portal.kakiyo.agency"}, {"emailSent", true}});
}

} // namespace

void registerWorkspaceRoutes(Router &router, SandboxState &state)
{
    // Every workspace route needs the Agency plan (contract §K); the admin API can take it away.
    const auto add = [&router, &state](const QByteArray &method, const QString &pattern,
                         RateTier tier, Router::Handler handler) {
        router.add(method, pattern, tier, [&state, handler = std::move(handler)](const Request &r) {
            if (!state.agencyPlan)
                return Response::error(
                    403, QStringLiteral("forbidden"), QStringLiteral("Not on agency plan"));
            return handler(r);
        });
    };
    add("GET", QStringLiteral("/workspaces"), RateTier::Medium, [&state](const Request &) {
        QSqlQuery q = state.run(
            QStringLiteral("SELECT id, name, client_team_id, created_at FROM workspaces "
                           "ORDER BY created_at, id"));
        QJsonArray list;
        while (q.next()) {
            const QString id = q.value(0).toString();
            // Members and assigned agents (the contract's Workspace entity lists both).
            QJsonArray members;
            QSqlQuery m = state.run(
                QStringLiteral("SELECT id, user_id, email, roles FROM workspace_members "
                               "WHERE workspace_id = ? ORDER BY created_at, id"),
                {id});
            while (m.next()) {
                members.append(QJsonObject {{"membershipId", m.value(0).toString()},
                    {"userId", m.value(1).toString()}, {"email", m.value(2).toString()},
                    {"roles", QJsonDocument::fromJson(m.value(3).toByteArray()).array()}});
            }
            QJsonArray agentIds;
            QSqlQuery a = state.run(
                QStringLiteral("SELECT id FROM agents WHERE workspace_id = ? ORDER BY id"), {id});
            while (a.next())
                agentIds.append(a.value(0).toString());
            list.append(QJsonObject {{"id", id}, {"name", q.value(1).toString()},
                {"clientTeamId", q.value(2).toString()}, {"createdAt", q.value(3).toString()},
                {"members", members}, {"agentIds", agentIds}});
        }
        return Response::json(200, QJsonObject {{"workspaces", list}, {"total", list.size()}});
    });

    add("POST", QStringLiteral("/workspaces"), RateTier::Low, [&state](const Request &r) {
        Response error;
        const auto body = r.jsonObject(&error);
        if (!body)
            return error;
        Validator v(*body);
        const auto name = v.string("name", Validator::Required, 1, 120);
        if (!v.ok())
            return v.error();
        const QString id = state.newId();
        const QString clientTeamId = state.newId();
        const QString now = state.isoNow();
        state.run(QStringLiteral("INSERT INTO workspaces (id, name, client_team_id, created_at) "
                                 "VALUES (?, ?, ?, ?)"),
            {id, name->trimmed(), clientTeamId, now});
        return Response::json(201,
            QJsonObject {{"id", id}, {"name", name->trimmed()}, {"clientTeamId", clientTeamId},
                {"createdAt", now}});
    });

    add("DELETE", QStringLiteral("/workspaces/{id}"), RateTier::Low, [&state](const Request &r) {
        const QString id = r.params.value("id");
        if (!workspaceExists(state, id))
            return workspaceNotFound();
        qint64 agents = 0, campaigns = 0, chats = 0;
        QSqlQuery q
            = state.run(QStringLiteral("SELECT id FROM agents WHERE workspace_id = ?"), {id});
        while (q.next()) {
            const QJsonObject p = propagation(state, q.value(0).toString());
            ++agents;
            campaigns += p.value("campaigns").toInteger();
            chats += p.value("chats").toInteger();
        }
        state.transaction([&] {
            state.run(
                QStringLiteral("UPDATE agents SET workspace_id = NULL WHERE workspace_id = ?"),
                {id});
            state.run(QStringLiteral("DELETE FROM workspaces WHERE id = ?"), {id});
        });
        return Response::json(200,
            QJsonObject {{"message", "Workspace deleted successfully"},
                {"stats",
                    QJsonObject {{"agentsUnassigned", agents}, {"campaignsUpdated", campaigns},
                        {"chatsUpdated", chats}}}});
    });

    add("POST", QStringLiteral("/workspaces/{id}/invite"), RateTier::Low,
        [&state](const Request &r) { return invite(state, r); });

    add("DELETE", QStringLiteral("/workspaces/{id}/clients"), RateTier::Low,
        [&state](const Request &r) {
            const QString id = r.params.value("id");
            Response error;
            const auto body = r.jsonObject(&error);
            if (!body)
                return error;
            Validator v(*body);
            const auto email = v.email("email", Validator::Required);
            if (!v.ok())
                return v.error();
            QSqlQuery q = state.run(
                QStringLiteral(
                    "DELETE FROM workspace_members WHERE workspace_id = ? AND email = ?"),
                {id, *email});
            if (q.numRowsAffected() <= 0)
                return Response::notFound(QStringLiteral("Workspace or client not found"));
            return Response::json(
                200, QJsonObject {{"message", "Client removed from workspace"}, {"email", *email}});
        });

    add("POST", QStringLiteral("/workspaces/{id}/agents/{agentId}"), RateTier::Low,
        [&state](const Request &r) {
            const QString id = r.params.value("id");
            const QString agentId = r.params.value("agentId");
            if (!workspaceExists(state, id))
                return workspaceNotFound();
            if (!state.exists(QStringLiteral("SELECT 1 FROM agents WHERE id = ?"), {agentId}))
                return Response::notFound(QStringLiteral("Agent not found"));
            state.run(
                QStringLiteral("UPDATE agents SET workspace_id = ?, updated_at = ? WHERE id = ?"),
                {id, state.isoNow(), agentId});
            return Response::json(200,
                QJsonObject {{"agentId", agentId}, {"workspaceId", id},
                    {"propagated", propagation(state, agentId)}});
        });

    add("DELETE", QStringLiteral("/workspaces/{id}/agents/{agentId}"), RateTier::Low,
        [&state](const Request &r) {
            const QString id = r.params.value("id");
            const QString agentId = r.params.value("agentId");
            if (!workspaceExists(state, id))
                return workspaceNotFound();
            if (!state.exists(
                    QStringLiteral("SELECT 1 FROM agents WHERE id = ? AND workspace_id = ?"),
                    {agentId, id}))
                return Response::notFound(QStringLiteral("Agent not assigned to this workspace"));
            state.run(QStringLiteral(
                          "UPDATE agents SET workspace_id = NULL, updated_at = ? WHERE id = ?"),
                {state.isoNow(), agentId});
            return Response::json(200,
                QJsonObject {{"message", "Agent unassigned from workspace"}, {"agentId", agentId},
                    {"propagated", propagation(state, agentId)}});
        });
}

} // namespace kakiyo::sandbox
