// The asynchronous import: POST /prospects/batch (listId), GET /prospects/imports/{listId},
// round-robin and Sales Navigator answers.
#include "FuzzInput.h"
#include "models/domain/ImportStatus.h"

using namespace kakiyo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonValue body = fuzz::json(data, size);
    fuzz::checkDecoded(ImportAccepted::fromJson(body));
    fuzz::checkDecoded(ImportStatus::fromJson(body));
    fuzz::checkDecoded(RoundRobinResult::fromJson(body));
    fuzz::checkDecoded(SalesNavigatorRun::fromJson(body));
    return 0;
}
