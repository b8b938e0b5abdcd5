// Kill-and-resume of a round-robin import against the real sandbox: the import_worker sends
// 1,200 rows round-robin over three campaigns and is killed (QProcess::kill) at 12 journal steps
// — after a batch is marked sent (twice while the server still holds the request), after
// acceptance, after confirmation — and started again each time. Afterwards the three campaigns
// together hold exactly the expected prospects, each once in one campaign only; the journal's
// report accounts for every row.
#include "ImportFixture.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_ImportRrKill : public QObject
{
    Q_OBJECT

private slots:
    void killRoundRobinAtTwelvePoints();
};

void tst_ImportRrKill::killRoundRobinAtTwelvePoints()
{
    QVERIFY(!qEnvironmentVariable("KAKIYO_IMPORT_WORKER").isEmpty());
    SandboxProcess sandbox(QStringList {
        "--prospects", "0", "--rate-limit", "100000", "--import-delay-ms", "40", "--quiet"});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const QStringList campaigns = campaignIds(sandbox, 3);
    QCOMPARE(campaigns.size(), 3);
    for (const QString &c : campaigns)
        QVERIFY(campaignUrls(sandbox, c).isEmpty());

    QTemporaryDir dir;
    const GeneratedCsv csv = generateCsv(1200, "rrkill");
    QVERIFY(writeFile(dir.filePath("rr.csv"), csv.bytes));
    QVERIFY(writeFile(dir.filePath("rr.dnc"), csv.localDnc.join(u'\n').toUtf8()));
    QVERIFY(addServerDnc(sandbox, csv.serverDnc));
    const int batches = (csv.validRows + 99) / 100;
    QCOMPARE(batches, 11);
    const QStringList args {"--csv", dir.filePath("rr.csv"), "--journal", dir.filePath("rr.sqlite"),
        "--round-robin", campaigns.join(u','), "--dnc", dir.filePath("rr.dnc")};

    const QList<KillPoint> points {{"sending 0", false}, {"accepted 0", false},
        {"confirmed 1", false}, {"sending 2", true}, {"accepted 3", false}, {"sending 4", false},
        {"confirmed 4", false}, {"sending 5", true}, {"accepted 6", false}, {"confirmed 7", false},
        {"sending 8", false}, {"accepted 9", false}};
    QVERIFY(points.size() >= 10);
    WorkerRun last;
    QStringList log;
    QVERIFY2(killAndResume(sandbox, args, points, QStringLiteral("/v1/prospects/batch/round-robin"),
                 &last, &log),
        qPrintable(log.join(u'\n')));
    QVERIFY2(last.finalState() == u"finished", qPrintable(log.join(u'\n')));

    // Every expected person in exactly one of the three campaigns, nobody else.
    QStringList all;
    int campaignsUsed = 0;
    for (const QString &c : campaigns) {
        const QStringList urls = campaignUrls(sandbox, c);
        if (!urls.isEmpty())
            ++campaignsUsed;
        all += urls;
    }
    const QSet<QString> actual(all.begin(), all.end());
    QCOMPARE(actual.size(), all.size()); // nobody twice, not even across campaigns
    QVERIFY2(actual == csv.expected,
        qPrintable(QStringLiteral("missing %1, unexpected %2")
                       .arg(QStringList((csv.expected - actual).values()).join(u' '),
                           QStringList((actual - csv.expected).values()).join(u' '))));
    QVERIFY2(campaignsUsed >= 2, "round-robin spread the rows over at least two campaigns");

    const QJsonObject counts = QJsonDocument::fromJson(last.lines.last().toUtf8()).object();
    QCOMPARE(counts.value("imported").toInt() + counts.value("existing").toInt(),
        int(csv.expected.size()));
    QCOMPARE(counts.value("skipped_dnc").toInt(), int(csv.serverDnc.size()));
    QCOMPARE(counts.value("enrichment_failed").toInt(), 1200 / 25);
    QCOMPARE(counts.value("rejected").toInt(), 1200 - csv.validRows);
    QCOMPARE(counts.value("pending").toInt() + counts.value("not_reported").toInt(), 0);
    const int posts = sandbox.requestCount("POST /prospects/batch/round-robin");
    QVERIFY2(posts >= batches && posts <= batches + 4, qPrintable(QString::number(posts)));
    QCOMPARE(sandbox.requestCount("POST /prospects/batch"), 0);
}

QTEST_GUILESS_MAIN(tst_ImportRrKill)
#include "tst_importrrkill.moc"
