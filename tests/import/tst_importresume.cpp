// Kill-and-resume against the real sandbox: the import_worker is killed (QProcess::kill) at 12
// journal steps — right after a batch is marked sent (twice while the server is still holding
// the request), after acceptance, after confirmation — and started again each time. The final
// campaign holds exactly the expected prospects, each once; every row of the file is accounted
// for in the journal's report.
#include "ImportFixture.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_ImportResume : public QObject
{
    Q_OBJECT

private slots:
    void killAtTwelvePoints();
};

void tst_ImportResume::killAtTwelvePoints()
{
    QVERIFY(!qEnvironmentVariable("KAKIYO_IMPORT_WORKER").isEmpty());
    SandboxProcess sandbox(QStringList {
        "--prospects", "0", "--rate-limit", "100000", "--import-delay-ms", "40", "--quiet"});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const QStringList campaigns = campaignIds(sandbox, 1);
    QCOMPARE(campaigns.size(), 1);
    const QString campaign = campaigns.front();
    QVERIFY(campaignUrls(sandbox, campaign).isEmpty());

    QTemporaryDir dir;
    const GeneratedCsv csv = generateCsv(1200, "kill");
    QVERIFY(writeFile(dir.filePath("kill.csv"), csv.bytes));
    QVERIFY(writeFile(dir.filePath("kill.dnc"), csv.localDnc.join(u'\n').toUtf8()));
    QVERIFY(addServerDnc(sandbox, csv.serverDnc));
    const int batches = (csv.validRows + 99) / 100;
    QCOMPARE(batches, 11);
    const QStringList args {"--csv", dir.filePath("kill.csv"), "--journal",
        dir.filePath("kill.sqlite"), "--campaign", campaign, "--dnc", dir.filePath("kill.dnc"),
        "--serial"};

    const QList<KillPoint> points {{"sending 0", false}, {"accepted 1", false},
        {"confirmed 2", false}, {"sending 3", true}, {"accepted 4", false}, {"sending 5", false},
        {"confirmed 5", false}, {"sending 6", true}, {"accepted 7", false}, {"confirmed 8", false},
        {"sending 9", false}, {"accepted 10", false}};
    QVERIFY(points.size() >= 10);
    WorkerRun last;
    QStringList log;
    QVERIFY2(
        killAndResume(sandbox, args, points, QStringLiteral("/v1/prospects/batch"), &last, &log),
        qPrintable(log.join(u'\n')));
    QVERIFY2(last.finalState() == u"finished", qPrintable(log.join(u'\n')));

    const QStringList urls = campaignUrls(sandbox, campaign);
    const QSet<QString> actual(urls.begin(), urls.end());
    QCOMPARE(actual.size(), urls.size()); // nobody twice
    QVERIFY2(actual == csv.expected,
        qPrintable(QStringLiteral("missing %1, unexpected %2")
                       .arg(QStringList((csv.expected - actual).values()).join(u' '),
                           QStringList((actual - csv.expected).values()).join(u' '))));

    // The report (last line of the final run) accounts for every row.
    const QJsonObject counts = QJsonDocument::fromJson(last.lines.last().toUtf8()).object();
    QCOMPARE(counts.value("imported").toInt() + counts.value("existing").toInt(),
        int(csv.expected.size()));
    QCOMPARE(counts.value("skipped_dnc").toInt(), int(csv.serverDnc.size()));
    QCOMPARE(counts.value("enrichment_failed").toInt(), 1200 / 25);
    QCOMPARE(counts.value("rejected").toInt(), 1200 - csv.validRows);
    QCOMPARE(counts.value("pending").toInt() + counts.value("not_reported").toInt(), 0);
    // Resends happened (the kills at "sending") and cost at most one extra call each.
    const int posts = sandbox.requestCount("POST /prospects/batch");
    QVERIFY2(posts >= batches && posts <= batches + 4, qPrintable(QString::number(posts)));
    // A worker started on a finished import creates a new one rather than resuming: the journal
    // no longer lists this one as unfinished. (Not run: it would import nothing new anyway.)
}

QTEST_GUILESS_MAIN(tst_ImportResume)
#include "tst_importresume.moc"
