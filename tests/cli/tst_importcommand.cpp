// `kakiyo-desk import` end to end: the real executable ($KAKIYO_DESK_BIN) against a real
// kakiyo-sandbox. A generated file with valid, invalid and duplicate rows ends as exactly the
// valid prospects in the campaign with ceil(valid/100) batch calls, and the summary and the
// report say so row for row; --dry-run sends nothing; a second run of the same file doubles
// nothing; command-line mistakes exit 2.
#include "import/ImportFixture.h"
#include "models/import/CsvReader.h"

#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

struct DeskRun
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;

    // "Summary: existing 184 rejected 46" -> {existing: 184, rejected: 46}
    QHash<QString, int> summary() const
    {
        QHash<QString, int> counts;
        for (const QString &line : out.split(u'\n')) {
            if (!line.startsWith(u"Summary:"))
                continue;
            const QStringList words = line.mid(8).split(u' ', Qt::SkipEmptyParts);
            for (qsizetype i = 0; i + 1 < words.size(); i += 2)
                counts.insert(words.at(i), words.at(i + 1).toInt());
        }
        return counts;
    }
    QString all() const { return out + u'\n' + err; }
};

struct Csv
{
    QByteArray bytes;
    QSet<QString> expected; // canonical URLs of the valid rows
    int rows = 0;
    int valid = 0;
};

// Every 10th row has a company URL (rejected), every 10th repeats the previous row's profile in
// another spelling (rejected as a duplicate); the rest are valid.
Csv makeCsv(int rows, const QString &tag)
{
    Csv csv;
    csv.rows = rows;
    csv.bytes = "Full Name,Company,Person Linkedin Url\n";
    for (int i = 0; i < rows; ++i) {
        const QString slug = QStringLiteral("%1-cli-%2").arg(tag).arg(i);
        QString url = QStringLiteral("https://www.linkedin.com/in/%1/").arg(slug);
        bool valid = true;
        if (i % 10 == 3) {
            url = QStringLiteral("https://www.linkedin.com/company/%1").arg(slug);
            valid = false;
        } else if (i % 10 == 7) {
            url = QStringLiteral("https://linkedin.com/in/%1-cli-%2?trk=x").arg(tag).arg(i - 1);
            valid = false;
        }
        if (valid) {
            ++csv.valid;
            csv.expected.insert(QStringLiteral("https://linkedin.com/in/") + slug);
        }
        csv.bytes += QStringLiteral("Person %1,Acme,%2\n").arg(i).arg(url).toUtf8();
    }
    return csv;
}

} // namespace

class tst_ImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dryRunSendsNothing();
    void importsExactlyTheValidRows();
    void secondRunDoublesNothing();
    void interruptedRunResumes();
    void skipDncLeavesOutListedRows();
    void helpListsTheOptions();
    void badArguments_data();
    void badArguments();

private:
    DeskRun runDesk(const QStringList &importArgs, int timeoutMs = 45000);

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    QString m_campaign;
    Csv m_csv;
    QString m_csvPath;
};

