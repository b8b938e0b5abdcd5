#include "models/domain/Workspace.h"

#include "models/domain/JsonReader.h"

#include <QJsonArray>

namespace kakiyo {

Decoded<WorkspaceMember> WorkspaceMember::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    WorkspaceMember m;
    m.membershipId = r.optString("membershipId");
    m.userId = r.optString("userId");
    m.email = r.optString("email");
    m.roles = r.stringList("roles");
    return r.finish(std::move(m));
}

Decoded<Workspace> Workspace::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    Workspace w;
    w.id = r.stringOf({"id", "$id"});
    w.name = r.string("name");
    w.clientTeamId = r.optString("clientTeamId");
    w.createdAt = r.dateTime(r.has("$createdAt") ? "$createdAt" : "createdAt");
    w.members = r.list<WorkspaceMember>("members", &WorkspaceMember::fromJson);
    if (r.has("agentIds")) {
        w.agentIds = r.stringList("agentIds");
    } else if (r.has("agents")) {
        auto ids = r.list<QString>("agents", [](const QJsonValue &v, const QString &p) {
            if (v.isString())
                return Decoded<QString>::success(v.toString());
            JsonReader a(v, p);
            QString id = a.string("id");
            return a.finish(std::move(id));
        });
        w.agentIds = QStringList(ids.begin(), ids.end());
    }
    return r.finish(std::move(w));
}

Decoded<WorkspaceList> WorkspaceList::fromJson(const QJsonValue &value, const QString &path)
{
    WorkspaceList list;
    if (value.isArray()) {
        auto d = JsonReader::decodeList<Workspace>(value, path, &Workspace::fromJson);
        if (!d.ok())
            return Decoded<WorkspaceList>::failure(d.error);
        list.workspaces = std::move(d.value);
        list.total = list.workspaces.size();
        return Decoded<WorkspaceList>::success(std::move(list));
    }
    JsonReader r(value, path);
    list.workspaces = r.list<Workspace>("workspaces", &Workspace::fromJson, JsonReader::Required);
    list.total = r.optInteger("total", list.workspaces.size());
    return r.finish(std::move(list));
}

Decoded<WorkspaceDeleted> WorkspaceDeleted::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    WorkspaceDeleted d;
    d.message = r.optString("message");
    d.stats = r.countMap("stats");
    return r.finish(std::move(d));
}

Decoded<WorkspaceInvitation> WorkspaceInvitation::fromJson(
    const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    WorkspaceInvitation i;
    i.membershipId = r.optString("membershipId");
    i.userId = r.optString("userId");
    i.email = r.optString("email");
    i.portalUrl = r.optString("portalUrl");
    i.emailSent = r.optBool("emailSent");
    return r.finish(std::move(i));
}

Decoded<WorkspaceClientRemoved> WorkspaceClientRemoved::fromJson(
    const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    WorkspaceClientRemoved c;
    c.message = r.optString("message");
    c.email = r.optString("email");
    return r.finish(std::move(c));
}

Decoded<WorkspaceAgentChange> WorkspaceAgentChange::fromJson(
    const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    WorkspaceAgentChange a;
    a.message = r.optString("message");
    a.agentId = r.optString("agentId");
    a.workspaceId = r.optString("workspaceId");
    a.propagated = r.countMap("propagated");
    return r.finish(std::move(a));
}

Encoded WorkspaceCreate::encode() const
{
    FormCheck c;
    c.length(QStringLiteral("name"), name.trimmed(), 1, 200);
    Encoded e;
    e.body = {{QStringLiteral("name"), name.trimmed()}};
    e.errors = c.errors();
    return e;
}

Encoded WorkspaceInvite::encode() const
{
    FormCheck c;
    c.email(QStringLiteral("email"), email.trimmed());
    c.count(QStringLiteral("roles"), roles.size(), 1, 0);
    if (!redirectUrl.isEmpty())
        c.url(QStringLiteral("redirectUrl"), redirectUrl);
    Encoded e;
    e.body = {{QStringLiteral("email"), email.trimmed()},
        {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}};
    if (!redirectUrl.isEmpty())
        e.body.insert(QStringLiteral("redirectUrl"), redirectUrl);
    e.errors = c.errors();
    return e;
}

Encoded WorkspaceClientRemoval::encode() const
{
    FormCheck c;
    c.email(QStringLiteral("email"), email.trimmed());
    Encoded e;
    e.body = {{QStringLiteral("email"), email.trimmed()}};
    e.errors = c.errors();
    return e;
}

} // namespace kakiyo
