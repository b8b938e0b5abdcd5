// Faults injected through the sandbox's admin API end in the right ApiError category, and the
// scheduler, usage meter and client are left consistent (nothing queued or in flight, each call
// counted once). Retry rules are checked against the real server: GETs recover from a transient
// 503 and a 429 with Retry-After; writes are retried only after a 429.

#include "common/SandboxProcess.h"
#include "common/SchedulerIdle.h"
#include "common/SessionCall.h"
#include "models/api/ApiClient.h"
#include "models/api/ApiSession.h"
#include "models/api/RequestScheduler.h"
#include "models/api/UsageMeter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace kakiyo;
using kakiyo::test::call;
using kakiyo::test::SandboxProcess;

Q_DECLARE_METATYPE(kakiyo::ApiError::Category)

class tst_ApiFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void faultEndsInCategory_data();
    void faultEndsInCategory();
    void transient503IsRetriedForGets();
    void retryAfterHeaderIsHonoured();
    void writeRetriedAfter429Only();
    void writeNotRetriedAfter500OrDrop_data();
    void writeNotRetriedAfter500OrDrop();
    void realSubscriptionInactive();
    void realOutOfCredits();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiSession> m_session;
};

void tst_ApiFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("kakiyo-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_apifaults"));
    QSettings().clear();
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList {QStringLiteral("--agents"), QStringLiteral("2"), QStringLiteral("--campaigns"),
            QStringLiteral("2"), QStringLiteral("--prospects"), QStringLiteral("20")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_session = std::make_unique<ApiSession>();
    QVERIFY(!m_session->setBaseUrl(m_sandbox->baseUrl()).isError());
    m_session->setApiKey(m_sandbox->apiKey());
    m_session->setProfileId(QStringLiteral("faults"));
    m_session->client()->setTransferTimeoutMs(800);
    RequestScheduler::Retry retry;
    retry.baseDelayMs = 200;
    retry.maxDelayMs = 400;
    m_session->scheduler()->setRetry(retry);
    // This test makes more calls per endpoint than the tiered tables allow in a minute; the
    // sandbox's help-centre profile allows 60 per endpoint, so budget exactly that.
    RatePolicy policy;
    policy.setOverride(60, 60000);
    m_session->scheduler()->setPolicy(policy);
}

void tst_ApiFaults::init()
{
    QVERIFY(m_sandbox->clearFaults());
    m_session->scheduler()->clearOutOfCredits();
}

void tst_ApiFaults::faultEndsInCategory_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<ApiError::Category>("category");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("code");

    auto status = [](int code, const QString &error) {
        return QJsonObject {{"kind", "status"}, {"status", code},
            {"body", QJsonObject {{"error", error}, {"message", "injected"}}}};
    };
    QTest::newRow("401") << status(401, "invalid_api_key") << ApiError::Category::Auth << 401
                         << "invalid_api_key";
    QTest::newRow("403 subscription")
        << status(403, "subscription_inactive") << ApiError::Category::Subscription << 403
        << "subscription_inactive";
    QTest::newRow("403 forbidden")
        << status(403, "forbidden") << ApiError::Category::Forbidden << 403 << "forbidden";
    QTest::newRow("402") << status(402, "insufficient_credits") << ApiError::Category::Credits
                         << 402 << "insufficient_credits";
    QTest::newRow("404") << status(404, "not_found") << ApiError::Category::NotFound << 404
                         << "not_found";
    QTest::newRow("409") << status(409, "campaign_busy") << ApiError::Category::Conflict << 409
                         << "campaign_busy";
    QJsonObject rate = status(429, "rate_limit_exceeded");
    rate.insert("headers", QJsonObject {{"Retry-After", "1"}});
    QTest::newRow("429") << rate << ApiError::Category::Rate << 429 << "rate_limit_exceeded";
    QTest::newRow("500") << status(500, "internal_error") << ApiError::Category::Server << 500
                         << "internal_error";
    QTest::newRow("503") << status(503, "unavailable") << ApiError::Category::Server << 503
                         << "unavailable";
    QTest::newRow("delay past timeout") << QJsonObject {{"kind", "delay"}, {"delayMs", 4000}}
                                        << ApiError::Category::Timeout << 0 << "";
    // The sandbox sends the status line, then closes mid-body.
    QTest::newRow("dropped connection")
        << QJsonObject {{"kind", "drop"}} << ApiError::Category::Network << 200 << "";
    QTest::newRow("malformed json") << QJsonObject {{"kind", "malformed"}}
                                    << ApiError::Category::Decode << 200 << "invalid_json";
    QTest::newRow("truncated json") << QJsonObject {{"kind", "truncated"}}
                                    << ApiError::Category::Decode << 200 << "invalid_json";
}

