// RowValidator and ImportPreparation: every rejected row keeps its reason, duplicates fold onto
// the first occurrence by canonical URL, DNC entries match whatever spelling either side uses.
#include "models/import/ImportPreparation.h"
#include "models/import/RowValidator.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace kakiyo;
using Rejection = LeadRow::Rejection;

Q_DECLARE_METATYPE(kakiyo::LeadRow::Rejection)

class tst_RowValidator : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void duplicatesFoldOntoFirst();
    void prepareWholeFile();
    void prepareRejectsChangedColumns();
    void prepareCancels();
    void previewDetects();
    void previewListsMalformedLines();
    void prepareOnWorkerThread();
};

namespace {

ColumnMapping mapping()
{
    ColumnMapping m;
    m.headers = {"Name", "URL", "Company"};
    m.nameColumn = 0;
    m.urlColumn = 1;
    m.customTemplate = QStringLiteral("{Company}");
    return m;
}

CsvRecord record(const QStringList &fields, qint64 line = 2, const QString &problem = {})
{
    CsvRecord r;
    r.fields = fields;
    r.line = line;
    r.lastLine = line;
    r.problem = problem;
    return r;
}

} // namespace

void tst_RowValidator::validate_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<Rejection>("rejection");
    QTest::addColumn<QString>("reasonContains");
    QTest::addColumn<QString>("url");

    QTest::newRow("valid") << QStringList {"Jane Doe", "www.linkedin.com/in/Jane/", "Acme"} << ""
                           << Rejection::None << ""
                           << "https://linkedin.com/in/jane";
    QTest::newRow("malformed line")
        << QStringList {"Jane", "linkedin.com/in/jane", ""}
        << "Line 2 has 4 fields; the header has 3" << Rejection::Malformed << "4 fields"
        << "https://linkedin.com/in/jane";
    QTest::newRow("missing name") << QStringList {"  ", "linkedin.com/in/x", ""} << ""
                                  << Rejection::MissingName << "name"
                                  << "https://linkedin.com/in/x";
    QTest::newRow("missing url") << QStringList {"Jane", "", ""} << "" << Rejection::BadUrl
                                 << "No LinkedIn URL"
                                 << "";
    QTest::newRow("company url") << QStringList {"Jane", "https://linkedin.com/company/acme", ""}
                                 << "" << Rejection::BadUrl << "Company"
                                 << "";
    QTest::newRow("custom data too long")
        << QStringList {"Jane", "linkedin.com/in/jane", QString(3001, QLatin1Char('x'))} << ""
        << Rejection::CustomDataTooLong << "3001"
        << "https://linkedin.com/in/jane";
    QTest::newRow("custom data at limit")
        << QStringList {"Jane", "linkedin.com/in/jane", QString(3000, QLatin1Char('x'))} << ""
        << Rejection::None << ""
        << "https://linkedin.com/in/jane";
    QTest::newRow("on dnc, other spelling")
        << QStringList {"Dee", "https://fr.linkedin.com/in/DNC-person?x=1", ""} << ""
        << Rejection::OnDncList << "Do Not Contact"
        << "https://linkedin.com/in/dnc-person";
}

void tst_RowValidator::validate()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, problem);
    QFETCH(Rejection, rejection);
    QFETCH(QString, reasonContains);
    QFETCH(QString, url);

    RowValidator validator(mapping());
    validator.setDncList(QStringList {"linkedin.com/in/dnc-person/", "not a url"});
    const LeadRow row = validator.validate(record(fields, 2, problem));
    QCOMPARE(row.rejection, rejection);
    QCOMPARE(row.line, qint64(2));
    QCOMPARE(row.url, url);
    QCOMPARE(row.isValid(), rejection == Rejection::None);
    if (rejection == Rejection::None)
        QVERIFY(row.reason.isEmpty());
    else
        QVERIFY2(row.reason.contains(reasonContains, Qt::CaseInsensitive), qPrintable(row.reason));
    QCOMPARE(LeadRow::rejectionFromToken(LeadRow::rejectionToken(rejection)), rejection);
}

