// The window's models against a hostile server (tests/common/HostileFaults): each list model,
// the prospect search model, the analytics loader and the prospect export end with a clear
// error in bounded time and calls, without a crash, for every misbehaviour. Then the client's
// overall deadline (a steady drip resets the idle timer forever), the rate-limit sentence after
// giving up, and the export's handling of pages that contradict themselves.
#include "common/ConnectionOf.h"
#include "common/HostileFaults.h"
#include "common/HostileServer.h"
#include "models/AgentListModel.h"
#include "models/AnalyticsModel.h"
#include "models/CampaignListModel.h"
#include "models/ProspectSearchModel.h"
#include "models/api/ApiClient.h"
#include "models/api/ApiSession.h"
#include "models/api/RequestScheduler.h"
#include "models/jobs/AnalyticsModelLoader.h"
#include "models/jobs/ProspectExport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <memory>

using namespace kakiyo;
using kakiyo::test::connectionOf;
using kakiyo::test::HostileReply;
using kakiyo::test::HostileRequest;
using kakiyo::test::HostileServer;

namespace {

QJsonObject searchPage(int from, int count, qint64 total, bool hasMore)
{
    QJsonArray rows;
    for (int i = from; i < from + count; ++i)
        rows.append(QJsonObject {{"id", QStringLiteral("prospect_%1").arg(i)},
            {"chatId", QStringLiteral("chat_%1").arg(i)},
            {"name", QStringLiteral("Person %1").arg(i)}, {"status", 1}});
    return QJsonObject {{"prospects", rows},
        {"pagination",
            QJsonObject {
                {"total", total}, {"limit", 100}, {"offset", from}, {"hasMore", hasMore}}}};
}

int offsetOf(const HostileRequest &r)
{
    for (const QByteArray &part : r.query.split('&')) {
        if (part.startsWith("offset="))
            return part.mid(7).toInt();
    }
    return 0;
}

// Kinds of self-contradicting search answers: 0 a negative total, 1 `hasMore` with empty pages
// after the first, 2 a total of 10^12.
std::function<HostileReply(const HostileRequest &)> contradictoryServer(int kind)
{
    return [kind](const HostileRequest &r) {
        const int offset = offsetOf(r);
        if (kind == 0)
            return HostileReply::json(200, searchPage(0, 3, -5, false));
        if (kind == 1)
            return HostileReply::json(200,
                offset == 0 ? searchPage(0, 100, 300, true) : searchPage(offset, 0, 300, true));
        return HostileReply::json(200, searchPage(0, 3, 1000000000000LL, true));
    };
}

} // namespace

class tst_HostileModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelsEndCleanly_data();
    void modelsEndCleanly();
    void deadlineEndsADrippingAnswer();
    void rateLimitGivenUpPromisesNoRetry();
    void exportKeepsRowsOfAContradictoryAnswer_data();
    void exportKeepsRowsOfAContradictoryAnswer();
    void exportFollowsCappedPages();
    void searchKeepsRowsOfAContradictoryAnswer_data();
    void searchKeepsRowsOfAContradictoryAnswer();

private:
    std::unique_ptr<ApiSession> session(const HostileServer &server, int deadlineMs = 1000);
    QTemporaryDir m_dir;
};

void tst_HostileModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<ApiSession> tst_HostileModels::session(const HostileServer &server, int deadlineMs)
{
    auto s = std::make_unique<ApiSession>();
    s->setBaseUrl(server.baseUrl());
    s->setApiKey(QStringLiteral("abcdefghij0123456789ABCDEFGHIJ0123456789"));
    s->setProfileId(QStringLiteral("hostile"));
    s->client()->setRequestDeadlineMs(deadlineMs);
    return s;
}

void tst_HostileModels::modelsEndCleanly_data()
{
    QTest::addColumn<int>("fault");
    const auto all = kakiyo::test::hostileFaults();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all.at(i).name)) << i;
}