void tst_ApiFaults::faultEndsInCategory()
{
    QFETCH(QJsonObject, fault);
    QFETCH(ApiError::Category, category);
    QFETCH(int, httpStatus);
    QFETCH(QString, code);

    fault.insert("path", "/v1/agents");
    fault.insert("method", "GET");
    fault.insert("count", 1);
    QVERIFY(m_sandbox->injectFault(fault));
    const int callsBefore = m_session->usage()->calls();

    ApiRequest request = ApiRequest::get(QStringLiteral("/agents"));
    request.maxAttempts = 1; // see the fault itself, not the retry
    const ApiResult result = call(*m_session, request);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.category, category);
    QCOMPARE(result.httpStatus, httpStatus);
    QCOMPARE(result.error.code, code);
    QVERIFY(!result.error.userMessage().isEmpty());
    if (category == ApiError::Category::Rate)
        QCOMPARE(result.error.retryAfterMs, qint64(1000));

    // Consistent afterwards: nothing stuck, the call counted once, the next call works.
    QCOMPARE(m_session->client()->inFlight(), 0);
    const SchedulerState state = m_session->scheduler()->state();
    QCOMPARE(state.inFlight, 0);
    QCOMPARE(state.queued, 0);
    QCOMPARE(m_session->usage()->calls(), callsBefore + 1);
    QCOMPARE(m_session->scheduler()->outOfCredits(), category == ApiError::Category::Credits);
    m_session->scheduler()->clearOutOfCredits();
    // A 429 blocks the buckets for its Retry-After: the next call simply waits for it.
    const ApiResult next = call(
        *m_session, ApiRequest::get(QStringLiteral("/agents"), QUrlQuery {{"after", "fault"}}));
    QVERIFY2(next.ok, qPrintable(next.error.message));
}

void tst_ApiFaults::transient503IsRetriedForGets()
{
    QVERIFY(m_sandbox->injectFault(
        {{"kind", "status"}, {"status", 503}, {"path", "/v1/campaigns"}, {"count", 2}}));
    const int before = m_sandbox->requestCount(QStringLiteral("GET /campaigns"));
    const ApiResult result = call(*m_session, ApiRequest::get(QStringLiteral("/campaigns")));
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.attempts, 3);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("GET /campaigns")) - before, 3);
}

void tst_ApiFaults::retryAfterHeaderIsHonoured()
{
    QVERIFY(m_sandbox->injectFault({{"kind", "status"}, {"status", 429}, {"path", "/v1/products"},
        {"count", 1}, {"headers", QJsonObject {{"Retry-After", "2"}}},
        {"body", QJsonObject {{"error", "rate_limit_exceeded"}}}}));
    QElapsedTimer timer;
    timer.start();
    const ApiResult result = call(*m_session, ApiRequest::get(QStringLiteral("/products")));
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.attempts, 2);
    QVERIFY2(timer.elapsed() >= 1900, qPrintable(QString::number(timer.elapsed())));
}

void tst_ApiFaults::writeRetriedAfter429Only()
{
    QVERIFY(m_sandbox->injectFault({{"kind", "status"}, {"status", 429}, {"method", "POST"},
        {"path", "/v1/products"}, {"count", 1}, {"headers", QJsonObject {{"Retry-After", "1"}}},
        {"body", QJsonObject {{"error", "rate_limit_exceeded"}}}}));
    const int before = m_sandbox->requestCount(QStringLiteral("POST /products"));
    const ApiResult result = call(*m_session,
        ApiRequest::post(QStringLiteral("/products"),
            QJsonDocument(QJsonObject {{"name", "Retry offering"},
                {"description", "Created after one refused attempt"}})));
    QVERIFY2(result.ok, qPrintable(result.error.message + QString::fromUtf8(result.body)));
    QCOMPARE(result.attempts, 2);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("POST /products")) - before, 2);
}