DeskRun tst_ImportCommand::runDesk(const QStringList &importArgs, int timeoutMs)
{
    DeskRun run;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("KAKIYO_API_KEY", m_sandbox->apiKey()); // never argv
    env.insert("HOME", m_dir.filePath("home"));
    env.insert("XDG_DATA_HOME", m_dir.filePath("data"));
    env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
    env.insert("QT_QPA_PLATFORM", "offscreen");
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("KAKIYO_DESK_BIN"),
        QStringList {"--base-url", m_sandbox->baseUrl().toString(), "import"} + importArgs);
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished)
        process.kill();
    process.waitForFinished(5000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void tst_ImportCommand::initTestCase()
{
    QVERIFY(QFileInfo(qEnvironmentVariable("KAKIYO_DESK_BIN")).isExecutable());
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(QStringList {
        "--prospects", "0", "--rate-limit", "100000", "--import-delay-ms", "50", "--quiet"});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    const QStringList campaigns = campaignIds(*m_sandbox, 1);
    QCOMPARE(campaigns.size(), 1);
    m_campaign = campaigns.first();
    QVERIFY(campaignUrls(*m_sandbox, m_campaign).isEmpty());

    m_csv = makeCsv(230, "run");
    QCOMPARE(m_csv.valid, 184);
    m_csvPath = m_dir.filePath("leads.csv");
    QVERIFY(writeFile(m_csvPath, m_csv.bytes));
}

void tst_ImportCommand::dryRunSendsNothing()
{
    QVERIFY(m_sandbox->resetRequestCounts());
    const DeskRun run = runDesk({m_csvPath, "--campaign", m_campaign, "--dry-run", "--journal",
        m_dir.filePath("journal.sqlite")});
    QVERIFY2(run.finished, qPrintable(run.all()));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("184 valid, 46 rejected"), qPrintable(run.all()));
    QVERIFY2(run.out.contains("2 batch calls"), qPrintable(run.all()));
    QVERIFY2(run.out.contains("line 5: "), qPrintable(run.all())); // row 3 is line 5
    QVERIFY(run.out.contains("Dry run"));
    QVERIFY(run.summary().isEmpty());
    QCOMPARE(m_sandbox->requestCounts().value("total").toInt(), 0);
    QVERIFY(campaignUrls(*m_sandbox, m_campaign).isEmpty());
}

void tst_ImportCommand::importsExactlyTheValidRows()
{
    QVERIFY(m_sandbox->resetRequestCounts());
    const QString reportPath = m_dir.filePath("report.csv");
    const DeskRun run = runDesk({m_csvPath, "--campaign", m_campaign, "--journal",
        m_dir.filePath("journal.sqlite"), "--report", reportPath});
    QVERIFY2(run.finished, qPrintable(run.all()));
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    QVERIFY2(run.err.contains("confirmed 2/2 batches"), qPrintable(run.all()));

    const QHash<QString, int> summary = run.summary();
    QCOMPARE(summary.value("imported"), 184);
    QCOMPARE(summary.value("rejected"), 46);
    QCOMPARE(summary.size(), 2);

    QCOMPARE(m_sandbox->requestCount("POST /prospects/batch"), (m_csv.valid + 99) / 100);
    const QStringList urls = campaignUrls(*m_sandbox, m_campaign);
    QCOMPARE(urls.size(), m_csv.valid);
    QCOMPARE(QSet<QString>(urls.begin(), urls.end()), m_csv.expected);

    QFile report(reportPath);
    QVERIFY(report.open(QIODevice::ReadOnly));
    CsvReader reader(&report);
    QVERIFY(reader.start());
    QHash<QString, int> outcomes;
    CsvRecord record;
    int lines = 0;
    while (reader.next(&record)) {
        ++lines;
        QVERIFY(record.fields.size() > 3);
        ++outcomes[record.fields.at(3)];
    }
    QCOMPARE(lines, m_csv.rows);
    QCOMPARE(outcomes.value("imported"), 184);
    QCOMPARE(outcomes.value("rejected"), 46);
}

void tst_ImportCommand::secondRunDoublesNothing()
{
    QVERIFY(m_sandbox->resetRequestCounts());
    const DeskRun run = runDesk(
        {m_csvPath, "--campaign", m_campaign, "--journal", m_dir.filePath("journal.sqlite")});
    QVERIFY2(run.finished, qPrintable(run.all()));
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    const QHash<QString, int> summary = run.summary();
    QVERIFY2(summary.value("existing") == 184, qPrintable(run.all()));
    QCOMPARE(summary.value("rejected"), 46);
    QCOMPARE(summary.value("imported"), 0);
    const QStringList urls = campaignUrls(*m_sandbox, m_campaign);
    QCOMPARE(urls.size(), m_csv.valid);
    QCOMPARE(QSet<QString>(urls.begin(), urls.end()), m_csv.expected);
}

