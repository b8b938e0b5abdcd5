#pragma once
// ApiError: what went wrong with one API call, as a value. It carries the raw facts (HTTP status,
// the API's `error` code and `message`, validation details, the server's retry hint) and a
// category that decides which banner the UI shows and which action fixes it (userMessage()).

#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

class QByteArray;
class QJsonObject;

namespace kakiyo {

struct ApiError
{
    enum class Category
    {
        None, // no error
        Auth, // 401: key missing, malformed or unknown
        Subscription, // 403 subscription_inactive
        Forbidden, // other 403: not the team's resource or a plan limit reached
        Credits, // 402 (credit era) or the app's "out of credits" mode
        Rate, // 429 (or refused locally because the budget is spent)
        Validation, // 400/422 and other 4xx about the request itself
        NotFound, // 404
        Conflict, // 409
        Server, // 5xx
        Network, // no answer: refused, reset, DNS, dropped connection
        Timeout, // no data within the transfer timeout
        Tls, // certificate or handshake failure (never ignored)
        Decode, // an answer we could not read (malformed, truncated, too large, wrong shape)
        Cancelled, // the caller withdrew the request
        Config, // the client setup is unusable (insecure base URL, no key)
    };

    struct FieldError
    {
        QString field;
        QString message;
        friend bool operator==(const FieldError &, const FieldError &) = default;
    };

    Category category = Category::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString code; // the API's `error` string, e.g. "invalid_api_key"
    QString message; // the API's `message`, or a technical description
    QList<FieldError> details; // validation `details[]`
    qint64 retryAfterMs = -1; // server hint how long to wait, -1 when none was given

    bool isError() const { return category != Category::None; }
    // One sentence for the user naming the action that fixes the problem; never contains the key.
    QString userMessage() const;

    static QString categoryName(Category category); // stable English token, e.g. "rate"

    // Builds the error for an HTTP answer with a non-2xx status. `body` may be anything; a JSON
    // object with error/message/details/retryAfter/resetTime is read when present. `nowMs` is
    // the wall clock (ms since epoch) used to turn `resetTime` into a wait.
    static ApiError fromHttp(int httpStatus, const QByteArray &body, qint64 nowMs = -1);
    static Category categoryFor(int httpStatus, const QString &code);
    // The wait the server asked for, from a JSON error body (retryAfter seconds or resetTime ms).
    static qint64 retryAfterFromBody(const QJsonObject &object, qint64 nowMs);

    // Builds the error for a call that got no usable HTTP answer. `timedOut` tells a transfer
    // timeout apart from a cancel (Qt reports both as OperationCanceledError).
    static ApiError fromNetwork(
        QNetworkReply::NetworkError error, const QString &errorString, bool timedOut = false);

    static ApiError make(Category category, const QString &message, const QString &code = {});

    friend bool operator==(const ApiError &, const ApiError &) = default;
};

} // namespace kakiyo

Q_DECLARE_METATYPE(kakiyo::ApiError)
