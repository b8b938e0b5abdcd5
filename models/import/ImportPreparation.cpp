#include "models/import/ImportPreparation.h"

#include "models/import/CsvReader.h"
#include "models/import/RowValidator.h"

#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace kakiyo {

ImportPreparation::Preview ImportPreparation::preview(QIODevice *device, int maxRows, int scanRows)
{
    Preview preview;
    CsvReader reader(device);
    if (!reader.start()) {
        preview.error = QStringLiteral("The file is empty or has no header line.");
        return preview;
    }
    preview.headers = reader.header();
    CsvRecord record;
    preview.scannedAll = true;
    while (reader.next(&record)) {
        if (preview.rows.size() < maxRows)
            preview.rows.append(record.fields);
        if (record.isMalformed())
            preview.malformed.append(record);
        if (++preview.scanned >= std::max(scanRows, maxRows)) {
            preview.scannedAll = !reader.next(&record);
            break;
        }
    }
    preview.delimiter = reader.delimiter();
    preview.encoding = reader.encoding();
    preview.mapping = ColumnMapping::detect(preview.headers, preview.rows);
    return preview;
}

ImportPreparation::Preview ImportPreparation::previewFile(
    const QString &path, int maxRows, int scanRows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Preview preview;
        preview.error = QStringLiteral("Cannot open %1: %2").arg(path, file.errorString());
        return preview;
    }
    return preview(&file, maxRows, scanRows);
}

PreparedImport ImportPreparation::prepare(QIODevice *device, const ColumnMapping &mapping,
    const QSet<QString> &dnc, const Progress &progress)
{
    PreparedImport prepared;
    prepared.mapping = mapping;
    CsvReader reader(device);
    if (!reader.start()) {
        prepared.error = QStringLiteral("The file is empty or has no header line.");
        return prepared;
    }
    prepared.delimiter = reader.delimiter();
    prepared.encoding = reader.encoding();
    if (reader.header() != mapping.headers) {
        prepared.error = QStringLiteral("The file's columns changed since the mapping was made.");
        return prepared;
    }
    RowValidator validator(mapping);
    validator.setDncList(dnc);
    CsvRecord record;
    qint64 n = 0;
    while (reader.next(&record)) {
        prepared.rows.append(validator.validate(record));
        if (progress && (++n % 1000) == 0 && !progress(reader.bytesRead())) {
            prepared.rows.clear();
            prepared.error = QStringLiteral("Cancelled");
            return prepared;
        }
    }
    if (!reader.errorString().isEmpty())
        prepared.error = reader.errorString();
    if (progress)
        progress(reader.bytesRead());
    return prepared;
}

PreparedImport ImportPreparation::prepareFile(const QString &path, const ColumnMapping &mapping,
    const QSet<QString> &dnc, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PreparedImport prepared;
        prepared.mapping = mapping;
        prepared.error = QStringLiteral("Cannot open %1: %2").arg(path, file.errorString());
        return prepared;
    }
    const FileFingerprint fingerprint = FileFingerprint::of(&file);
    file.seek(0);
    PreparedImport prepared = prepare(&file, mapping, dnc, progress);
    prepared.fingerprint = fingerprint;
    return prepared;
}

QFuture<PreparedImport> ImportPreparation::prepareFileAsync(
    const QString &path, const ColumnMapping &mapping, const QSet<QString> &dnc)
{
    return QtConcurrent::run([path, mapping, dnc](QPromise<PreparedImport> &promise) {
        const qint64 size = std::max<qint64>(QFileInfo(path).size(), 1);
        promise.setProgressRange(0, 1000);
        PreparedImport prepared = prepareFile(path, mapping, dnc, [&](qint64 bytes) {
            promise.setProgressValue(int(std::min<qint64>(1000, bytes * 1000 / size)));
            return !promise.isCanceled();
        });
        promise.addResult(std::move(prepared));
    });
}

} // namespace kakiyo
