#pragma once
// SessionImportCalls: ImportCalls over the client's ProspectsApi (which checks the batch ≤ 100 and
// round-robin ≥ 2 campaigns rules before a call is spent, decodes the answers and invalidates the
// cached campaign lists a write changes). Status polls are Background priority and never come
// from the cache, so the user's own clicks go first within the shared rate budget.

#include "models/api/Connection.h"
#include "models/api/ProspectsApi.h"
#include "models/import/ImportCalls.h"

#include <QPointer>

namespace kakiyo {

class SessionImportCalls final : public ImportCalls
{
public:
    explicit SessionImportCalls(Connection *session)
        : m_connection(session)
        , m_prospects(session)
    {
    }

    void addBatch(
        const ProspectBatch &batch, QObject *owner, ResultHandler<ImportAccepted> done) override;
    void addRoundRobin(const RoundRobinBatch &batch, QObject *owner,
        ResultHandler<RoundRobinResult> done) override;
    void importStatus(
        const QString &listId, QObject *owner, ResultHandler<ImportStatus> done) override;
    void cancel(QObject *owner) override;

private:
    QPointer<Connection> m_connection; // cancel() after the session is gone has nothing to drop
    ProspectsApi m_prospects;
};

} // namespace kakiyo
