#include "sandbox/WebhookDelivery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace kakiyo::sandbox {

namespace {
QNetworkAccessManager *manager()
{
    static QPointer<QNetworkAccessManager> nam;
    if (!nam) {
        nam = new QNetworkAccessManager(QCoreApplication::instance());
        nam->setProxy(QNetworkProxy::NoProxy);
    }
    return nam;
}
} // namespace

QByteArray WebhookDelivery::signature(const QByteArray &body, const QString &secret)
{
    return QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha256)
        .toHex();
}

bool WebhookDelivery::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

int WebhookDelivery::retryBaseMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("KAKIYO_SANDBOX_WEBHOOK_RETRY_MS", &ok);
    return ok && ms >= 0 && ms <= 60000 ? ms : DefaultRetryMs;
}

void WebhookDelivery::send(const QUrl &url, const QByteArray &body, const QString &secret,
    const QString &event, const std::function<void(DeliveryOutcome)> &done)
{
    if (!isLoopback(url)) {
        DeliveryOutcome outcome;
        outcome.delivered = true;
        outcome.simulated = true;
        QTimer::singleShot(0, QCoreApplication::instance(), [done, outcome] { done(outcome); });
        return;
    }
    // Each failed attempt schedules the next one after base, 2 x base, 4 x base.
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [url, body, secret, event, done, next](int number) {
        attempt(url, body, secret, event, number, [done, next, number](DeliveryOutcome o) {
            o.attempts = number;
            if (o.delivered || number > MaxRetries) {
                done(o);
                *next = nullptr; // breaks the self-reference
                return;
            }
            const int delay = retryBaseMs() * (1 << (number - 1));
            QTimer::singleShot(
                delay, QCoreApplication::instance(), [next, number] { (*next)(number + 1); });
        });
    };
    (*next)(1);
}

void WebhookDelivery::attempt(const QUrl &url, const QByteArray &body, const QString &secret,
    const QString &event, int attempt, const std::function<void(DeliveryOutcome)> &done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("User-Agent", "Kakiyo-Webhooks/1.0 (sandbox)");
    request.setRawHeader("X-Kakiyo-Event", event.toUtf8());
    request.setRawHeader("X-Kakiyo-Delivery-Attempt", QByteArray::number(attempt));
    if (!secret.isEmpty())
        request.setRawHeader("X-Kakiyo-Signature", signature(body, secret));
    request.setTransferTimeout(TimeoutMs);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QNetworkReply *reply = manager()->post(request, body);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done, clock] {
        DeliveryOutcome outcome;
        outcome.durationMs = clock->elapsed();
        outcome.statusCode = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        outcome.delivered = outcome.statusCode >= 200 && outcome.statusCode < 300;
        if (!outcome.delivered)
            outcome.error = outcome.statusCode ? QStringLiteral("HTTP %1").arg(outcome.statusCode)
                                               : reply->errorString();
        reply->deleteLater();
        done(outcome);
    });
}

} // namespace kakiyo::sandbox
