#pragma once
// SessionImportCalls: ImportCalls over ApiSession, with the domain's encoders (batch ≤ 100,
// round-robin ≥ 2 campaigns, checked before a call is spent) and decoders. Import traffic is
// Background priority so the user's own clicks go first within the shared rate budget.

#include "models/api/ApiCall.h"
#include "models/import/ImportCalls.h"

namespace kakiyo {

class SessionImportCalls final : public ImportCalls
{
public:
    explicit SessionImportCalls(ApiSession *session)
        : m_call(session)
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
    ApiCall m_call;
};

} // namespace kakiyo
