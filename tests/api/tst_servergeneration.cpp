// ServerGeneration without a server: what each kind of answer shows (classify), how strong and
// weak signs combine (a weak sign never overturns a strong one, except a long run of answers
// without the headers the help-centre server always sends), and the stored billing choice.

#include "models/api/ApiRequest.h"
#include "models/api/ApiResult.h"
#include "models/api/ServerGeneration.h"
#include "models/store/Profiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace kakiyo;
using Generation = ServerGeneration::Generation;
using Evidence = ServerGeneration::Evidence;

namespace {

ApiResult answer(int status, bool rateHeaders, const QJsonObject &body = {})
{
    ApiResult r;
    r.httpStatus = status;
    r.ok = status >= 200 && status < 300;
    r.json = QJsonDocument(body);
    if (rateHeaders) {
        r.headers.insert("x-ratelimit-limit", "60");
        r.headers.insert("x-ratelimit-remaining", "59");
        r.headers.insert("x-ratelimit-reset", "1800000000");
    }
    return r;
}

const QUrl kServer(QStringLiteral("http://127.0.0.1:1/v1"));

} // namespace

class tst_ServerGeneration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void classify_data();
    void classify();
    void cachedAndUnansweredSayNothing();
    void weakSignNeverOverturnsStrong();
    void longRunWithoutHeadersOverturnsHelpCentre();
    void storedPerProfile();
    void legacySettingMigratesOnce();
};

void tst_ServerGeneration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("kakiyo-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_servergeneration"));
}

void tst_ServerGeneration::init()
{
    QSettings().clear();
}

void tst_ServerGeneration::classify_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("headers");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("generation");
    QTest::addColumn<int>("evidence");
    QTest::addColumn<bool>("strong");

    const QJsonObject listId {{"message", "1 prospect added successfully"}, {"listId", "abc"}};
    const QJsonObject roundRobin {
        {"distribution", QJsonArray {QJsonObject {{"campaignId", "c1"}, {"listId", "l1"}}}}};
    const QJsonObject retry {{"error", "rate_limit_exceeded"}, {"retryAfter", 45}};
    QTest::newRow("headers on a success")
        << QByteArray("GET") << "/agents" << 200 << true << QJsonObject()
        << int(Generation::HelpCentre) << int(Evidence::RateLimitHeaders) << true;
    QTest::newRow("headers on a 429")
        << QByteArray("GET") << "/agents" << 429 << true << retry << int(Generation::HelpCentre)
        << int(Evidence::RateLimitHeaders) << true;
    QTest::newRow("headers beat a listId")
        << QByteArray("POST") << "/prospects/batch" << 201 << true << listId
        << int(Generation::HelpCentre) << int(Evidence::RateLimitHeaders) << true;
    QTest::newRow("402") << QByteArray("GET") << "/agents" << 402 << false
                         << QJsonObject {{"error", "insufficient_credits"}}
                         << int(Generation::HelpCentre) << int(Evidence::PaymentRequired) << true;
    QTest::newRow("429 without headers")
        << QByteArray("GET") << "/agents" << 429 << false << retry << int(Generation::Current)
        << int(Evidence::TieredRateLimit) << true;
    QTest::newRow("success without headers")
        << QByteArray("GET") << "/agents" << 200 << false << QJsonObject()
        << int(Generation::Current) << int(Evidence::NoRateLimitHeaders) << false;
    QTest::newRow("batch listId") << QByteArray("POST") << "/prospects/batch" << 201 << false
                                  << listId << int(Generation::Current)
                                  << int(Evidence::ImportListId) << false;
    QTest::newRow("round-robin listId")
        << QByteArray("POST") << "/prospects/batch/round-robin" << 201 << false << roundRobin
        << int(Generation::Current) << int(Evidence::ImportListId) << false;
    QTest::newRow("401 says nothing")
        << QByteArray("GET") << "/agents" << 401 << false << QJsonObject()
        << int(Generation::Unknown) << int(Evidence::None) << false;
    QTest::newRow("404 says nothing")
        << QByteArray("GET") << "/agents/x" << 404 << false << QJsonObject()
        << int(Generation::Unknown) << int(Evidence::None) << false;
}

void tst_ServerGeneration::classify()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(bool, headers);
    QFETCH(QJsonObject, body);
    QFETCH(int, generation);
    QFETCH(int, evidence);
    QFETCH(bool, strong);
    ApiRequest request = ApiRequest::get(path);
    request.method = method;
    const auto finding = ServerGeneration::classify(request, answer(status, headers, body));
    if (Generation(generation) == Generation::Unknown) {
        QVERIFY(!finding);
        return;
    }
    QVERIFY(finding);
    QCOMPARE(int(finding->generation), generation);
    QCOMPARE(int(finding->evidence), evidence);
    QCOMPARE(finding->strong, strong);
}

void tst_ServerGeneration::cachedAndUnansweredSayNothing()
{
    ApiResult cached = answer(200, false);
    cached.fromCache = true;
    QVERIFY(!ServerGeneration::classify(ApiRequest::get(QStringLiteral("/agents")), cached));
    QVERIFY(
        !ServerGeneration::classify(ApiRequest::get(QStringLiteral("/agents")), answer(0, false)));
}

