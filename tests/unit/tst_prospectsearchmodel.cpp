// ProspectSearchModel against a real kakiyo-sandbox: exact search-call counts (the sandbox's
// admin counter) for the first page, scrolls, jumps, re-visits, eviction and filter changes;
// stale answers dropped; error and retry; both documented item shapes read as the model's rows;
// and QAbstractItemModelTester over a small result.
#include "common/ConnectionOf.h"
#include "common/HttpProbe.h"
#include "common/SandboxProcess.h"
#include "common/SchedulerIdle.h"
#include "models/ProspectColumns.h"
#include "models/ProspectSearchModel.h"
#include "models/api/ApiSession.h"
#include "models/api/RatePolicy.h"
#include "models/api/RequestScheduler.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {
const QString kSearch = QStringLiteral("GET /prospects/search");
}

class tst_ProspectSearchModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstPageGivesTotal();
    void scrollAsksOnlySettledPages();
    void jumpsAndRevisits();
    void evictedPageIsAskedAgain();
    void filterChangeRestartsAndDropsStale();
    void errorAndRetry();
    void bothShapesReadAsTheSameRows();
    void tester();
    void cost();
    void refreshAsksVisiblePagesAgain();

private:
    std::unique_ptr<ProspectSearchModel> newModel();
    bool waitIdle(ProspectSearchModel &m);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiSession> m_session;
};

