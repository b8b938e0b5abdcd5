#include "models/api/ApiCall.h"

#include "models/api/Connection.h"

namespace kakiyo {

ApiCall::ApiCall(const Connection *connection)
    : m_session(connection ? connection->session() : nullptr)
{
}

ApiError ApiCall::validationError(const FieldErrors &errors)
{
    QStringList parts;
    ApiError e = ApiError::make(
        ApiError::Category::Validation, QString(), QStringLiteral("client_validation"));
    for (const FieldError &f : errors) {
        e.details.append({f.field, f.message});
        parts.append(f.field.isEmpty() ? f.message : f.field + QLatin1Char(' ') + f.message);
    }
    e.message = parts.join(QStringLiteral("; "));
    return e;
}

FieldErrors ApiCall::checkPathId(const QString &field, const QString &id)
{
    if (id.trimmed().isEmpty())
        return {{field, QStringLiteral("is required")}};
    if (id.contains(QLatin1Char('/')) || id == QLatin1String(".") || id == QLatin1String("..")
        || id.contains(QLatin1Char('?')) || id.contains(QLatin1Char('#'))
        || id.size() != id.trimmed().size() || id.size() > 200)
        return {{field, QStringLiteral("is not a valid id")}};
    return {};
}

QJsonValue ApiCall::bodyValue(const ApiResult &result)
{
    if (result.json.isArray())
        return result.json.array();
    if (result.json.isObject())
        return result.json.object();
    return QJsonValue(QJsonValue::Undefined);
}

ApiError ApiCall::decodeError(const DecodeError &error, int httpStatus)
{
    ApiError e = ApiError::make(ApiError::Category::Decode,
        QStringLiteral("Unexpected answer from the server: ") + error.toString(),
        QStringLiteral("decode_error"));
    e.httpStatus = httpStatus;
    if (!error.path.isEmpty())
        e.details.append({error.path, error.problem});
    return e;
}

ApiRequest ApiCall::read(const QString &path, const ReadOptions &options, const QUrlQuery &query)
{
    ApiRequest r = ApiRequest::get(path, query, options.priority);
    r.cacheMode = options.cache;
    return r;
}

} // namespace kakiyo