void tst_ServerGeneration::weakSignNeverOverturnsStrong()
{
    ServerGeneration g;
    g.setServer(QStringLiteral("p"), kServer);
    const ApiRequest get = ApiRequest::get(QStringLiteral("/agents"));
    g.observe(get, answer(402, false));
    QCOMPARE(g.detected(), Generation::HelpCentre);
    for (int i = 0; i < ServerGeneration::kOverturnStreak - 1; ++i)
        g.observe(get, answer(200, false));
    QCOMPARE(g.detected(), Generation::HelpCentre);
    QVERIFY(g.callsCostCredits());
    // A strong sign of the other generation wins at once.
    QSignalSpy spy(&g, &ServerGeneration::changed);
    g.observe(get, answer(429, false));
    QCOMPARE(g.detected(), Generation::Current);
    QCOMPARE(g.evidence(), Evidence::TieredRateLimit);
    QCOMPARE(spy.size(), 1);
    QVERIFY(!g.callsCostCredits());
    // A weak sign of the same generation keeps the stronger reason.
    g.observe(get, answer(200, false));
    QCOMPARE(g.evidence(), Evidence::TieredRateLimit);
    QCOMPARE(spy.size(), 1);
}

void tst_ServerGeneration::longRunWithoutHeadersOverturnsHelpCentre()
{
    // The server behind the address was upgraded: it stopped sending the headers.
    ServerGeneration g;
    g.setServer(QStringLiteral("p"), kServer);
    const ApiRequest get = ApiRequest::get(QStringLiteral("/agents"));
    g.observe(get, answer(200, true));
    QCOMPARE(g.detected(), Generation::HelpCentre);
    for (int i = 0; i < ServerGeneration::kOverturnStreak - 1; ++i)
        g.observe(get, answer(200, false));
    g.observe(get, answer(200, true)); // one answer with headers starts the count again
    for (int i = 0; i < ServerGeneration::kOverturnStreak - 1; ++i)
        g.observe(get, answer(200, false));
    QCOMPARE(g.detected(), Generation::HelpCentre);
    g.observe(get, answer(200, false));
    QCOMPARE(g.detected(), Generation::Current);
    QCOMPARE(g.evidence(), Evidence::NoRateLimitHeaders);
}

void tst_ServerGeneration::storedPerProfile()
{
    {
        ServerGeneration g;
        g.setServer(QStringLiteral("a/b"), kServer);
        g.observe(ApiRequest::get(QStringLiteral("/agents")), answer(200, true));
        g.setBilling(ServerGeneration::Billing::NoCredits);
    }
    QCOMPARE(ServerGeneration::storedGeneration(QStringLiteral("a/b")), Generation::HelpCentre);
    QCOMPARE(ServerGeneration::storedBilling(QStringLiteral("a/b")),
        ServerGeneration::Billing::NoCredits);
    QCOMPARE(ServerGeneration::storedGeneration(QStringLiteral("a")), Generation::Unknown);
    ServerGeneration again;
    again.setServer(QStringLiteral("a/b"), QUrl(QStringLiteral("http://127.0.0.1:1/v1/")));
    QCOMPARE(again.detected(), Generation::HelpCentre); // the same server, written differently
    QVERIFY(!again.callsCostCredits()); // the user's choice
    ServerGeneration::forget(QStringLiteral("a/b"));
    QCOMPARE(ServerGeneration::storedGeneration(QStringLiteral("a/b")), Generation::Unknown);
}

void tst_ServerGeneration::legacySettingMigratesOnce()
{
    // A settings file of an earlier version: two profiles and the hidden, global key saying
    // calls cost no credits; one profile has since chosen in the key manager.
    std::optional<Profile> agency;
    std::optional<Profile> chosen;
    {
        Profiles profiles;
        agency = profiles.add(QStringLiteral("Agency"));
        chosen = profiles.add(QStringLiteral("Chose already"));
        QVERIFY(agency && chosen);
        QVERIFY(profiles.sync());
    }
    ServerGeneration::setBillingFor(chosen->id, ServerGeneration::Billing::CreditPerCall);
    QSettings().setValue(ServerGeneration::legacyBillingKey(), false);
    QSettings().sync();
    const auto fileText = [] {
        QFile f(QSettings().fileName());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    QVERIFY(fileText().contains(QStringLiteral("callsCostCredits=false")));

    // The first session of the profile migrates: its visible choice says what the key said.
    ServerGeneration g;
    g.setServer(agency->id, kServer);
    QCOMPARE(g.billing(), ServerGeneration::Billing::NoCredits);
    QVERIFY(!g.callsCostCredits());
    QCOMPARE(ServerGeneration::storedBilling(agency->id), ServerGeneration::Billing::NoCredits);
    // A choice made since is kept; the old key is gone from the file.
    QCOMPARE(ServerGeneration::storedBilling(chosen->id), ServerGeneration::Billing::CreditPerCall);
    QVERIFY(!QSettings().contains(ServerGeneration::legacyBillingKey()));
    QVERIFY(!fileText().contains(QStringLiteral("callsCostCredits")));
    // Once: nothing is left to migrate, and a later change of the choice stays.
    QVERIFY(!ServerGeneration::migrateLegacyBilling(agency->id));
    ServerGeneration::setBillingFor(agency->id, ServerGeneration::Billing::Automatic);
    ServerGeneration again;
    again.setServer(agency->id, kServer);
    QCOMPARE(again.billing(), ServerGeneration::Billing::Automatic);

    // The key saying calls cost credits becomes "1 credit per call".
    QSettings().setValue(ServerGeneration::legacyBillingKey(), true);
    ServerGeneration::forget(agency->id);
    QVERIFY(ServerGeneration::migrateLegacyBilling());
    QCOMPARE(ServerGeneration::storedBilling(agency->id), ServerGeneration::Billing::CreditPerCall);
}

QTEST_GUILESS_MAIN(tst_ServerGeneration)
#include "tst_servergeneration.moc"
