// Workspace scoping end to end (issue 12): against a real kakiyo-sandbox with client workspaces
// and assigned agents, the rows each item model and each `kakiyo-desk export ... --workspace X`
// gives equal the rows the sandbox's own data assigns to X. The expected sets are computed here
// from the sandbox's JSON over HTTP (the test's own QNetworkAccessManager, via SandboxProcess),
// never with the client's code: agents by their `workspaceId`, campaigns by their `agent`,
// conversations by the campaign filter of the search.
#include "common/ConnectionOf.h"
#include "common/DeskProcess.h"
#include "common/SandboxProcess.h"
#include "common/SandboxSession.h"
#include "models/AgentListModel.h"
#include "models/AnalyticsModel.h"
#include "models/CampaignListModel.h"
#include "models/ProspectSearchModel.h"
#include "models/api/AgentsApi.h"
#include "models/api/AnalyticsApi.h"
#include "models/api/CampaignsApi.h"
#include "models/api/Connection.h"
#include "models/api/ProspectsApi.h"
#include "models/api/WorkspaceScopeLookup.h"
#include "models/jobs/AnalyticsModelLoader.h"
#include "models/store/Cache.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace kakiyo;
using kakiyo::test::HttpReply;
using kakiyo::test::SandboxProcess;

namespace {

struct Expected
{
    QString id;
    QString name;
    QSet<QString> agents;
    QStringList agentNames;
    QSet<QString> campaigns;
    QStringList campaignNames;
    QSet<QString> chats;
};

QSet<QString> setOf(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

} // namespace

class tst_WorkspaceScoping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelsShowOnlyTheWorkspace_data();
    void modelsShowOnlyTheWorkspace();
    void analyticsAreRecomputedForTheWorkspace();
    void emptyWorkspaceIsEmptyAndSaysWhy();
    void teamIsUnchanged();
    void exportTables_data();
    void exportTables();
    void reportNamesOnlyTheWorkspace();
    void reportOnLetterPaperWithLogo();
    void unknownWorkspaceIsUsage();
    void idsOfAnotherWorkspaceAreRefused();
    void exportByIdOfAnotherWorkspaceIsUsage();
    void badLogoIsUsageAndWritesNothing();

private:
    using Run = test::DeskRun;
    Run desk(const QStringList &args);
    QString createWorkspace(const QString &name, const QStringList &agentIds);
    Expected expectedFor(const QString &workspaceId);
    std::unique_ptr<ApiSession> sessionIn(const QString &workspaceId);
    QStringList csvColumn(const QString &file, int column);
    QString pdfText(const QString &file);

    SandboxProcess m_sandbox {{QStringLiteral("--prospects"), QStringLiteral("160"),
        QStringLiteral("--agents"), QStringLiteral("5"), QStringLiteral("--rate-limit"),
        QStringLiteral("100000"), QStringLiteral("--quiet")}};
    QTemporaryDir m_home;
    Expected m_acme;
    Expected m_globex;
    QString m_emptyId;
    QSet<QString> m_allAgents;
    QSet<QString> m_allCampaigns;
    std::unique_ptr<Cache> m_cache;
};

void tst_WorkspaceScoping::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("KAKIYO_DESK_BIN"), "KAKIYO_DESK_BIN is not set");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_cache = std::make_unique<Cache>(m_home.filePath(QStringLiteral("cache")));

    // The agents that own campaigns, in the order the campaign list names them.
    const HttpReply campaigns = m_sandbox.call("GET", QStringLiteral("/campaigns"));
    QCOMPARE(campaigns.status, 200);
    QStringList owners;
    for (const QJsonValue &c : campaigns.json.array()) {
        const QString agent = c.toObject().value(QStringLiteral("agent")).toString();
        m_allCampaigns.insert(c.toObject().value(QStringLiteral("id")).toString());
        if (!agent.isEmpty() && !owners.contains(agent))
            owners << agent;
    }
    QVERIFY2(owners.size() >= 3, "the sandbox should spread campaigns over three agents");
    for (const QJsonValue &a : m_sandbox.call("GET", QStringLiteral("/agents")).json.array())
        m_allAgents.insert(a.toObject().value(QStringLiteral("id")).toString());

    // Acme runs one agent, Globex two others; "Dormant" has none.
    const QString acme = createWorkspace(QStringLiteral("Acme Corp"), {owners.at(0)});
    const QString globex = createWorkspace(QStringLiteral("Globex"), {owners.at(1), owners.at(2)});
    m_emptyId = createWorkspace(QStringLiteral("Dormant"), {});
    QVERIFY(!acme.isEmpty() && !globex.isEmpty() && !m_emptyId.isEmpty());
    m_acme = expectedFor(acme);
    m_globex = expectedFor(globex);
    QVERIFY(!m_acme.chats.isEmpty());
    QVERIFY(!m_globex.chats.isEmpty());
    QVERIFY(m_acme.campaigns.size() < m_allCampaigns.size());
}

