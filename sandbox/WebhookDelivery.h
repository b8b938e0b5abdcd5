// Sends one signed webhook event (POST, compact JSON, X-Kakiyo-Signature = hex HMAC-SHA256 of the
// exact bytes with the webhook secret) and reports the outcome. A failed attempt (no answer or not
// 2xx) is retried up to 3 times after 1, 2 and 4 s (contract 10.5); tests shorten the wait with
// KAKIYO_SANDBOX_WEBHOOK_RETRY_MS (the first delay; later ones double). Only loopback URLs are
// contacted: the sandbox never sends data off the machine; other URLs are simulated deliveries.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <functional>

namespace kakiyo::sandbox {

struct DeliveryOutcome
{
    bool delivered = false; // a 2xx answer (or a simulated delivery)
    bool simulated = false; // URL not on loopback: nothing was sent
    int statusCode = 0; // of the last attempt
    QString error; // of the last attempt
    qint64 durationMs = 0; // of the last attempt
    int attempts = 1;
};

class WebhookDelivery
{
public:
    static constexpr int TimeoutMs = 10000; // per attempt (contract 10.5)
    static constexpr int MaxRetries = 3; // after the first attempt (contract 10.5)
    static constexpr int DefaultRetryMs = 1000; // first backoff; then 2x, 4x

    // The first backoff delay: KAKIYO_SANDBOX_WEBHOOK_RETRY_MS when set (0..60000), else 1 s.
    static int retryBaseMs();

    static QByteArray signature(const QByteArray &body, const QString &secret);
    static bool isLoopback(const QUrl &url);
    // Delivers with retries; calls done exactly once, on the event loop, with the final outcome.
    static void send(const QUrl &url, const QByteArray &body, const QString &secret,
        const QString &event, const std::function<void(DeliveryOutcome)> &done);

private:
    // One attempt; `attempt` is its number (1 = first), sent as X-Kakiyo-Delivery-Attempt.
    static void attempt(const QUrl &url, const QByteArray &body, const QString &secret,
        const QString &event, int attempt, const std::function<void(DeliveryOutcome)> &done);
};

} // namespace kakiyo::sandbox
