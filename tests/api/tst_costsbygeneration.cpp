// What a session's calls cost, against both API generations the sandbox serves: on the current
// generation (tiered limits, no credits) a session that makes calls shows calls and 0 credits;
// on the help centre's (1 credit per call) credits equal calls, and equal what the server took.
// The generation is learnt from each kind of evidence the server gives (rate-limit headers, a
// real 402, a real tiered 429, an import's listId), kept per profile, and the user's billing
// choice overrides it.

#include "common/HttpProbe.h"
#include "common/SessionCall.h"
#include "common/SessionFixture.h"
#include "models/api/ApiSession.h"
#include "models/api/ServerGeneration.h"
#include "models/api/UsageMeter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QTest>

using namespace kakiyo;
using kakiyo::test::call;
using kakiyo::test::SessionFixture;

class tst_CostsByGeneration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void currentGenerationCostsNoCredits();
    void helpCentreCostsOneCreditPerCall();
    void unknownUntilTheFirstAnswer();
    void detectedFromRateLimitHeaders();
    void detectedFromPaymentRequired();
    void detectedFromTieredRateLimit();
    void detectedFromImportListId();
    void findingIsKeptPerProfileAndServer();
    void userChoiceOverridesDetection();

private:
    static int makeSomeCalls(ApiSession &session);

    SessionFixture m_current {QStringLiteral("gen-current")};
    SessionFixture m_helpCentre {QStringLiteral("gen-help")};
    // A current-generation server with 2 calls per bucket and window: its third call is a real
    // tiered 429 (the client's own table allows more, so it sends it).
    SessionFixture m_tight {QStringLiteral("gen-tight")};
};

using Generation = ServerGeneration::Generation;
using Evidence = ServerGeneration::Evidence;

void tst_CostsByGeneration::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("kakiyo-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_costsbygeneration"));
    QVERIFY2(m_current.start({QStringLiteral("--profile"), QStringLiteral("current"),
                 QStringLiteral("--prospects"), QStringLiteral("40")}),
        qPrintable(m_current.errorString()));
    QVERIFY2(m_helpCentre.start({QStringLiteral("--profile"), QStringLiteral("help-centre"),
                 QStringLiteral("--prospects"), QStringLiteral("40")}),
        qPrintable(m_helpCentre.errorString()));
    QVERIFY2(m_tight.start({QStringLiteral("--profile"), QStringLiteral("current"),
                 QStringLiteral("--prospects"), QStringLiteral("10"),
                 QStringLiteral("--rate-limit"), QStringLiteral("2")}),
        qPrintable(m_tight.errorString()));
}

void tst_CostsByGeneration::init()
{
    // Nothing detected, no override, no counts from an earlier test: the old sessions go first
    // (their meters write what they still hold), then the settings.
    m_current.session.reset();
    m_helpCentre.session.reset();
    m_tight.session.reset();
    QSettings().clear();
    QVERIFY2(m_current.freshSession(), qPrintable(m_current.errorString()));
    QVERIFY2(m_helpCentre.freshSession(), qPrintable(m_helpCentre.errorString()));
    QVERIFY2(m_tight.freshSession(), qPrintable(m_tight.errorString()));
    QVERIFY(m_helpCentre.sandbox->setCredits(100000));
}

int tst_CostsByGeneration::makeSomeCalls(ApiSession &session)
{
    const QStringList paths {QStringLiteral("/verify"), QStringLiteral("/agents"),
        QStringLiteral("/campaigns"), QStringLiteral("/models")};
    int answered = 0;
    for (const QString &path : paths) {
        ApiRequest request = ApiRequest::get(path);
        request.cacheMode = ApiRequest::CacheMode::NetworkOnly;
        const ApiResult r = call(session, request);
        if (r.ok)
            ++answered;
    }
    return answered;
}

void tst_CostsByGeneration::currentGenerationCostsNoCredits()
{
    ApiSession &session = *m_current.session;
    QCOMPARE(makeSomeCalls(session), 4);
    QCOMPARE(session.usage()->calls(), 4);
    QCOMPARE(session.usage()->credits(), 0);
    QCOMPARE(session.generation()->detected(), Generation::Current);
}

void tst_CostsByGeneration::helpCentreCostsOneCreditPerCall()
{
    const qint64 before
        = m_helpCentre.sandbox->adminState().value(QStringLiteral("credits")).toInteger();
    ApiSession &session = *m_helpCentre.session;
    QCOMPARE(makeSomeCalls(session), 4);
    QCOMPARE(session.usage()->calls(), 4);
    QCOMPARE(session.usage()->credits(), session.usage()->calls());
    // What the server itself took.
    const qint64 after
        = m_helpCentre.sandbox->adminState().value(QStringLiteral("credits")).toInteger();
    QCOMPARE(qint64(session.usage()->credits()), before - after);
    QCOMPARE(session.generation()->detected(), Generation::HelpCentre);
}

void tst_CostsByGeneration::unknownUntilTheFirstAnswer()
{
    ServerGeneration *g = m_current.session->generation();
    QCOMPARE(g->detected(), Generation::Unknown);
    QVERIFY(g->callsCostCredits()); // the cautious default until the server shows otherwise
    QVERIFY(g->summary().contains(QLatin1String("until the server shows otherwise")));
    // A cached answer says nothing about the server now.
    ApiRequest request = ApiRequest::get(QStringLiteral("/agents"));
    QVERIFY(call(*m_current.session, request).ok);
    QCOMPARE(g->detected(), Generation::Current);
    g->reset();
    const ApiResult cached = call(*m_current.session, request);
    QVERIFY(cached.fromCache);
    QCOMPARE(g->detected(), Generation::Unknown);
}