void tst_ProspectSearchModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<SandboxProcess>(QStringList {QStringLiteral("--seed"),
        QStringLiteral("11"), QStringLiteral("--prospects"), QStringLiteral("1234"),
        QStringLiteral("--rate-limit"), QStringLiteral("100000"), QStringLiteral("--quiet")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_session = std::make_unique<ApiSession>();
    QVERIFY(!m_session->setBaseUrl(m_sandbox->baseUrl()).isError());
    m_session->setApiKey(m_sandbox->apiKey());
    m_session->setProfileId(QStringLiteral("prospect-search-test"));
    RatePolicy policy;
    policy.setOverride(100000, 60000); // the sandbox runs with the same override
    m_session->scheduler()->setPolicy(policy);
}

void tst_ProspectSearchModel::init()
{
    QVERIFY(m_sandbox->clearFaults());
    QVERIFY(m_sandbox->resetRequestCounts());
}

std::unique_ptr<ProspectSearchModel> tst_ProspectSearchModel::newModel()
{
    auto m = std::make_unique<ProspectSearchModel>(connectionOf(m_session.get()));
    m->setSettleDelayMs(40);
    return m;
}

bool tst_ProspectSearchModel::waitIdle(ProspectSearchModel &m)
{
    QElapsedTimer t;
    t.start();
    while (m.state() == ProspectSearchModel::State::Loading
        || m.state() == ProspectSearchModel::State::Idle) {
        if (t.elapsed() > 15000)
            return false;
        QTest::qWait(10);
    }
    return true;
}

void tst_ProspectSearchModel::firstPageGivesTotal()
{
    auto m = newModel();
    QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
    m->setFilter({});
    QVERIFY(waitIdle(*m));
    QCOMPARE(m_sandbox->requestCount(kSearch), 1);
    QVERIFY(m->total() > 100);
    QCOMPARE(qint64(m->rowCount()), m->total());
    QCOMPARE(inserted.count(), 1);
    QVERIFY(m->isRowLoaded(0));
    QVERIFY(m->isRowLoaded(99));
    QVERIFY(!m->isRowLoaded(100));
    QCOMPARE(m->data(m->index(100, ProspectColumns::Name)).toString(), QStringLiteral("Loading…"));
    QCOMPARE(m->data(m->index(100, 0), ProspectSearchModel::LoadedRole).toBool(), false);
    QCOMPARE(m->data(m->index(5, 0), ProspectSearchModel::LoadedRole).toBool(), true);
    QVERIFY(!m->data(m->index(5, ProspectColumns::Name)).toString().isEmpty());
    QCOMPARE(m->loadedRowCount(), 100);
    QCOMPARE(m->state(), ProspectSearchModel::State::Loaded);
    QVERIFY(m->stateText().contains(QStringLiteral("100")));
}

void tst_ProspectSearchModel::scrollAsksOnlySettledPages()
{
    auto m = newModel();
    m->setFilter({});
    QVERIFY(waitIdle(*m));
    // A fast scroll through pages 1..4 reports many ranges; only where it settles is asked.
    for (int first = 0; first <= 420; first += 15)
        m->setVisibleRows(first, first + 30);
    QSignalSpy loaded(m.get(), &ProspectSearchModel::pageLoaded);
    QVERIFY(loaded.wait(10000));
    QVERIFY(waitIdle(*m));
    QCOMPARE(m_sandbox->requestCount(kSearch), 2); // page 0 + page 4
    QVERIFY(m->isPageCached(4));
    QVERIFY(!m->isPageCached(1));
    QVERIFY(!m->isPageCached(3));
    // A range over two pages asks the one missing.
    m->setVisibleRows(390, 420);
    QVERIFY(loaded.wait(10000));
    QVERIFY(waitIdle(*m));
    QCOMPARE(m_sandbox->requestCount(kSearch), 3);
    QVERIFY(m->isPageCached(3));
}

void tst_ProspectSearchModel::jumpsAndRevisits()
{
    auto m = newModel();
    m->setFilter({});
    QVERIFY(waitIdle(*m));
    const int lastRow = m->rowCount() - 1;
    m->loadRows(lastRow - 10, lastRow); // jump to the end
    QVERIFY(waitIdle(*m));
    QCOMPARE(m_sandbox->requestCount(kSearch), 2);
    QCOMPARE(m->state(), ProspectSearchModel::State::AtEnd);
    QVERIFY(m->isRowLoaded(lastRow));
    m->loadRows(600, 630);
    QVERIFY(waitIdle(*m));
    QCOMPARE(m_sandbox->requestCount(kSearch), 3);
    // Re-visits of cached pages cost nothing.
    m->loadRows(0, 30);
    m->loadRows(610, 640);
    m->loadRows(lastRow - 5, lastRow);
    m->setVisibleRows(20, 50);
    // Once scrolling has settled and every asked page is in, a needless page would be counted.
    QVERIFY(m->isSettling());
    QTRY_VERIFY(!m->isSettling());
    QVERIFY(test::waitIdle(*m_session->scheduler()));
    QCOMPARE(m_sandbox->requestCount(kSearch), 3);
    QCOMPARE(m->cachedPageCount(), 3);
}

void tst_ProspectSearchModel::evictedPageIsAskedAgain()
{
    auto m = newModel();
    m->setCacheCapacity(2);
    m->setFilter({});
    QVERIFY(waitIdle(*m));
    m->loadRows(100, 120);
    QVERIFY(waitIdle(*m));
    m->loadRows(200, 220); // page 0 is the least recently used: dropped
    QVERIFY(waitIdle(*m));
    QCOMPARE(m->cachedPageCount(), 2);
    QVERIFY(!m->isPageCached(0));
    QVERIFY(!m->isRowLoaded(0));
    QCOMPARE(m_sandbox->requestCount(kSearch), 3);
    m->loadRows(0, 20);
    QVERIFY(waitIdle(*m));
    QCOMPARE(m_sandbox->requestCount(kSearch), 4);
    QVERIFY(m->isPageCached(0));
    QVERIFY(!m->isPageCached(1));
}

void tst_ProspectSearchModel::filterChangeRestartsAndDropsStale()
{
    auto m = newModel();
    // The first answer is slow; a new filter arrives before it.
    QVERIFY(m_sandbox->injectFault(QJsonObject {{"method", "GET"}, {"path", "/v1/prospects/search"},
        {"count", 1}, {"kind", "delay"}, {"delayMs", 800}}));
    m->setFilter({});
    const quint64 g0 = m->generation();
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->requestCount(kSearch), 1, 5000);
    ProspectSearchQuery qualified;
    qualified.qualification = QStringLiteral("qualified");
    m->setFilter(qualified);
    QCOMPARE(m->generation(), g0 + 1);
    QVERIFY(waitIdle(*m));
    QCOMPARE(m_sandbox->requestCount(kSearch), 2);
    const qint64 qualifiedTotal = m->total();
    QVERIFY(qualifiedTotal > 0);
    QVERIFY(qualifiedTotal < 100000);
    // The stale (unfiltered) answer arrives later and must not change anything.
    QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
    QVERIFY(!changed.wait(1200));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m->total(), qualifiedTotal);
    for (int r = 0; r < std::min(100, m->rowCount()); ++r)
        QCOMPARE(m->item(r)->qualification, QStringLiteral("qualified"));
    QCOMPARE(m_sandbox->requestCount(kSearch), 2);
}

