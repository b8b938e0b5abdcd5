// Cache-first GETs through ApiSession with the store's SQLite Cache and a real sandbox: the first
// read fetches and stores, repeats answer from the cache with their age and cost nothing, a
// refresh fetches again, a successful write invalidates what it changes, NetworkOnly never
// stores, failures are not cached, and a new session over a warm cache makes zero calls.

#include "common/SandboxProcess.h"
#include "common/SessionCall.h"
#include "models/api/ApiSession.h"
#include "models/api/UsageMeter.h"
#include "models/store/Cache.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kakiyo;
using kakiyo::test::call;
using kakiyo::test::SandboxProcess;

namespace {

ApiRequest withMode(ApiRequest request, ApiRequest::CacheMode mode)
{
    request.cacheMode = mode;
    return request;
}

} // namespace

class tst_CachedGet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cacheFirstThenRefresh();
    void writeInvalidates();
    void networkOnlyAndFailuresAreNotStored();
    void warmCacheCostsZeroCalls();
    void partitionsAreSeparate();
    void cachedAnswerIsAsynchronousAndCancellable();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<ApiSession> m_session;
    const CachePartition m_partition {QStringLiteral("profile-a"), QString()};
};

void tst_CachedGet::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("kakiyo-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_cachedget"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList {QStringLiteral("--agents"), QStringLiteral("2"), QStringLiteral("--campaigns"),
            QStringLiteral("2"), QStringLiteral("--prospects"), QStringLiteral("20")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_cache = std::make_unique<Cache>(m_dir.path());
    m_session = std::make_unique<ApiSession>();
    QVERIFY(!m_session->setBaseUrl(m_sandbox->baseUrl()).isError());
    m_session->setApiKey(m_sandbox->apiKey());
    m_session->setCache(m_cache.get(), m_partition);
    QCOMPARE(m_session->profileId(), QStringLiteral("profile-a"));
}

void tst_CachedGet::cacheFirstThenRefresh()
{
    const QString route = QStringLiteral("GET /agents");
    const int before = m_sandbox->requestCount(route);
    const ApiResult first = call(*m_session, ApiRequest::get(QStringLiteral("/agents")));
    QVERIFY2(first.ok, qPrintable(first.error.message));
    QVERIFY(!first.fromCache);
    QCOMPARE(m_sandbox->requestCount(route), before + 1);

    QTest::qWait(1100); // so the cached answer has a visible age
    const ApiResult second = call(*m_session, ApiRequest::get(QStringLiteral("/agents")));
    QVERIFY(second.ok);
    QVERIFY(second.fromCache);
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.json, first.json);
    QCOMPARE(second.fetchedAt.toSecsSinceEpoch(), first.fetchedAt.toSecsSinceEpoch());
    QVERIFY(second.ageMs() >= 1000);
    QCOMPARE(second.attempts, 0);
    QCOMPARE(m_sandbox->requestCount(route), before + 1); // free

    const ApiResult refreshed = call(*m_session,
        withMode(ApiRequest::get(QStringLiteral("/agents")), ApiRequest::CacheMode::Refresh));
    QVERIFY(refreshed.ok);
    QVERIFY(!refreshed.fromCache);
    QCOMPARE(m_sandbox->requestCount(route), before + 2);
    // The refresh was stored: the next cache-first read carries its time.
    const ApiResult third = call(*m_session, ApiRequest::get(QStringLiteral("/agents")));
    QVERIFY(third.fromCache);
    QVERIFY(third.fetchedAt >= refreshed.fetchedAt.addMSecs(-999));
    QVERIFY(third.fetchedAt > second.fetchedAt);
}

void tst_CachedGet::writeInvalidates()
{
    const ApiResult list = call(*m_session, ApiRequest::get(QStringLiteral("/campaigns")));
    QVERIFY2(list.ok, qPrintable(list.error.message));
    const QString campaignId
        = list.json.array().first().toObject().value(QStringLiteral("id")).toString();
    const ApiResult stats
        = call(*m_session, ApiRequest::get(QStringLiteral("/campaigns/%1/stats").arg(campaignId)));
    QVERIFY(stats.ok);
    const ApiResult models = call(*m_session, ApiRequest::get(QStringLiteral("/models")));
    QVERIFY(models.ok);
    QVERIFY(call(*m_session, ApiRequest::get(QStringLiteral("/campaigns"))).fromCache);

    // Pausing the campaign makes the list and its stats stale, not the models.
    const ApiResult pause
        = call(*m_session, ApiRequest::post(QStringLiteral("/campaigns/%1/pause").arg(campaignId)));
    QVERIFY2(pause.ok, qPrintable(pause.error.message));
    QVERIFY(!m_cache->get(m_partition, QStringLiteral("/campaigns")).has_value());
    QVERIFY(!m_cache->get(m_partition, QStringLiteral("/campaigns/%1/stats").arg(campaignId))
                 .has_value());
    QVERIFY(m_cache->get(m_partition, QStringLiteral("/models")).has_value());
    const ApiResult after = call(*m_session, ApiRequest::get(QStringLiteral("/campaigns")));
    QVERIFY(!after.fromCache);

    // A failed write invalidates nothing.
    QVERIFY(call(*m_session, ApiRequest::get(QStringLiteral("/campaigns"))).fromCache);
    const ApiResult failed
        = call(*m_session, ApiRequest::post(QStringLiteral("/campaigns/doesnotexist/pause")));
    QVERIFY(!failed.ok);
    QVERIFY(m_cache->get(m_partition, QStringLiteral("/campaigns")).has_value());

    // Explicit extra prefixes.
    ApiRequest write = ApiRequest::post(QStringLiteral("/products"),
        QJsonDocument(QJsonObject {{"name", "Cache test"}, {"description", "Invalidates models"}}));
    write.invalidates << QStringLiteral("/models");
    QVERIFY(call(*m_session, write).ok);
    QVERIFY(!m_cache->get(m_partition, QStringLiteral("/models")).has_value());
}

