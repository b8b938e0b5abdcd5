#include "models/api/AgentsApi.h"

#include "models/api/WorkspaceScopeLookup.h"

namespace kakiyo {

void AgentsApi::list(QObject *owner, ResultHandler<QList<Agent>> done, ReadOptions options)
{
    WorkspaceScopeLookup(m_call).list<Agent>(QStringLiteral("/agents"), owner, std::move(done),
        options,
        [](const WorkspaceScope &scope, const QList<Agent> &all) { return scope.agents(all); });
}

void AgentsApi::create(QObject *owner, ResultHandler<Ack> done)
{
    m_call.sendJson<Ack>(
        ApiRequest::post(QStringLiteral("/agents")), owner, &Ack::fromJson, std::move(done));
}

void AgentsApi::get(
    const QString &id, QObject *owner, ResultHandler<Agent> done, ReadOptions options)
{
    if (const FieldErrors errors = ApiCall::checkPathId(QStringLiteral("id"), id);
        !errors.isEmpty())
        return m_call.refuse<Agent>(errors, owner, std::move(done));
    const ApiCall call = m_call;
    WorkspaceScopeLookup(m_call).ifAgent<Agent>(id, owner, std::move(done), options,
        [call, id, owner, options](ResultHandler<Agent> checked) {
            call.sendJson<Agent>(ApiCall::read(QStringLiteral("/agents/%1").arg(id), options),
                owner, &Agent::fromJson, std::move(checked));
        });
}

void AgentsApi::action(const QByteArray &method, const QString &id, const QString &suffix,
    const QJsonObject &body, QObject *owner, ResultHandler<Ack> done)
{
    if (const FieldErrors errors = ApiCall::checkPathId(QStringLiteral("id"), id);
        !errors.isEmpty())
        return m_call.refuse<Ack>(errors, owner, std::move(done));
    ApiRequest request;
    request.method = method;
    request.path = QStringLiteral("/agents/%1").arg(id) + suffix;
    if (!body.isEmpty())
        request.body = QJsonDocument(body);
    // Agent state shows in campaign and analytics figures too.
    request.invalidates = {QStringLiteral("/campaigns"), QStringLiteral("/analytics")};
    const ApiCall call = m_call;
    WorkspaceScopeLookup(m_call).ifAgent<Ack>(
        id, owner, std::move(done), {}, [call, request, owner](ResultHandler<Ack> checked) {
            call.sendJson<Ack>(request, owner, &Ack::fromJson, std::move(checked));
        });
}

void AgentsApi::update(
    const QString &id, const AgentUpdate &changes, QObject *owner, ResultHandler<Ack> done)
{
    const Encoded e = changes.encode();
    if (!e.ok())
        return m_call.refuse<Ack>(e.errors, owner, std::move(done));
    action("PUT", id, QString(), e.body, owner, std::move(done));
}

void AgentsApi::setup(
    const QString &id, const AgentSetup &credentials, QObject *owner, ResultHandler<Ack> done)
{
    const Encoded e = credentials.encode();
    if (!e.ok())
        return m_call.refuse<Ack>(e.errors, owner, std::move(done));
    action("POST", id, QStringLiteral("/setup"), e.body, owner, std::move(done));
}

void AgentsApi::pause(const QString &id, QObject *owner, ResultHandler<Ack> done)
{
    action("POST", id, QStringLiteral("/pause"), {}, owner, std::move(done));
}

void AgentsApi::resume(const QString &id, QObject *owner, ResultHandler<Ack> done)
{
    action("POST", id, QStringLiteral("/resume"), {}, owner, std::move(done));
}

void AgentsApi::remove(const QString &id, QObject *owner, ResultHandler<Ack> done)
{
    action("DELETE", id, QString(), {}, owner, std::move(done));
}

void AgentsApi::relaunch(const QString &id, QObject *owner, ResultHandler<Ack> done)
{
    action("POST", id, QStringLiteral("/relaunch"), {}, owner, std::move(done));
}

} // namespace kakiyo
