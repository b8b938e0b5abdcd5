// A CSV file offered to the Do Not Contact list: its columns, its records with their line
// numbers, and the column that holds the LinkedIn URLs (detected, the user may pick another).
// A file the reader cannot take whole — unreadable, empty, or with malformed lines — is refused
// with a plain error and no records, so a half-read file can never be sent.
#pragma once

#include "models/import/DncBatchPlan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kakiyo {

class DncCsvFile
{
public:
    static DncCsvFile read(const QString &path);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    QStringList headers() const { return m_headers; }
    bool hasHeaderLine() const { return m_hasHeader; }
    int recordCount() const { return int(m_records.size()); }
    // The detected LinkedIn URL column, or -1 when no column looks like one.
    int detectedUrlColumn() const { return m_urlColumn; }
    // The cells of one column as plan inputs, one per row: a blank cell stays in, so the preview
    // shows the row as having no URL instead of silently dropping it.
    QList<DncBatchPlan::Input> column(int index) const;

private:
    struct Record
    {
        qint64 line = 0;
        QStringList fields;
    };

    QString m_path;
    QString m_error;
    QStringList m_headers;
    bool m_hasHeader = true;
    QList<Record> m_records;
    int m_urlColumn = -1;
};

} // namespace kakiyo