void tst_RowValidator::duplicatesFoldOntoFirst()
{
    RowValidator validator(mapping());
    const LeadRow a = validator.validate(record({"A", "linkedin.com/in/same", ""}, 2));
    const LeadRow bad = validator.validate(record({"", "linkedin.com/in/other", ""}, 3));
    const LeadRow b = validator.validate(record({"B", "https://www.LinkedIn.com/in/SAME/", ""}, 5));
    const LeadRow c = validator.validate(record({"C", "in/same?trk=1", ""}, 9));
    const LeadRow other = validator.validate(record({"D", "linkedin.com/in/other", ""}, 11));
    QVERIFY(a.isValid());
    QCOMPARE(bad.rejection, Rejection::MissingName);
    QCOMPARE(b.rejection, Rejection::Duplicate);
    QCOMPARE(b.duplicateOfLine, qint64(2));
    QCOMPARE(b.reason, QStringLiteral("Duplicate of line 2"));
    QCOMPARE(c.duplicateOfLine, qint64(2));
    // A rejected row does not claim its URL: the later valid row with that URL is kept.
    QVERIFY(other.isValid());
}

void tst_RowValidator::prepareWholeFile()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("Name;URL;Company\r\n"
               "Ann;linkedin.com/in/ann;Acme\r\n"
               "Bob;https://www.linkedin.com/in/bob/;\"Multi\r\nline\"\r\n"
               "Ann again;https://linkedin.com/in/ANN;Acme\r\n"
               "Carl;https://www.linkedin.com/company/carl;x\r\n"
               "\"Broken;linkedin.com/in/broken;x\r\n"
               ";linkedin.com/in/noname;x\r\n"
               "Dee;linkedin.com/in/dee;x\r\n"
               "Eve;linkedin.com/in/eve;x;extra\r\n");
    file.close();
    ColumnMapping m = mapping();
    const PreparedImport p
        = ImportPreparation::prepareFile(file.fileName(), m, {QStringLiteral("in/dee")});
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.delimiter, QChar(u';'));
    QCOMPARE(p.rows.size(), 8);
    QStringList seen;
    for (const LeadRow &row : p.rows)
        seen.append(QString::number(row.line) + u':' + LeadRow::rejectionToken(row.rejection));
    QCOMPARE(seen,
        (QStringList {"2:", "3:", "5:duplicate", "6:bad_url", "7:malformed", "8:missing_name",
            "9:on_dnc_list", "10:malformed"}));
    QCOMPARE(p.validCount(), 2);
    QCOMPARE(p.rejectedCount(), 6);
    QCOMPARE(p.count(Rejection::Malformed), 2);
    QCOMPARE(p.rows.at(1).customData, QStringLiteral("Multi\nline"));
    QCOMPARE(p.validRows().at(1).url, QStringLiteral("https://linkedin.com/in/bob"));
    QCOMPARE(p.fingerprint.size, file.size());
    QCOMPARE(p.fingerprint.sha256Hex.size(), 64);
    for (const LeadRow &row : p.rows)
        QCOMPARE(row.isValid(), row.reason.isEmpty());
}

void tst_RowValidator::prepareRejectsChangedColumns()
{
    QBuffer buffer;
    buffer.setData("Name,Link\nA,linkedin.com/in/a\n");
    buffer.open(QIODevice::ReadOnly);
    const PreparedImport p = ImportPreparation::prepare(&buffer, mapping());
    QVERIFY(!p.error.isEmpty());
    QVERIFY(p.rows.isEmpty());
}

