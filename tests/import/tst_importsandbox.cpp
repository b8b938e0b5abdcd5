// End to end against the real sandbox: 2,500 rows with invalid, duplicate and DNC rows end as
// exactly the expected prospects with exactly ceil(valid/100) batch calls; round-robin spreads
// rows over the campaigns by workload; the report accounts for every row.
#include "ImportFixture.h"
#include "models/import/CsvReader.h"

#include <QTemporaryDir>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_ImportSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullImport();
    void roundRobinSpreadsByWorkload();
    void survivesDroppedConnections();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    QStringList m_campaigns;
};

void tst_ImportSandbox::initTestCase()
{
    QVERIFY(!qEnvironmentVariable("KAKIYO_IMPORT_WORKER").isEmpty());
    m_sandbox = std::make_unique<SandboxProcess>(QStringList {
        "--prospects", "0", "--rate-limit", "100000", "--import-delay-ms", "40", "--quiet"});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_campaigns = campaignIds(*m_sandbox, 5);
    QVERIFY(m_campaigns.size() >= 5);
    for (const QString &id : m_campaigns)
        QVERIFY(campaignUrls(*m_sandbox, id).isEmpty()); // start from empty campaigns
}

void tst_ImportSandbox::fullImport()
{
    const GeneratedCsv csv = generateCsv(2500, "full");
    const QString path = m_dir.filePath("full.csv");
    QVERIFY(writeFile(path, csv.bytes));
    QVERIFY(writeFile(m_dir.filePath("full.dnc"), csv.localDnc.join(u'\n').toUtf8()));
    QVERIFY(addServerDnc(*m_sandbox, csv.serverDnc));
    QVERIFY(m_sandbox->resetRequestCounts());

    const QString campaign = m_campaigns.at(0);
    const WorkerRun run = runWorker(*m_sandbox,
        {"--csv", path, "--journal", m_dir.filePath("full.sqlite"), "--campaign", campaign, "--dnc",
            m_dir.filePath("full.dnc"), "--report", m_dir.filePath("full-report.csv")});
    QVERIFY2(run.finalState() == u"finished", qPrintable(run.lines.join(u'\n')));
    QCOMPARE(run.exitCode, 0);

    const int batchCalls = m_sandbox->requestCount("POST /prospects/batch");
    QVERIFY2(batchCalls == (csv.validRows + 99) / 100,
        qPrintable(
            QStringLiteral("%1 batch calls for %2 valid rows\n").arg(batchCalls).arg(csv.validRows)
            + run.lines.join(u'\n')));

    const QStringList urls = campaignUrls(*m_sandbox, campaign);
    QCOMPARE(QSet<QString>(urls.begin(), urls.end()).size(), urls.size()); // no duplicates
    QCOMPARE(QSet<QString>(urls.begin(), urls.end()), csv.expected);

    // The report has one line per data row, every one resolved.
    QFile report(m_dir.filePath("full-report.csv"));
    QVERIFY(report.open(QIODevice::ReadOnly));
    CsvReader reader(&report);
    QVERIFY(reader.start());
    QHash<QString, int> outcomes;
    CsvRecord record;
    int lines = 0;
    while (reader.next(&record)) {
        ++lines;
        ++outcomes[record.fields.at(3)];
    }
    QCOMPARE(lines, 2500);
    QCOMPARE(outcomes.value("imported"), int(csv.expected.size()));
    QCOMPARE(outcomes.value("skipped_dnc"), int(csv.serverDnc.size()));
    QCOMPARE(outcomes.value("enrichment_failed"), 2500 / 25);
    QCOMPARE(outcomes.value("rejected"), 2500 - csv.validRows);
    QCOMPARE(outcomes.value("pending") + outcomes.value("not_reported"), 0);
}

