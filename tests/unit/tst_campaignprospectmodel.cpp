// CampaignProspectModel against a real sandbox: cursor paging page by page with exact call counts
// (no second call while one is in flight), the server's filters, QAbstractItemModelTester
// walking every page of a filtered list, and a reopen over the cache that continues past the
// cached pages (the cache keeps X-Has-More / X-Next-Cursor).
#include "common/ConnectionOf.h"
#include "common/HttpProbe.h"
#include "common/SandboxProcess.h"
#include "models/CampaignProspectModel.h"
#include "models/api/ApiSession.h"
#include "models/api/RatePolicy.h"
#include "models/api/RequestScheduler.h"
#include "models/store/Cache.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {
const QString kRoute = QStringLiteral("GET /prospects/campaign/{campaignId}");
}

class tst_CampaignProspectModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void pageByPage();
    void repliedWithTester();
    void cachedReopenContinuesPaging();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiSession> m_session;
    QString m_campaignId;
};

void tst_CampaignProspectModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList {QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--prospects"),
            QStringLiteral("600"), QStringLiteral("--campaigns"), QStringLiteral("3"),
            QStringLiteral("--rate-limit"), QStringLiteral("100000"), QStringLiteral("--quiet")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_session = std::make_unique<ApiSession>();
    QVERIFY(!m_session->setBaseUrl(m_sandbox->baseUrl()).isError());
    m_session->setApiKey(m_sandbox->apiKey());
    m_session->setProfileId(QStringLiteral("campaign-prospects-test"));
    RatePolicy policy;
    policy.setOverride(100000, 60000);
    m_session->scheduler()->setPolicy(policy);
    QUrl url = m_sandbox->baseUrl();
    url.setPath(url.path() + QStringLiteral("/campaigns"));
    const HttpReply reply = HttpProbe::send("GET", url, m_sandbox->apiKey());
    QCOMPARE(reply.status, 200);
    QJsonArray list = reply.json.isArray()
        ? reply.json.array()
        : reply.json.object().value(QStringLiteral("campaigns")).toArray();
    if (list.isEmpty())
        list = reply.json.object().value(QStringLiteral("data")).toArray();
    QVERIFY(!list.isEmpty());
    m_campaignId = list.first().toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!m_campaignId.isEmpty());
}

void tst_CampaignProspectModel::init()
{
    QVERIFY(m_sandbox->resetRequestCounts());
}

void tst_CampaignProspectModel::pageByPage()
{
    CampaignProspectModel m(connectionOf(m_session.get()));
    m.setPageSize(25);
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    m.setCampaign(m_campaignId);
    QVERIFY(m.isLoading());
    QVERIFY(!m.canFetchMore()); // in flight
    m.fetchMore(); // re-checks: no second call
    QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), 25, 10000);
    QCOMPARE(m_sandbox->requestCount(kRoute), 1);
    QVERIFY(m.canFetchMore());
    m.fetchMore();
    m.fetchMore();
    m.fetchMore();
    QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), 50, 10000);
    QCOMPARE(m_sandbox->requestCount(kRoute), 2);
    QCOMPARE(inserted.count(), 2);
    // Rows are distinct conversations.
    QSet<QString> ids;
    for (int r = 0; r < m.rowCount(); ++r)
        ids.insert(m.item(r).chatId);
    QCOMPARE(ids.size(), 50);
    // Walk to the end.
    int calls = 2;
    while (m.canFetchMore()) {
        m.fetchMore();
        ++calls;
        QTRY_VERIFY_WITH_TIMEOUT(!m.isLoading(), 10000);
    }
    QCOMPARE(m.state(), CampaignProspectModel::State::AtEnd);
    QCOMPARE(m_sandbox->requestCount(kRoute), calls);
    QVERIFY(calls >= (m.rowCount() + 24) / 25);
}

void tst_CampaignProspectModel::repliedWithTester()
{
    CampaignProspectModel m(connectionOf(m_session.get()));
    m.setPageSize(10);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CampaignProspectModel::Filter replied;
    replied.status = CampaignProspectModel::kRepliedStatus;
    m.setCampaign(m_campaignId, replied);
    // The tester calls fetchMore itself; the model keeps going until the server says no more.
    QTRY_VERIFY_WITH_TIMEOUT(!m.isLoading() && !m.canFetchMore(), 20000);
    QCOMPARE(m.state(), CampaignProspectModel::State::AtEnd);
    QVERIFY(m.rowCount() > 0);
    for (int r = 0; r < m.rowCount(); ++r)
        QCOMPARE(m.item(r).status, CampaignProspectModel::kRepliedStatus);
}

void tst_CampaignProspectModel::cachedReopenContinuesPaging()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Cache cache(dir.path());
    ApiSession session;
    QVERIFY(!session.setBaseUrl(m_sandbox->baseUrl()).isError());
    session.setApiKey(m_sandbox->apiKey());
    session.setCache(&cache, CachePartition {QStringLiteral("reopen"), QString()});
    RatePolicy policy;
    policy.setOverride(100000, 60000);
    session.scheduler()->setPolicy(policy);

    // First visit: two pages of 20 from the server.
    QStringList firstVisit;
    {
        CampaignProspectModel m(connectionOf(&session));
        m.setPageSize(20);
        m.setCampaign(m_campaignId);
        QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), 20, 10000);
        QVERIFY(!m.isFromCache());
        m.fetchMore();
        QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), 40, 10000);
        QVERIFY(m.canFetchMore());
        for (int r = 0; r < m.rowCount(); ++r)
            firstVisit << m.item(r).chatId;
    }
    QCOMPARE(m_sandbox->requestCount(kRoute), 2);

    // Reopen: both pages come from the cache (no call) and still say there is more, so the
    // third page is asked from the server with the cached cursor and continues the list.
    CampaignProspectModel m(connectionOf(&session));
    m.setPageSize(20);
    m.setCampaign(m_campaignId);
    QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), 20, 10000);
    QVERIFY(m.isFromCache());
    QVERIFY(m.canFetchMore());
    m.fetchMore();
    QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), 40, 10000);
    QVERIFY(m.isFromCache());
    QCOMPARE(m_sandbox->requestCount(kRoute), 2);
    QVERIFY(m.canFetchMore());
    m.fetchMore();
    QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), 60, 10000);
    QVERIFY(!m.isFromCache());
    QCOMPARE(m_sandbox->requestCount(kRoute), 3);
    QSet<QString> ids;
    for (int r = 0; r < m.rowCount(); ++r) {
        ids.insert(m.item(r).chatId);
        if (r < firstVisit.size())
            QCOMPARE(m.item(r).chatId, firstVisit.at(r));
    }
    QCOMPARE(ids.size(), 60); // no page repeated

    // A refresh walk asks the server again.
    m.setCampaign(m_campaignId, {}, true);
    QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), 20, 10000);
    QVERIFY(!m.isFromCache());
    QCOMPARE(m_sandbox->requestCount(kRoute), 4);
}

QTEST_GUILESS_MAIN(tst_CampaignProspectModel)
#include "tst_campaignprospectmodel.moc"