void tst_HostileModels::modelsEndCleanly()
{
    QFETCH(int, fault);
    const auto f = kakiyo::test::hostileFaults().at(fault);
    HostileServer server;
    HostileServer other;
    QVERIFY(server.listen());
    QVERIFY(other.listen());
    server.setHandler(f.make(&other));
    const auto s = session(server);

    AgentListModel agents(connectionOf(s.get()));
    CampaignListModel campaigns(connectionOf(s.get()));
    ProspectSearchModel search(connectionOf(s.get()));
    AnalyticsModel analytics;
    AnalyticsModelLoader loader(connectionOf(s.get()), &analytics);
    ProspectExport job(connectionOf(s.get()));
    QString agentsError, campaignsError, analyticsError;
    ProspectExport::Outcome exported;
    bool exportDone = false;
    connect(
        &agents, &ServerListModel::loadFailed, this, [&](const QString &m) { agentsError = m; });
    connect(&campaigns, &ServerListModel::loadFailed, this,
        [&](const QString &m) { campaignsError = m; });
    connect(&loader, &AnalyticsModelLoader::failed, this,
        [&](const QString &m) { analyticsError = m; });
    connect(&job, &ProspectExport::finished, this, [&](const ProspectExport::Outcome &o) {
        exported = o;
        exportDone = true;
    });
    const QString file = m_dir.filePath(QStringLiteral("models-%1.csv").arg(fault));

    QElapsedTimer clock;
    clock.start();
    agents.load(true);
    campaigns.load(true);
    search.setFilter({});
    loader.loadOverview(true);
    job.start({}, file);
    // Bounded: one call's deadline (1 s) times the scheduler's attempts plus its backoff.
    QTRY_VERIFY_WITH_TIMEOUT(!agents.isLoading() && !campaigns.isLoading()
            && search.state() != ProspectSearchModel::State::Loading && !analyticsError.isEmpty()
            && exportDone,
        25000);
    QVERIFY2(clock.elapsed() < 25000, qPrintable(QString::number(clock.elapsed())));
    for (const QString &error :
        {agentsError, campaignsError, analyticsError, exported.error, search.errorMessage()}) {
        QVERIFY2(!error.isEmpty(), qPrintable(f.name));
        QVERIFY2(!error.contains(QStringLiteral("automatically")), qPrintable(error));
    }
    QCOMPARE(search.state(), ProspectSearchModel::State::Error);
    QVERIFY(search.rowCount() >= 0);
    QVERIFY(!exported.ok);
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY2(server.requests() <= 40, qPrintable(QString::number(server.requests())));
    QCOMPARE(other.requests(), 0);
}

