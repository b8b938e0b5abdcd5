// The refresh plan's arithmetic: calls per hour and credits per day for an interval, the share of
// every rate bucket the refresh spends from under each policy, the shortest interval that stays
// within the cap, and the sentence shown to the user.
#include "models/live/RefreshPlan.h"
#include "models/live/TeamRefresh.h"

#include <QTest>

using namespace kakiyo;

class tst_RefreshPlan : public QObject
{
    Q_OBJECT

private slots:
    void costs_data();
    void costs();
    void sharesPerBucket_data();
    void sharesPerBucket();
    void shortestStaysWithinTheCap();
    void stopped();
    void workspaceCostsOneCallMore();
    void defaultIsOnAndCheapWhereCallsCost();
    void callsMatchTheRefresh();
};

void tst_RefreshPlan::costs_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<bool>("credits");
    QTest::addColumn<int>("callsPerHour");
    QTest::addColumn<int>("creditsPerDay");
    QTest::addColumn<QString>("summary");
    QTest::newRow("15 min, credit era") << 15 << true << 16 << 384
                                        << "auto-refresh every 15 min · 16 calls/hour · 384 "
                                           "credits/day";
    QTest::newRow("5 min, no credits") << 5 << false << 48 << 0
                                       << "auto-refresh every 5 min · 48 calls/hour · 0 "
                                          "credits/day";
    QTest::newRow("60 min") << 60 << true << 4 << 96
                            << "auto-refresh every 60 min · 4 calls/hour · 96 credits/day";
    QTest::newRow("120 min") << 120 << true << 2 << 48
                             << "auto-refresh every 120 min · 2 calls/hour · 48 credits/day";
}

void tst_RefreshPlan::workspaceCostsOneCallMore()
{
    // GET /workspaces resolves the scope with every refresh: 5 calls, whatever the campaigns.
    const RefreshPlan plan(RatePolicy(), 15, true, /*inWorkspace=*/true);
    QCOMPARE(plan.callsPerRefresh(), TeamRefresh::WorkspaceCalls);
    QCOMPARE(plan.callsPerHour(), 20);
    QCOMPARE(plan.creditsPerDay(), 480);
    QCOMPARE(plan.summary(),
        QStringLiteral("auto-refresh every 15 min · 20 calls/hour · 480 "
                       "credits/day"));
    // Credits per day are exact, not the rounded hourly figure times 24: 2.5 calls an hour.
    QCOMPARE(RefreshPlan(RatePolicy(), 120, true, true).creditsPerDay(), 60);
    bool workspaces = false;
    for (const RefreshPlan::BucketShare &s : RefreshPlan(RatePolicy(), 5, false, true).shares())
        workspaces = workspaces || s.bucketId == u"endpoint:GET /workspaces";
    QVERIFY(workspaces);
    QVERIFY(RefreshPlan::shortestInterval(RatePolicy(), true)
        >= RefreshPlan::shortestInterval(RatePolicy()));
}

void tst_RefreshPlan::costs()
{
    QFETCH(int, minutes);
    QFETCH(bool, credits);
    QFETCH(int, callsPerHour);
    QFETCH(int, creditsPerDay);
    QFETCH(QString, summary);
    const RefreshPlan plan(RatePolicy(), minutes, credits);
    QCOMPARE(plan.callsPerHour(), callsPerHour);
    QCOMPARE(plan.creditsPerDay(), creditsPerDay);
    QCOMPARE(plan.summary(), summary);
}

void tst_RefreshPlan::sharesPerBucket_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<int>("callsPerHour");
    QTest::addColumn<int>("capacityPerHour");
    // Every 5 min = 12 refreshes an hour.
    QTest::newRow("per endpoint: agents")
        << int(RatePolicy::Mode::PerEndpoint) << "endpoint:GET /agents" << 12 << 3600;
    QTest::newRow("tiered: the three reads share medium")
        << int(RatePolicy::Mode::Tiered) << "tier:medium" << 36 << 1800;
    QTest::newRow("tiered: search is low")
        << int(RatePolicy::Mode::Tiered) << "tier:low" << 12 << 900;
}

