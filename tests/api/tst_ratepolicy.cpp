// RatePolicy and RateBucket: the contract's endpoint -> template -> bucket tables for both rule
// sets, and the sliding-window budget with server hints.

#include "models/api/RateBucket.h"
#include "models/api/RatePolicy.h"

#include <QTest>

using kakiyo::RateBucket;
using kakiyo::RatePolicy;

class tst_RatePolicy : public QObject
{
    Q_OBJECT

private slots:
    void route_data();
    void route();
    void tier_data();
    void tier();
    void limitsPerMode();
    void bucketSlidingWindow();
    void bucketBlockAndServerRemaining();
    void group();
};

void tst_RatePolicy::route_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("route");

    QTest::newRow("verify") << QByteArray("GET") << "/verify"
                            << "/verify";
    QTest::newRow("search before chat") << QByteArray("GET") << "/prospects/search"
                                        << "/prospects/search";
    QTest::newRow("chat") << QByteArray("GET") << "/prospects/abcdefghij0123456789"
                          << "/prospects/{chatId}";
    QTest::newRow("delete prospect") << QByteArray("DELETE") << "/prospects/x1"
                                     << "/prospects/{prospectId}";
    QTest::newRow("bulk delete") << QByteArray("DELETE") << "/prospects"
                                 << "/prospects";
    QTest::newRow("batch") << QByteArray("POST") << "/prospects/batch"
                           << "/prospects/batch";
    QTest::newRow("round robin") << QByteArray("POST") << "/prospects/batch/round-robin"
                                 << "/prospects/batch/round-robin";
    QTest::newRow("imports") << QByteArray("GET") << "/prospects/imports/L1"
                             << "/prospects/imports/{listId}";
    QTest::newRow("campaign prospects") << QByteArray("GET") << "/prospects/campaign/c1"
                                        << "/prospects/campaign/{campaignId}";
    QTest::newRow("custom data") << QByteArray("PATCH") << "/prospects/c1/custom-data"
                                 << "/prospects/{chatId}/custom-data";
    QTest::newRow("qualify") << QByteArray("POST") << "/prospects/c1/qualify"
                             << "/prospects/{chatId}/qualify";
    QTest::newRow("campaign stats") << QByteArray("GET") << "/campaigns/c1/stats"
                                    << "/campaigns/{id}/stats";
    QTest::newRow("dnc check") << QByteArray("GET") << "/dnc/check"
                               << "/dnc/check";
    QTest::newRow("dnc batch") << QByteArray("POST") << "/dnc/batch"
                               << "/dnc/batch";
    QTest::newRow("dnc delete") << QByteArray("DELETE") << "/dnc/d1"
                                << "/dnc/{id}";
    QTest::newRow("webhook events") << QByteArray("GET") << "/webhooks/events"
                                    << "/webhooks/events";
    QTest::newRow("webhook test events") << QByteArray("GET") << "/webhooks/test/events"
                                         << "/webhooks/test/events";
    QTest::newRow("webhook update") << QByteArray("PUT") << "/webhooks/w1"
                                    << "/webhooks/{webhookId}";
    QTest::newRow("workspace agent") << QByteArray("POST") << "/workspaces/w/agents/a"
                                     << "/workspaces/{id}/agents/{agentId}";
    QTest::newRow("analytics") << QByteArray("GET") << "/analytics/campaigns/c9"
                               << "/analytics/campaigns/{campaignId}";
    QTest::newRow("trailing slash") << QByteArray("GET") << "/agents/"
                                    << "/agents";
    QTest::newRow("unknown") << QByteArray("GET") << "/future/a/b"
                             << "/future/{id}/{id}";
    QTest::newRow("empty") << QByteArray("GET") << ""
                           << "/";
}

void tst_RatePolicy::route()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, route);
    QCOMPARE(RatePolicy::routeFor(method, path), route);
}

void tst_RatePolicy::tier_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<int>("limit");

    QTest::newRow("verify high") << QByteArray("GET") << "/verify"
                                 << "high" << 60;
    QTest::newRow("models high") << QByteArray("GET") << "/models"
                                 << "high" << 60;
    QTest::newRow("model high") << QByteArray("GET") << "/models/m1"
                                << "high" << 60;
    QTest::newRow("events high") << QByteArray("GET") << "/webhooks/events"
                                 << "high" << 60;
    QTest::newRow("campaigns medium") << QByteArray("GET") << "/campaigns"
                                      << "medium" << 30;
    QTest::newRow("agents medium") << QByteArray("GET") << "/agents"
                                   << "medium" << 30;
    QTest::newRow("analytics medium") << QByteArray("GET") << "/analytics/overview"
                                      << "medium" << 30;
    QTest::newRow("products medium") << QByteArray("GET") << "/products"
                                     << "medium" << 30;
    QTest::newRow("search low") << QByteArray("GET") << "/prospects/search"
                                << "low" << 15;
    QTest::newRow("post low") << QByteArray("POST") << "/campaigns"
                              << "low" << 15;
    QTest::newRow("put low") << QByteArray("PUT") << "/agents/a"
                             << "low" << 15;
    QTest::newRow("patch low") << QByteArray("PATCH") << "/prospects/c/custom-data"
                               << "low" << 15;
    QTest::newRow("delete low") << QByteArray("DELETE") << "/webhooks/w"
                                << "low" << 15;
    QTest::newRow("dnc list") << QByteArray("GET") << "/dnc"
                              << "dnc-read" << 60;
    QTest::newRow("dnc check") << QByteArray("GET") << "/dnc/check"
                               << "dnc-read" << 60;
    QTest::newRow("dnc add") << QByteArray("POST") << "/dnc"
                             << "dnc-write" << 30;
    QTest::newRow("dnc delete") << QByteArray("DELETE") << "/dnc/x"
                                << "dnc-write" << 30;
    QTest::newRow("dnc batch") << QByteArray("POST") << "/dnc/batch"
                               << "dnc-batch" << 10;
}

