#include "models/api/ApiError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace kakiyo {

namespace {

QString waitText(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s < 120)
        return QObject::tr("%1 s").arg(s);
    if (s < 2 * 3600)
        return QObject::tr("%1 min").arg((s + 59) / 60);
    return QObject::tr("%1 h").arg((s + 3599) / 3600);
}

} // namespace

QString ApiError::categoryName(Category category)
{
    switch (category) {
    case Category::None:
        return QStringLiteral("none");
    case Category::Auth:
        return QStringLiteral("auth");
    case Category::Subscription:
        return QStringLiteral("subscription");
    case Category::Forbidden:
        return QStringLiteral("forbidden");
    case Category::Credits:
        return QStringLiteral("credits");
    case Category::Rate:
        return QStringLiteral("rate");
    case Category::Validation:
        return QStringLiteral("validation");
    case Category::NotFound:
        return QStringLiteral("not-found");
    case Category::Conflict:
        return QStringLiteral("conflict");
    case Category::Server:
        return QStringLiteral("server");
    case Category::Network:
        return QStringLiteral("network");
    case Category::Timeout:
        return QStringLiteral("timeout");
    case Category::Tls:
        return QStringLiteral("tls");
    case Category::Decode:
        return QStringLiteral("decode");
    case Category::Cancelled:
        return QStringLiteral("cancelled");
    case Category::Config:
        return QStringLiteral("config");
    }
    return QStringLiteral("unknown");
}

QString ApiError::userMessage() const
{
    // Refusals the client makes itself for a client workspace carry their own sentence.
    if (code == QLatin1String("outside_workspace") || code == QLatin1String("workspace_not_found"))
        return message;
    switch (category) {
    case Category::None:
        return {};
    case Category::Auth:
        return QObject::tr("Kakiyo did not accept the API key; enter a valid key in the "
                           "profile settings.");
    case Category::Subscription:
        return QObject::tr("The team's Kakiyo subscription is inactive; renew it in the Kakiyo "
                           "dashboard to use the API again.");
    case Category::Forbidden:
        return QObject::tr("Kakiyo refused this action for your team (not your resource or a "
                           "plan limit reached); check the plan or pick another item.");
    case Category::Credits:
        return QObject::tr("The team is out of credits and Kakiyo pauses agents at zero; top up "
                           "credits in the Kakiyo dashboard, then resume.");
    case Category::Rate: {
        // By the time an error reaches the user the scheduler has given up on the call, so this
        // never promises an automatic retry; it passes on the server's wait when it is usable.
        constexpr qint64 day = 24 * 3600 * 1000LL;
        if (retryAfterMs > day)
            return QObject::tr("Kakiyo's rate limit was reached and it asked for an implausible "
                               "wait (%1 s); the call was given up, try again later.")
                .arg((retryAfterMs + 999) / 1000);
        if (retryAfterMs > 0)
            return QObject::tr("Kakiyo's rate limit was reached; it asks to wait %1 before the "
                               "next call, then try again.")
                .arg(waitText(retryAfterMs));
        return QObject::tr("Kakiyo's rate limit was reached; wait a minute and try again.");
    }
    case Category::Validation: {
        if (!details.isEmpty())
            return QObject::tr("Kakiyo rejected the input (%1: %2); correct it and try again.")
                .arg(details.first().field, details.first().message);
        return QObject::tr("Kakiyo rejected the request as invalid; correct the input and try "
                           "again.");
    }
    case Category::NotFound:
        return QObject::tr("The item no longer exists on Kakiyo; refresh the list.");
    case Category::Conflict:
        return QObject::tr("The item is busy or already exists on Kakiyo; refresh and try "
                           "again later.");
    case Category::Server:
        return QObject::tr("Kakiyo had a server problem; try again in a few minutes.");
    case Category::Network:
        return QObject::tr("Kakiyo could not be reached; check the internet connection and "
                           "try again.");
    case Category::Timeout:
        return QObject::tr("Kakiyo took too long to answer; try again, or later if it keeps "
                           "happening.");
    case Category::Tls:
        return QObject::tr("The secure connection to Kakiyo could not be verified; check the "
                           "base URL and the system's certificates.");
    case Category::Decode:
        return QObject::tr("Kakiyo sent an answer this version cannot read; try again, and "
                           "update Kakiyo Desk if it persists.");
    case Category::Cancelled:
        return QObject::tr("The request was cancelled; start it again if you still need it.");
    case Category::Config:
        return QObject::tr("The connection settings are unusable (%1); fix them in the profile "
                           "settings.")
            .arg(message);
    }
    return {};
}

