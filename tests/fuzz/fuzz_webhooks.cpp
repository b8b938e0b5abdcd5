// GET /webhooks, GET /webhooks/events, POST /webhooks/test and the example payloads.
#include "FuzzInput.h"
#include "models/domain/Webhook.h"

using namespace kakiyo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonValue body = fuzz::json(data, size);
    fuzz::checkDecoded(Webhook::listFromJson(body));
    fuzz::checkDecoded(WebhookEvent::listFromJson(body));
    fuzz::checkDecoded(WebhookTestResult::fromJson(body));
    fuzz::checkDecoded(WebhookExample::fromJson(body));
    return 0;
}
