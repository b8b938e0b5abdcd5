// WorkspaceScope: the rule that says which agents, campaigns, conversations, products and DNC
// entries belong to one client workspace ("All (team)" filters nothing).
#include "models/domain/WorkspaceScope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kakiyo;

namespace {

Agent agent(const QString &id)
{
    Agent a;
    a.id = id;
    a.name = QStringLiteral("Agent ") + id;
    return a;
}

Campaign campaign(const QString &id, const QString &agentId, const QString &productId = {})
{
    Campaign c;
    c.id = id;
    c.name = QStringLiteral("Campaign ") + id;
    c.agentId = agentId;
    c.productId = productId;
    return c;
}

ProspectSearchItem chat(const QString &chatId, const QString &campaignId)
{
    ProspectSearchItem p;
    p.chatId = chatId;
    p.campaign.id = campaignId;
    return p;
}

QStringList ids(const auto &list)
{
    QStringList out;
    for (const auto &x : list) {
        if constexpr (requires { x.chatId; })
            out << x.chatId;
        else
            out << x.id;
    }
    return out;
}

Workspace workspace(const QString &id, const QStringList &agentIds, const QString &client = {})
{
    Workspace w;
    w.id = id;
    w.name = QStringLiteral("Client ") + id;
    w.agentIds = agentIds;
    w.clientTeamId = client;
    return w;
}

} // namespace

class tst_WorkspaceScope : public QObject
{
    Q_OBJECT

private:
    const QList<Agent> m_agents {agent("a1"), agent("a2"), agent("a3")};
    const QList<Campaign> m_campaigns {campaign("c1", "a1", "p1"), campaign("c2", "a2", "p2"),
        campaign("c3", "a1", "p3"), campaign("c4", {}, "p1"), campaign("c5", "a9")};
    const QList<ProspectSearchItem> m_chats {
        chat("h1", "c1"), chat("h2", "c2"), chat("h3", "c3"), chat("h4", {}), chat("h5", "c4")};

private slots:
    void teamFiltersNothing()
    {
        const WorkspaceScope team;
        QVERIFY(team.isTeam());
        QVERIFY(!team.isEmpty());
        QCOMPARE(team.agents(m_agents).size(), 3);
        QCOMPARE(team.campaigns(m_campaigns).size(), 5);
        QCOMPARE(team.campaignIds(m_campaigns).size(), 5);
        QCOMPARE(team.prospects(m_chats, {}).size(), 5);
        QVERIFY(team.productIds(m_campaigns).isEmpty());
    }

    void workspaceKeepsItsAgentsCampaignsAndChats()
    {
        const auto scope = WorkspaceScope::of(workspace("w1", {"a1", "a3"}));
        QVERIFY(!scope.isTeam());
        QVERIFY(!scope.isEmpty());
        QCOMPARE(scope.workspaceId(), QStringLiteral("w1"));
        QCOMPARE(scope.workspaceName(), QStringLiteral("Client w1"));
        QCOMPARE(ids(scope.agents(m_agents)), (QStringList {"a1", "a3"}));
        // A campaign follows its agent; one without an agent belongs to no workspace.
        QCOMPARE(ids(scope.campaigns(m_campaigns)), (QStringList {"c1", "c3"}));
        const QSet<QString> campaignIds = scope.campaignIds(m_campaigns);
        QCOMPARE(campaignIds, (QSet<QString> {"c1", "c3"}));
        // A chat follows its campaign; a row without a campaign is not the client's.
        QCOMPARE(ids(scope.prospects(m_chats, campaignIds)), (QStringList {"h1", "h3"}));
        QCOMPARE(scope.productIds(m_campaigns), (QSet<QString> {"p1", "p3"}));
        QVERIFY(!scope.containsCampaignId("c2", campaignIds));
        QVERIFY(!scope.containsAgent(QString()));
    }

    void workspaceWithoutAgentsIsEmpty()
    {
        const auto scope = WorkspaceScope::of(workspace("w2", {}));
        QVERIFY(scope.isEmpty());
        QVERIFY(scope.agents(m_agents).isEmpty());
        QVERIFY(scope.campaigns(m_campaigns).isEmpty());
        QVERIFY(scope.prospects(m_chats, scope.campaignIds(m_campaigns)).isEmpty());
        QVERIFY(scope.productIds(m_campaigns).isEmpty());
    }

    void duplicateAndEmptyAgentIdsAreDropped()
    {
        const auto scope = WorkspaceScope::of(workspace("w3", {"a2", "", "a2"}));
        QCOMPARE(scope.agentIds(), (QStringList {"a2"}));
        QCOMPARE(ids(scope.campaigns(m_campaigns)), (QStringList {"c2"}));
    }

    void decodedWorkspaceScopesItsCampaigns()
    {
        // The sandbox's shape: agentIds on the workspace, `agent` as an id on each campaign.
        const auto w = Workspace::fromJson(
            QJsonDocument::fromJson(R"({"id":"w9","name":"Acme","agentIds":["a2"]})").object());
        QVERIFY(w.ok());
        const auto c = Campaign::listFromJson(QJsonDocument::fromJson(
            R"([{"id":"c1","name":"One","agent":"a1"},{"id":"c2","name":"Two","agent":{"id":"a2"}}])")
                                                  .array());
        QVERIFY(c.ok());
        QCOMPARE(ids(WorkspaceScope::of(w.value).campaigns(c.value)), (QStringList {"c2"}));
    }

    void dncEntries_data()
    {
        QTest::addColumn<QString>("entryTeam");
        QTest::addColumn<QString>("agencyTeam");
        QTest::addColumn<bool>("kept");
        QTest::newRow("agency entry") << "agency"
                                      << "agency" << true;
        QTest::newRow("own client entry") << "client1"
                                          << "agency" << true;
        QTest::newRow("other client entry") << "client2"
                                            << "agency" << false;
        QTest::newRow("no team named") << ""
                                       << "agency" << true;
        QTest::newRow("agency unknown") << "client2"
                                        << "" << true;
    }
    void dncEntries()
    {
        QFETCH(QString, entryTeam);
        QFETCH(QString, agencyTeam);
        QFETCH(bool, kept);
        DncEntry e;
        e.teamId = entryTeam;
        const auto scope = WorkspaceScope::of(workspace("w1", {"a1"}, "client1"));
        QCOMPARE(scope.containsDnc(e, agencyTeam), kept);
        QCOMPARE(scope.dnc({e}, agencyTeam).size(), kept ? 1 : 0);
        QVERIFY(WorkspaceScope().containsDnc(e, agencyTeam));
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceScope)
#include "tst_workspacescope.moc"