void tst_RatePolicy::tier()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, tier);
    QFETCH(int, limit);
    const QString route = RatePolicy::routeFor(method, path);
    QCOMPARE(RatePolicy::tierFor(method, route), tier);
    QCOMPARE(RatePolicy::tierLimit(tier), limit);

    const RatePolicy tiered(RatePolicy::Mode::Tiered);
    const auto limits = tiered.limitsFor(method, path);
    QCOMPARE(limits.size(), 1);
    QCOMPARE(limits.first().bucketId, QStringLiteral("tier:") + tier);
    QCOMPARE(limits.first().limit, limit);
    QCOMPARE(limits.first().windowMs, qint64(60000));
}

void tst_RatePolicy::limitsPerMode()
{
    const RatePolicy perEndpoint(RatePolicy::Mode::PerEndpoint);
    auto limits = perEndpoint.limitsFor("GET", "/prospects/abc");
    QCOMPARE(limits.size(), 1);
    QCOMPARE(limits.first().bucketId, QStringLiteral("endpoint:GET /prospects/{chatId}"));
    QCOMPARE(limits.first().limit, 60);
    // Two different chats share one endpoint bucket; another method is another endpoint.
    QCOMPARE(
        perEndpoint.limitsFor("GET", "/prospects/other").first().bucketId, limits.first().bucketId);
    QVERIFY(perEndpoint.limitsFor("POST", "/prospects/abc/pause").first().bucketId
        != limits.first().bucketId);

    // The default is the stricter combination: both buckets.
    const RatePolicy strictest;
    QCOMPARE(strictest.mode(), RatePolicy::Mode::Strictest);
    limits = strictest.limitsFor("GET", "/prospects/search");
    QCOMPARE(limits.size(), 2);
    QCOMPARE(limits.at(0).bucketId, QStringLiteral("endpoint:GET /prospects/search"));
    QCOMPARE(limits.at(1).bucketId, QStringLiteral("tier:low"));
    int strictestLimit = 1000;
    for (const auto &l : limits)
        strictestLimit = std::min(strictestLimit, l.limit);
    QCOMPARE(strictestLimit, 15);

    RatePolicy overridden;
    overridden.setOverride(3, 2000);
    for (const auto &l : overridden.limitsFor("POST", "/dnc/batch")) {
        QCOMPARE(l.limit, 3);
        QCOMPARE(l.windowMs, qint64(2000));
    }
}

void tst_RatePolicy::bucketSlidingWindow()
{
    RateBucket bucket(QStringLiteral("b"), 3, 1000);
    const qint64 t0 = 10'000;
    QCOMPARE(bucket.remaining(t0), 3);
    bucket.take(t0);
    bucket.take(t0 + 100);
    bucket.take(t0 + 200);
    QVERIFY(!bucket.canSend(t0 + 200));
    QCOMPARE(bucket.remaining(t0 + 500), 0);
    // The first token returns exactly one window after it was spent.
    QCOMPARE(bucket.nextSendAt(t0 + 500), t0 + 1000);
    QVERIFY(!bucket.canSend(t0 + 999));
    QVERIFY(bucket.canSend(t0 + 1000));
    QCOMPARE(bucket.remaining(t0 + 1000), 1);
    QCOMPARE(bucket.remaining(t0 + 1200), 3);

    RateBucket withMargin(QStringLiteral("m"), 1, 1000, 250);
    withMargin.take(0);
    QCOMPARE(withMargin.nextSendAt(10), qint64(1250));
}

void tst_RatePolicy::bucketBlockAndServerRemaining()
{
    RateBucket bucket(QStringLiteral("b"), 10, 60000);
    bucket.blockUntil(5000);
    QCOMPARE(bucket.remaining(1000), 0);
    QCOMPARE(bucket.nextSendAt(1000), qint64(5000));
    QCOMPARE(bucket.blockedUntil(1000), qint64(5000));
    bucket.blockUntil(3000); // an earlier block never shortens a later one
    QCOMPARE(bucket.nextSendAt(1000), qint64(5000));
    QVERIFY(bucket.canSend(5000));
    QCOMPARE(bucket.blockedUntil(5000), qint64(0));

    // The server says 2 left until t=20000: we believe it over our own 10.
    bucket.setServerRemaining(2, 20000);
    QCOMPARE(bucket.remaining(6000), 2);
    bucket.take(6000);
    bucket.take(6001);
    QVERIFY(!bucket.canSend(6002));
    QCOMPARE(bucket.nextSendAt(6002), qint64(20000));
    QCOMPARE(bucket.remaining(20000), 8); // hint expired; two of our own 10 are spent
}

void tst_RatePolicy::group()
{
    QCOMPARE(
        RatePolicy::groupFor(QStringLiteral("/prospects/search")), QStringLiteral("prospects"));
    QCOMPARE(RatePolicy::groupFor(QStringLiteral("/dnc")), QStringLiteral("dnc"));
    QCOMPARE(RatePolicy::groupFor(QString()), QStringLiteral("other"));
}

QTEST_GUILESS_MAIN(tst_RatePolicy)
#include "tst_ratepolicy.moc"
