// The Campaigns and Analytics pages in a client workspace (issue 12): only the workspace's
// campaigns (the expected set read from the sandbox's own JSON over HTTP), and a workspace with
// no agents shows empty pages that say why. Saves screenshots (offscreen) for people to look at.
#include "DeskFixture.h"
#include "common/ConnectionOf.h"
#include "common/SandboxSession.h"
#include "common/Screenshots.h"
#include "models/AnalyticsModel.h"
#include "models/CampaignListModel.h"
#include "models/ProspectSearchModel.h"
#include "models/api/ApiSession.h"
#include "models/api/WorkspaceScopeLookup.h"
#include "models/store/Cache.h"
#include "ui/analytics/AnalyticsPage.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/dnc/DncPage.h"
#include "ui/library/LibraryPage.h"
#include "ui/prospects/ProspectsPage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_WorkspacePages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void campaignsOfTheWorkspace();
    void analyticsOfTheWorkspace();
    void emptyWorkspaceSaysWhy();
    void dncAndLibrarySayWhatTheyShow();

private:
    QString createWorkspace(const QString &name, const QStringList &agentIds);
    std::unique_ptr<ApiSession> sessionIn(const QString &workspaceId, const QString &partition);

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Cache> m_cache;
    QString m_acme;
    QString m_dormant;
    QSet<QString> m_acmeCampaigns;
};

void tst_WorkspacePages::initTestCase()
{
    isolateSettings();
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList {QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--prospects"),
            QStringLiteral("200"), QStringLiteral("--quiet")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_cache = std::make_unique<Cache>(m_dir.filePath(QStringLiteral("cache")));
    QStringList owners;
    for (const QJsonValue &c : m_sandbox->call("GET", QStringLiteral("/campaigns")).json.array()) {
        const QString agent = c[QStringLiteral("agent")].toString();
        if (!agent.isEmpty() && !owners.contains(agent))
            owners << agent;
    }
    QVERIFY(owners.size() >= 2);
    m_acme = createWorkspace(QStringLiteral("Acme Corp"), {owners.first()});
    m_dormant = createWorkspace(QStringLiteral("Dormant Ltd"), {});
    QVERIFY(!m_acme.isEmpty() && !m_dormant.isEmpty());
    // Acme's campaigns, from the sandbox's own data: its agent owns them.
    for (const QJsonValue &c : m_sandbox->call("GET", QStringLiteral("/campaigns")).json.array())
        if (c[QStringLiteral("agent")].toString() == owners.first())
            m_acmeCampaigns.insert(c[QStringLiteral("id")].toString());
    QVERIFY(!m_acmeCampaigns.isEmpty());
}

QString tst_WorkspacePages::createWorkspace(const QString &name, const QStringList &agentIds)
{
    const HttpReply created = m_sandbox->call(
        "POST", QStringLiteral("/workspaces"), QJsonObject {{QStringLiteral("name"), name}});
    if (created.status != 201)
        return {};
    const QString id = created.json[QStringLiteral("id")].toString();
    for (const QString &agent : agentIds)
        if (m_sandbox->call("POST", QStringLiteral("/workspaces/%1/agents/%2").arg(id, agent))
                .status
            != 200)
            return {};
    return id;
}

std::unique_ptr<ApiSession> tst_WorkspacePages::sessionIn(
    const QString &workspaceId, const QString &partition)
{
    return sandboxSession(*m_sandbox, m_cache.get(), {partition, workspaceId});
}

void tst_WorkspacePages::campaignsOfTheWorkspace()
{
    const auto session = sessionIn(m_acme, QStringLiteral("campaigns"));
    CampaignsPage page(connectionOf(session.get()));
    page.resize(1280, 800);
    page.show();
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->hasLoaded(), 20000);
    QSet<QString> shown;
    for (const Campaign &c : page.model()->campaigns())
        shown.insert(c.id);
    QCOMPARE(shown, m_acmeCampaigns);
    QVERIFY(page.scopeNote().isEmpty());
    QVERIFY(
        page.grab().save(screenshotPath(QStringLiteral("workspace"), QStringLiteral("campaigns"))));
}

