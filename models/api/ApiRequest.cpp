#include "models/api/ApiRequest.h"

#include <algorithm>

namespace kakiyo {

QString ApiRequest::resourceKey() const
{
    auto items = query.queryItems(QUrl::FullyEncoded);
    std::stable_sort(
        items.begin(), items.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QString key = path;
    QChar separator = QLatin1Char('?');
    for (const auto &[name, value] : items) {
        key += separator + name + QLatin1Char('=') + value;
        separator = QLatin1Char('&');
    }
    return key;
}

QString ApiRequest::key() const
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + resourceKey();
}

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query, Priority priority)
{
    ApiRequest r;
    r.path = path;
    r.query = query;
    r.priority = priority;
    return r;
}

ApiRequest ApiRequest::post(const QString &path, const QJsonDocument &body)
{
    ApiRequest r;
    r.method = "POST";
    r.path = path;
    r.body = body;
    return r;
}

ApiRequest ApiRequest::put(const QString &path, const QJsonDocument &body)
{
    ApiRequest r = post(path, body);
    r.method = "PUT";
    return r;
}

ApiRequest ApiRequest::patch(const QString &path, const QJsonDocument &body)
{
    ApiRequest r = post(path, body);
    r.method = "PATCH";
    return r;
}

ApiRequest ApiRequest::del(const QString &path, const QJsonDocument &body)
{
    ApiRequest r = post(path, body);
    r.method = "DELETE";
    return r;
}

} // namespace kakiyo
