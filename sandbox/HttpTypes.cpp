#include "sandbox/HttpTypes.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace kakiyo::sandbox {

std::optional<QJsonObject> Request::jsonObject(Response *error, bool emptyIsObject) const
{
    if (body.trimmed().isEmpty()) {
        if (emptyIsObject)
            return QJsonObject {};
        if (error)
            *error = Response::error(400, QStringLiteral("validation_error"),
                QStringLiteral("Request body is required"),
                QJsonArray {QJsonObject {
                    {"field", "body"}, {"message", "A JSON object body is required"}}});
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = Response::error(400, QStringLiteral("validation_error"),
                QStringLiteral("Malformed JSON body: %1 at offset %2")
                    .arg(parseError.errorString())
                    .arg(parseError.offset),
                QJsonArray {QJsonObject {{"field", "body"}, {"message", "Malformed JSON"}}});
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = Response::error(400, QStringLiteral("validation_error"),
                QStringLiteral("Request body must be a JSON object"),
                QJsonArray {
                    QJsonObject {{"field", "body"}, {"message", "Expected a JSON object"}}});
        return std::nullopt;
    }
    return doc.object();
}

QString Request::queryValue(const QString &name) const
{
    if (!query.hasQueryItem(name))
        return {};
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

Response Response::json(int status, const QJsonValue &value)
{
    Response r;
    r.status = status;
    if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isObject())
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else
        r.body = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return r;
}

Response Response::error(
    int status, const QString &code, const QString &message, const QJsonArray &details)
{
    QJsonObject o {{"error", code}, {"message", message}};
    if (!details.isEmpty())
        o.insert("details", details);
    return json(status, o);
}

Response Response::error(
    int status, const QString &code, const QString &message, const QJsonObject &extra)
{
    QJsonObject o {{"error", code}, {"message", message}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return json(status, o);
}

Response Response::dnc(int status, const QJsonValue &data, const QString &message)
{
    QJsonObject o {{"error", QJsonValue::Null}, {"data", data}};
    if (!message.isEmpty())
        o.insert("message", message);
    return json(status, o);
}

Response Response::notFound(const QString &message, const QString &code)
{
    return error(404, code, message);
}

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append(qMakePair(name, value));
}

} // namespace kakiyo::sandbox
