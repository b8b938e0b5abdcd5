// Kill-and-resume against the real sandbox, to one campaign and round-robin over three: the
// import_worker is killed (QProcess::kill) at 12 journal steps — right after a batch is marked
// sent (twice while the server is still holding the request), after acceptance, after
// confirmation — and started again each time. Afterwards the campaigns together hold exactly the
// expected prospects, each once (in one campaign only); every row of the file is accounted for
// in the journal's report; resends cost at most one extra call per kill while a send was open.
#include "ImportFixture.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace kakiyo;
using namespace kakiyo::test;

Q_DECLARE_METATYPE(QList<kakiyo::test::KillPoint>)

class tst_ImportResume : public QObject
{
    Q_OBJECT

private slots:
    void killAtTwelvePoints_data();
    void killAtTwelvePoints();
};

void tst_ImportResume::killAtTwelvePoints_data()
{
    QTest::addColumn<int>("campaignCount"); // 1: POST /prospects/batch; more: round-robin
    QTest::addColumn<QList<KillPoint>>("points");
    QTest::newRow("one campaign") << 1
                                  << QList<KillPoint> {{"sending 0", false}, {"accepted 1", false},
                                         {"confirmed 2", false}, {"sending 3", true},
                                         {"accepted 4", false}, {"sending 5", false},
                                         {"confirmed 5", false}, {"sending 6", true},
                                         {"accepted 7", false}, {"confirmed 8", false},
                                         {"sending 9", false}, {"accepted 10", false}};
    QTest::newRow("round-robin") << 3
                                 << QList<KillPoint> {{"sending 0", false}, {"accepted 0", false},
                                        {"confirmed 1", false}, {"sending 2", true},
                                        {"accepted 3", false}, {"sending 4", false},
                                        {"confirmed 4", false}, {"sending 5", true},
                                        {"accepted 6", false}, {"confirmed 7", false},
                                        {"sending 8", false}, {"accepted 9", false}};
}

void tst_ImportResume::killAtTwelvePoints()
{
    QFETCH(int, campaignCount);
    QFETCH(QList<KillPoint>, points);
    QVERIFY(points.size() >= 10);
    QVERIFY(!qEnvironmentVariable("KAKIYO_IMPORT_WORKER").isEmpty());
    SandboxProcess sandbox(QStringList {
        "--prospects", "0", "--rate-limit", "100000", "--import-delay-ms", "40", "--quiet"});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const QStringList campaigns = campaignIds(sandbox, campaignCount);
    QCOMPARE(campaigns.size(), campaignCount);
    for (const QString &c : campaigns)
        QVERIFY(campaignUrls(sandbox, c).isEmpty());
    const bool roundRobin = campaignCount > 1;
    const QString route = roundRobin ? QStringLiteral("/prospects/batch/round-robin")
                                     : QStringLiteral("/prospects/batch");

    QTemporaryDir dir;
    const GeneratedCsv csv = generateCsv(1200, roundRobin ? "rrkill" : "kill");
    QVERIFY(writeFile(dir.filePath("kill.csv"), csv.bytes));
    QVERIFY(writeFile(dir.filePath("kill.dnc"), csv.localDnc.join(u'\n').toUtf8()));
    QVERIFY(addServerDnc(sandbox, csv.serverDnc));
    const int batches = (csv.validRows + 99) / 100;
    QCOMPARE(batches, 11);
    QStringList args {"--csv", dir.filePath("kill.csv"), "--journal", dir.filePath("kill.sqlite"),
        "--dnc", dir.filePath("kill.dnc")};
    if (roundRobin)
        args << "--round-robin" << campaigns.join(u','); // one batch open at a time by itself
    else
        args << "--campaign" << campaigns.front() << "--serial";

    WorkerRun last;
    QStringList log;
    QVERIFY2(killAndResume(sandbox, args, points, QStringLiteral("/v1") + route, &last, &log),
        qPrintable(log.join(u'\n')));
    QVERIFY2(last.finalState() == u"finished", qPrintable(log.join(u'\n')));

    // Every expected person in exactly one campaign, nobody else.
    QStringList all;
    int campaignsUsed = 0;
    for (const QString &c : campaigns) {
        const QStringList urls = campaignUrls(sandbox, c);
        campaignsUsed += !urls.isEmpty();
        all += urls;
    }
    const QSet<QString> actual(all.begin(), all.end());
    QCOMPARE(actual.size(), all.size()); // nobody twice, not even across campaigns
    QVERIFY2(actual == csv.expected,
        qPrintable(QStringLiteral("missing %1, unexpected %2")
                       .arg(QStringList((csv.expected - actual).values()).join(u' '),
                           QStringList((actual - csv.expected).values()).join(u' '))));
    if (roundRobin)
        QVERIFY2(campaignsUsed >= 2, "round-robin spread the rows over at least two campaigns");

    // The report (last line of the final run) accounts for every row.
    const QJsonObject counts = QJsonDocument::fromJson(last.lines.last().toUtf8()).object();
    QCOMPARE(counts.value("imported").toInt() + counts.value("existing").toInt(),
        int(csv.expected.size()));
    QCOMPARE(counts.value("skipped_dnc").toInt(), int(csv.serverDnc.size()));
    QCOMPARE(counts.value("enrichment_failed").toInt(), 1200 / 25);
    QCOMPARE(counts.value("rejected").toInt(), 1200 - csv.validRows);
    QCOMPARE(counts.value("pending").toInt() + counts.value("not_reported").toInt(), 0);
    // Resends happened (the kills at "sending") and cost at most one extra call each; nothing
    // went to the other batch route.
    const int posts = sandbox.requestCount(QStringLiteral("POST ") + route);
    QVERIFY2(posts >= batches && posts <= batches + 4, qPrintable(QString::number(posts)));
    QCOMPARE(sandbox.requestCount(roundRobin ? QStringLiteral("POST /prospects/batch")
                                             : QStringLiteral("POST /prospects/batch/round-robin")),
        0);
}

QTEST_GUILESS_MAIN(tst_ImportResume)
#include "tst_importresume.moc"
