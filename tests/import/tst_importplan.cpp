// ImportPlan: chunking, target checks and the preview's calls, credits and rate-limit floor.
#include "models/api/RatePolicy.h"
#include "models/import/ImportPlan.h"

#include <QTest>

using namespace kakiyo;

class tst_ImportPlan : public QObject
{
    Q_OBJECT

private slots:
    void batches_data();
    void batches();
    void preview_data();
    void preview();
    void floor_data();
    void floor();
    void targets();
    void limitsFromPolicy();
};

void tst_ImportPlan::batches_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("batches");
    QTest::addColumn<int>("lastCount");
    QTest::newRow("none") << 0 << 100 << 0 << 0;
    QTest::newRow("one") << 1 << 100 << 1 << 1;
    QTest::newRow("exactly 100") << 100 << 100 << 1 << 100;
    QTest::newRow("101") << 101 << 100 << 2 << 1;
    QTest::newRow("2,137") << 2137 << 100 << 22 << 37;
    QTest::newRow("size clamped to 100") << 250 << 500 << 3 << 50;
    QTest::newRow("small batches") << 10 << 3 << 4 << 1;
}

void tst_ImportPlan::batches()
{
    QFETCH(int, rows);
    QFETCH(int, size);
    QFETCH(int, batches);
    QFETCH(int, lastCount);
    const ImportPlan plan = ImportPlan::make(ImportTarget::campaign("c1"), rows, size);
    QCOMPARE(plan.batches.size(), batches);
    int covered = 0;
    for (int i = 0; i < plan.batches.size(); ++i) {
        const ImportPlan::Batch &b = plan.batches.at(i);
        QCOMPARE(b.number, i);
        QCOMPARE(b.firstRow, covered); // contiguous, in file order, nothing skipped
        QVERIFY(b.rowCount >= 1 && b.rowCount <= ImportPlan::MaxBatchSize);
        covered += b.rowCount;
    }
    QCOMPARE(covered, rows);
    if (batches > 0)
        QCOMPARE(plan.batches.last().rowCount, lastCount);
}

void tst_ImportPlan::preview_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("campaigns");
    QTest::addColumn<int>("creditsPerCall");
    QTest::addColumn<bool>("shared");
    QTest::addColumn<int>("batchCalls");
    QTest::addColumn<int>("lists");
    QTest::addColumn<int>("totalCalls");
    QTest::addColumn<qint64>("credits");
    QTest::addColumn<qint64>("minimumMs");

    // 2 polls per list, 60/min each bucket unless shared.
    QTest::newRow("2,500 rows, one campaign")
        << 2500 << 1 << 1 << false << 25 << 25 << 75 << qint64(75) << qint64(0);
    QTest::newRow("10,000 rows: 100 batches, 200 polls")
        << 10000 << 1 << 1 << false << 100 << 100 << 300 << qint64(300) << qint64(180000);
    QTest::newRow("shared bucket")
        << 10000 << 1 << 1 << true << 100 << 100 << 300 << qint64(300) << qint64(240000);
    QTest::newRow("round-robin 3 campaigns")
        << 250 << 3 << 1 << false << 3 << 9 << 21 << qint64(21) << qint64(0);
    QTest::newRow("round-robin, batch smaller than campaigns")
        << 2 << 3 << 1 << false << 1 << 2 << 5 << qint64(5) << qint64(0);
    QTest::newRow("no credits (current generation)")
        << 500 << 1 << 0 << false << 5 << 5 << 15 << qint64(0) << qint64(0);
    QTest::newRow("nothing to send")
        << 0 << 1 << 1 << false << 0 << 0 << 0 << qint64(0) << qint64(0);
}

void tst_ImportPlan::preview()
{
    QFETCH(int, rows);
    QFETCH(int, campaigns);
    QFETCH(int, creditsPerCall);
    QFETCH(bool, shared);
    QFETCH(int, batchCalls);
    QFETCH(int, lists);
    QFETCH(int, totalCalls);
    QFETCH(qint64, credits);
    QFETCH(qint64, minimumMs);

    QStringList ids;
    for (int i = 0; i < campaigns; ++i)
        ids.append(QStringLiteral("c%1").arg(i));
    const ImportTarget target
        = campaigns == 1 ? ImportTarget::campaign(ids.front()) : ImportTarget::roundRobin(ids);
    ImportPlan::Limits limits;
    limits.creditsPerCall = creditsPerCall;
    limits.sharedBucket = shared;
    const ImportPlan::Preview p = ImportPlan::make(target, rows).preview(limits);
    QCOMPARE(p.batchCalls, batchCalls);
    QCOMPARE(p.lists, lists);
    QCOMPARE(p.statusPolls, lists * 2);
    QCOMPARE(p.totalCalls, totalCalls);
    QCOMPARE(p.credits, credits);
    QCOMPARE(p.minimumMs, minimumMs);
}

void tst_ImportPlan::floor_data()
{
    QTest::addColumn<int>("calls");
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("zero") << 0 << 60 << qint64(0);
    QTest::newRow("within budget") << 60 << 60 << qint64(0);
    QTest::newRow("one over") << 61 << 60 << qint64(60000);
    QTest::newRow("100 at 60/min") << 100 << 60 << qint64(60000);
    QTest::newRow("100 at 15/min") << 100 << 15 << qint64(6 * 60000);
    QTest::newRow("121 at 60/min") << 121 << 60 << qint64(120000);
}

void tst_ImportPlan::floor()
{
    QFETCH(int, calls);
    QFETCH(int, limit);
    QFETCH(qint64, expected);
    QCOMPARE(ImportPlan::floorMs(calls, limit, 60000), expected);
}

void tst_ImportPlan::targets()
{
    QVERIFY(ImportTarget::campaign("c1").problem().isEmpty());
    QVERIFY(!ImportTarget::campaign("").problem().isEmpty());
    QVERIFY(!ImportTarget::roundRobin({"c1"}).problem().isEmpty());
    QVERIFY(!ImportTarget::roundRobin({"c1", "c1"}).problem().isEmpty());
    QVERIFY(ImportTarget::roundRobin({"c2", "c1"}).problem().isEmpty());
    // Order of round-robin campaigns does not make another import.
    QCOMPARE(
        ImportTarget::roundRobin({"c2", "c1"}).key(), ImportTarget::roundRobin({"c1", "c2"}).key());
    QVERIFY(ImportTarget::campaign("c1").key() != ImportTarget::campaign("c2").key());
    const ImportTarget rr = ImportTarget::roundRobin({"a", "b", "c"});
    QCOMPARE(ImportTarget::fromKey(rr.key()), rr);
    QCOMPARE(ImportTarget::fromKey(ImportTarget::campaign("z").key()), ImportTarget::campaign("z"));
}

void tst_ImportPlan::limitsFromPolicy()
{
    // Tiered: every POST is Low (15/min); the status read is a Medium read (30/min).
    const ImportPlan::Limits tiered
        = ImportPlan::Limits::fromPolicy(RatePolicy(RatePolicy::Mode::Tiered), false);
    QCOMPARE(tiered.batchCallsPerWindow, 15);
    QVERIFY(tiered.statusCallsPerWindow >= 15 && tiered.statusCallsPerWindow <= 60);
    const ImportPlan::Limits perEndpoint
        = ImportPlan::Limits::fromPolicy(RatePolicy(RatePolicy::Mode::PerEndpoint), true);
    QCOMPARE(perEndpoint.batchCallsPerWindow, 60);
    QCOMPARE(perEndpoint.statusCallsPerWindow, 60);
}

QTEST_APPLESS_MAIN(tst_ImportPlan)
#include "tst_importplan.moc"