// SIGTERM while the server is slow to report: the run stops with exit 1 and the journal intact;
// the same command again says it resumes and ends with every valid row in the campaign once.
void tst_ImportCommand::interruptedRunResumes()
{
    const QStringList campaigns = campaignIds(*m_sandbox, 2);
    QCOMPARE(campaigns.size(), 2);
    const QString campaign = campaigns.at(1);
    QVERIFY(campaignUrls(*m_sandbox, campaign).isEmpty());
    const Csv csv = makeCsv(400, "stop");
    const QString path = m_dir.filePath("stop.csv");
    QVERIFY(writeFile(path, csv.bytes));
    const QString journal = m_dir.filePath("stop.sqlite");
    const QStringList args = {"--base-url", m_sandbox->baseUrl().toString(), "import", path,
        "--campaign", campaign, "--journal", journal};

    QVERIFY(m_sandbox->injectFault(QJsonObject {{"method", "GET"},
        {"path", "/v1/prospects/imports"}, {"count", 1000}, {"kind", "delay"}, {"delayMs", 3000}}));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("KAKIYO_API_KEY", m_sandbox->apiKey());
    env.insert("HOME", m_dir.filePath("home"));
    env.insert("XDG_DATA_HOME", m_dir.filePath("data"));
    env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("KAKIYO_DESK_BIN"), args);
    QVERIFY(process.waitForStarted());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains(" accepted;"), 20000);
    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(20000));
    err += process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 1, err.constData());
    QVERIFY2(err.contains("interrupted"), err.constData());
    QVERIFY(m_sandbox->clearFaults());

    const DeskRun run = runDesk(args.mid(3));
    QVERIFY2(run.finished, qPrintable(run.all()));
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    QVERIFY2(run.out.contains("Resuming import started at"), qPrintable(run.all()));
    const QHash<QString, int> summary = run.summary();
    QCOMPARE(summary.value("imported") + summary.value("existing"), csv.valid);
    QCOMPARE(summary.value("rejected"), csv.rows - csv.valid);
    const QStringList urls = campaignUrls(*m_sandbox, campaign);
    QCOMPARE(urls.size(), csv.valid);
    QCOMPARE(QSet<QString>(urls.begin(), urls.end()), csv.expected);
}

// --skip-dnc FILE: rows whose profile is on the local list (any spelling; the file is the DNC
// page's CSV export shape, header and other columns included) are rejected offline, never sent;
// the campaign receives exactly the others with ceil(sent/100) batch calls.
void tst_ImportCommand::skipDncLeavesOutListedRows()
{
    const QStringList campaigns = campaignIds(*m_sandbox, 3);
    QCOMPARE(campaigns.size(), 3);
    const QString campaign = campaigns.at(2);
    QVERIFY(campaignUrls(*m_sandbox, campaign).isEmpty());
    const Csv csv = makeCsv(250, "dnc");
    const QString path = m_dir.filePath("dnc-leads.csv");
    QVERIFY(writeFile(path, csv.bytes));

    // Every 4th valid profile is on the list, written the way people write them.
    QByteArray dnc = "Profile,URL,Added\n# a comment line\n";
    QSet<QString> listed;
    int n = 0;
    for (const QString &url : csv.expected) {
        if (n++ % 4 != 0)
            continue;
        listed.insert(url);
        const QString slug = url.section(u'/', -1);
        dnc += QStringLiteral("Someone,http://www.linkedin.com/in/%1/,2026-01-01\n")
                   .arg(slug.toUpper())
                   .toUtf8();
    }
    dnc += "\nnot a url,https://example.com/in/x,\n";
    const QString dncPath = m_dir.filePath("dnc.csv");
    QVERIFY(writeFile(dncPath, dnc));
    const QSet<QString> expected = csv.expected - listed;
    const int sent = int(expected.size());

    QVERIFY(m_sandbox->resetRequestCounts());
    const DeskRun dry = runDesk({path, "--campaign", campaign, "--skip-dnc", dncPath, "--dry-run",
        "--journal", m_dir.filePath("dnc.sqlite")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.all()));
    QVERIFY2(dry.out.contains(QStringLiteral("Local DNC list: %1 profiles").arg(listed.size())),
        qPrintable(dry.all()));
    // A later spelling of a listed profile is reported as on the list too (the DNC check comes
    // before folding duplicates).
    int listedDuplicates = 0;
    for (int i = 7; i < csv.rows; i += 10)
        listedDuplicates
            += listed.contains(QStringLiteral("https://linkedin.com/in/dnc-cli-%1").arg(i - 1));
    QVERIFY(listedDuplicates > 0);
    QVERIFY2(
        dry.out.contains(QStringLiteral("on_dnc_list %1").arg(listed.size() + listedDuplicates)),
        qPrintable(dry.all()));
    QVERIFY2(dry.out.contains(QStringLiteral("Rows: %1 valid").arg(sent)), qPrintable(dry.all()));
    QCOMPARE(m_sandbox->requestCounts().value("total").toInt(), 0);

    const DeskRun run = runDesk({path, "--campaign", campaign, "--skip-dnc", dncPath, "--journal",
        m_dir.filePath("dnc.sqlite")});
    QVERIFY2(run.finished, qPrintable(run.all()));
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    const QHash<QString, int> summary = run.summary();
    QCOMPARE(summary.value("imported"), sent);
    QCOMPARE(summary.value("rejected"), csv.rows - sent);
    QCOMPARE(m_sandbox->requestCount("POST /prospects/batch"), (sent + 99) / 100);
    const QStringList urls = campaignUrls(*m_sandbox, campaign);
    QCOMPARE(urls.size(), sent);
    QCOMPARE(QSet<QString>(urls.begin(), urls.end()), expected);

    // An unreadable list is a command-line mistake: exit 2, nothing sent.
    QVERIFY(m_sandbox->resetRequestCounts());
    const DeskRun bad = runDesk({path, "--campaign", campaign, "--skip-dnc",
        m_dir.filePath("no-such-dnc.txt"), "--journal", m_dir.filePath("dnc.sqlite")});
    QVERIFY2(bad.exitCode == 2, qPrintable(bad.all()));
    QVERIFY2(bad.err.contains("cannot read the DNC file"), qPrintable(bad.all()));
    QCOMPARE(m_sandbox->requestCounts().value("total").toInt(), 0);
}

