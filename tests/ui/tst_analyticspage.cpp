// AnalyticsPage and the headless export against a real kakiyo-sandbox: the page shows the
// server's numbers, stores the day's snapshot, answers a revisit and a date-range change from the
// cache (no extra calls), and ChartExport::run writes charts and the report from the live API,
// failing cleanly (exit 1, no file) when the API refuses.

#include "common/ConnectionOf.h"
#include "common/SandboxProcess.h"
#include "common/Screenshots.h"
#include "models/AnalyticsModel.h"
#include "models/api/AnalyticsApi.h"
#include "models/api/ApiSession.h"
#include "models/api/Connection.h"
#include "models/jobs/AnalyticsModelLoader.h"
#include "models/store/Cache.h"
#include "ui/analytics/AnalyticsPage.h"
#include "ui/analytics/AnalyticsView.h"
#include "ui/analytics/DateRangeBar.h"
#include "ui/analytics/KpiTile.h"
#include "ui/charts/ChartCard.h"
#include "ui/charts/ChartExport.h"

#include <QChart>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QtTest>

using namespace kakiyo;
using namespace kakiyo::test;
using kakiyo::test::HttpReply;
using kakiyo::test::SandboxProcess;

class tst_AnalyticsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pageShowsServerNumbersAndStoresSnapshot();
    void revisitAndRangeCostNoCalls();
    void headlessChartExport();
    void headlessReport();
    void headlessExportFailsCleanly();

private:
    std::unique_ptr<ApiSession> makeSession();

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<Cache> m_cache;
    QTemporaryDir m_dir;
};

void tst_AnalyticsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Two agents: opening the page also asks the agents' details (the outreach figures), and the
    // team's Medium tier (30 a minute) serves every test here.
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList {QStringLiteral("--campaigns"), QStringLiteral("4"), QStringLiteral("--agents"),
            QStringLiteral("2"), QStringLiteral("--prospects"), QStringLiteral("300"),
            QStringLiteral("--profile"), QStringLiteral("current")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void tst_AnalyticsPage::init()
{
    m_cache = std::make_unique<Cache>(
        m_dir.filePath(QStringLiteral("cache-%1").arg(QTest::currentTestFunction())));
    QVERIFY(m_sandbox->resetRequestCounts());
    QVERIFY(m_sandbox->clearFaults());
}

void tst_AnalyticsPage::cleanup()
{
    m_cache.reset();
}

std::unique_ptr<ApiSession> tst_AnalyticsPage::makeSession()
{
    auto session = std::make_unique<ApiSession>();
    session->setBaseUrl(m_sandbox->baseUrl());
    session->setApiKey(m_sandbox->apiKey());
    session->setCache(m_cache.get(), CachePartition {QStringLiteral("test"), {}});
    return session;
}

void tst_AnalyticsPage::pageShowsServerNumbersAndStoresSnapshot()
{
    const HttpReply overview = m_sandbox->call("GET", QStringLiteral("/analytics/overview"));
    QCOMPARE(overview.status, 200);
    const QJsonObject summary = overview.object().value(QStringLiteral("summary")).toObject();
    QVERIFY(m_sandbox->resetRequestCounts());

    auto session = makeSession();
    AnalyticsPage page(connectionOf(session.get()));
    page.resize(1280, 1700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->hasOverview(), 15000);
    // The first campaign's analytics follow on their own.
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->hasCampaign(), 15000);

    AnalyticsView *view = page.view();
    QCOMPARE(view->tile(AnalyticsKpiModel::Prospects)->valueText(),
        QLocale().toString(summary.value(QStringLiteral("totalProspects")).toInteger()));
    QCOMPARE(page.model()->campaigns()->rowCount(),
        overview.object().value(QStringLiteral("campaigns")).toArray().size());
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("GET /analytics/overview")), 1);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("GET /analytics/campaigns/{campaignId}")), 1);
    const auto snapshots = m_cache->snapshots({QStringLiteral("test"), {}},
        QString::fromLatin1(AnalyticsApi::OverviewSnapshotKey), QDate::currentDate().addDays(-1),
        QDate::currentDate().addDays(1));
    QCOMPARE(snapshots.size(), 1);
    // The outreach figures (senders, acceptance, heatmap) arrive on their own too.
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->outreach()->hasFigures(), 15000);
    for (ChartCard *card : view->charts())
        if (card->name() != QLatin1String("history"))
            QVERIFY2(card->hasData(), qPrintable(card->name()));

    // Look at it: the live page against the sandbox.
    const QString path = screenshotPath(QStringLiteral("analytics-page-sandbox.png"));
    QVERIFY(page.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void tst_AnalyticsPage::revisitAndRangeCostNoCalls()
{
    {
        auto session = makeSession();
        AnalyticsPage first(connectionOf(session.get()));
        first.activate();
        QTRY_VERIFY_WITH_TIMEOUT(first.model()->hasCampaign(), 15000);
    }
    const int overviewCalls = m_sandbox->requestCount(QStringLiteral("GET /analytics/overview"));
    QCOMPARE(overviewCalls, 1);
    auto session = makeSession();
    AnalyticsPage again(connectionOf(session.get()));
    again.activate();
    QTRY_VERIFY_WITH_TIMEOUT(again.model()->hasCampaign(), 15000);
    again.view()->dateRange()->setPreset(DateRangeBar::Last7Days);
    again.view()->dateRange()->setPreset(DateRangeBar::Last90Days);
    QVERIFY(again.model()->hasOverview());
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("GET /analytics/overview")), overviewCalls);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("GET /analytics/campaigns/{campaignId}")), 1);
    // An explicit refresh does ask again.
    again.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->requestCount(QStringLiteral("GET /analytics/overview")),
        overviewCalls + 1, 15000);
}

