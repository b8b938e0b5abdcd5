// Delivers one real (not test) webhook event to every active webhook subscribed to it, signed,
// with the contract's retries, and records each outcome on the webhook (counts, last success or
// failure, auto-disable after four failed deliveries, 2 credits per delivery in the credit era).
#pragma once

#include <QJsonObject>
#include <QString>

namespace kakiyo::sandbox {

struct SandboxState;
struct DeliveryOutcome;

class EventDelivery
{
public:
    static constexpr int AutoDisableAfterFailures = 4; // contract 10.5

    // Sends {"event", "teamId", "timestamp", "data"}; returns how many webhooks were targeted.
    static int deliver(SandboxState &state, const QString &event, const QJsonObject &data);
    // Writes the outcome of one delivery to the webhook row (shared with POST /webhooks/test).
    static void record(SandboxState &state, const QString &webhookId, const DeliveryOutcome &o);
};

} // namespace kakiyo::sandbox