void tst_ProspectSearchModel::errorAndRetry()
{
    RequestScheduler::Retry saved = m_session->scheduler()->retry();
    RequestScheduler::Retry once = saved;
    once.maxAttempts = 1;
    m_session->scheduler()->setRetry(once);
    auto m = newModel();
    m->setFilter({});
    QVERIFY(waitIdle(*m));
    QVERIFY(m_sandbox->injectFault(QJsonObject {{"method", "GET"}, {"path", "/v1/prospects/search"},
        {"count", 1}, {"kind", "status"}, {"status", 500},
        {"body", QJsonObject {{"error", "internal_error"}, {"message", "boom"}}}}));
    m->loadRows(300, 310);
    QTRY_COMPARE_WITH_TIMEOUT(m->state(), ProspectSearchModel::State::Error, 10000);
    QVERIFY(!m->errorMessage().isEmpty());
    QVERIFY(m->stateText().startsWith(QStringLiteral("Error")));
    QCOMPARE(m->data(m->index(300, 0)).toString(), QStringLiteral("Not loaded"));
    m->retry();
    QVERIFY(waitIdle(*m));
    QCOMPARE(m->state(), ProspectSearchModel::State::Loaded);
    QVERIFY(m->isRowLoaded(300));
    QCOMPARE(m_sandbox->requestCount(kSearch), 3);
    m_session->scheduler()->setRetry(saved);
}

static QJsonObject withoutKeys(QJsonObject o, const QStringList &keys)
{
    for (const QString &k : keys)
        o.remove(k);
    return o;
}

void tst_ProspectSearchModel::bothShapesReadAsTheSameRows()
{
    auto m = newModel();
    m->setFilter({});
    QVERIFY(waitIdle(*m));
    QUrl url = m_sandbox->baseUrl();
    url.setPath(url.path() + QStringLiteral("/prospects/search"));
    url.setQuery(QStringLiteral("limit=100&offset=0"));
    const HttpReply reply = HttpProbe::send("GET", url, m_sandbox->apiKey());
    QCOMPARE(reply.status, 200);
    const QJsonArray superset = reply.json.object().value(QStringLiteral("prospects")).toArray();
    QCOMPARE(superset.size(), 100);
    QJsonArray nested;
    QJsonArray flat;
    for (const QJsonValue &v : superset) {
        const QJsonObject item = v.toObject();
        const QJsonObject person = item.value(QStringLiteral("prospect")).toObject();
        QVERIFY(!person.isEmpty());
        QStringList personKeys = person.keys();
        personKeys.removeAll(QStringLiteral("id"));
        // OpenAPI: the chat with the person nested, nothing of the person at the top.
        nested.append(withoutKeys(item, personKeys + QStringList {QStringLiteral("chatId")}));
        // MDX: the person flat, `id` is the person's, the chat id beside it.
        QJsonObject f = withoutKeys(item, {QStringLiteral("prospect")});
        for (auto it = person.begin(); it != person.end(); ++it)
            f.insert(it.key(), it.value());
        f.insert(QStringLiteral("chatId"), item.value(QStringLiteral("id")));
        flat.append(f);
    }
    const QJsonObject pagination
        = reply.json.object().value(QStringLiteral("pagination")).toObject();
    const auto a
        = SearchPage::fromJson(QJsonObject {{"prospects", nested}, {"pagination", pagination}});
    const auto b
        = SearchPage::fromJson(QJsonObject {{"prospects", flat}, {"pagination", pagination}});
    QVERIFY(a.ok());
    QVERIFY(b.ok());
    QCOMPARE(a.value.items.size(), 100);
    QCOMPARE(b.value.items.size(), 100);
    for (int r = 0; r < 100; ++r) {
        const ProspectSearchItem *row = m->item(r);
        QVERIFY(row);
        for (const ProspectSearchItem &shape : {a.value.items.at(r), b.value.items.at(r)}) {
            QCOMPARE(shape.chatId, row->chatId);
            QCOMPARE(shape.prospect.id, row->prospect.id);
            for (int c = 0; c < ProspectColumns::Count; ++c) {
                if (c == ProspectColumns::Campaign && shape.campaign.name.isEmpty())
                    continue; // the OpenAPI shape may name the campaign by id only
                QCOMPARE(ProspectColumns::text(shape, c), m->data(m->index(r, c)).toString());
            }
        }
    }
}

