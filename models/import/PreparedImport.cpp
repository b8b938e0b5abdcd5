#include "models/import/PreparedImport.h"

namespace kakiyo {

int PreparedImport::validCount() const
{
    return count(ImportRow::Rejection::None);
}

int PreparedImport::count(ImportRow::Rejection rejection) const
{
    int n = 0;
    for (const ImportRow &row : rows)
        n += row.rejection == rejection ? 1 : 0;
    return n;
}

QList<ImportRow> PreparedImport::validRows() const
{
    QList<ImportRow> valid;
    for (const ImportRow &row : rows) {
        if (row.isValid())
            valid.append(row);
    }
    return valid;
}

} // namespace kakiyo