void tst_AnalyticsPage::headlessChartExport()
{
    const HttpReply campaigns = m_sandbox->call("GET", QStringLiteral("/campaigns"));
    QCOMPARE(campaigns.status, 200);
    const QString id
        = campaigns.json.array().first().toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const HttpReply analytics
        = m_sandbox->call("GET", QStringLiteral("/analytics/campaigns/") + id);
    QCOMPARE(analytics.status, 200);

    auto session = makeSession();
    ChartExportRequest request;
    request.chart = QStringLiteral("daily");
    request.campaignId = id;
    request.format = QStringLiteral("png");
    request.scale = 2;
    request.size = QSize(640, 360);
    request.output = m_dir.filePath(QStringLiteral("daily.png"));
    ChartExportResult result = ChartExport::run(request, *connectionOf(session.get()));
    QVERIFY2(result.exitCode == 0, qPrintable(result.message));
    QCOMPARE(QImage(request.output).size(), QSize(1280, 720));

    // CSV numbers equal the API's.
    request.format = QStringLiteral("csv");
    request.scale = 1;
    request.chart = QStringLiteral("last7days");
    request.output = m_dir.filePath(QStringLiteral("last7.csv"));
    result = ChartExport::run(request, *connectionOf(session.get()));
    QVERIFY2(result.exitCode == 0, qPrintable(result.message));
    QFile csv(request.output);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QJsonObject last7 = analytics.object()
                                  .value(QStringLiteral("activity"))
                                  .toObject()
                                  .value(QStringLiteral("last7Days"))
                                  .toObject();
    const QByteArray expected
        = QStringLiteral("Metric,Last 7 days\r\nMessages,%1\r\nResponses,%2\r\nQualified,%3\r\n")
              .arg(last7.value(QStringLiteral("messages")).toInteger())
              .arg(last7.value(QStringLiteral("responses")).toInteger())
              .arg(last7.value(QStringLiteral("qualified")).toInteger())
              .toUtf8();
    QCOMPARE(csv.readAll(), expected);
}

