#include "ui/import/ImportTexts.h"

#include "models/import/ColumnMapping.h"
#include "ui/import/ImportWizard.h"

#include <QLocale>
#include <algorithm>

namespace kakiyo {

QString ImportTexts::number(qint64 n)
{
    return QLocale().toString(n);
}

QString ImportTexts::duration(qint64 ms)
{
    const qint64 s = (std::max<qint64>(ms, 0) + 999) / 1000;
    if (s < 60)
        return ImportWizard::tr("%n s", nullptr, int(s));
    if (s < 3600)
        return ImportWizard::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return ImportWizard::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString ImportTexts::delimiterName(QChar c)
{
    switch (c.unicode()) {
    case ',':
        return ImportWizard::tr("comma");
    case ';':
        return ImportWizard::tr("semicolon");
    case '\t':
        return ImportWizard::tr("tab");
    case '|':
        return ImportWizard::tr("pipe");
    default:
        return QStringLiteral("\"%1\"").arg(c);
    }
}

QString ImportTexts::rejectionLabel(LeadRow::Rejection r)
{
    switch (r) {
    case LeadRow::Rejection::Malformed:
        return ImportWizard::tr("Malformed lines");
    case LeadRow::Rejection::MissingName:
        return ImportWizard::tr("No name");
    case LeadRow::Rejection::BadUrl:
        return ImportWizard::tr("Not a LinkedIn profile URL");
    case LeadRow::Rejection::CustomDataTooLong:
        return ImportWizard::tr("Custom data over %1 characters")
            .arg(number(ColumnMapping::MaxCustomData));
    case LeadRow::Rejection::OnDncList:
        return ImportWizard::tr("On your Do Not Contact list");
    case LeadRow::Rejection::Duplicate:
        return ImportWizard::tr("Duplicates folded into their first row");
    case LeadRow::Rejection::None:
        break;
    }
    return {};
}

} // namespace kakiyo