void tst_ImportSandbox::roundRobinSpreadsByWorkload()
{
    // Give one campaign a head start: round-robin must fill the others first.
    const QStringList targets = m_campaigns.mid(1, 3);
    GeneratedCsv head = generateCsv(40, "head");
    QVERIFY(writeFile(m_dir.filePath("head.csv"), head.bytes));
    WorkerRun run = runWorker(*m_sandbox,
        {"--csv", m_dir.filePath("head.csv"), "--journal", m_dir.filePath("rr.sqlite"),
            "--campaign", targets.at(0)});
    QCOMPARE(run.finalState(), QStringLiteral("finished"));
    const int headStart = int(campaignUrls(*m_sandbox, targets.at(0)).size());
    QVERIFY(headStart > 20);

    // Only clean rows, so every row lands.
    QByteArray bytes("Name,LinkedIn URL\n");
    const int rows = 450;
    for (int i = 0; i < rows; ++i)
        bytes += "Person " + QByteArray::number(i) + ",linkedin.com/in/rr-" + QByteArray::number(i)
            + "\n";
    QVERIFY(writeFile(m_dir.filePath("rr.csv"), bytes));
    QVERIFY(m_sandbox->resetRequestCounts());
    run = runWorker(*m_sandbox,
        {"--csv", m_dir.filePath("rr.csv"), "--journal", m_dir.filePath("rr.sqlite"),
            "--round-robin", targets.join(u',')});
    QVERIFY2(run.finalState() == u"finished", qPrintable(run.lines.join(u'\n')));
    QCOMPARE(m_sandbox->requestCount("POST /prospects/batch/round-robin"), 5);

    QList<int> counts;
    QSet<QString> all;
    int total = 0;
    for (const QString &id : targets) {
        const QStringList urls = campaignUrls(*m_sandbox, id);
        counts.append(int(urls.size()));
        for (const QString &u : urls) {
            if (u.startsWith(u"https://linkedin.com/in/rr-")) {
                all.insert(u);
                ++total;
            }
        }
    }
    QCOMPARE(total, rows); // every row in exactly one campaign
    QCOMPARE(int(all.size()), rows);
    // By workload: the totals end level (the head start was absorbed), within one row per batch.
    const int spread = *std::max_element(counts.begin(), counts.end())
        - *std::min_element(counts.begin(), counts.end());
    QVERIFY2(spread <= 5,
        qPrintable(QStringLiteral("counts %1 %2 %3").arg(counts[0]).arg(counts[1]).arg(counts[2])));
}

void tst_ImportSandbox::survivesDroppedConnections()
{
    // The first two batch posts and one status poll are dropped without an answer: the worker
    // waits, resends (server answers "existing" for anything that did arrive) and ends exact.
    const GeneratedCsv csv = generateCsv(300, "drop");
    QVERIFY(writeFile(m_dir.filePath("drop.csv"), csv.bytes));
    QVERIFY(addServerDnc(*m_sandbox, csv.serverDnc));
    QVERIFY(m_sandbox->injectFault(QJsonObject {
        {"method", "POST"}, {"path", "/v1/prospects/batch"}, {"count", 2}, {"kind", "drop"}}));
    QVERIFY(m_sandbox->injectFault(QJsonObject {{"method", "GET"},
        {"path", "/v1/prospects/imports"}, {"count", 1}, {"kind", "status"}, {"status", 503}}));
    const QString campaign = m_campaigns.at(4);
    const WorkerRun run = runWorker(*m_sandbox,
        {"--csv", m_dir.filePath("drop.csv"), "--journal", m_dir.filePath("drop.sqlite"),
            "--campaign", campaign});
    QVERIFY(m_sandbox->clearFaults());
    QVERIFY2(run.finalState() == u"finished", qPrintable(run.lines.join(u'\n')));
    QVERIFY(run.lines.filter(QStringLiteral("waiting")).size() >= 1);
    const QStringList urls = campaignUrls(*m_sandbox, campaign);
    QCOMPARE(QSet<QString>(urls.begin(), urls.end()).size(), urls.size());
    QSet<QString> expected = csv.expected;
    for (const QString &u : csv.serverDnc) // the local DNC file is not used here
        expected.remove(u);
    QSet<QString> localDnc;
    for (const QString &u : csv.localDnc)
        localDnc.insert(LinkedinUrl::normalised(u));
    const QSet<QString> actual(urls.begin(), urls.end());
    const QSet<QString> wanted = expected | localDnc;
    QVERIFY2(actual == wanted,
        qPrintable(QStringLiteral("missing %1, unexpected %2\n")
                       .arg(QStringList((wanted - actual).values()).join(u' '),
                           QStringList((actual - wanted).values()).join(u' '))
            + run.lines.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_ImportSandbox)
#include "tst_importsandbox.moc"