void tst_ImportCommand::helpListsTheOptions()
{
    const DeskRun run = runDesk({"--help"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    for (const char *option : {"--campaign", "--round-robin", "--map", "--skip-dnc", "--dry-run",
             "--report", "--journal"})
        QVERIFY2(run.out.contains(QLatin1String(option)), option);
}

void tst_ImportCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no file") << QStringList {"--campaign", "c1"};
    QTest::newRow("no target") << QStringList {"LEADS"};
    QTest::newRow("both targets") << QStringList {
        "LEADS", "--campaign", "c1", "--round-robin", "c1,c2"};
    QTest::newRow("round-robin of one") << QStringList {"LEADS", "--round-robin", "c1"};
    QTest::newRow("unknown option") << QStringList {"LEADS", "--campaign", "c1", "--fast"};
    QTest::newRow("two files") << QStringList {"LEADS", "LEADS", "--campaign", "c1"};
    QTest::newRow("value missing") << QStringList {"LEADS", "--campaign"};
    QTest::newRow("missing file") << QStringList {"/nonexistent/leads.csv", "--campaign", "c1"};
    QTest::newRow("map unknown column")
        << QStringList {"LEADS", "--campaign", "c1", "--map", "url=Nope"};
    QTest::newRow("map unknown key") << QStringList {"LEADS", "--campaign", "c1", "--map", "x=1"};
    QTest::newRow("skip-dnc without file")
        << QStringList {"LEADS", "--campaign", "c1", "--skip-dnc"};
}

void tst_ImportCommand::badArguments()
{
    QFETCH(QStringList, args);
    args.replaceInStrings("LEADS", m_csvPath);
    QVERIFY(m_sandbox->resetRequestCounts());
    const DeskRun run = runDesk(args);
    QVERIFY2(run.finished, qPrintable(run.all()));
    QVERIFY2(run.exitCode == 2, qPrintable(run.all()));
    QVERIFY(run.err.contains("kakiyo-desk:"));
    QCOMPARE(m_sandbox->requestCounts().value("total").toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_ImportCommand)
#include "tst_importcommand.moc"