void tst_WorkspacePages::analyticsOfTheWorkspace()
{
    const auto session = sessionIn(m_acme, QStringLiteral("analytics"));
    AnalyticsPage page(connectionOf(session.get()));
    page.setTeamName(QStringLiteral("Acme Corp")); // as the window does for the chosen workspace
    page.resize(1360, 900);
    page.show();
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->overview().has_value(), 20000);
    auto *heading = page.findChild<QLabel *>(QStringLiteral("overviewHeading"));
    QVERIFY(heading && heading->text().contains(QStringLiteral("Acme Corp")));
    const AnalyticsOverview overview = *page.model()->overview();
    QSet<QString> compared;
    for (const CampaignComparison &c : overview.campaigns)
        compared.insert(c.id);
    QCOMPARE(compared, m_acmeCampaigns);
    QCOMPARE(overview.totalCampaigns, qint64(m_acmeCampaigns.size()));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20000);
    QVERIFY(
        page.grab().save(screenshotPath(QStringLiteral("workspace"), QStringLiteral("analytics"))));
}

void tst_WorkspacePages::emptyWorkspaceSaysWhy()
{
    const auto session = sessionIn(m_dormant, QStringLiteral("empty"));
    CampaignsPage page(connectionOf(session.get()));
    page.resize(1280, 800);
    page.show();
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->hasLoaded(), 20000);
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY2(
        page.scopeNote().contains(QStringLiteral("Dormant Ltd")), qPrintable(page.scopeNote()));
    auto *note = page.findChild<QLabel *>(QStringLiteral("scopeNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY(page.grab().save(
        screenshotPath(QStringLiteral("workspace"), QStringLiteral("empty-campaigns"))));

    AnalyticsPage analytics(connectionOf(session.get()));
    analytics.resize(1360, 900);
    analytics.show();
    analytics.activate();
    QTRY_VERIFY_WITH_TIMEOUT(analytics.model()->overview().has_value(), 20000);
    QCOMPARE(analytics.model()->overview()->totalProspects, qint64(0));
    QTRY_VERIFY(!analytics.scopeNote().isEmpty());
    QVERIFY(analytics.grab().save(
        screenshotPath(QStringLiteral("workspace"), QStringLiteral("empty-analytics"))));
}

void tst_WorkspacePages::dncAndLibrarySayWhatTheyShow()
{
    // In a client workspace the DNC list and the Library say which entries they show (the
    // client's and the agency's / the team's), never passing the team's rows off silently.
    const auto session = sessionIn(m_acme, QStringLiteral("notes"));
    DncPage dnc(connectionOf(session.get()));
    dnc.resize(1280, 800);
    dnc.show();
    dnc.activate();
    QTRY_COMPARE_WITH_TIMEOUT(dnc.scopeNote(), WorkspaceScopeLookup::dncNote(), 20000);
    QVERIFY(dnc.findChild<QLabel *>(QStringLiteral("scopeNote"))->isVisible());
    QVERIFY(dnc.grab().save(screenshotPath(QStringLiteral("workspace"), QStringLiteral("dnc"))));

    LibraryPage library(connectionOf(session.get()));
    library.resize(1280, 800);
    library.show();
    library.activate();
    QTRY_COMPARE_WITH_TIMEOUT(library.scopeNote(), WorkspaceScopeLookup::teamWideNote(), 20000);
    QVERIFY(library.grab().save(
        screenshotPath(QStringLiteral("workspace"), QStringLiteral("library"))));

    // The Prospects page's next-page cost counts the workspace's calls, not one.
    ProspectsPage prospects(connectionOf(session.get()));
    prospects.resize(1280, 800);
    prospects.show();
    prospects.activate();
    QTRY_VERIFY_WITH_TIMEOUT(prospects.model()->isPageCached(0), 20000);
    const auto next = prospects.model()->costOfPage(1);
    const QString cost = prospects.costLabel()->text();
    if (prospects.model()->pageCount() > 1)
        QVERIFY2(cost.contains(QStringLiteral("%1 call").arg(next.calls)), qPrintable(cost));
    QVERIFY(prospects.grab().save(
        screenshotPath(QStringLiteral("workspace"), QStringLiteral("prospects"))));
}

QTEST_MAIN(tst_WorkspacePages)
#include "tst_workspacepages.moc"
