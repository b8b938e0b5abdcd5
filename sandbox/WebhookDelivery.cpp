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

void WebhookDelivery::send(const QUrl &url, const QByteArray &body, const QString &secret,
    const QString &event, std::function<void(DeliveryOutcome)> done)
{
    if (!isLoopback(url)) {
        DeliveryOutcome outcome;
        outcome.delivered = true;
        outcome.simulated = true;
        QTimer::singleShot(0, QCoreApplication::instance(), [done, outcome] { done(outcome); });
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("User-Agent", "Kakiyo-Webhooks/1.0 (sandbox)");
    request.setRawHeader("X-Kakiyo-Event", event.toUtf8());
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