QString tst_WorkspaceScoping::createWorkspace(const QString &name, const QStringList &agentIds)
{
    const HttpReply created = m_sandbox.call(
        "POST", QStringLiteral("/workspaces"), QJsonObject {{QStringLiteral("name"), name}});
    if (created.status != 201)
        return {};
    const QString id = created.json.object().value(QStringLiteral("id")).toString();
    for (const QString &agent : agentIds)
        if (m_sandbox.call("POST", QStringLiteral("/workspaces/%1/agents/%2").arg(id, agent)).status
            != 200)
            return {};
    return id;
}

Expected tst_WorkspaceScoping::expectedFor(const QString &workspaceId)
{
    Expected e;
    e.id = workspaceId;
    for (const QJsonValue &w : m_sandbox.call("GET", QStringLiteral("/workspaces"))
                                   .json[QStringLiteral("workspaces")]
                                   .toArray())
        if (w[QStringLiteral("id")].toString() == workspaceId)
            e.name = w[QStringLiteral("name")].toString();
    // The sandbox marks each agent with its workspace.
    for (const QJsonValue &a : m_sandbox.call("GET", QStringLiteral("/agents")).json.array())
        if (a[QStringLiteral("workspaceId")].toString() == workspaceId) {
            e.agents.insert(a[QStringLiteral("id")].toString());
            e.agentNames << a[QStringLiteral("name")].toString();
        }
    for (const QJsonValue &c : m_sandbox.call("GET", QStringLiteral("/campaigns")).json.array())
        if (e.agents.contains(c[QStringLiteral("agent")].toString())) {
            e.campaigns.insert(c[QStringLiteral("id")].toString());
            e.campaignNames << c[QStringLiteral("name")].toString();
        }
    for (const QString &campaign : e.campaigns) {
        for (int offset = 0;; offset += 100) {
            const HttpReply page = m_sandbox.call("GET",
                QStringLiteral("/prospects/search?campaignId=%1&limit=100&offset=%2")
                    .arg(campaign)
                    .arg(offset));
            const QJsonArray rows = page.json[QStringLiteral("prospects")].toArray();
            for (const QJsonValue &p : rows)
                e.chats.insert(p[QStringLiteral("id")].toString());
            if (rows.size() < 100)
                break;
        }
    }
    return e;
}

std::unique_ptr<ApiSession> tst_WorkspaceScoping::sessionIn(const QString &workspaceId)
{
    // Each session its own partition (the profile part), so no test reads another's cache.
    return test::sandboxSession(m_sandbox, m_cache.get(),
        {QString::fromLatin1(QTest::currentTestFunction())
                + QString::fromLatin1(QTest::currentDataTag()),
            workspaceId});
}

void tst_WorkspaceScoping::modelsShowOnlyTheWorkspace_data()
{
    QTest::addColumn<bool>("acme");
    QTest::newRow("Acme Corp") << true;
    QTest::newRow("Globex") << false;
}