void tst_CachedGet::networkOnlyAndFailuresAreNotStored()
{
    const ApiResult verify = call(*m_session,
        withMode(ApiRequest::get(QStringLiteral("/verify")), ApiRequest::CacheMode::NetworkOnly));
    QVERIFY(verify.ok);
    QVERIFY(!m_cache->get(m_partition, QStringLiteral("/verify")).has_value());

    const ApiResult missing = call(*m_session, ApiRequest::get(QStringLiteral("/agents/nope")));
    QCOMPARE(missing.error.category, ApiError::Category::NotFound);
    QVERIFY(!m_cache->get(m_partition, QStringLiteral("/agents/nope")).has_value());

    // Query order does not matter for the cache key.
    QVERIFY(call(*m_session,
        ApiRequest::get(
            QStringLiteral("/prospects/search"), QUrlQuery {{"limit", "5"}, {"offset", "0"}}))
                .ok);
    const ApiResult reordered = call(*m_session,
        ApiRequest::get(
            QStringLiteral("/prospects/search"), QUrlQuery {{"offset", "0"}, {"limit", "5"}}));
    QVERIFY(reordered.fromCache);
}

void tst_CachedGet::warmCacheCostsZeroCalls()
{
    QVERIFY(call(*m_session, ApiRequest::get(QStringLiteral("/agents"))).ok);
    QVERIFY(call(*m_session, ApiRequest::get(QStringLiteral("/products"))).ok);
    QVERIFY(m_sandbox->resetRequestCounts());

    // A new session (the app restarted) over the same cache directory.
    Cache reopened(m_dir.path());
    ApiSession session;
    QVERIFY(!session.setBaseUrl(m_sandbox->baseUrl()).isError());
    session.setApiKey(m_sandbox->apiKey());
    session.setCache(&reopened, m_partition);
    const int callsBefore = session.usage()->calls();
    QVERIFY(call(session, ApiRequest::get(QStringLiteral("/agents"))).fromCache);
    QVERIFY(call(session, ApiRequest::get(QStringLiteral("/products"))).fromCache);
    QCOMPARE(m_sandbox->requestCounts().value(QStringLiteral("total")).toInt(), 0);
    QCOMPARE(session.usage()->calls(), callsBefore);
}

void tst_CachedGet::partitionsAreSeparate()
{
    QVERIFY(call(*m_session, ApiRequest::get(QStringLiteral("/agents"))).ok);
    ApiSession other;
    QVERIFY(!other.setBaseUrl(m_sandbox->baseUrl()).isError());
    other.setApiKey(m_sandbox->apiKey());
    other.setCache(
        m_cache.get(), CachePartition {QStringLiteral("profile-a"), QStringLiteral("ws2")});
    QVERIFY(!call(other, ApiRequest::get(QStringLiteral("/agents"))).fromCache);

    // Clearing one partition leaves the other.
    other.clearCache();
    QVERIFY(!m_cache->get(other.cachePartition(), QStringLiteral("/agents")).has_value());
    QVERIFY(m_cache->get(m_partition, QStringLiteral("/agents")).has_value());
}

void tst_CachedGet::cachedAnswerIsAsynchronousAndCancellable()
{
    QVERIFY(call(*m_session, ApiRequest::get(QStringLiteral("/agents"))).ok);
    bool called = false;
    auto *owner = new QObject;
    m_session->send(ApiRequest::get(QStringLiteral("/agents")), owner,
        [&](const ApiResult &) { called = true; });
    QVERIFY(!called); // never inside send()
    delete owner;
    // Cached answers are delivered in the order they were asked: once a later one has arrived,
    // the one for the gone owner would have too.
    bool later = false;
    QObject marker;
    m_session->send(ApiRequest::get(QStringLiteral("/agents")), &marker,
        [&](const ApiResult &) { later = true; });
    QTRY_VERIFY(later);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(tst_CachedGet)
#include "tst_cachedget.moc"
