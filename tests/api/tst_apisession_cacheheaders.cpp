// A cursor-paged answer read back from the cache keeps its pagination headers: GET
// /prospects/campaign/{id} answered from the cache still says X-Has-More and X-Next-Cursor (the
// cache used to keep only the body, so a cached first page ended the walk), the next page asked
// with that cursor continues where the first stopped, and rate-limit headers (the state of the
// moment of the call) are never replayed from the cache.

#include "common/HttpProbe.h"
#include "common/SessionCall.h"
#include "common/SessionFixture.h"
#include "models/api/ApiSession.h"
#include "models/api/ProspectsApi.h"
#include "models/store/Cache.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace kakiyo;
using kakiyo::test::call;
using kakiyo::test::SessionFixture;

namespace {

const QString kRoute = QStringLiteral("GET /prospects/campaign/{campaignId}");

QSet<QString> idsOf(const ApiResult &r)
{
    QSet<QString> ids;
    for (const QJsonValue &v : r.json.array())
        ids.insert(v.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

} // namespace

class tst_ApiSessionCacheHeaders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cachedPageKeepsPaginationHeaders();
    void cachedPageContinuesThroughTheResourceClass();

private:
    ApiRequest page(const QString &cursor, ApiRequest::CacheMode mode) const;

    SessionFixture m_fx {QStringLiteral("headers")};
    QString m_campaignId;
};

void tst_ApiSessionCacheHeaders::initTestCase()
{
    QVERIFY2(m_fx.start({QStringLiteral("--campaigns"), QStringLiteral("2"),
                 QStringLiteral("--prospects"), QStringLiteral("120")}),
        qPrintable(m_fx.errorString()));
    // One session and cache for the whole test: the first test leaves pages in it.
    QVERIFY2(m_fx.freshSession(), qPrintable(m_fx.errorString()));
    const ApiResult list = call(*m_fx.session, ApiRequest::get(QStringLiteral("/campaigns")));
    QVERIFY2(list.ok, qPrintable(list.error.message));
    QVERIFY(!list.json.array().isEmpty());
    m_campaignId = list.json.array().first().toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!m_campaignId.isEmpty());
}

ApiRequest tst_ApiSessionCacheHeaders::page(const QString &cursor, ApiRequest::CacheMode mode) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("10"));
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"), cursor);
    ApiRequest r = ApiRequest::get(QStringLiteral("/prospects/campaign/%1").arg(m_campaignId), q);
    r.cacheMode = mode;
    return r;
}

void tst_ApiSessionCacheHeaders::cachedPageKeepsPaginationHeaders()
{
    QVERIFY(m_fx.sandbox->resetRequestCounts());
    const ApiResult live = call(*m_fx.session, page({}, ApiRequest::CacheMode::Refresh));
    QVERIFY2(live.ok, qPrintable(live.error.message));
    QVERIFY(!live.fromCache);
    QCOMPARE(live.header("x-has-more"), QByteArray("true"));
    QVERIFY(!live.nextCursor().isEmpty());
    QVERIFY(!live.header("x-ratelimit-limit").isEmpty());

    const ApiResult cached = call(*m_fx.session, page({}, ApiRequest::CacheMode::CacheFirst));
    QVERIFY2(cached.ok, qPrintable(cached.error.message));
    QVERIFY(cached.fromCache);
    QCOMPARE(m_fx.sandbox->requestCount(kRoute), 1); // the cached read cost nothing
    QCOMPARE(cached.body, live.body);
    QCOMPARE(cached.hasMore(), std::optional<bool>(true));
    QCOMPARE(cached.nextCursor(), live.nextCursor());
    QCOMPARE(cached.header("x-limit"), live.header("x-limit"));
    // Rate-limit state is of the moment of the call: never replayed.
    QVERIFY(cached.header("x-ratelimit-limit").isEmpty());
    QVERIFY(cached.header("x-ratelimit-remaining").isEmpty());

    // The cursor from the cached page continues the list on the server.
    const ApiResult second
        = call(*m_fx.session, page(cached.nextCursor(), ApiRequest::CacheMode::CacheFirst));
    QVERIFY2(second.ok, qPrintable(second.error.message));
    QVERIFY(!second.fromCache);
    QCOMPARE(m_fx.sandbox->requestCount(kRoute), 2);
    QCOMPARE(second.json.array().size(), 10);
    QVERIFY(!idsOf(second).intersects(idsOf(cached)));

    // A new session over the same cache file (the app restarted) reads the headers back too.
    Cache reopened(m_fx.cachePath());
    ApiSession again;
    QVERIFY2(m_fx.connect(again, &reopened), qPrintable(m_fx.errorString()));
    const ApiResult restarted = call(again, page({}, ApiRequest::CacheMode::CacheFirst));
    QVERIFY(restarted.fromCache);
    QCOMPARE(restarted.nextCursor(), live.nextCursor());
    QCOMPARE(m_fx.sandbox->requestCount(kRoute), 2);
}

void tst_ApiSessionCacheHeaders::cachedPageContinuesThroughTheResourceClass()
{
    ProspectsApi api(m_fx.session.get());
    CampaignProspectQuery q;
    q.limit = 10;
    auto ask = [&](const CampaignProspectQuery &query, ApiRequest::CacheMode mode) {
        Result<CampaignProspectPage> out;
        bool done = false;
        QObject owner;
        ReadOptions options;
        options.cache = mode;
        api.listForCampaign(
            m_campaignId, query, &owner,
            [&](const Result<CampaignProspectPage> &r) {
                out = r;
                done = true;
            },
            options);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
        return out;
    };
    const auto live = ask(q, ApiRequest::CacheMode::Refresh);
    QVERIFY(live.ok());
    QVERIFY(live.value.hasMore);
    QVERIFY(!live.value.nextCursor.isEmpty());
    const auto cached = ask(q, ApiRequest::CacheMode::CacheFirst);
    QVERIFY(cached.ok());
    QVERIFY(cached.fromCache);
    QVERIFY(cached.value.hasMore);
    QCOMPARE(cached.value.nextCursor, live.value.nextCursor);
}

QTEST_GUILESS_MAIN(tst_ApiSessionCacheHeaders)
#include "tst_apisession_cacheheaders.moc"
