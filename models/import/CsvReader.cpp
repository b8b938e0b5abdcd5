#include "models/import/CsvReader.h"

#include <QIODevice>
#include <QStringConverter>
#include <algorithm>

namespace kakiyo {

namespace {

bool isBlank(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : CsvReader(device, Options())
{
}

CsvReader::CsvReader(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
    , m_decoder(QStringConverter::Utf8)
    , m_delimiter(options.delimiter)
{
}

QChar CsvReader::detectDelimiter(QStringView sample)
{
    static const QChar candidates[] = {u',', u';', u'\t', u'|'};
    QChar best = u',';
    int bestConsistent = -1;
    int bestHeaderCount = 0;
    for (const QChar candidate : candidates) {
        QList<int> counts;
        int count = 0;
        bool inQuotes = false;
        for (qsizetype i = 0; i < sample.size() && counts.size() < 20; ++i) {
            const QChar c = sample[i];
            if (c == u'"') {
                inQuotes = !inQuotes; // "" inside quotes toggles twice: no net change
            } else if (!inQuotes && c == candidate) {
                ++count;
            } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
                if (c == u'\r' && i + 1 < sample.size() && sample[i + 1] == u'\n')
                    ++i;
                counts.append(count);
                count = 0;
            }
        }
        if (counts.isEmpty())
            counts.append(count); // one line without a line end
        const int headerCount = counts.front();
        if (headerCount == 0)
            continue;
        const int consistent = int(counts.count(headerCount));
        if (consistent > bestConsistent
            || (consistent == bestConsistent && headerCount > bestHeaderCount)) {
            best = candidate;
            bestConsistent = consistent;
            bestHeaderCount = headerCount;
        }
    }
    return best;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_base += m_pos;
        m_pos = 0;
    }
    // A file smaller than a chunk is read in one piece of its own size: QIODevice::read()
    // allocates the whole size asked for, and most lists are far below a chunk.
    const qint64 left = m_device->isSequential() ? 0 : m_device->bytesAvailable();
    const qint64 want = left > 0 ? std::min(left, m_options.chunkBytes) : m_options.chunkBytes;
    QByteArray bytes = m_device->read(want);
    while (bytes.isEmpty() && m_device->isSequential() && !m_device->atEnd()
        && m_device->waitForReadyRead(30000)) {
        bytes = m_device->read(m_options.chunkBytes);
    }
    if (bytes.isEmpty()) {
        if (!m_device->atEnd() && !m_device->errorString().isEmpty() && m_device->isSequential())
            m_error = m_device->errorString();
        m_eof = true;
        return false;
    }
    m_bytesRead += bytes.size();
    m_buffer += m_decoder.decode(bytes);
    return true;
}

CsvReader::Parse CsvReader::parseRecord(CsvRecord *record, qsizetype *end, qint64 *lines) const
{
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool fieldStart = true;
    qint64 newlines = 0;
    qint64 innerNewlines = 0;
    const QChar d = m_delimiter;
    const QChar *b = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    qsizetype i = m_pos;
    while (i < n) {
        const QChar c = b[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 >= n && !m_eof)
                    return Parse::NeedMore;
                if (i + 1 < n && b[i + 1] == u'"') {
                    field += u'"';
                    i += 2;
                } else {
                    inQuotes = false;
                    ++i;
                }
                continue;
            }
            if (c == u'\r' || c == u'\n') {
                if (c == u'\r') {
                    if (i + 1 >= n && !m_eof)
                        return Parse::NeedMore;
                    if (i + 1 < n && b[i + 1] == u'\n')
                        ++i;
                }
                field += u'\n'; // one line end inside a field, whatever the file used
                ++newlines;
                ++innerNewlines;
                ++i;
                if (innerNewlines > m_options.maxRecordLines)
                    return Parse::TooLong;
                continue;
            }
            field += c;
            ++i;
            if (field.size() > m_options.maxRecordChars)
                return Parse::TooLong;
            continue;
        }
        if (c == d) {
            fields.append(field);
            field.clear();
            fieldStart = true;
            ++i;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r') {
                if (i + 1 >= n && !m_eof)
                    return Parse::NeedMore;
                if (i + 1 < n && b[i + 1] == u'\n')
                    ++i;
            }
            ++i;
            ++newlines;
            fields.append(field);
            record->fields = fields;
            record->lastLine = m_line + innerNewlines;
            *end = i;
            *lines = newlines;
            return Parse::Done;
        }
        // A quote opens a quoted field at its start; spaces before it (`a, "b, c"`) are what
        // hand-edited files do, so they are dropped rather than making the quote literal.
        if (c == u'"' && (fieldStart || field.trimmed().isEmpty())) {
            field.clear();
            inQuotes = true;
            fieldStart = false;
            ++i;
            continue;
        }
        // Anything else, including a quote inside an unquoted field or after a closing quote, is
        // kept literally (what spreadsheet programs do).
        field += c;
        fieldStart = false;
        ++i;
        if (field.size() > m_options.maxRecordChars)
            return Parse::TooLong;
    }
    if (!m_eof)
        return Parse::NeedMore;
    if (inQuotes)
        return Parse::Unterminated;
    fields.append(field); // last line without a line end
    record->fields = fields;
    record->lastLine = m_line + innerNewlines;
    *end = i;
    *lines = newlines;
    return Parse::Done;
}