// One byte every 100 ms keeps the idle timer from ever firing; the overall deadline ends the call.
void tst_HostileModels::deadlineEndsADrippingAnswer()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([](const HostileRequest &) {
        HostileReply reply = HostileReply::json(200, QJsonObject {{"data", QString(400, u'x')}});
        reply.kind = HostileReply::Kind::Drip;
        reply.dripMs = 100;
        return reply;
    });
    const auto s = session(server, 1500);
    QCOMPARE(s->client()->requestDeadlineMs(), 1500);
    ApiRequest request = ApiRequest::get(QStringLiteral("/agents"));
    request.maxAttempts = 1;
    request.cacheMode = ApiRequest::CacheMode::NetworkOnly;
    ApiResult result;
    bool done = false;
    QElapsedTimer clock;
    clock.start();
    s->send(request, this, [&](const ApiResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(result.error.category, ApiError::Category::Timeout);
    QVERIFY2(result.error.message.contains(QStringLiteral("within 2 s")),
        qPrintable(result.error.message));
    QCOMPARE(server.requests(), 1);
}

void tst_HostileModels::rateLimitGivenUpPromisesNoRetry()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([](const HostileRequest &) {
        HostileReply reply
            = HostileReply::json(429, QJsonObject {{"error", "rate_limit_exceeded"}});
        reply.addHeader("Retry-After", "999999");
        return reply;
    });
    const auto s = session(server);
    ApiResult result;
    bool done = false;
    s->send(ApiRequest::get(QStringLiteral("/campaigns")), this, [&](const ApiResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(server.requests(), 1); // a wait of 11 days is not waited
    QCOMPARE(result.error.category, ApiError::Category::Rate);
    const QString text = result.error.userMessage();
    QVERIFY2(!text.contains(QStringLiteral("automatically")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("try again later")), qPrintable(text));
}

void tst_HostileModels::exportKeepsRowsOfAContradictoryAnswer_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<QString>("says");
    QTest::newRow("negative total") << 0 << qint64(3) << "negative total";
    QTest::newRow("hasMore, empty page") << 1 << qint64(100) << "sent none";
    QTest::newRow("total 10^12") << 2 << qint64(3) << "implausible total";
}

void tst_HostileModels::exportKeepsRowsOfAContradictoryAnswer()
{
    QFETCH(int, kind);
    QFETCH(qint64, rows);
    QFETCH(QString, says);
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler(contradictoryServer(kind));
    const auto s = session(server);
    const QString file = m_dir.filePath(QStringLiteral("contradiction-%1.csv").arg(kind));
    const ProspectExport::Outcome out = ProspectExport::run(connectionOf(s.get()), {}, file);
    QVERIFY(!out.ok);
    QVERIFY(out.written);
    QCOMPARE(out.rows, rows);
    QVERIFY2(out.error.contains(says), qPrintable(out.error));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(qint64(csv.readAll().trimmed().split('\n').size()), rows + 1);
}

void tst_HostileModels::exportFollowsCappedPages()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([](const HostileRequest &r) {
        const int offset = offsetOf(r);
        const int count = std::clamp(1250 - offset, 0, 50); // serves 50 whatever is asked
        return HostileReply::json(200, searchPage(offset, count, 1250, offset + count < 1250));
    });
    const auto s = session(server);
    s->scheduler()->setMaxInFlight(4);
    RatePolicy policy;
    policy.setOverride(100000, 60000);
    s->scheduler()->setPolicy(policy);
    const QString file = m_dir.filePath(QStringLiteral("capped.csv"));
    const ProspectExport::Outcome out = ProspectExport::run(connectionOf(s.get()), {}, file);
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.rows, qint64(1250));
    QCOMPARE(out.total, qint64(1250));
    QCOMPARE(out.calls, 25);
}

void tst_HostileModels::searchKeepsRowsOfAContradictoryAnswer_data()
{
    exportKeepsRowsOfAContradictoryAnswer_data();
}

// The prospect table shows every row served and no row beyond them, and says why it stopped,
// whatever total the answer claims.
void tst_HostileModels::searchKeepsRowsOfAContradictoryAnswer()
{
    QFETCH(int, kind);
    QFETCH(qint64, rows);
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler(contradictoryServer(kind));
    const auto s = session(server);
    ProspectSearchModel search(connectionOf(s.get()));
    search.setFilter({});
    QTRY_VERIFY(search.state() != ProspectSearchModel::State::Loading);
    if (kind == 1) { // the contradiction is on the second page: scroll to it
        QCOMPARE(search.rowCount(), 300);
        search.setVisibleRows(100, 199);
        search.loadRows(100, 199);
        QTRY_VERIFY(search.state() == ProspectSearchModel::State::Error);
    }
    QCOMPARE(search.state(), ProspectSearchModel::State::Error);
    QCOMPARE(qint64(search.rowCount()), rows);
    QCOMPARE(search.loadedRowCount(), int(rows));
    QVERIFY2(search.errorMessage().contains(QStringLiteral("contradicts itself")),
        qPrintable(search.errorMessage()));
    const QString first = search.data(search.index(0, 0)).toString();
    const QString last = search.data(search.index(int(rows) - 1, 0)).toString();
    QVERIFY2(!first.isEmpty() && !last.isEmpty(), qPrintable(first + u'|' + last));
}

QTEST_GUILESS_MAIN(tst_HostileModels)
#include "tst_hostilemodels.moc"
