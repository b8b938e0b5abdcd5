// GET /analytics/overview and GET /analytics/campaigns/{id}.
#include "FuzzInput.h"
#include "models/domain/AnalyticsOverview.h"
#include "models/domain/CampaignAnalytics.h"

using namespace kakiyo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonValue body = fuzz::json(data, size);
    fuzz::checkDecoded(AnalyticsOverview::fromJson(body));
    fuzz::checkDecoded(CampaignAnalytics::fromJson(body));
    return 0;
}
