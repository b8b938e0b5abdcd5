#include "ui/shell/ErrorNotice.h"

namespace kakiyo {

QString ErrorNotice::billingUrl()
{
    return QStringLiteral("https://app.kakiyo.com/billing");
}

std::optional<BannerSpec> ErrorNotice::bannerFor(const ApiError &error, const Actions &actions)
{
    using C = ApiError::Category;
    using Tone = BannerSpec::Tone;
    BannerSpec spec;
    spec.category = ApiError::categoryName(error.category);
    spec.tone = Tone::Error;
    switch (error.category) {
    case C::Auth:
        spec.text
            = QObject::tr("Kakiyo did not accept the API key (%1). Enter a valid key to continue.")
                  .arg(error.code.isEmpty() ? QStringLiteral("HTTP %1").arg(error.httpStatus)
                                            : error.code);
        spec.actionText = QObject::tr("Re-enter key…");
        spec.action = actions.reenterKey;
        return spec;
    case C::Subscription:
        spec.text = QObject::tr("The team's Kakiyo subscription is inactive, so the API refuses "
                                "every call. Renew it in the Kakiyo dashboard.");
        spec.actionText = QObject::tr("Open billing page");
        spec.action = actions.openBilling;
        return spec;
    case C::Credits:
        spec.text = QObject::tr("Out of credits: the API answered 402 and Kakiyo pauses the team's "
                                "agents at zero credits. "
                                "Background work is stopped until credits are added.");
        spec.actionText = QObject::tr("Open billing page");
        spec.action = actions.openBilling;
        return spec;
    case C::Rate: {
        const int seconds = error.retryAfterMs > 0 ? int((error.retryAfterMs + 999) / 1000) : 30;
        spec.tone = Tone::Warning;
        spec.text
            = QObject::tr("Rate limit reached: Kakiyo asked us to slow down. Retrying in %1 s.");
        spec.actionText = QObject::tr("Retry now");
        spec.action = actions.retry;
        spec.countdownSeconds = seconds;
        return spec;
    }
    case C::Network:
        spec.text = QObject::tr("Kakiyo cannot be reached (%1). Check the connection and retry.")
                        .arg(error.message);
        spec.actionText = QObject::tr("Retry");
        spec.action = actions.retry;
        return spec;
    case C::Timeout:
        spec.text = QObject::tr(
            "Kakiyo did not answer in time. The service may be slow; retry in a moment.");
        spec.actionText = QObject::tr("Retry");
        spec.action = actions.retry;
        return spec;
    case C::Server:
        spec.text
            = QObject::tr("Kakiyo had a problem answering (HTTP %1). This is usually temporary.")
                  .arg(error.httpStatus);
        spec.actionText = QObject::tr("Retry");
        spec.action = actions.retry;
        return spec;
    case C::Decode:
        spec.tone = Tone::Warning;
        spec.text
            = QObject::tr("Kakiyo sent an answer we could not read (%1). Retrying usually helps.")
                  .arg(error.message);
        spec.actionText = QObject::tr("Retry");
        spec.action = actions.retry;
        return spec;
    case C::Tls:
        spec.text = QObject::tr("The secure connection to Kakiyo failed (%1). Nothing was sent.")
                        .arg(error.message);
        return spec;
    case C::Forbidden:
        // The workspace calls' "Not on agency plan" is the Workspaces page's to explain, in place.
        if (error.message.contains(QLatin1String("agency plan"), Qt::CaseInsensitive))
            return std::nullopt;
        spec.tone = Tone::Warning;
        spec.text = QObject::tr("Kakiyo refused this: %1")
                        .arg(error.message.isEmpty() ? error.code : error.message);
        return spec;
    case C::Config:
        spec.text = error.userMessage();
        spec.actionText = QObject::tr("Manage keys…");
        spec.action = actions.reenterKey;
        return spec;
    case C::Validation:
    case C::NotFound:
    case C::Conflict:
    case C::Cancelled:
    case C::None:
        break;
    }
    return std::nullopt;
}

} // namespace kakiyo
