#pragma once
// ApiResult: the one typed answer to an ApiRequest — success or an ApiError, the HTTP status, the
// body (raw and parsed), the response headers the app cares about (rate limits, pagination), and
// whether it came from the local cache and how old it is.

#include "models/api/ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QMap>
#include <optional>

namespace kakiyo {

struct ApiResult
{
    bool ok = false; // any 2xx with a readable body
    int httpStatus = 0; // 0 when no HTTP answer arrived (network error, cache without status)
    ApiError error; // category None when ok
    QJsonDocument json; // parsed body (null for an empty body)
    QByteArray body; // raw body as received
    // Headers of interest, names lower-case: retry-after, x-ratelimit-limit,
    // x-ratelimit-remaining, x-ratelimit-reset, x-has-more, x-next-cursor, x-limit, x-offset.
    QMap<QByteArray, QByteArray> headers;
    bool fromCache = false;
    QDateTime fetchedAt; // when the server produced this answer (UTC)
    int attempts = 0; // network attempts it took (0 from cache)

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    std::optional<qint64> headerNumber(const QByteArray &lowerCaseName) const;
    std::optional<bool> hasMore() const; // X-Has-More
    QString nextCursor() const; // X-Next-Cursor, empty when absent
    qint64 ageMs(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // The header names ApiClient keeps (lower-case).
    static const QList<QByteArray> &headersOfInterest();
    static ApiResult failure(const ApiError &error);
};

} // namespace kakiyo
