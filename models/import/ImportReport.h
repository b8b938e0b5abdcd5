#pragma once
// ImportReport: what happened to every row of the file — counts per outcome and one line per
// input row (input row, name, URL, outcome, reason, chat id, campaign) — built from the journal,
// so the report of a resumed or finished import is the same as the one shown live. Exported as
// CSV (UTF-8 with BOM so spreadsheet programs read accents right), written atomically.

#include "models/import/ImportJournal.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace kakiyo {

struct ImportReport
{
    struct Line
    {
        qint64 line = 0; // the input row (physical line in the file)
        QString name;
        QString url; // canonical when valid, else as given
        QString outcome; // imported, existing, invalid, skipped_dnc, enrichment_failed, rejected,
                         // not_reported, pending, or another server status as it came
        QString reason;
        QString chatId;
        QString campaignId;
        friend bool operator==(const Line &, const Line &) = default;
    };

    QList<Line> lines;

    static ImportReport fromRows(const QList<ImportJournal::Row> &rows);
    static ImportReport fromJournal(const ImportJournal &journal, qint64 importId);

    QMap<QString, int> counts() const; // outcome -> rows
    int count(const QString &outcome) const;
    // Rows that did not end in a final answer about the data itself (still pending or never
    // reported by the server): the command line exits non-zero for these.
    int unresolved() const;

    static QStringList csvHeader();
    QByteArray toCsv() const;
    // Atomic (QSaveFile): the old report stays intact if writing fails half-way.
    bool writeCsv(const QString &path, QString *error = nullptr) const;

    // One CSV cell: quoted when needed; a cell a spreadsheet would run as a formula (= + - @)
    // gets a leading apostrophe.
    static QString csvCell(const QString &value);
};

} // namespace kakiyo
