// CsvReader against a table of real-world CSV shapes, each read with several chunk sizes so that
// every boundary (CRLF, quotes, multi-byte characters) also falls between two reads.
#include "models/import/CsvReader.h"

#include <QBuffer>
#include <QTemporaryFile>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using kakiyo::CsvReader;
using kakiyo::CsvRecord;

namespace {

struct ReadResult
{
    QStringList header;
    QStringList records; // "L<line>-<lastLine>:f1|f2" with " !" appended when malformed
    QChar delimiter;
    QString encoding;
};

ReadResult readAll(const QByteArray &bytes, qint64 chunk, CsvReader::Options options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    options.chunkBytes = chunk;
    CsvReader reader(&buffer, options);
    ReadResult result;
    reader.start();
    result.header = reader.header();
    CsvRecord record;
    while (reader.next(&record)) {
        QString text = QStringLiteral("L%1-%2:%3")
                           .arg(record.line)
                           .arg(record.lastLine)
                           .arg(record.fields.join(u'|'));
        if (record.isMalformed()) {
            text += QStringLiteral(" !");
            if (!record.problem.contains(QString::number(record.line)))
                text += QStringLiteral(" (problem text lacks the line number)");
        }
        result.records.append(text);
    }
    result.delimiter = reader.delimiter();
    result.encoding = reader.encoding();
    return result;
}

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void detectDelimiter_data();
    void detectDelimiter();
    void runawayQuoteIsCutOff();
    void utf16WithBom();
    void emptyInputs();
    void largeFileOnWorkerThread();
};

