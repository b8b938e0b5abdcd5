#pragma once
// DncApi: the Do-Not-Contact list — list (pages of up to 1000, stop on a short page), add one,
// check one URL, add many, remove one. Successes arrive in the {"error": null, "data": …}
// envelope, which the domain decoders unwrap.

#include "models/api/ApiCall.h"
#include "models/domain/Ack.h"
#include "models/domain/DncEntry.h"

namespace kakiyo {

class DncApi
{
public:
    explicit DncApi(ApiCall call)
        : m_call(call)
    {
    }

    void list(const DncListQuery &query, QObject *owner, ResultHandler<DncListPage> done,
        ReadOptions options = {});
    void add(const DncUrl &entry, QObject *owner, ResultHandler<DncEntry> done);
    void check(const DncUrl &entry, QObject *owner, ResultHandler<DncCheck> done,
        ReadOptions options = {});
    void addBatch(const DncBatch &batch, QObject *owner, ResultHandler<DncBatchResult> done);
    void remove(const QString &id, QObject *owner, ResultHandler<Ack> done);

private:
    ApiCall m_call;
};

} // namespace kakiyo