ApiError::Category ApiError::categoryFor(int httpStatus, const QString &code)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return Category::None;
    switch (httpStatus) {
    case 401:
        return Category::Auth;
    case 402:
        return Category::Credits;
    case 403:
        if (code == QLatin1String("subscription_inactive"))
            return Category::Subscription;
        return Category::Forbidden;
    case 404:
        return Category::NotFound;
    case 409:
        return Category::Conflict;
    case 408:
        return Category::Timeout;
    case 429:
        return Category::Rate;
    default:
        break;
    }
    if (httpStatus >= 500)
        return Category::Server;
    if (httpStatus >= 400)
        return Category::Validation;
    // 1xx/3xx reaching us (redirect refused by the policy) are answers we cannot use.
    return Category::Decode;
}

namespace {

// A number from the server as whole milliseconds: converting a double outside qint64's range is
// undefined behaviour (found by fuzz_errors), so it is held to ±10^15 ms (about 31,000 years,
// still "implausible" to the retry policy); not-a-number counts as 0.
qint64 toMs(double ms)
{
    constexpr double kLimit = 1e15;
    if (std::isnan(ms))
        return 0;
    return qint64(std::clamp(ms, -kLimit, kLimit));
}

} // namespace

qint64 ApiError::retryAfterFromBody(const QJsonObject &object, qint64 nowMs)
{
    qint64 wait = -1;
    const QJsonValue retryAfter = object.value(QLatin1String("retryAfter"));
    if (retryAfter.isDouble() && retryAfter.toDouble() >= 0)
        wait = toMs(retryAfter.toDouble() * 1000.0);
    else if (retryAfter.isString()) {
        bool ok = false;
        const double seconds = retryAfter.toString().toDouble(&ok);
        if (ok && seconds >= 0)
            wait = toMs(seconds * 1000.0);
    }
    const QJsonValue resetTime = object.value(QLatin1String("resetTime"));
    if (resetTime.isDouble()) {
        const qint64 now = nowMs >= 0 ? nowMs : QDateTime::currentMSecsSinceEpoch();
        const qint64 reset = toMs(resetTime.toDouble());
        wait = std::max(wait, std::max<qint64>(0, reset - now));
    }
    return wait;
}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body, qint64 nowMs)
{
    ApiError error;
    error.httpStatus = httpStatus;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (doc.isObject()) {
        const QJsonObject object = doc.object();
        error.code = object.value(QLatin1String("error")).toString();
        error.message = object.value(QLatin1String("message")).toString();
        const QJsonArray details = object.value(QLatin1String("details")).toArray();
        for (const QJsonValue &item : details) {
            const QJsonObject detail = item.toObject();
            const QString field = detail.value(QLatin1String("field")).toString();
            const QString text = detail.value(QLatin1String("message")).toString();
            if (!field.isEmpty() || !text.isEmpty())
                error.details.append({field, text});
        }
        error.retryAfterMs = retryAfterFromBody(object, nowMs);
    }
    if (error.message.isEmpty())
        error.message = QStringLiteral("HTTP %1").arg(httpStatus);
    error.category = categoryFor(httpStatus, error.code);
    if (error.category == Category::None)
        error.category = Category::Decode; // a 2xx is never an error unless unreadable
    return error;
}

ApiError ApiError::fromNetwork(
    QNetworkReply::NetworkError networkError, const QString &errorString, bool timedOut)
{
    ApiError error;
    error.message = errorString;
    if (timedOut) {
        error.category = Category::Timeout;
        return error;
    }
    switch (networkError) {
    case QNetworkReply::NoError:
        error.category = Category::None;
        break;
    case QNetworkReply::TimeoutError:
        error.category = Category::Timeout;
        break;
    case QNetworkReply::OperationCanceledError:
        error.category = Category::Cancelled;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.category = Category::Tls;
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        error.category = Category::Config;
        break;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        error.category = Category::Decode;
        break;
    default:
        error.category = Category::Network;
        break;
    }
    return error;
}

ApiError ApiError::make(Category category, const QString &message, const QString &code)
{
    ApiError error;
    error.category = category;
    error.message = message;
    error.code = code;
    return error;
}

} // namespace kakiyo
