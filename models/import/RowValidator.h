#pragma once
// RowValidator: turns CSV records into ImportRows, in file order, offline and free: maps the
// columns, normalises the URL, enforces the API's limits, checks the cached Do Not Contact list
// and folds duplicates (the first occurrence of a canonical URL is kept, later ones point at it).
// Stateful only for the duplicate check, so one validator serves one pass over one file.

#include "models/import/ColumnMapping.h"
#include "models/import/CsvRecord.h"
#include "models/import/LeadRow.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace kakiyo {

class RowValidator
{
public:
    explicit RowValidator(const ColumnMapping &mapping);

    // The caller's cached DNC list (any URL spelling); entries are normalised here.
    void setDncList(const QStringList &urls);
    void setDncList(const QSet<QString> &urls)
    {
        setDncList(QStringList(urls.begin(), urls.end()));
    }

    LeadRow validate(const CsvRecord &record);

private:
    ColumnMapping m_mapping;
    QSet<QString> m_dnc;
    QHash<QString, qint64> m_seen; // canonical URL -> line of the row kept
};

} // namespace kakiyo
