#include "models/import/SessionImportCalls.h"

namespace kakiyo {

void SessionImportCalls::addBatch(
    const ProspectBatch &batch, QObject *owner, ResultHandler<ImportAccepted> done)
{
    const Encoded e = batch.encode();
    if (!e.ok())
        return m_call.refuse<ImportAccepted>(e.errors, owner, std::move(done));
    ApiRequest request
        = ApiRequest::post(QStringLiteral("/prospects/batch"), ApiCall::body(e.body));
    request.priority = Priority::Background;
    m_call.sendJson<ImportAccepted>(request, owner, &ImportAccepted::fromJson, std::move(done));
}

void SessionImportCalls::addRoundRobin(
    const RoundRobinBatch &batch, QObject *owner, ResultHandler<RoundRobinResult> done)
{
    const Encoded e = batch.encode();
    if (!e.ok())
        return m_call.refuse<RoundRobinResult>(e.errors, owner, std::move(done));
    ApiRequest request
        = ApiRequest::post(QStringLiteral("/prospects/batch/round-robin"), ApiCall::body(e.body));
    request.priority = Priority::Background;
    m_call.sendJson<RoundRobinResult>(request, owner, &RoundRobinResult::fromJson, std::move(done));
}

void SessionImportCalls::importStatus(
    const QString &listId, QObject *owner, ResultHandler<ImportStatus> done)
{
    if (const FieldErrors errors = ApiCall::checkPathId(QStringLiteral("listId"), listId);
        !errors.isEmpty())
        return m_call.refuse<ImportStatus>(errors, owner, std::move(done));
    const ApiRequest request = ApiCall::read(QStringLiteral("/prospects/imports/%1").arg(listId),
        {Priority::Background, ApiRequest::CacheMode::NetworkOnly});
    m_call.sendJson<ImportStatus>(request, owner, &ImportStatus::fromJson, std::move(done));
}

void SessionImportCalls::cancel(QObject *owner)
{
    m_call.session()->cancel(owner);
}

} // namespace kakiyo