void tst_CostsByGeneration::detectedFromRateLimitHeaders()
{
    ServerGeneration *g = m_helpCentre.session->generation();
    QVERIFY(call(*m_helpCentre.session, ApiRequest::get(QStringLiteral("/agents"))).ok);
    QCOMPARE(g->detected(), Generation::HelpCentre);
    QCOMPARE(g->evidence(), Evidence::RateLimitHeaders);
    QVERIFY(g->callsCostCredits());
}

void tst_CostsByGeneration::detectedFromPaymentRequired()
{
    // A real 402: the help-centre server at zero credits answers it before its rate limiter, so
    // the answer carries no rate-limit headers — the 402 alone says calls cost credits.
    QVERIFY(m_helpCentre.sandbox->setCredits(0));
    ApiRequest request = ApiRequest::get(QStringLiteral("/campaigns"));
    request.maxAttempts = 1;
    const ApiResult r = call(*m_helpCentre.session, request);
    QCOMPARE(r.httpStatus, 402);
    QVERIFY(!r.headers.contains("x-ratelimit-limit"));
    ServerGeneration *g = m_helpCentre.session->generation();
    QCOMPARE(g->detected(), Generation::HelpCentre);
    QCOMPARE(g->evidence(), Evidence::PaymentRequired);
    QCOMPARE(m_helpCentre.session->usage()->credits(), 0); // a refused call spends nothing
    QCOMPARE(m_helpCentre.session->usage()->calls(), 1);
}

void tst_CostsByGeneration::detectedFromTieredRateLimit()
{
    ApiSession &session = *m_tight.session;
    ServerGeneration *g = session.generation();
    QVERIFY(m_tight.sandbox->resetRateLimits());
    // Two answers without headers: a weak sign. The third call is refused by the server.
    for (int i = 0; i < 2; ++i) {
        ApiRequest request = ApiRequest::get(QStringLiteral("/agents"));
        request.cacheMode = ApiRequest::CacheMode::NetworkOnly;
        QVERIFY(call(session, request).ok);
    }
    QCOMPARE(g->detected(), Generation::Current);
    QCOMPARE(g->evidence(), Evidence::NoRateLimitHeaders);
    ApiRequest third = ApiRequest::get(QStringLiteral("/campaigns"));
    third.maxAttempts = 1; // see the 429 itself
    const ApiResult r = call(session, third);
    QCOMPARE(r.httpStatus, 429);
    QVERIFY(r.json.object().contains(QStringLiteral("retryAfter")));
    QCOMPARE(g->detected(), Generation::Current);
    QCOMPARE(g->evidence(), Evidence::TieredRateLimit);
    QCOMPARE(session.usage()->credits(), 0);
    QVERIFY(m_tight.sandbox->resetRateLimits());
}

void tst_CostsByGeneration::detectedFromImportListId()
{
    ApiSession &session = *m_current.session;
    // Read the campaigns straight from the server, not through the session (which would learn
    // from that answer first).
    const auto list = m_current.sandbox->call("GET", QStringLiteral("/campaigns"));
    QCOMPARE(list.status, 200);
    QString campaignId;
    for (const QJsonValue &v : QJsonDocument::fromJson(list.body).array()) {
        if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("active"))
            campaignId = v.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY(!campaignId.isEmpty());
    const QJsonObject body {{"campaignId", campaignId},
        {"prospects",
            QJsonArray {QJsonObject {{"name", "Ada Generation"},
                {"url", "https://www.linkedin.com/in/ada-generation-test"}}}}};
    const ApiResult r
        = call(session, ApiRequest::post(QStringLiteral("/prospects/batch"), QJsonDocument(body)));
    QVERIFY2(r.ok, qPrintable(r.error.message));
    QVERIFY(r.json.object().value(QStringLiteral("listId")).isString());
    QCOMPARE(session.generation()->detected(), Generation::Current);
    QCOMPARE(session.generation()->evidence(), Evidence::ImportListId);
}

void tst_CostsByGeneration::findingIsKeptPerProfileAndServer()
{
    QVERIFY(call(*m_current.session, ApiRequest::get(QStringLiteral("/verify"))).ok);
    QCOMPARE(m_current.session->generation()->detected(), Generation::Current);
    // The app started again: the same profile and server know it before any call.
    ApiSession again;
    QVERIFY(m_current.connect(again, nullptr));
    QCOMPARE(again.generation()->detected(), Generation::Current);
    QVERIFY(!again.usage()->callsCostCredits());
    // Another server under the same profile starts from nothing.
    again.generation()->setServer(
        again.generation()->profileId(), QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
    QCOMPARE(again.generation()->detected(), Generation::Unknown);
}

void tst_CostsByGeneration::userChoiceOverridesDetection()
{
    ApiSession &session = *m_helpCentre.session;
    // The key manager sets the choice for a profile; the live session follows.
    ServerGeneration::setBillingFor(
        session.generation()->profileId(), ServerGeneration::Billing::NoCredits);
    QCOMPARE(makeSomeCalls(session), 4);
    QCOMPARE(session.generation()->detected(), Generation::HelpCentre);
    QCOMPARE(session.usage()->credits(), 0);
    QCOMPARE(session.usage()->calls(), 4);
    QVERIFY(session.generation()->summary().contains(QLatin1String("overrides")));
    ServerGeneration::setBillingFor(
        session.generation()->profileId(), ServerGeneration::Billing::Automatic);
    QCOMPARE(makeSomeCalls(session), 4);
    QCOMPARE(session.usage()->credits(), 4);
}

QTEST_GUILESS_MAIN(tst_CostsByGeneration)
#include "tst_costsbygeneration.moc"