void tst_WorkspaceScoping::modelsShowOnlyTheWorkspace()
{
    QFETCH(bool, acme);
    const Expected &x = acme ? m_acme : m_globex;
    const auto session = sessionIn(x.id);
    Connection *connection = test::connectionOf(session.get());

    AgentListModel agents(connection);
    QAbstractItemModelTester agentsTester(&agents);
    agents.load();
    QTRY_VERIFY_WITH_TIMEOUT(agents.hasLoaded() || !agents.errorText().isEmpty(), 20000);
    QVERIFY2(agents.errorText().isEmpty(), qPrintable(agents.errorText()));
    QSet<QString> agentIds;
    for (int r = 0; r < agents.rowCount(); ++r)
        agentIds.insert(agents.agent(r).id);
    QCOMPARE(agentIds, x.agents);

    CampaignListModel campaigns(connection);
    QAbstractItemModelTester campaignsTester(&campaigns);
    campaigns.load();
    QTRY_VERIFY_WITH_TIMEOUT(campaigns.hasLoaded() || !campaigns.errorText().isEmpty(), 20000);
    QVERIFY2(campaigns.errorText().isEmpty(), qPrintable(campaigns.errorText()));
    QSet<QString> campaignIds;
    for (const Campaign &c : campaigns.campaigns())
        campaignIds.insert(c.id);
    QCOMPARE(campaignIds, x.campaigns);
    QVERIFY(campaigns.emptyText().isEmpty());

    ProspectSearchModel prospects(connection);
    prospects.setFilter({});
    QTRY_VERIFY_WITH_TIMEOUT(
        prospects.totalKnown() || prospects.state() == ProspectSearchModel::State::Error, 20000);
    QVERIFY2(prospects.state() != ProspectSearchModel::State::Error,
        qPrintable(prospects.errorMessage()));
    QCOMPARE(prospects.total(), qint64(x.chats.size()));
    prospects.loadRows(0, prospects.rowCount() - 1);
    QTRY_COMPARE_WITH_TIMEOUT(prospects.loadedRowCount(), prospects.rowCount(), 20000);
    QSet<QString> chats;
    for (const ProspectSearchItem &p : prospects.loadedItems())
        chats.insert(p.chatId);
    QCOMPARE(chats, x.chats);
}

void tst_WorkspaceScoping::analyticsAreRecomputedForTheWorkspace()
{
    const auto session = sessionIn(m_acme.id);
    AnalyticsModel model;
    AnalyticsModelLoader loader(test::connectionOf(session.get()), &model);
    QSignalSpy loaded(&loader, &AnalyticsModelLoader::overviewLoaded);
    QSignalSpy failed(&loader, &AnalyticsModelLoader::failed);
    loader.loadOverview(false);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    const AnalyticsOverview o = *model.overview();
    // The expected figures: the sandbox's per-campaign analytics of Acme's campaigns, summed.
    qint64 prospects = 0, messages = 0, qualified = 0;
    for (const QString &id : m_acme.campaigns) {
        const QJsonObject a
            = m_sandbox.call("GET", QStringLiteral("/analytics/campaigns/%1").arg(id))
                  .json.object();
        const QJsonObject metrics = a.value(QStringLiteral("metrics")).toObject();
        prospects += metrics.value(QStringLiteral("totalProspects")).toInteger();
        messages += metrics.value(QStringLiteral("totalMessages")).toInteger();
        qualified += metrics.value(QStringLiteral("totalQualified")).toInteger();
    }
    QCOMPARE(o.totalCampaigns, qint64(m_acme.campaigns.size()));
    QCOMPARE(o.totalAgents, qint64(m_acme.agents.size()));
    QCOMPARE(o.totalProspects, prospects);
    QCOMPARE(o.totalProspects, qint64(m_acme.chats.size()));
    QCOMPARE(o.totalMessages, messages);
    QCOMPARE(o.totalQualified, qualified);
    QSet<QString> compared;
    for (const CampaignComparison &c : o.campaigns)
        compared.insert(c.id);
    QCOMPARE(compared, m_acme.campaigns);
    QCOMPARE(model.campaigns()->rowCount(), int(m_acme.campaigns.size()));
}

void tst_WorkspaceScoping::emptyWorkspaceIsEmptyAndSaysWhy()
{
    const auto session = sessionIn(m_emptyId);
    Connection *connection = test::connectionOf(session.get());
    CampaignListModel campaigns(connection);
    campaigns.load();
    QTRY_VERIFY_WITH_TIMEOUT(campaigns.hasLoaded() || !campaigns.errorText().isEmpty(), 20000);
    QCOMPARE(campaigns.rowCount(), 0);
    QVERIFY2(campaigns.emptyText().contains(QStringLiteral("Dormant")),
        qPrintable(campaigns.emptyText()));
    QVERIFY(campaigns.emptyText().contains(QStringLiteral("no agents")));

    AgentListModel agents(connection);
    agents.load();
    QTRY_VERIFY_WITH_TIMEOUT(agents.hasLoaded() || !agents.errorText().isEmpty(), 20000);
    QCOMPARE(agents.rowCount(), 0);
    QVERIFY(!agents.emptyText().isEmpty());

    ProspectSearchModel prospects(connection);
    prospects.setFilter({});
    QTRY_VERIFY_WITH_TIMEOUT(prospects.totalKnown(), 20000);
    QCOMPARE(prospects.total(), qint64(0));
    QVERIFY(!prospects.emptyText().isEmpty());
}

