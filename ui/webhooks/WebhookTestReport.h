// What one "send a test event" (POST /webhooks/test) reports: which webhooks it went to and, when
// the server says so (the sandbox does; the published API only lists the webhooks), how each
// delivery went: delivered or not, the endpoint's HTTP status, how long it took, the error.
#pragma once

#include "models/api/Result.h"
#include "models/domain/Webhook.h"

#include <optional>

namespace kakiyo {

class ApiSession;

struct WebhookDeliveryReport
{
    QString id;
    QString name;
    QString url;
    std::optional<bool> delivered; // unset: the server did not report the outcome
    bool simulated = false; // the server did not contact the URL (sandbox, non-loopback URL)
    int statusCode = 0; // the endpoint's HTTP status; 0 when it never answered
    qint64 durationMs = -1; // of the last attempt
    QString error;
    int attempts = 0; // 0: not reported
};

struct WebhookTestReport
{
    static constexpr int DocumentedRetries = 3; // after a failed first attempt (contract 10.5)

    WebhookTestResult result;
    QList<WebhookDeliveryReport> deliveries;
    QDateTime sentAt; // when the answer came (UTC)

    static Decoded<WebhookTestReport> fromJson(const QJsonValue &value, const QString &path = {});
    // Sends `test` like WebhooksApi::test, keeping the per-delivery details of the answer.
    static void send(ApiSession *session, const WebhookTest &test, QObject *owner,
        ResultHandler<WebhookTestReport> done);
};

} // namespace kakiyo