void tst_CsvReader::read_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QString>("delimiter");

    const QStringList nameUrl {"Name", "URL"};
    QTest::newRow("lf") << QByteArray("Name,URL\nJohn,x\nJane,y\n") << nameUrl
                        << QStringList {"L2-2:John|x", "L3-3:Jane|y"} << ",";
    QTest::newRow("crlf") << QByteArray("Name,URL\r\nJohn,x\r\nJane,y\r\n") << nameUrl
                          << QStringList {"L2-2:John|x", "L3-3:Jane|y"} << ",";
    QTest::newRow("cr only") << QByteArray("Name,URL\rJohn,x\rJane,y\r") << nameUrl
                             << QStringList {"L2-2:John|x", "L3-3:Jane|y"} << ",";
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFName,URL\r\nJohn,x\r\n") << nameUrl
                         << QStringList {"L2-2:John|x"} << ",";
    QTest::newRow("no final newline")
        << QByteArray("Name,URL\nJohn,x") << nameUrl << QStringList {"L2-2:John|x"} << ",";
    QTest::newRow("quoted commas")
        << QByteArray("Name,Company\n\"Smith, John\",\"Acme, Inc\"\n")
        << QStringList {"Name", "Company"} << QStringList {"L2-2:Smith, John|Acme, Inc"} << ",";
    QTest::newRow("escaped quotes")
        << QByteArray("Name,Note\nJohn,\"He said \"\"hi\"\"\"\n\"\"\"Q\"\"\",\"\"\n")
        << QStringList {"Name", "Note"} << QStringList {"L2-2:John|He said \"hi\"", "L3-3:\"Q\"|"}
        << ",";
    QTest::newRow("embedded lf") << QByteArray("Name,Notes\nJohn,\"line1\nline2\"\nJane,x\n")
                                 << QStringList {"Name", "Notes"}
                                 << QStringList {"L2-3:John|line1\nline2", "L4-4:Jane|x"} << ",";
    QTest::newRow("embedded crlf")
        << QByteArray("Name,Notes\r\nJohn,\"a\r\nb\r\n\r\nc\"\r\nJane,x\r\n")
        << QStringList {"Name", "Notes"} << QStringList {"L2-5:John|a\nb\n\nc", "L6-6:Jane|x"}
        << ",";
    QTest::newRow("semicolon") << QByteArray("Name;Company\nDoe;Acme, Inc\n\"Roe; Jr\";\"B;C\"\n")
                               << QStringList {"Name", "Company"}
                               << QStringList {"L2-2:Doe|Acme, Inc", "L3-3:Roe; Jr|B;C"} << ";";
    QTest::newRow("tab") << QByteArray("Name\tURL\tCompany\nJohn\tx\tAcme, Inc\n")
                         << QStringList {"Name", "URL", "Company"}
                         << QStringList {"L2-2:John|x|Acme, Inc"} << "\t";
    QTest::newRow("blank lines keep numbering")
        << QByteArray("Name,URL\n\nJohn,x\n\n,\n  \nJane,y") << nameUrl
        << QStringList {"L3-3:John|x", "L7-7:Jane|y"} << ",";
    QTest::newRow("ragged extra field") << QByteArray("A,B\n1,2,3\n4,5\n") << QStringList {"A", "B"}
                                        << QStringList {"L2-2:1|2 !", "L3-3:4|5"} << ",";
    QTest::newRow("ragged missing field")
        << QByteArray("A,B,C\n1,2\n4,5,6\n") << QStringList {"A", "B", "C"}
        << QStringList {"L2-2:1|2| !", "L3-3:4|5|6"} << ",";
    QTest::newRow("trailing empty columns are fine")
        << QByteArray("A,B,,\n1,2,,\n3,4\n") << QStringList {"A", "B"}
        << QStringList {"L2-2:1|2", "L3-3:3|4"} << ",";
    QTest::newRow("unterminated quote at end")
        << QByteArray("A,B\n1,2\n\"3,4\n5,6\n") << QStringList {"A", "B"}
        << QStringList {"L2-2:1|2", "L3-3:3|4 !", "L4-4:5|6"} << ",";
    QTest::newRow("stray quotes swallow lines")
        << QByteArray("A,B\n\"x,1\n3,4\n5,\"y\n7,8\n") << QStringList {"A", "B"}
        << QStringList {"L2-2:x|1 !", "L3-3:3|4", "L4-4:5|y !", "L5-5:7|8"} << ",";
    QTest::newRow("space before quote")
        << QByteArray("A,B\n1, \"x, y\"\n") << QStringList {"A", "B"} << QStringList {"L2-2:1|x, y"}
        << ",";
    QTest::newRow("quote inside unquoted field")
        << QByteArray("A,B\n5'10\" tall,x\n") << QStringList {"A", "B"}
        << QStringList {"L2-2:5'10\" tall|x"} << ",";
    QTest::newRow("text after closing quote")
        << QByteArray("A,B\n\"ab\"cd,x\n") << QStringList {"A", "B"} << QStringList {"L2-2:abcd|x"}
        << ",";
    QTest::newRow("utf-8 multibyte")
        << QByteArray("Name,City\nJ\xC3\xA9r\xC3\xB4me,\xE6\x9D\xB1\xE4\xBA\xAC\n")
        << QStringList {"Name", "City"}
        << QStringList {QString::fromUtf8("L2-2:J\xC3\xA9r\xC3\xB4me|\xE6\x9D\xB1\xE4\xBA\xAC")}
        << ",";
    QTest::newRow("latin-1 file") << QByteArray("Name;City\nJ\xE9r\xF4me;Z\xFCrich\n")
                                  << QStringList {"Name", "City"}
                                  << QStringList {QString::fromUtf8(
                                         "L2-2:J\xC3\xA9r\xC3\xB4me|Z\xC3\xBCrich")}
                                  << ";";
    QTest::newRow("unnamed header column")
        << QByteArray("Name,,URL\nA,b,c\n") << QStringList {"Name", "Column 2", "URL"}
        << QStringList {"L2-2:A|b|c"} << ",";
    QTest::newRow("header after blank lines")
        << QByteArray("\n\nName,URL\nJohn,x\n") << nameUrl << QStringList {"L4-4:John|x"} << ",";
    QTest::newRow("header only") << QByteArray("Name,URL\n") << nameUrl << QStringList {} << ",";
}

void tst_CsvReader::read()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, header);
    QFETCH(QStringList, records);
    QFETCH(QString, delimiter);

    for (const qint64 chunk : {qint64(1), qint64(2), qint64(3), qint64(7), qint64(64 * 1024)}) {
        const ReadResult result = readAll(input, chunk);
        const QByteArray where = "chunk " + QByteArray::number(chunk);
        QVERIFY2(result.header == header, where + ": " + result.header.join(u'|').toUtf8());
        QVERIFY2(result.records == records,
            where + ": " + result.records.join(QStringLiteral(" / ")).toUtf8());
        QCOMPARE(QString(result.delimiter), delimiter);
    }
}