void tst_WorkspaceScoping::teamIsUnchanged()
{
    const auto session = sessionIn({});
    Connection *connection = test::connectionOf(session.get());
    CampaignListModel campaigns(connection);
    campaigns.load();
    QTRY_VERIFY_WITH_TIMEOUT(campaigns.hasLoaded() || !campaigns.errorText().isEmpty(), 20000);
    QCOMPARE(campaigns.rowCount(), int(m_allCampaigns.size()));
    QVERIFY(campaigns.emptyText().isEmpty());
    AgentListModel agents(connection);
    agents.load();
    QTRY_VERIFY_WITH_TIMEOUT(agents.hasLoaded() || !agents.errorText().isEmpty(), 20000);
    QCOMPARE(agents.rowCount(), int(m_allAgents.size()));
}

tst_WorkspaceScoping::Run tst_WorkspaceScoping::desk(const QStringList &args)
{
    return test::runDesk(m_home.path(),
        QStringList {
            QStringLiteral("export"), QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()}
            + args,
        m_sandbox.apiKey());
}

QStringList tst_WorkspaceScoping::csvColumn(const QString &file, int column)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {QStringLiteral("<no file>")};
    QStringList out;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (!line.isEmpty())
            out << QString::fromUtf8(line.split(',').value(column));
    }
    return out;
}

void tst_WorkspaceScoping::exportTables_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("workspace"); // how the command names it
    QTest::addColumn<bool>("acme");
    QTest::newRow("campaigns by name") << "campaigns"
                                       << "acme corp" << true;
    QTest::newRow("agents by name") << "agents"
                                    << "Globex" << false;
    QTest::newRow("prospects by id") << "prospects"
                                     << "" << true;
    QTest::newRow("campaigns by id") << "campaigns"
                                     << "" << false;
}

