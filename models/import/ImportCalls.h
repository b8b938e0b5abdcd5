#pragma once
// ImportCalls: the three API calls an import makes — batch add, round-robin add, import status —
// as the runner sees them. SessionImportCalls sends them through the app's Connection (scheduler,
// rate budget, retries); keeping the runner behind this seam lets it move onto the client's
// ProspectsApi without changing its state machine.

#include "models/api/Result.h"
#include "models/domain/ImportStatus.h"
#include "models/domain/ProspectRequests.h"

class QObject;

namespace kakiyo {

class ImportCalls
{
public:
    virtual ~ImportCalls() = default;

    // POST /prospects/batch
    virtual void addBatch(
        const ProspectBatch &batch, QObject *owner, ResultHandler<ImportAccepted> done)
        = 0;
    // POST /prospects/batch/round-robin
    virtual void addRoundRobin(
        const RoundRobinBatch &batch, QObject *owner, ResultHandler<RoundRobinResult> done)
        = 0;
    // GET /prospects/imports/{listId} (never from the cache)
    virtual void importStatus(
        const QString &listId, QObject *owner, ResultHandler<ImportStatus> done)
        = 0;
    // Drops every pending call of `owner`; their handlers never run.
    virtual void cancel(QObject *owner) = 0;
};

} // namespace kakiyo
