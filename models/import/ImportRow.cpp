#include "models/import/ImportRow.h"

namespace kakiyo {

QString ImportRow::rejectionToken(Rejection rejection)
{
    switch (rejection) {
    case Rejection::None:
        return {};
    case Rejection::Malformed:
        return QStringLiteral("malformed");
    case Rejection::MissingName:
        return QStringLiteral("missing_name");
    case Rejection::BadUrl:
        return QStringLiteral("bad_url");
    case Rejection::CustomDataTooLong:
        return QStringLiteral("custom_data_too_long");
    case Rejection::OnDncList:
        return QStringLiteral("on_dnc_list");
    case Rejection::Duplicate:
        return QStringLiteral("duplicate");
    }
    return {};
}

ImportRow::Rejection ImportRow::rejectionFromToken(const QString &token)
{
    for (const Rejection r : {Rejection::Malformed, Rejection::MissingName, Rejection::BadUrl,
             Rejection::CustomDataTooLong, Rejection::OnDncList, Rejection::Duplicate}) {
        if (rejectionToken(r) == token)
            return r;
    }
    return Rejection::None;
}

} // namespace kakiyo
