#include "HttpProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace kakiyo::test {

namespace {
QNetworkAccessManager *sharedManager()
{
    // Parented to the application so it dies before QCoreApplication does.
    static QPointer<QNetworkAccessManager> manager;
    if (!manager) {
        manager = new QNetworkAccessManager(QCoreApplication::instance());
        manager->setProxy(QNetworkProxy::NoProxy);
    }
    return manager;
}
} // namespace

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpReply HttpProbe::send(const QByteArray &method, const QUrl &url, const QString &key,
    const QByteArray &body, const Headers &headers, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    if (!body.isEmpty())
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);

    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = sharedManager()->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    HttpReply result;
    result.elapsedMs = clock.elapsed();
    result.timedOut = timedOut;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.headers = reply->rawHeaderPairs();
    if (reply->isOpen())
        result.body = reply->readAll();
    QJsonParseError parseError;
    result.json = QJsonDocument::fromJson(result.body, &parseError);
    result.jsonValid = parseError.error == QJsonParseError::NoError && !result.json.isNull();
    reply->deleteLater();
    return result;
}

HttpReply HttpProbe::sendJson(const QByteArray &method, const QUrl &url, const QString &key,
    const QJsonValue &json, const Headers &headers, int timeoutMs)
{
    QByteArray body;
    if (json.isObject())
        body = QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    else if (json.isArray())
        body = QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact);
    return send(method, url, key, body, headers, timeoutMs);
}

} // namespace kakiyo::test