void tst_ApiFaults::writeNotRetriedAfter500OrDrop_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<ApiError::Category>("category");
    QTest::newRow("500") << QJsonObject {{"kind", "status"}, {"status", 500}}
                         << ApiError::Category::Server;
    QTest::newRow("503") << QJsonObject {{"kind", "status"}, {"status", 503}}
                         << ApiError::Category::Server;
    QTest::newRow("drop") << QJsonObject {{"kind", "drop"}} << ApiError::Category::Network;
    QTest::newRow("timeout") << QJsonObject {{"kind", "delay"}, {"delayMs", 3000}}
                             << ApiError::Category::Timeout;
}

void tst_ApiFaults::writeNotRetriedAfter500OrDrop()
{
    QFETCH(QJsonObject, fault);
    QFETCH(ApiError::Category, category);
    fault.insert("method", "POST");
    fault.insert("path", "/v1/products");
    fault.insert("count", 3);
    QVERIFY(m_sandbox->injectFault(fault));
    const int before = m_sandbox->requestCount(QStringLiteral("POST /products"));
    const ApiResult result = call(*m_session,
        ApiRequest::post(QStringLiteral("/products"),
            QJsonDocument(QJsonObject {
                {"name", "Never retried"}, {"description", "A write that failed once"}})));
    QVERIFY(!result.ok);
    QCOMPARE(result.error.category, category);
    QCOMPARE(result.attempts, 1);
    // A retry would have been queued before the failure was reported: once the scheduler is
    // idle, it would have been sent and counted.
    QVERIFY(test::waitIdle(*m_session->scheduler()));
    const int sent = m_sandbox->requestCount(QStringLiteral("POST /products")) - before;
    QVERIFY2(sent <= 1, qPrintable(QString::number(sent)));
    QCOMPARE(m_session->scheduler()->state().queued, 0);
}

void tst_ApiFaults::realSubscriptionInactive()
{
    QVERIFY(m_sandbox->setSubscriptionActive(false));
    const ApiResult result = call(*m_session, ApiRequest::get(QStringLiteral("/models")));
    QVERIFY(m_sandbox->setSubscriptionActive(true));
    QCOMPARE(result.error.category, ApiError::Category::Subscription);
    QCOMPARE(result.error.code, QStringLiteral("subscription_inactive"));
}

void tst_ApiFaults::realOutOfCredits()
{
    QSignalSpy modeSpy(m_session->scheduler(), &RequestScheduler::outOfCreditsChanged);
    QSignalSpy failedSpy(m_session.get(), &ApiSession::failed);
    const int creditsBefore = m_session->usage()->credits();
    QVERIFY(m_sandbox->setCredits(0));
    ApiResult result = call(
        *m_session, ApiRequest::get(QStringLiteral("/agents"), QUrlQuery {{"credits", "0"}}));
    QCOMPARE(result.error.category, ApiError::Category::Credits);
    QCOMPARE(result.httpStatus, 402);
    QVERIFY(m_session->scheduler()->outOfCredits());
    QCOMPARE(modeSpy.size(), 1);
    QCOMPARE(failedSpy.size(), 1);
    QVERIFY(m_sandbox->adminState().value(QStringLiteral("agentsPaused")).toBool());
    // A 402 is not a spent credit.
    QCOMPARE(m_session->usage()->credits(), creditsBefore);

    // Background work is refused locally; it costs nothing.
    const int total = m_sandbox->requestCounts().value(QStringLiteral("total")).toInt();
    result
        = call(*m_session, ApiRequest::get(QStringLiteral("/campaigns"), {}, Priority::Background));
    QCOMPARE(result.error.category, ApiError::Category::Credits);
    QCOMPARE(result.error.code, QStringLiteral("out_of_credits"));
    QCOMPARE(m_sandbox->requestCounts().value(QStringLiteral("total")).toInt(), total);

    // Topped up: the user's next call succeeds and lifts the mode.
    QVERIFY(m_sandbox->setCredits(1000));
    result = call(
        *m_session, ApiRequest::get(QStringLiteral("/agents"), QUrlQuery {{"credits", "1"}}));
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QVERIFY(!m_session->scheduler()->outOfCredits());
    QCOMPARE(modeSpy.size(), 2);
    QCOMPARE(m_session->usage()->credits(), creditsBefore + 1);
}

QTEST_GUILESS_MAIN(tst_ApiFaults)
#include "tst_apifaults.moc"
