// ImportReport: counts, and the CSV export read back by our own CsvReader gives the same lines.
#include "models/import/CsvReader.h"
#include "models/import/ImportReport.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kakiyo;

class tst_ImportReport : public QObject
{
    Q_OBJECT

private slots:
    void countsFromRows();
    void csvRoundTrip();
    void csvCell_data();
    void csvCell();
    void writeIsAtomic();
};

namespace {

ImportReport sample()
{
    ImportReport r;
    r.lines = {
        {2, "Ann Lee", "https://linkedin.com/in/ann", "imported", "", "chat1", "c1"},
        {3, "Bob, Jr.", "https://linkedin.com/in/bob", "existing", "Already in campaign", "chat2",
            "c1"},
        {5, "Zoë \"Z\" Ähm", "https://www.linkedin.com/company/z", "rejected",
            "Company or school page, not a person", "", ""},
        {6, "Multi\nLine", "https://linkedin.com/in/ml", "enrichment_failed", "x;y", "", "c2"},
        {9, " padded ", "https://linkedin.com/in/p", "skipped_dnc", "", "", "c2"},
        {11, "Late", "https://linkedin.com/in/late", "pending", "", "", ""},
    };
    return r;
}

} // namespace

void tst_ImportReport::countsFromRows()
{
    ImportJournal::Row valid;
    valid.line = 4;
    valid.name = "A";
    valid.inputUrl = "linkedin.com/in/a/";
    valid.url = "https://linkedin.com/in/a";
    valid.outcome = "imported";
    valid.chatId = "ch";
    ImportJournal::Row rejected;
    rejected.line = 2;
    rejected.inputUrl = "nonsense";
    rejected.outcome = ImportJournal::Rejected;
    rejected.reason = "Not a LinkedIn address";
    ImportJournal::Row missing;
    missing.line = 7;
    missing.url = "https://linkedin.com/in/m";
    missing.outcome = ImportJournal::Missing;
    const ImportReport r = ImportReport::fromRows({rejected, valid, missing});
    QCOMPARE(r.lines.size(), 3);
    QCOMPARE(r.lines.at(0).url, QStringLiteral("nonsense")); // as given when not canonical
    QCOMPARE(r.lines.at(1).url, QStringLiteral("https://linkedin.com/in/a"));
    QCOMPARE(r.lines.at(1).chatId, QStringLiteral("ch"));
    QCOMPARE(r.count("imported"), 1);
    QCOMPARE(r.count("rejected"), 1);
    QCOMPARE(r.unresolved(), 1);
    QCOMPARE(r.counts().value("not_reported"), 1);
    QCOMPARE(sample().unresolved(), 1);
}

void tst_ImportReport::csvRoundTrip()
{
    const ImportReport report = sample();
    QByteArray csv = report.toCsv();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.start());
    QCOMPARE(reader.header(), ImportReport::csvHeader());
    QCOMPARE(reader.delimiter(), QChar(u','));
    QList<ImportReport::Line> back;
    CsvRecord record;
    while (reader.next(&record)) {
        QVERIFY2(!record.isMalformed(), qPrintable(record.problem));
        back.append({record.fields.at(0).toLongLong(), record.fields.at(1), record.fields.at(2),
            record.fields.at(3), record.fields.at(4), record.fields.at(5), record.fields.at(6)});
    }
    QCOMPARE(back.size(), report.lines.size());
    for (int i = 0; i < back.size(); ++i)
        QCOMPARE(back.at(i), report.lines.at(i));
}

void tst_ImportReport::csvCell_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << "abc"
                           << "abc";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "a\nb"
                             << "\"a\nb\"";
    QTest::newRow("semicolon for European Excel") << "a;b"
                                                  << "\"a;b\"";
    QTest::newRow("formula") << "=HYPERLINK(\"x\")"
                             << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("plus") << "+33 1 23"
                          << "'+33 1 23";
    QTest::newRow("at") << "@john"
                        << "'@john";
}

void tst_ImportReport::csvCell()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(ImportReport::csvCell(value), cell);
}

void tst_ImportReport::writeIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("report.csv");
    QString error;
    QVERIFY2(sample().writeCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), sample().toCsv());
    // A folder that does not exist: refused with a message, nothing created.
    QVERIFY(!sample().writeCsv(dir.filePath("missing/report.csv"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath("missing/report.csv")));
}

QTEST_APPLESS_MAIN(tst_ImportReport)
#include "tst_importreport.moc"