void tst_RefreshPlan::sharesPerBucket()
{
    QFETCH(int, mode);
    QFETCH(QString, bucket);
    QFETCH(int, callsPerHour);
    QFETCH(int, capacityPerHour);
    const RefreshPlan plan(RatePolicy(RatePolicy::Mode(mode)), 5, false);
    bool found = false;
    for (const RefreshPlan::BucketShare &s : plan.shares()) {
        if (s.bucketId != bucket)
            continue;
        found = true;
        QCOMPARE(s.callsPerHour, callsPerHour);
        QCOMPARE(s.capacityPerHour, capacityPerHour);
        QCOMPARE(s.share, double(callsPerHour) / capacityPerHour);
    }
    QVERIFY2(found, qPrintable(bucket));
}

void tst_RefreshPlan::shortestStaysWithinTheCap()
{
    for (auto mode :
        {RatePolicy::Mode::PerEndpoint, RatePolicy::Mode::Tiered, RatePolicy::Mode::Strictest}) {
        const int shortest = RefreshPlan::shortestInterval(RatePolicy(mode));
        QVERIFY(RefreshPlan(RatePolicy(mode), shortest, false).withinBudget());
    }
    // A server with tiny buckets pushes the interval out.
    RatePolicy tiny;
    tiny.setOverride(1, 60000); // one call a minute: 60 an hour
    const int shortest = RefreshPlan::shortestInterval(tiny);
    QVERIFY(shortest > 5);
    QVERIFY(
        RefreshPlan(tiny, shortest, false).largestShare() <= RefreshPlan::MaxBucketShare + 1e-9);
    QVERIFY(!RefreshPlan(tiny, 5, false).withinBudget());
    // Intervals over an hour still cost something.
    QVERIFY(RefreshPlan(RatePolicy(), 120, false).largestShare() > 0);
}

void tst_RefreshPlan::defaultIsOnAndCheapWhereCallsCost()
{
    for (auto mode :
        {RatePolicy::Mode::PerEndpoint, RatePolicy::Mode::Tiered, RatePolicy::Mode::Strictest}) {
        for (bool inWorkspace : {false, true}) {
            const RatePolicy policy(mode);
            const int free = RefreshPlan::defaultInterval(policy, false, inWorkspace);
            const int costly = RefreshPlan::defaultInterval(policy, true, inWorkspace);
            QCOMPARE(free, RefreshPlan::DefaultIntervalMinutes); // on, not off
            QCOMPARE(costly, RefreshPlan::CreditDefaultIntervalMinutes);
            QVERIFY(RefreshPlan(policy, free, false, inWorkspace).withinBudget());
            QVERIFY(RefreshPlan::intervalChoices().contains(costly));
            QCOMPARE(RefreshPlan(policy, costly, true, inWorkspace).creditsPerDay(),
                inWorkspace ? 120 : 96);
        }
    }
    // Tiny buckets push the default out to what the budget allows.
    RatePolicy tiny;
    tiny.setOverride(1, 60000);
    QCOMPARE(RefreshPlan::defaultInterval(tiny, false, false), RefreshPlan::shortestInterval(tiny));
}

void tst_RefreshPlan::stopped()
{
    const RefreshPlan plan(RatePolicy(), 0, true);
    QVERIFY(plan.isStopped());
    QCOMPARE(plan.callsPerHour(), 0);
    QCOMPARE(plan.creditsPerDay(), 0);
    QCOMPARE(plan.summary(), QStringLiteral("auto-refresh off"));
}

void tst_RefreshPlan::callsMatchTheRefresh()
{
    QCOMPARE(RefreshPlan::refreshCalls().size(), qsizetype(TeamRefresh::TeamCalls));
    QCOMPARE(RefreshPlan::refreshCalls(true).size(), qsizetype(TeamRefresh::WorkspaceCalls));
    QCOMPARE(TeamRefresh::CallsPerRefresh, TeamRefresh::WorkspaceCalls); // the most one costs
}

QTEST_GUILESS_MAIN(tst_RefreshPlan)
#include "tst_refreshplan.moc"
