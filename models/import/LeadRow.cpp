#include "models/import/LeadRow.h"

namespace kakiyo {

QString LeadRow::rejectionToken(Rejection rejection)
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

LeadRow::Rejection LeadRow::rejectionFromToken(const QString &token)
{
    for (const Rejection r : {Rejection::Malformed, Rejection::MissingName, Rejection::BadUrl,
             Rejection::CustomDataTooLong, Rejection::OnDncList, Rejection::Duplicate}) {
        if (rejectionToken(r) == token)
            return r;
    }
    return Rejection::None;
}

} // namespace kakiyo
