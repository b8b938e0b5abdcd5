#include "models/api/ApiResult.h"

namespace kakiyo {

std::optional<qint64> ApiResult::headerNumber(const QByteArray &lowerCaseName) const
{
    const auto it = headers.constFind(lowerCaseName);
    if (it == headers.cend())
        return std::nullopt;
    bool ok = false;
    const qint64 value = it.value().trimmed().toLongLong(&ok);
    if (ok)
        return value;
    const double real = it.value().trimmed().toDouble(&ok);
    if (ok)
        return qint64(real);
    return std::nullopt;
}

std::optional<bool> ApiResult::hasMore() const
{
    const auto it = headers.constFind("x-has-more");
    if (it == headers.cend())
        return std::nullopt;
    const QByteArray value = it.value().trimmed().toLower();
    return value == "true" || value == "1";
}

QString ApiResult::nextCursor() const
{
    return QString::fromUtf8(headers.value("x-next-cursor").trimmed());
}

qint64 ApiResult::ageMs(const QDateTime &now) const
{
    if (!fetchedAt.isValid())
        return 0;
    return std::max<qint64>(0, fetchedAt.msecsTo(now));
}

const QList<QByteArray> &ApiResult::headersOfInterest()
{
    static const QList<QByteArray> names = {
        "retry-after",
        "x-ratelimit-limit",
        "x-ratelimit-remaining",
        "x-ratelimit-reset",
        "x-has-more",
        "x-next-cursor",
        "x-limit",
        "x-offset",
    };
    return names;
}

ApiResult ApiResult::failure(const ApiError &error)
{
    ApiResult result;
    result.ok = false;
    result.error = error;
    result.httpStatus = error.httpStatus;
    return result;
}

} // namespace kakiyo
