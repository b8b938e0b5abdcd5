// GET /agents and GET /agents/{id} bodies into Agent values.
#include "FuzzInput.h"
#include "models/domain/Agent.h"

using namespace kakiyo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonValue body = fuzz::json(data, size);
    fuzz::checkDecoded(Agent::listFromJson(body));
    fuzz::checkDecoded(Agent::fromJson(body));
    return 0;
}
