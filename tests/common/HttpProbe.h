// A tiny synchronous HTTP client for sandbox tests: one plain QNetworkAccessManager request, a
// local event loop, and the whole answer (status, headers, body, parsed JSON) as a value.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

namespace kakiyo::test {

struct HttpReply
{
    int status = 0; // 0: no HTTP answer (connection closed, timeout)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QJsonDocument json; // null when the body is not JSON
    bool jsonValid = false;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    QJsonObject object() const { return json.object(); }
    QString errorCode() const { return json.object().value("error").toString(); }
};

class HttpProbe
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // key empty: no Authorization header. body sent as is (Content-Type: application/json when
    // not empty).
    static HttpReply send(const QByteArray &method, const QUrl &url, const QString &key = {},
        const QByteArray &body = {}, const Headers &headers = {}, int timeoutMs = 15000);
    static HttpReply sendJson(const QByteArray &method, const QUrl &url, const QString &key,
        const QJsonValue &json, const Headers &headers = {}, int timeoutMs = 15000);
};

} // namespace kakiyo::test
