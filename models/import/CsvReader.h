#pragma once
// CsvReader: streams an RFC 4180 file from a QIODevice in chunks and hands out one record at a
// time, so 100,000 rows never sit in memory as text and the work can run on a worker thread (the
// reader is a plain object with no thread affinity; give it a device created on that thread).
//
// Accepts what spreadsheets write: quoted fields with embedded delimiters, quotes ("") and
// newlines; comma, semicolon, tab or pipe delimiters (detected from the first lines unless set);
// UTF-8 with or without BOM (a file that is not UTF-8 at all is read as Latin-1 and says so);
// CRLF, LF or CR line ends. A malformed line (unterminated or unbalanced quote, wrong number of
// fields) comes back as a record with `problem` set and its line number; reading continues on
// the next line, so one bad line never costs the rest of the file.

#include "models/import/CsvRecord.h"

#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace kakiyo {

class CsvReader
{
public:
    struct Options
    {
        QChar delimiter; // null: detect from the first lines
        bool hasHeader = true; // the first non-empty record names the columns
        qint64 chunkBytes = 64 * 1024;
        int maxRecordLines = 200; // a quoted field longer than this is taken as unterminated
        qint64 maxRecordChars = 256 * 1024;
    };

    explicit CsvReader(QIODevice *device);
    CsvReader(QIODevice *device, const Options &options);
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Reads the header (when the options say there is one) and detects the delimiter. Called by
    // next() on first use; call it yourself to show the columns before reading rows.
    bool start();
    // The next data record; false at the end of the input. Fully empty lines are skipped.
    bool next(CsvRecord *record);

    QStringList header() const { return m_header; }
    qint64 headerLine() const { return m_headerLine; }
    QChar delimiter() const { return m_delimiter; }
    QString encoding() const { return m_encoding; } // "UTF-8" or "Latin-1"
    qint64 bytesRead() const { return m_bytesRead; } // for progress against device->size()
    QString errorString() const { return m_error; } // device read errors
    static QChar detectDelimiter(QStringView sample);

private:
    enum class Parse
    {
        Done,
        NeedMore,
        TooLong,
        Unterminated
    };
    Parse parseRecord(CsvRecord *record, qsizetype *end, qint64 *lines) const;
    bool fill(); // reads one more chunk; false at end of input
    bool readRaw(CsvRecord *record); // one record or malformed line, header not applied
    void skipStartLine(CsvRecord *record); // resynchronise after a malformed record
    void checkFieldCount(CsvRecord *record) const;

    QIODevice *m_device;
    Options m_options;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_base = 0; // characters dropped from the buffer's front so far
    qint64 m_line = 1; // physical line at m_pos
    qint64 m_bytesRead = 0;
    bool m_eof = false;
    bool m_started = false;
    QChar m_delimiter;
    QString m_encoding = QStringLiteral("UTF-8");
    QStringList m_header;
    qint64 m_headerLine = 0;
    QString m_error;
};

} // namespace kakiyo
