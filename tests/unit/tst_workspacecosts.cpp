// What a client workspace's prospect search costs (issue 12): one page asks each of the
// workspace's campaigns once, so the cost preview says as many calls as it has campaigns — the
// number of campaigns read from the sandbox's own data over HTTP — and the usage meter and the
// sandbox's request counter both move by exactly that number when the page is fetched. An export
// of the workspace's matches reports the search calls the sandbox counted.
#include "common/ConnectionOf.h"
#include "common/SandboxProcess.h"
#include "common/SandboxSession.h"
#include "common/SchedulerIdle.h"
#include "models/ProspectSearchModel.h"
#include "models/api/ApiSession.h"
#include "models/api/RatePolicy.h"
#include "models/api/UsageMeter.h"
#include "models/jobs/ProspectExport.h"
#include "models/store/Cache.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {
const QString kSearch = QStringLiteral("GET /prospects/search");
}

class tst_WorkspaceCosts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageCostIsOneCallPerCampaign_data();
    void pageCostIsOneCallPerCampaign();
    void exportCountsTheCallsMade();

private:
    std::unique_ptr<ApiSession> sessionIn(const QString &workspaceId, const QString &partition);

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Cache> m_cache;
    QString m_workspace;
    int m_campaigns = 0; // of the workspace, from the sandbox's data
    qint64 m_rows = 0; // its prospects, from the sandbox's searches per campaign
};

void tst_WorkspaceCosts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(QStringList {QStringLiteral("--seed"),
        QStringLiteral("11"), QStringLiteral("--prospects"), QStringLiteral("1234"),
        QStringLiteral("--rate-limit"), QStringLiteral("100000"), QStringLiteral("--quiet")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_cache = std::make_unique<Cache>(m_dir.filePath(QStringLiteral("cache")));
    // The workspace gets the two agents owning the most campaigns (so N >= 2).
    QHash<QString, QStringList> byAgent;
    for (const QJsonValue &c : m_sandbox->call("GET", QStringLiteral("/campaigns")).json.array())
        if (const QString agent = c[QStringLiteral("agent")].toString(); !agent.isEmpty())
            byAgent[agent] << c[QStringLiteral("id")].toString();
    QStringList agents = byAgent.keys();
    std::sort(agents.begin(), agents.end(), [&](const QString &a, const QString &b) {
        return byAgent.value(a).size() > byAgent.value(b).size();
    });
    QVERIFY(agents.size() >= 2);
    const HttpReply created = m_sandbox->call("POST", QStringLiteral("/workspaces"),
        QJsonObject {{QStringLiteral("name"), QStringLiteral("Costly Client")}});
    QCOMPARE(created.status, 201);
    m_workspace = created.json[QStringLiteral("id")].toString();
    for (const QString &agent : agents.mid(0, 2)) {
        QCOMPARE(
            m_sandbox
                ->call("POST", QStringLiteral("/workspaces/%1/agents/%2").arg(m_workspace, agent))
                .status,
            200);
        m_campaigns += int(byAgent.value(agent).size());
        for (const QString &campaign : byAgent.value(agent))
            m_rows
                += m_sandbox
                       ->call("GET",
                           QStringLiteral("/prospects/search?limit=1&campaignId=%1").arg(campaign))
                       .json[QStringLiteral("pagination")][QStringLiteral("total")]
                       .toInteger();
    }
    QVERIFY(m_campaigns >= 2);
    QVERIFY2(m_rows > 2 * ProspectSearchModel::kPageSize, "the workspace needs several pages");
}

std::unique_ptr<ApiSession> tst_WorkspaceCosts::sessionIn(
    const QString &workspaceId, const QString &partition)
{
    auto session = sandboxSession(*m_sandbox, m_cache.get(), {partition, workspaceId});
    RatePolicy policy;
    policy.setOverride(100000, 60000); // the sandbox runs with the same override
    session->scheduler()->setPolicy(policy);
    return session;
}

void tst_WorkspaceCosts::pageCostIsOneCallPerCampaign_data()
{
    QTest::addColumn<bool>("cached");
    QTest::newRow("without a cache") << false;
    QTest::newRow("with the window's cache") << true;
}

void tst_WorkspaceCosts::pageCostIsOneCallPerCampaign()
{
    QFETCH(bool, cached);
    // Without a cache every part of a page goes to the server: one call per campaign. With the
    // window's cache, a campaign asked only for its total is asked the same way on every page,
    // so the preview counts what the cache answers as free — and still matches the server.
    const auto session = cached ? sessionIn(m_workspace, QStringLiteral("model"))
                                : sessionIn(m_workspace, QString());
    if (!cached)
        session->setCache(nullptr, CachePartition {QStringLiteral("nocache"), m_workspace});
    ProspectSearchModel model(connectionOf(session.get()));
    model.setFilter({});
    QTRY_VERIFY_WITH_TIMEOUT(model.isPageCached(0), 20000);
    QVERIFY(waitIdle(*session->scheduler()));
    QCOMPARE(model.total(), m_rows);
    QCOMPARE(model.callsPerPage(), m_campaigns);

    // The preview (credits where calls cost them).
    const ProspectSearchModel::Cost next = model.costOfPage(1);
    // Without a cache the campaign list is read again too (one more call, not a search).
    const int list = cached ? 0 : 1;
    if (!cached)
        QCOMPARE(next.calls, m_campaigns + list);
    QVERIFY(next.calls >= 1 && next.calls <= m_campaigns + list);
    QCOMPARE(next.credits, model.callsCostCredits() ? next.calls : 0);
    QVERIFY(model.costOfAll().calls >= next.calls);

    // Measured: the meter and the sandbox count exactly that many calls for the page.
    UsageMeter *meter = session->usage();
    const int callsBefore = meter->calls();
    const int creditsBefore = meter->credits();
    QVERIFY(m_sandbox->resetRequestCounts());
    model.loadRows(ProspectSearchModel::kPageSize, 2 * ProspectSearchModel::kPageSize - 1);
    QTRY_VERIFY_WITH_TIMEOUT(model.isPageCached(1), 20000);
    QVERIFY(waitIdle(*session->scheduler()));
    QCOMPARE(meter->calls() - callsBefore, next.calls);
    QCOMPARE(meter->credits() - creditsBefore, next.credits);
    QCOMPARE(m_sandbox->requestCounts().value(QStringLiteral("total")).toInt(), next.calls);
    QCOMPARE(m_sandbox->requestCount(kSearch), next.calls - list);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("GET /campaigns")), list);
}

void tst_WorkspaceCosts::exportCountsTheCallsMade()
{
    const auto session = sessionIn(m_workspace, QStringLiteral("export"));
    QVERIFY(m_sandbox->resetRequestCounts());
    const ProspectExport::Outcome o = ProspectExport::run(
        connectionOf(session.get()), {}, m_dir.filePath(QStringLiteral("workspace.csv")));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.rows, m_rows);
    const int pages = ProspectExport::callsFor(m_rows);
    QCOMPARE(m_sandbox->requestCount(kSearch), pages * m_campaigns);
    QCOMPARE(o.calls, m_sandbox->requestCount(kSearch));
    // The campaign list is read once for the export (its first page), not once per page.
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("GET /campaigns")), 1);
}

QTEST_GUILESS_MAIN(tst_WorkspaceCosts)
#include "tst_workspacecosts.moc"