void tst_CsvReader::detectDelimiter_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("comma") << "a,b,c\n1,2,3\n"
                           << ",";
    QTest::newRow("semicolon with decimal commas") << "a;b;c\n1,5;2,5;3\n4,0;5;6\n"
                                                   << ";";
    QTest::newRow("tab with commas in text") << "a\tb\n\"x, y\"\tz\nq, r\ts\n"
                                             << "\t";
    QTest::newRow("pipe") << "a|b\n1|2\n"
                          << "|";
    QTest::newRow("quoted delimiters ignored") << "a;b\n\"1,2,3,4\";5\n\"6,7\";8\n"
                                               << ";";
    QTest::newRow("single column defaults to comma") << "url\nx\ny\n"
                                                     << ",";
    QTest::newRow("no line end") << "a;b;c"
                                 << ";";
}

void tst_CsvReader::detectDelimiter()
{
    QFETCH(QString, sample);
    QFETCH(QString, delimiter);
    QCOMPARE(QString(CsvReader::detectDelimiter(sample)), delimiter);
}

void tst_CsvReader::runawayQuoteIsCutOff()
{
    // An opening quote that is never closed in a long file must not swallow the rest of it.
    QByteArray input("Name,URL\n\"Broken,x\n");
    for (int i = 0; i < 500; ++i)
        input += "Row" + QByteArray::number(i) + ",u" + QByteArray::number(i) + "\n";
    CsvReader::Options options;
    options.maxRecordLines = 50;
    const ReadResult result = readAll(input, 4096, options);
    QCOMPARE(result.records.size(), 501);
    QCOMPARE(result.records.front(), QStringLiteral("L2-2:Broken|x !"));
    QCOMPARE(result.records.at(1), QStringLiteral("L3-3:Row0|u0"));
    QCOMPARE(result.records.last(), QStringLiteral("L502-502:Row499|u499"));
}

void tst_CsvReader::utf16WithBom()
{
    // Excel's "Unicode text" export: UTF-16LE with BOM, tab-separated.
    const QString text = QString::fromUtf8("Name\tURL\r\nJ\xC3\xA9r\xC3\xB4me\tx\r\n");
    QByteArray bytes("\xFF\xFE", 2);
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const ReadResult result = readAll(bytes, 5);
    QCOMPARE(result.header, (QStringList {"Name", "URL"}));
    QCOMPARE(result.records, QStringList {QString::fromUtf8("L2-2:J\xC3\xA9r\xC3\xB4me|x")});
    QCOMPARE(result.encoding, QStringLiteral("UTF-16LE"));
}

void tst_CsvReader::emptyInputs()
{
    for (const QByteArray &input : {QByteArray(), QByteArray("\n\n"), QByteArray("\xEF\xBB\xBF")}) {
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QVERIFY(!reader.start());
        QVERIFY(reader.header().isEmpty());
        CsvRecord record;
        QVERIFY(!reader.next(&record));
    }
}

void tst_CsvReader::largeFileOnWorkerThread()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    {
        QByteArray chunk = "First Name;Last Name;Profile URL;Notes\r\n";
        for (int i = 0; i < 30000; ++i) {
            chunk += "F" + QByteArray::number(i) + ";L;https://linkedin.com/in/p"
                + QByteArray::number(i);
            chunk += (i % 1000 == 0) ? ";\"two\r\nlines\"\r\n" : ";plain\r\n";
            if (chunk.size() > 1 << 20) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
        file.flush();
    }
    const QString path = file.fileName();
    struct Count
    {
        qint64 records = 0;
        qint64 lastLine = 0;
        qint64 malformed = 0;
        qint64 bytes = 0;
    };
    // The reader is a plain object: construct and use it entirely on a pool thread.
    const Count count = QtConcurrent::run([path] {
        Count c;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return c;
        CsvReader reader(&f);
        CsvRecord record;
        while (reader.next(&record)) {
            ++c.records;
            c.lastLine = record.lastLine;
            c.malformed += record.isMalformed() ? 1 : 0;
        }
        c.bytes = reader.bytesRead();
        return c;
    }).result();
    QCOMPARE(count.records, qint64(30000));
    QCOMPARE(count.malformed, qint64(0));
    QCOMPARE(count.lastLine, qint64(1 + 30000 + 30)); // 30 records hold one extra line
    QCOMPARE(count.bytes, file.size());
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
