// The lead import's CSV reader with column mapping: any bytes are read to the end, a malformed
// line is a record with a problem (never the end of the file), line numbers only grow, and the
// detected mapping reads every well-formed record without going out of bounds.
#include "FuzzInput.h"
#include "models/import/ColumnMapping.h"
#include "models/import/CsvReader.h"

#include <QBuffer>

using namespace kakiyo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input = fuzz::bytes(data, size);
    QBuffer device(&input);
    device.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.chunkBytes = 64; // many chunk boundaries inside records
    options.maxRecordLines = 20;
    options.maxRecordChars = 4096;
    CsvReader reader(&device, options);
    reader.start();
    QList<CsvRecord> records;
    CsvRecord record;
    qint64 lastLine = 0;
    int guard = 0;
    while (reader.next(&record)) {
        if (record.line < lastLine)
            fuzz::fail("line numbers went back");
        lastLine = record.line;
        if (records.size() < 8)
            records.append(record);
        if (++guard > 1000000)
            fuzz::fail("the reader does not come to an end");
    }
    QList<QStringList> sample;
    for (const CsvRecord &r : std::as_const(records))
        sample.append(r.fields);
    const ColumnMapping mapping = ColumnMapping::detect(reader.header(), sample);
    for (const CsvRecord &r : std::as_const(records)) {
        if (!r.problem.isEmpty())
            continue;
        (void)mapping.name(r.fields);
        (void)mapping.url(r.fields);
        (void)mapping.customData(r.fields);
    }
    if (ColumnMapping::fromJson(mapping.toJson()) != mapping)
        fuzz::fail("a mapping does not survive the journal");
    return 0;
}
