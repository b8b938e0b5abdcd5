// GET /campaigns, POST /campaigns and GET /campaigns/{id}/stats bodies.
#include "FuzzInput.h"
#include "models/domain/Campaign.h"

using namespace kakiyo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonValue body = fuzz::json(data, size);
    fuzz::checkDecoded(Campaign::listFromJson(body));
    fuzz::checkDecoded(CampaignCreated::fromJson(body));
    fuzz::checkDecoded(CampaignStats::fromJson(body));
    return 0;
}
