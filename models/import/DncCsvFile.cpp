#include "models/import/DncCsvFile.h"

#include "models/import/ColumnMapping.h"
#include "models/import/CsvReader.h"
#include "models/import/LinkedinUrl.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace kakiyo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kakiyo::DncCsvFile", text);
}

constexpr int kMaxProblemsShown = 3;

} // namespace

DncCsvFile DncCsvFile::read(const QString &path)
{
    DncCsvFile file;
    file.m_path = path;
    const QString name = QFileInfo(path).fileName();
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        file.m_error = tr("%1 cannot be opened: %2").arg(name, device.errorString());
        return file;
    }

    // A bare list of URLs has no header line: its first line is already a profile.
    CsvReader::Options options;
    for (int pass = 0; pass < 2; ++pass) {
        device.seek(0);
        file.m_records.clear();
        CsvReader reader(&device, options);
        if (!reader.start()) {
            file.m_error = tr("%1 is empty: there is no line to read.").arg(name);
            return file;
        }
        file.m_headers = reader.header();
        if (options.hasHeader) {
            const bool headerIsData = std::any_of(file.m_headers.cbegin(), file.m_headers.cend(),
                [](const QString &cell) { return LinkedinUrl::parse(cell).isValid(); });
            if (headerIsData) {
                options.hasHeader = false;
                options.delimiter = reader.delimiter();
                continue;
            }
        }
        QStringList problems;
        int problemCount = 0;
        CsvRecord record;
        int width = int(file.m_headers.size());
        while (reader.next(&record)) {
            if (record.isMalformed()) {
                if (++problemCount <= kMaxProblemsShown)
                    problems.append(record.problem);
                continue;
            }
            width = std::max(width, int(record.fields.size()));
            file.m_records.append({record.line, record.fields});
        }
        if (!reader.errorString().isEmpty()) {
            file.m_error
                = tr("%1 could not be read to the end: %2").arg(name, reader.errorString());
            file.m_records.clear();
            return file;
        }
        if (problemCount > 0) {
            QString more;
            if (problemCount > kMaxProblemsShown)
                more = tr(" (and %1 more)").arg(problemCount - kMaxProblemsShown);
            file.m_error = tr("%1 is not a well-formed CSV file: %2%3. Nothing was read from it; "
                              "fix those lines (or save it again from the spreadsheet) and import "
                              "it again.")
                               .arg(name, problems.join(QStringLiteral("; ")), more);
            file.m_records.clear();
            return file;
        }
        file.m_hasHeader = options.hasHeader;
        if (!options.hasHeader) {
            file.m_headers.clear();
            for (int c = 0; c < width; ++c)
                file.m_headers.append(tr("Column %1").arg(c + 1));
        }
        break;
    }
    if (file.m_records.isEmpty() && file.m_hasHeader) {
        file.m_error = tr("%1 has a header line but no rows.").arg(name);
        return file;
    }

    QList<QStringList> sample;
    for (const Record &r : file.m_records) {
        if (sample.size() >= 20)
            break;
        sample.append(r.fields);
    }
    file.m_urlColumn = ColumnMapping::detect(file.m_headers, sample).urlColumn;
    return file;
}

QList<DncBatchPlan::Input> DncCsvFile::column(int index) const
{
    QList<DncBatchPlan::Input> inputs;
    if (index < 0)
        return inputs;
    for (const Record &r : m_records)
        inputs.append({r.line, r.fields.value(index).trimmed()});
    return inputs;
}

} // namespace kakiyo