void tst_ProspectSearchModel::tester()
{
    auto m = newModel();
    QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
    QAbstractItemModelTester tester(
        m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProspectSearchQuery q;
    q.qualification = QStringLiteral("qualified");
    q.hasResponded = true;
    m->setFilter(q);
    QVERIFY(waitIdle(*m));
    QCOMPARE(reset.count(), 1);
    QVERIFY(m->rowCount() > 0);
    QCOMPARE(inserted.count(), 1);
    m->loadRows(0, m->rowCount() - 1);
    QVERIFY(waitIdle(*m));
    QCOMPARE(m->state(), ProspectSearchModel::State::AtEnd);
    QCOMPARE(m->loadedRowCount(), m->rowCount());
    for (int r = 0; r < m->rowCount(); ++r)
        QVERIFY(m->item(r)->hasResponded.value_or(true));
    m->setFilter({});
    QVERIFY(waitIdle(*m));
    QCOMPARE(reset.count(), 2);
}

void tst_ProspectSearchModel::cost()
{
    auto m = newModel();
    m->setFilter({});
    QVERIFY(waitIdle(*m));
    QCOMPARE(m->costOfPage(0).calls, 0);
    QCOMPARE(m->costOfPage(1).calls, 1);
    QCOMPARE(m->costOfPage(1).credits, m->callsCostCredits() ? 1 : 0);
    QCOMPARE(m->costOfPage(m->pageCount()).calls, 0);
    QCOMPARE(m->costOfAll().calls, m->pageCount() - 1);
    QCOMPARE(
        m->pageRangeText(0), QStringLiteral("1–100 of %1").arg(QLocale().toString(m->total())));
}

void tst_ProspectSearchModel::refreshAsksVisiblePagesAgain()
{
    auto m = newModel();
    m->setFilter({});
    QVERIFY(waitIdle(*m));
    m->loadRows(300, 320);
    QVERIFY(waitIdle(*m));
    QCOMPARE(m_sandbox->requestCount(kSearch), 2);
    const quint64 g = m->generation();
    m->refresh();
    QCOMPARE(m->generation(), g + 1);
    QTRY_VERIFY_WITH_TIMEOUT(m->isRowLoaded(300), 10000);
    QVERIFY(waitIdle(*m));
    // The first page (for the total) and the page on screen; nothing else.
    QCOMPARE(m_sandbox->requestCount(kSearch), 4);
    QCOMPARE(m->cachedPageCount(), 2);
}

QTEST_GUILESS_MAIN(tst_ProspectSearchModel)
#include "tst_prospectsearchmodel.moc"
