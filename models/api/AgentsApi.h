#pragma once
// AgentsApi: the team's LinkedIn accounts — list, create (no body), details, settings update,
// credential setup, pause/resume, and the two page-only endpoints delete and relaunch.

#include "models/api/ApiCall.h"
#include "models/domain/Ack.h"
#include "models/domain/Agent.h"

namespace kakiyo {

class AgentsApi
{
public:
    explicit AgentsApi(ApiCall call)
        : m_call(call)
    {
    }

    void list(QObject *owner, ResultHandler<QList<Agent>> done, ReadOptions options = {});
    void create(QObject *owner, ResultHandler<Ack> done); // Ack.id = the new agent
    void get(
        const QString &id, QObject *owner, ResultHandler<Agent> done, ReadOptions options = {});
    void update(
        const QString &id, const AgentUpdate &changes, QObject *owner, ResultHandler<Ack> done);
    void setup(
        const QString &id, const AgentSetup &credentials, QObject *owner, ResultHandler<Ack> done);
    void pause(const QString &id, QObject *owner, ResultHandler<Ack> done);
    void resume(const QString &id, QObject *owner, ResultHandler<Ack> done);
    void remove(const QString &id, QObject *owner, ResultHandler<Ack> done);
    void relaunch(const QString &id, QObject *owner, ResultHandler<Ack> done); // Ack.status

private:
    void action(const QByteArray &method, const QString &id, const QString &suffix,
        const QJsonObject &body, QObject *owner, ResultHandler<Ack> done);

    ApiCall m_call;
};

} // namespace kakiyo
