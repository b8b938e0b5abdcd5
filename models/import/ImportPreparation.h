#pragma once
// ImportPreparation: the offline half of an import, as plain functions a worker thread can run
// (QtConcurrent::run): preview a file (columns, first rows, guessed mapping), then read, map and
// validate all of it into a PreparedImport. Progress and cancellation go through a callback so
// the wizard can show a bar and stop a 100,000-row file without touching the UI thread.

#include "models/import/ColumnMapping.h"
#include "models/import/CsvRecord.h"
#include "models/import/PreparedImport.h"

#include <QFuture>
#include <QList>
#include <QSet>
#include <QStringList>
#include <functional>

class QIODevice;

namespace kakiyo {

class ImportPreparation
{
public:
    struct Preview
    {
        QStringList headers;
        QList<QStringList> rows; // first data rows, as read
        QChar delimiter;
        QString encoding;
        ColumnMapping mapping; // detected
        QList<CsvRecord> malformed; // broken lines among the first `scanRows` records
        int scanned = 0; // records looked at for `malformed`
        bool scannedAll = false; // the file has no more records than that
        QString error;
    };

    // Called with bytes read so far; return false to cancel (the result then has an error).
    using Progress = std::function<bool(qint64 bytesRead)>;

    // Shows the first `maxRows` records and looks for malformed lines among the first
    // `scanRows` (cheap: no mapping, no validation).
    static Preview preview(QIODevice *device, int maxRows = 20, int scanRows = 2000);
    static Preview previewFile(const QString &path, int maxRows = 20, int scanRows = 2000);

    // `dnc`: the cached Do Not Contact list's URLs (normalised here, any spelling works).
    static PreparedImport prepare(QIODevice *device, const ColumnMapping &mapping,
        const QSet<QString> &dnc = {}, const Progress &progress = {});
    // Also fingerprints the file (size + SHA-256) for the journal.
    static PreparedImport prepareFile(const QString &path, const ColumnMapping &mapping,
        const QSet<QString> &dnc = {}, const Progress &progress = {});
    // prepareFile on a pool thread. The future reports progress in per mille of the file
    // (QFutureWatcher::progressValueChanged arrives on the watcher's thread) and stops early
    // when cancelled (the result then carries error "Cancelled").
    static QFuture<PreparedImport> prepareFileAsync(
        const QString &path, const ColumnMapping &mapping, const QSet<QString> &dnc = {});
};

} // namespace kakiyo