void tst_RowValidator::prepareCancels()
{
    QByteArray data("Name,URL,Company\n");
    for (int i = 0; i < 5000; ++i)
        data += "N,linkedin.com/in/p" + QByteArray::number(i) + ",c\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    int calls = 0;
    const PreparedImport p
        = ImportPreparation::prepare(&buffer, mapping(), {}, [&calls](qint64 bytes) {
              ++calls;
              return bytes < 1000 || calls < 2;
          });
    QCOMPARE(p.error, QStringLiteral("Cancelled"));
    QCOMPARE(calls, 2);
}

void tst_RowValidator::previewDetects()
{
    QBuffer buffer;
    buffer.setData("\xEF\xBB\xBF"
                   "First Name\tLast Name\tCompany\tPerson Linkedin Url\n"
                   "Ann\tLee\tAcme\thttps://www.linkedin.com/in/ann-lee\n"
                   "Bo\tKim\tInitech\tlinkedin.com/in/bo\n");
    buffer.open(QIODevice::ReadOnly);
    const ImportPreparation::Preview preview = ImportPreparation::preview(&buffer, 1);
    QVERIFY(preview.error.isEmpty());
    QCOMPARE(preview.headers.size(), 4);
    QCOMPARE(preview.rows.size(), 1);
    QCOMPARE(preview.delimiter, QChar(u'\t'));
    QCOMPARE(preview.mapping.firstNameColumn, 0);
    QCOMPARE(preview.mapping.lastNameColumn, 1);
    QCOMPARE(preview.mapping.urlColumn, 3);
    QCOMPARE(preview.mapping.customTemplate, QStringLiteral("{Company}"));
    QCOMPARE(preview.mapping.name(preview.rows.front()), QStringLiteral("Ann Lee"));
}

void tst_RowValidator::previewListsMalformedLines()
{
    QByteArray csv = "Name,URL\n";
    for (int i = 0; i < 30; ++i) {
        if (i == 4)
            csv += "Only one field\n"; // line 6
        else if (i == 25)
            csv += "Too,many,fields\n"; // line 27
        else
            csv += "N" + QByteArray::number(i) + ",linkedin.com/in/p" + QByteArray::number(i)
                + "\n";
    }
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    ImportPreparation::Preview preview = ImportPreparation::preview(&buffer, 5, 100);
    QCOMPARE(preview.rows.size(), 5);
    QCOMPARE(preview.scanned, 30);
    QVERIFY(preview.scannedAll);
    QCOMPARE(preview.malformed.size(), 2);
    QCOMPARE(preview.malformed.at(0).line, 6);
    QCOMPARE(preview.malformed.at(1).line, 27);
    QVERIFY(!preview.malformed.at(0).problem.isEmpty());

    // Scanning stops after scanRows records and says it did not see the whole file.
    buffer.seek(0);
    preview = ImportPreparation::preview(&buffer, 5, 10);
    QCOMPARE(preview.scanned, 10);
    QVERIFY(!preview.scannedAll);
    QCOMPARE(preview.malformed.size(), 1);
}

void tst_RowValidator::prepareOnWorkerThread()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("Name,URL,Company\n");
    for (int i = 0; i < 20000; ++i)
        file.write("N" + QByteArray::number(i) + ",linkedin.com/in/w"
            + QByteArray::number(i % 15000) + ",c\n");
    file.close();
    QFutureWatcher<PreparedImport> watcher;
    QSignalSpy progress(&watcher, &QFutureWatcher<PreparedImport>::progressValueChanged);
    QSignalSpy done(&watcher, &QFutureWatcher<PreparedImport>::finished);
    watcher.setFuture(ImportPreparation::prepareFileAsync(file.fileName(), mapping()));
    QVERIFY(done.wait(30000));
    const PreparedImport p = watcher.result();
    QVERIFY(p.error.isEmpty());
    QCOMPARE(p.rows.size(), 20000);
    QCOMPARE(p.validCount(), 15000);
    QCOMPARE(p.count(Rejection::Duplicate), 5000);
    QVERIFY(p.fingerprint.isValid());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 1000);
}

QTEST_GUILESS_MAIN(tst_RowValidator)
#include "tst_rowvalidator.moc"