void CsvReader::skipStartLine(CsvRecord *record)
{
    // Resynchronise on the next physical line; the broken line is split naively so the report
    // can still show what it held.
    for (;;) {
        qsizetype i = m_pos;
        const qsizetype n = m_buffer.size();
        while (i < n && m_buffer[i] != u'\n' && m_buffer[i] != u'\r')
            ++i;
        if (i >= n && fill())
            continue;
        if (i + 1 >= m_buffer.size() && m_buffer.size() > 0 && i < m_buffer.size()
            && m_buffer[i] == u'\r' && fill())
            continue; // a CR at the chunk end may be half of a CRLF
        QString raw = m_buffer.mid(m_pos, i - m_pos);
        raw.remove(u'"');
        record->fields = raw.split(m_delimiter);
        record->line = m_line;
        record->lastLine = m_line;
        if (i < m_buffer.size()) {
            if (m_buffer[i] == u'\r' && i + 1 < m_buffer.size() && m_buffer[i + 1] == u'\n')
                ++i;
            ++i;
        }
        m_pos = i;
        ++m_line;
        return;
    }
}

bool CsvReader::readRaw(CsvRecord *record)
{
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            return false;
        qsizetype end = 0;
        qint64 lines = 0;
        const Parse result = parseRecord(record, &end, &lines);
        if (result == Parse::NeedMore) {
            fill();
            continue;
        }
        if (result == Parse::Done) {
            record->line = m_line;
            record->problem.clear();
            m_line += lines;
            m_pos = end;
            return true;
        }
        const qint64 line = m_line;
        skipStartLine(record);
        record->problem = QStringLiteral("Line %1: quoted field is never closed").arg(line);
        return true;
    }
}

void CsvReader::checkFieldCount(CsvRecord *record) const
{
    const qsizetype expected = m_header.size();
    QStringList &fields = record->fields;
    if (fields.size() > expected) {
        // Trailing empty columns (`a,b,,,`) are a common spreadsheet artefact, not data.
        bool extraEmpty = true;
        for (qsizetype i = expected; i < fields.size(); ++i)
            extraEmpty = extraEmpty && fields.at(i).trimmed().isEmpty();
        if (extraEmpty) {
            fields.resize(expected);
            return;
        }
    }
    if (fields.size() != expected) {
        record->problem = QStringLiteral("Line %1 has %2 fields; the header has %3")
                              .arg(record->line)
                              .arg(fields.size())
                              .arg(expected);
        fields.resize(expected);
    }
}

bool CsvReader::start()
{
    if (m_started)
        return !m_header.isEmpty() || !m_options.hasHeader;
    m_started = true;
    // Encoding and delimiter are decided on a peeked sample, before the first chunked read.
    // The BOM tells UTF-16 (Excel's "Unicode text") apart; a UTF-8 BOM is dropped by the
    // decoder. Bytes that are not UTF-8 at all mean an 8-bit export: read it as Latin-1.
    const QByteArray sample = m_device->peek(64 * 1024);
    QString sampleText;
    const auto bom = QStringConverter::encodingForData(sample);
    if (bom && *bom != QStringConverter::Utf8) {
        m_decoder = QStringDecoder(*bom);
        m_encoding = QString::fromLatin1(QStringConverter::nameForEncoding(*bom));
        sampleText = QStringDecoder(*bom).decode(sample);
    } else {
        QStringDecoder probe(QStringConverter::Utf8);
        sampleText = probe.decode(sample);
        if (probe.hasError() || sampleText.contains(QChar::ReplacementCharacter)) {
            m_decoder = QStringDecoder(QStringConverter::Latin1);
            m_encoding = QStringLiteral("Latin-1");
            sampleText = QString::fromLatin1(sample);
        }
    }
    if (m_delimiter.isNull())
        m_delimiter = detectDelimiter(sampleText);
    if (!m_options.hasHeader)
        return true;
    CsvRecord record;
    while (readRaw(&record)) {
        if (isBlank(record.fields))
            continue;
        m_headerLine = record.line;
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            QString name = record.fields.at(i).simplified();
            if (name.isEmpty())
                name = QStringLiteral("Column %1").arg(i + 1);
            m_header.append(name);
        }
        // Trailing unnamed empty columns in the header carry nothing.
        while (m_header.size() > 1 && record.fields.at(m_header.size() - 1).trimmed().isEmpty())
            m_header.removeLast();
        return true;
    }
    return false;
}

bool CsvReader::next(CsvRecord *record)
{
    if (!m_started)
        start();
    if (m_options.hasHeader && m_header.isEmpty())
        return false;
    for (;;) {
        const qint64 startAbsolute = m_base + m_pos;
        const qint64 startLine = m_line;
        CsvRecord raw;
        if (!readRaw(&raw))
            return false;
        if (!raw.isMalformed() && isBlank(raw.fields))
            continue;
        if (m_options.hasHeader && !raw.isMalformed()) {
            CsvRecord checked = raw;
            checkFieldCount(&checked);
            if (checked.isMalformed() && raw.lastLine > raw.line) {
                // A record spanning lines with the wrong field count is a stray quote that
                // swallowed the following lines: report the line it opened on, go on after it.
                m_pos = qsizetype(startAbsolute - m_base);
                m_line = startLine;
                skipStartLine(&raw);
                raw.problem = QStringLiteral("Line %1: unbalanced quote").arg(startLine);
                raw.fields.resize(m_header.size());
                *record = raw;
                return true;
            }
            *record = checked;
            return true;
        }
        if (m_options.hasHeader)
            raw.fields.resize(m_header.size());
        *record = raw;
        return true;
    }
}

} // namespace kakiyo
