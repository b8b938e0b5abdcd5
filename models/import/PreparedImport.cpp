#include "models/import/PreparedImport.h"

namespace kakiyo {

int PreparedImport::validCount() const
{
    return count(LeadRow::Rejection::None);
}

int PreparedImport::count(LeadRow::Rejection rejection) const
{
    int n = 0;
    for (const LeadRow &row : rows)
        n += row.rejection == rejection ? 1 : 0;
    return n;
}

QList<LeadRow> PreparedImport::validRows() const
{
    QList<LeadRow> valid;
    for (const LeadRow &row : rows) {
        if (row.isValid())
            valid.append(row);
    }
    return valid;
}

} // namespace kakiyo
