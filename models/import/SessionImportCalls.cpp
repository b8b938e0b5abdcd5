#include "models/import/SessionImportCalls.h"

#include "models/api/Connection.h"

namespace kakiyo {

void SessionImportCalls::addBatch(
    const ProspectBatch &batch, QObject *owner, ResultHandler<ImportAccepted> done)
{
    m_prospects.addBatch(batch, owner, std::move(done), Priority::Background);
}

void SessionImportCalls::addRoundRobin(
    const RoundRobinBatch &batch, QObject *owner, ResultHandler<RoundRobinResult> done)
{
    m_prospects.addRoundRobin(batch, owner, std::move(done), Priority::Background);
}

void SessionImportCalls::importStatus(
    const QString &listId, QObject *owner, ResultHandler<ImportStatus> done)
{
    m_prospects.importStatus(
        listId, owner, std::move(done), {Priority::Background, ApiRequest::CacheMode::NetworkOnly});
}

void SessionImportCalls::cancel(QObject *owner)
{
    if (m_connection)
        m_connection->cancel(owner);
}

} // namespace kakiyo