void tst_WorkspaceScoping::exportTables()
{
    QFETCH(QString, table);
    QFETCH(QString, workspace);
    QFETCH(bool, acme);
    const Expected &x = acme ? m_acme : m_globex;
    const QString file = m_home.filePath(QStringLiteral("%1-%2.csv").arg(table, x.id));
    const Run r = desk({QStringLiteral("--table"), table, QStringLiteral("--workspace"),
        workspace.isEmpty() ? x.id : workspace, QStringLiteral("-o"), file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The prospect CSV's first column is the conversation (chat) id, as are the lists' ids.
    const QSet<QString> ids = setOf(csvColumn(file, 0));
    const QSet<QString> expected = table == QLatin1String("agents") ? x.agents
        : table == QLatin1String("campaigns")                       ? x.campaigns
                                                                    : x.chats;
    QCOMPARE(ids, expected);
}

QString tst_WorkspaceScoping::pdfText(const QString &file)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
    if (!text.waitForFinished(30000))
        return {};
    return QString::fromUtf8(text.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

void tst_WorkspaceScoping::reportNamesOnlyTheWorkspace()
{
    const QString file = m_home.filePath(QStringLiteral("acme.pdf"));
    const Run r = desk({QStringLiteral("--report"), QStringLiteral("--workspace"),
        QStringLiteral("Acme Corp"), QStringLiteral("-o"), file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString words = pdfText(file);
    QVERIFY2(!words.isEmpty(), "pdftotext read nothing");
    QVERIFY2(words.contains(QStringLiteral("Acme Corp")), qPrintable(words.left(600)));
    QVERIFY(!words.contains(QStringLiteral("Kakiyo team")));
    // Table cells may elide a long name: its first 12 characters identify it (the seeded names
    // differ there, except a "#2" copy, which shares its original's start).
    const auto head = [](const QString &name) { return name.left(12); };
    QStringList acmeHeads;
    for (const QString &name : m_acme.campaignNames + m_acme.agentNames) {
        QVERIFY2(words.contains(head(name)), qPrintable(name));
        acmeHeads << head(name);
    }
    int checked = 0;
    for (const QString &name : m_globex.campaignNames + m_globex.agentNames) {
        if (acmeHeads.contains(head(name)))
            continue;
        ++checked;
        QVERIFY2(!words.contains(head(name)), qPrintable(QStringLiteral("leaked: ") + name));
    }
    QVERIFY(checked > 0);
}

void tst_WorkspaceScoping::reportOnLetterPaperWithLogo()
{
    const QString logo = m_home.filePath(QStringLiteral("logo.png"));
    QImage image(120, 40, QImage::Format_ARGB32);
    image.fill(Qt::darkBlue);
    QVERIFY(image.save(logo));
    const QString file = m_home.filePath(QStringLiteral("globex-letter.pdf"));
    const Run r = desk({QStringLiteral("--report"), QStringLiteral("--workspace"), m_globex.id,
        QStringLiteral("--logo"), logo, QStringLiteral("--paper"), QStringLiteral("letter"),
        QStringLiteral("-o"), file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {file});
    QVERIFY(info.waitForFinished(30000));
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("612 x 792")), qPrintable(text)); // US Letter, points
    QVERIFY(pdfText(file).contains(QStringLiteral("Globex")));

    // A single chart as PDF takes the paper too (landscape).
    const QString chart = m_home.filePath(QStringLiteral("chart-a4.pdf"));
    const Run c = desk({QStringLiteral("--chart"), QStringLiteral("campaigns"),
        QStringLiteral("--workspace"), m_globex.id, QStringLiteral("--paper"), QStringLiteral("a4"),
        QStringLiteral("-o"), chart});
    QVERIFY2(c.exitCode == 0, c.err.constData());
    QProcess chartInfo;
    chartInfo.start(QStringLiteral("pdfinfo"), {chart});
    QVERIFY(chartInfo.waitForFinished(30000));
    const QString chartText = QString::fromUtf8(chartInfo.readAllStandardOutput());
    QVERIFY2(chartText.contains(QStringLiteral("842 x 595 pts (A4)")), qPrintable(chartText));
}

void tst_WorkspaceScoping::unknownWorkspaceIsUsage()
{
    const QString file = m_home.filePath(QStringLiteral("nobody.csv"));
    const Run r = desk({QStringLiteral("--table"), QStringLiteral("campaigns"),
        QStringLiteral("--workspace"), QStringLiteral("Initech"), QStringLiteral("-o"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no workspace \"Initech\""), r.err.constData());
    QVERIFY(r.err.contains("Acme Corp")); // the names it could have been
    QVERIFY(!QFile::exists(file));
}

void tst_WorkspaceScoping::idsOfAnotherWorkspaceAreRefused()
{
    // In Acme, Globex's agent and campaign are refused below the UI, without reaching the
    // server; Acme's own are answered.
    const auto session = sessionIn(m_acme.id);
    Connection *c = test::connectionOf(session.get());
    const QString theirAgent = *m_globex.agents.cbegin();
    const QString theirCampaign = *m_globex.campaigns.cbegin();
    const QString ourAgent = *m_acme.agents.cbegin();
    const QString ourCampaign = *m_acme.campaigns.cbegin();
    QObject owner;
    QVERIFY(m_sandbox.resetRequestCounts());

    const auto errorOf = [&](auto call) {
        std::optional<ApiError> got;
        call([&](const ApiError &e) { got = e; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000); }();
        return got.value_or(ApiError::make(ApiError::Category::Timeout, QStringLiteral("none")));
    };
    const auto agent = [&](const QString &id) {
        return errorOf([&](auto report) {
            AgentsApi(c).get(id, &owner, [report](const Result<Agent> &r) { report(r.error); });
        });
    };
    const auto stats = [&](const QString &id) {
        return errorOf([&](auto report) {
            CampaignsApi(c).stats(
                id, &owner, [report](const Result<CampaignStats> &r) { report(r.error); });
        });
    };
    const auto analytics = [&](const QString &id) {
        return errorOf([&](auto report) {
            AnalyticsApi(c).campaign(
                id, &owner, [report](const Result<CampaignAnalytics> &r) { report(r.error); });
        });
    };
    const auto prospects = [&](const QString &id) {
        return errorOf([&](auto report) {
            ProspectsApi(c).listForCampaign(id, {}, &owner,
                [report](const Result<CampaignProspectPage> &r) { report(r.error); });
        });
    };
    const auto search = [&](const QString &id) {
        return errorOf([&](auto report) {
            ProspectSearchQuery q;
            q.campaignId = id;
            q.limit = 10;
            ProspectsApi(c).search(
                q, &owner, [report](const Result<SearchPage> &r) { report(r.error); });
        });
    };
    const auto pause = [&](const QString &id) {
        return errorOf([&](auto report) {
            CampaignsApi(c).pause(id, &owner, [report](const Result<Ack> &r) { report(r.error); });
        });
    };
    for (const ApiError &e : {agent(theirAgent), stats(theirCampaign), analytics(theirCampaign),
             prospects(theirCampaign), search(theirCampaign), pause(theirCampaign)}) {
        QVERIFY2(WorkspaceScopeLookup::isOutsideWorkspace(e), qPrintable(e.message));
        QVERIFY(e.userMessage().contains(QStringLiteral("Acme Corp")));
    }
    const QJsonObject byRoute
        = m_sandbox.requestCounts().value(QStringLiteral("byRoute")).toObject();
    for (const QString &route : byRoute.keys())
        QVERIFY2(route == u"GET /workspaces" || route == u"GET /campaigns",
            qPrintable(route + QStringLiteral(" reached the server")));

    for (const ApiError &e : {agent(ourAgent), stats(ourCampaign), analytics(ourCampaign),
             prospects(ourCampaign), search(ourCampaign)})
        QVERIFY2(e.category == ApiError::Category::None, qPrintable(e.userMessage()));
}

void tst_WorkspaceScoping::exportByIdOfAnotherWorkspaceIsUsage()
{
    const QString theirCampaign = *m_globex.campaigns.cbegin();
    const QString ourCampaign = *m_acme.campaigns.cbegin();
    const QString table = m_home.filePath(QStringLiteral("their-prospects.csv"));
    const Run prospects = desk({QStringLiteral("--table"), QStringLiteral("prospects"),
        QStringLiteral("--campaign"), theirCampaign, QStringLiteral("--workspace"),
        QStringLiteral("Acme Corp"), QStringLiteral("-o"), table});
    QCOMPARE(prospects.exitCode, 2);
    QVERIFY2(prospects.err.contains("is not part of the workspace"), prospects.err.constData());
    QVERIFY(!QFile::exists(table));

    const QString chart = m_home.filePath(QStringLiteral("their-funnel.csv"));
    const Run funnel
        = desk({QStringLiteral("--chart"), QStringLiteral("funnel"), QStringLiteral("--campaign"),
            theirCampaign, QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--workspace"), m_acme.id, QStringLiteral("-o"), chart});
    QCOMPARE(funnel.exitCode, 2);
    QVERIFY2(funnel.err.contains(theirCampaign.toUtf8()), funnel.err.constData());
    QVERIFY(!QFile::exists(chart));

    // The workspace's own campaign exports.
    const QString ours = m_home.filePath(QStringLiteral("our-funnel.csv"));
    const Run own
        = desk({QStringLiteral("--chart"), QStringLiteral("funnel"), QStringLiteral("--campaign"),
            ourCampaign, QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--workspace"), m_acme.id, QStringLiteral("-o"), ours});
    QVERIFY2(own.exitCode == 0, own.err.constData());
    QVERIFY(QFile::exists(ours));
}

void tst_WorkspaceScoping::badLogoIsUsageAndWritesNothing()
{
    const QString logo = m_home.filePath(QStringLiteral("not-an-image.png"));
    QFile bogus(logo);
    QVERIFY(bogus.open(QIODevice::WriteOnly));
    bogus.write("this is not a picture");
    bogus.close();
    const QString file = m_home.filePath(QStringLiteral("broken-logo.pdf"));
    const Run r = desk({QStringLiteral("--report"), QStringLiteral("--workspace"), m_acme.id,
        QStringLiteral("--logo"), logo, QStringLiteral("-o"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--logo"), r.err.constData());
    QVERIFY(r.err.contains("not a readable image"));
    QVERIFY(!QFile::exists(file));
}

QTEST_MAIN(tst_WorkspaceScoping)
#include "tst_workspacescoping.moc"
