#include "models/import/DncFile.h"

#include "models/import/CsvReader.h"
#include "models/import/LinkedinUrl.h"

#include <QFile>

namespace kakiyo {

bool DncFile::read(const QString &path, QSet<QString> *urls, QString *error)
{
    urls->clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error
            = QStringLiteral("cannot read the DNC file \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    CsvReader::Options options;
    options.hasHeader = false; // a plain list has no header; a header cell is simply no URL
    CsvReader reader(&file, options);
    CsvRecord record;
    while (reader.next(&record)) {
        for (const QString &field : std::as_const(record.fields)) {
            const QString cell = field.trimmed();
            if (cell.isEmpty() || cell.startsWith(u'#'))
                continue;
            if (const QString canonical = LinkedinUrl::normalised(cell); !canonical.isEmpty())
                urls->insert(canonical);
        }
    }
    if (!reader.errorString().isEmpty()) {
        *error
            = QStringLiteral("cannot read the DNC file \"%1\": %2").arg(path, reader.errorString());
        return false;
    }
    return true;
}

} // namespace kakiyo
