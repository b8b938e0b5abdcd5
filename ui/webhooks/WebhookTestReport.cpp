#include "ui/webhooks/WebhookTestReport.h"

#include "models/api/ApiCall.h"
#include "models/domain/JsonReader.h"

#include <QJsonArray>

namespace kakiyo {

Decoded<WebhookTestReport> WebhookTestReport::fromJson(const QJsonValue &value, const QString &path)
{
    Decoded<WebhookTestResult> base = WebhookTestResult::fromJson(value, path);
    if (!base)
        return Decoded<WebhookTestReport>::failure(base.error);
    WebhookTestReport report;
    report.result = base.value;
    const QJsonArray items = value.toObject().value(QLatin1String("webhooks")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        JsonReader r(items.at(i), QStringLiteral("%1webhooks[%2]").arg(path).arg(i));
        WebhookDeliveryReport d;
        d.id = r.optString("id");
        d.name = r.optString("name");
        d.url = r.optString("url");
        d.delivered = r.maybeBool("delivered");
        d.simulated = r.optBool("simulated");
        d.statusCode = int(r.optInteger("statusCode"));
        d.durationMs = r.optInteger("durationMs", -1);
        d.error = r.optString("error");
        d.attempts = int(r.optInteger("attempts"));
        if (!r.ok())
            return Decoded<WebhookTestReport>::failure(r.error());
        report.deliveries.append(d);
    }
    report.sentAt = QDateTime::currentDateTimeUtc();
    return Decoded<WebhookTestReport>::success(std::move(report));
}

void WebhookTestReport::send(ApiSession *session, const WebhookTest &test, QObject *owner,
    ResultHandler<WebhookTestReport> done)
{
    const ApiCall call(session);
    const Encoded e = test.encode();
    if (!e.ok())
        return call.refuse<WebhookTestReport>(e.errors, owner, std::move(done));
    ApiRequest request = ApiRequest::post(QStringLiteral("/webhooks/test"), ApiCall::body(e.body));
    request.invalidates = {QStringLiteral("/webhooks")}; // delivery counters change
    call.sendJson<WebhookTestReport>(request, owner, &WebhookTestReport::fromJson, std::move(done));
}

} // namespace kakiyo
