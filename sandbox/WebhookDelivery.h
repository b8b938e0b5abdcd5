// Sends one signed webhook event (POST, compact JSON, X-Kakiyo-Signature = hex HMAC-SHA256 of the
// exact bytes with the webhook secret) and reports the outcome. Only loopback URLs are contacted:
// the sandbox never sends data off the machine; other URLs are reported as simulated deliveries.
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
    int statusCode = 0;
    QString error;
    qint64 durationMs = 0;
};

class WebhookDelivery
{
public:
    static constexpr int TimeoutMs = 10000; // per attempt (contract 10.5)

    static QByteArray signature(const QByteArray &body, const QString &secret);
    static bool isLoopback(const QUrl &url);
    // Calls done exactly once, on the event loop.
    static void send(const QUrl &url, const QByteArray &body, const QString &secret,
        const QString &event, std::function<void(DeliveryOutcome)> done);
};

} // namespace kakiyo::sandbox
