#pragma once
// CsvRecord: one logical record of a CSV file as CsvReader returns it, with the physical lines it
// came from so every report can point the user at the line in their spreadsheet or editor.

#include <QString>
#include <QStringList>

namespace kakiyo {

struct CsvRecord
{
    QStringList fields;
    qint64 line = 0; // physical line (1-based) where the record starts
    qint64 lastLine = 0; // physical line where it ends (later when a field holds newlines)
    QString problem; // non-empty when the line is malformed; fields are then a best effort

    bool isMalformed() const { return !problem.isEmpty(); }
};

} // namespace kakiyo
