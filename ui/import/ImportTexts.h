// Texts the import wizard's steps share: numbers and durations in the user's locale, the name of
// a CSV delimiter, and why a row is left out. They are translated in the ImportWizard context.
#pragma once

#include "models/import/LeadRow.h"

#include <QChar>
#include <QString>

namespace kakiyo {

class ImportTexts
{
public:
    static QString number(qint64 n);
    // Rounded up to whole seconds: "42 s", "3 min 5 s", "2 h 10 min".
    static QString duration(qint64 ms);
    static QString delimiterName(QChar c);
    static QString rejectionLabel(LeadRow::Rejection r);
};

} // namespace kakiyo
