#pragma once
// PreparedImport: the whole file mapped and validated — every row in file order with its verdict,
// plus what the wizard's summary shows (counts per reason, detected delimiter and encoding).
// Nothing has been sent yet; building it costs no API call and no credit.

#include "models/import/ColumnMapping.h"
#include "models/import/FileFingerprint.h"
#include "models/import/LeadRow.h"

#include <QHash>
#include <QList>

namespace kakiyo {

struct PreparedImport
{
    ColumnMapping mapping;
    FileFingerprint fingerprint; // filled by ImportPreparation::prepareFile
    QChar delimiter;
    QString encoding;
    QList<LeadRow> rows; // every data line, file order
    QString error; // the file could not be read at all (rows then empty)

    int validCount() const;
    int rejectedCount() const { return int(rows.size()) - validCount(); }
    int count(LeadRow::Rejection rejection) const;
    QList<LeadRow> validRows() const;
};

} // namespace kakiyo