void tst_AnalyticsPage::headlessReport()
{
    // The earlier tests spent most of the team's Medium tier for this minute; the report (and
    // the raw reads that check it) start on a fresh one instead of waiting it out.
    QVERIFY(m_sandbox->resetRateLimits());
    auto session = makeSession();
    ChartExportRequest request;
    request.report = true;
    request.output = m_dir.filePath(QStringLiteral("report.pdf"));
    request.reportOptions.teamName = QStringLiteral("Sandbox team");
    const ChartExportResult result = ChartExport::run(request, *connectionOf(session.get()));
    QVERIFY2(result.exitCode == 0, qPrintable(result.message));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {request.output});
    QVERIFY(info.waitForFinished(30000));
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    // Title, KPIs, 5 team charts on 3 pages (campaigns, acceptance, senders, reply activity,
    // recent activity; one stored day is no trend yet), the campaign, acceptance and sender
    // tables, definitions.
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Pages:\\s+9"))), qPrintable(text));

    // Its text carries the acceptance rate and the per-sender table, one row per agent.
    QProcess toText;
    toText.start(QStringLiteral("pdftotext"),
        {QStringLiteral("-layout"), request.output, QStringLiteral("-")});
    QVERIFY(toText.waitForFinished(30000));
    const QString body = QString::fromUtf8(toText.readAllStandardOutput());
    QVERIFY2(body.contains(QStringLiteral("Acceptance rate")), qPrintable(body.left(2000)));
    QVERIFY(body.contains(QStringLiteral("Invitations sent")));
    QVERIFY(body.contains(QStringLiteral("Connections made")));
    QVERIFY(body.contains(QStringLiteral("Senders")));
    const HttpReply agents = m_sandbox->call("GET", QStringLiteral("/agents"));
    QCOMPARE(agents.status, 200);
    QVERIFY(!agents.json.array().isEmpty());
    for (const QJsonValue &agent : agents.json.array())
        QVERIFY2(body.contains(agent.toObject().value(QStringLiteral("name")).toString()),
            qPrintable(agent.toObject().value(QStringLiteral("name")).toString()));
    // The team's rate as the test computes it from the raw search pages (status 2-6 of 1-6).
    qint64 invited = 0;
    qint64 accepted = 0;
    for (int offset = 0;; offset += 100) {
        const HttpReply page = m_sandbox->call(
            "GET", QStringLiteral("/prospects/search?limit=100&offset=%1").arg(offset));
        QCOMPARE(page.status, 200);
        const QJsonArray items = page.object().value(QStringLiteral("prospects")).toArray();
        for (const QJsonValue &v : items) {
            const int status = v.toObject().value(QStringLiteral("status")).toInt();
            invited += status >= 1 && status <= 6;
            accepted += status >= 2 && status <= 6;
        }
        if (items.size() < 100)
            break;
    }
    QVERIFY(invited > 0);
    const QString rate = QLocale().toString(double(accepted) * 100.0 / double(invited), 'f', 2);
    QVERIFY2(body.contains(rate + QStringLiteral(" %")), qPrintable(rate));
}

void tst_AnalyticsPage::headlessExportFailsCleanly()
{
    auto session = makeSession();
    ChartExportRequest request;
    request.chart = QStringLiteral("funnel");
    request.campaignId = QStringLiteral("nosuchcampaign000000");
    request.format = QStringLiteral("svg");
    request.output = m_dir.filePath(QStringLiteral("missing.svg"));
    ChartExportResult result = ChartExport::run(request, *connectionOf(session.get()));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(!result.message.isEmpty(), "no message");
    QVERIFY(!QFile::exists(request.output));

    QVERIFY(m_sandbox->injectFault(
        QJsonObject {{QStringLiteral("path"), QStringLiteral("/v1/analytics/overview")},
            {QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 401},
            {QStringLiteral("count"), 5},
            {QStringLiteral("body"),
                QJsonObject {{QStringLiteral("error"), QStringLiteral("unauthorized")},
                    {QStringLiteral("message"), QStringLiteral("Invalid API key")}}}}));
    request = {};
    request.report = true;
    request.output = m_dir.filePath(QStringLiteral("refused.pdf"));
    result = ChartExport::run(request, *connectionOf(session.get()));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(
        result.message.contains(QStringLiteral("Nothing was written")), qPrintable(result.message));
    QVERIFY(!QFile::exists(request.output));
}

QTEST_MAIN(tst_AnalyticsPage)
#include "tst_analyticspage.moc"
