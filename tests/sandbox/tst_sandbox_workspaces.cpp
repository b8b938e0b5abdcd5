// Agency workspaces over 127.0.0.1 (contract K1-K7): list/create/delete, client invitations and
// removal, agent assignment with propagation counts.
#include "common/SandboxProcess.h"

#include <QJsonArray>
#include <QTest>

using namespace kakiyo::test;

class tst_SandboxWorkspaces : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void list();
    void create();
    void createValidation_data();
    void createValidation();
    void invite();
    void inviteValidation_data();
    void inviteValidation();
    void removeClient();
    void assignAndUnassignAgent();
    void unknownIds_data();
    void unknownIds();
    void deleteUnassignsAgents();
    void withoutAgencyPlan();

private:
    QString newWorkspace(const QString &name);
    QString agentWithCampaigns();
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void tst_SandboxWorkspaces::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList {"--seed", "61", "--rate-limit", "100000", "--prospects", "300"});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

QString tst_SandboxWorkspaces::newWorkspace(const QString &name)
{
    return m_sandbox->call("POST", "/workspaces", QJsonObject {{"name", name}})
        .object()
        .value("id")
        .toString();
}

QString tst_SandboxWorkspaces::agentWithCampaigns()
{
    const QJsonArray campaigns = m_sandbox->call("GET", "/campaigns").json.array();
    return campaigns.first().toObject().value("agent").toString();
}

void tst_SandboxWorkspaces::list()
{
    const HttpReply r = m_sandbox->call("GET", "/workspaces");
    QCOMPARE(r.status, 200);
    const QJsonArray workspaces = r.object().value("workspaces").toArray();
    QCOMPARE(r.object().value("total").toInt(), workspaces.size());
    QVERIFY(workspaces.size() >= 2);
    for (const QJsonValue &v : workspaces) {
        const QJsonObject w = v.toObject();
        QCOMPARE(w.value("id").toString().size(), 20);
        QVERIFY(!w.value("name").toString().isEmpty());
        QCOMPARE(w.value("clientTeamId").toString().size(), 20);
        QVERIFY(
            QDateTime::fromString(w.value("createdAt").toString(), Qt::ISODateWithMs).isValid());
    }
}

void tst_SandboxWorkspaces::create()
{
    const HttpReply r
        = m_sandbox->call("POST", "/workspaces", QJsonObject {{"name", "Acme Corporation"}});
    QCOMPARE(r.status, 201);
    const QJsonObject w = r.object(); // the Workspace itself, no wrapper
    QCOMPARE(w.value("name").toString(), QStringLiteral("Acme Corporation"));
    QCOMPARE(w.value("id").toString().size(), 20);
    QVERIFY(!w.value("clientTeamId").toString().isEmpty());
    QVERIFY(w.value("createdAt").isString());
    bool listed = false;
    for (const QJsonValue &v :
        m_sandbox->call("GET", "/workspaces").object().value("workspaces").toArray())
        listed = listed || v.toObject().value("id") == w.value("id");
    QVERIFY(listed);
}

void tst_SandboxWorkspaces::createValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no name") << QByteArray("{}");
    QTest::newRow("blank name") << QByteArray(R"({"name":"  "})");
    QTest::newRow("name not text") << QByteArray(R"({"name":["a"]})");
    QTest::newRow("malformed") << QByteArray(R"({"name")");
}

void tst_SandboxWorkspaces::createValidation()
{
    QFETCH(QByteArray, body);
    const HttpReply r
        = HttpProbe::send("POST", m_sandbox->url("/workspaces"), m_sandbox->apiKey(), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("validation_error"));
}

void tst_SandboxWorkspaces::invite()
{
    const QString id = newWorkspace("Invite test");
    HttpReply r = m_sandbox->call(
        "POST", "/workspaces/" + id + "/invite", QJsonObject {{"email", "client@example.com"}});
    QCOMPARE(r.status, 201);
    const QJsonObject o = r.object();
    QVERIFY(!o.value("membershipId").toString().isEmpty());
    QVERIFY(!o.value("userId").toString().isEmpty());
    QCOMPARE(o.value("email").toString(), QStringLiteral("client@example.com"));
    QVERIFY(o.value("portalUrl").toString().startsWith("https://"));
    QCOMPARE(o.value("emailSent").toBool(), true);
    // The same client twice (any letter case) conflicts.
    r = m_sandbox->call(
        "POST", "/workspaces/" + id + "/invite", QJsonObject {{"email", "Client@Example.com"}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.object().value("message").toString(), QStringLiteral("Client already a member"));
    // Roles are taken as given.
    QCOMPARE(m_sandbox
                 ->call("POST", "/workspaces/" + id + "/invite",
                     QJsonObject {{"email", "viewer@example.com"}, {"roles", QJsonArray {"viewer"}},
                         {"redirectUrl", "https://portal.example/welcome"}})
                 .status,
        201);
}

void tst_SandboxWorkspaces::inviteValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no email") << QByteArray("{}") << "email";
    QTest::newRow("bad email") << QByteArray(R"({"email":"client.example.com"})") << "email";
    QTest::newRow("roles not array")
        << QByteArray(R"({"email":"a@b.co","roles":"admin"})") << "roles";
    QTest::newRow("empty role") << QByteArray(R"({"email":"a@b.co","roles":[""]})") << "roles[0]";
    QTest::newRow("bad redirect") << QByteArray(R"({"email":"a@b.co","redirectUrl":"portal"})")
                                  << "redirectUrl";
}

void tst_SandboxWorkspaces::inviteValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const QString id = m_sandbox->call("GET", "/workspaces")
                           .object()
                           .value("workspaces")
                           .toArray()
                           .first()
                           .toObject()
                           .value("id")
                           .toString();
    const HttpReply r = HttpProbe::send(
        "POST", m_sandbox->url("/workspaces/" + id + "/invite"), m_sandbox->apiKey(), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("validation_error"));
    QCOMPARE(
        r.object().value("details").toArray().first().toObject().value("field").toString(), field);
}

void tst_SandboxWorkspaces::removeClient()
{
    const QString id = newWorkspace("Removal test");
    QCOMPARE(m_sandbox
                 ->call("POST", "/workspaces/" + id + "/invite",
                     QJsonObject {{"email", "gone@example.com"}})
                 .status,
        201);
    HttpReply r = m_sandbox->call(
        "DELETE", "/workspaces/" + id + "/clients", QJsonObject {{"email", "gone@example.com"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.object().value("message").toString(), QStringLiteral("Client removed from workspace"));
    QCOMPARE(r.object().value("email").toString(), QStringLiteral("gone@example.com"));
    r = m_sandbox->call(
        "DELETE", "/workspaces/" + id + "/clients", QJsonObject {{"email", "gone@example.com"}});
    QCOMPARE(r.status, 404);
    QCOMPARE(
        r.object().value("message").toString(), QStringLiteral("Workspace or client not found"));
    r = m_sandbox->call(
        "DELETE", "/workspaces/" + id + "/clients", QJsonObject {{"email", "nope"}});
    QCOMPARE(r.status, 400);
    // Inviting again after removal works.
    QCOMPARE(m_sandbox
                 ->call("POST", "/workspaces/" + id + "/invite",
                     QJsonObject {{"email", "gone@example.com"}})
                 .status,
        201);
}

void tst_SandboxWorkspaces::assignAndUnassignAgent()
{
    const QString workspace = newWorkspace("Assignment test");
    const QString agent = agentWithCampaigns();
    int campaigns = 0;
    for (const QJsonValue &c : m_sandbox->call("GET", "/campaigns").json.array())
        campaigns += c.toObject().value("agent").toString() == agent;
    QVERIFY(campaigns > 0);

    HttpReply r = m_sandbox->call("POST", "/workspaces/" + workspace + "/agents/" + agent);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("agentId").toString(), agent);
    QCOMPARE(r.object().value("workspaceId").toString(), workspace);
    const QJsonObject propagated = r.object().value("propagated").toObject();
    QCOMPARE(propagated.value("campaigns").toInt(), campaigns);
    QVERIFY(propagated.value("chats").toInt() >= propagated.value("prospects").toInt());
    QCOMPARE(m_sandbox->call("GET", "/agents/" + agent).object().value("workspaceId").toString(),
        workspace);

    r = m_sandbox->call("DELETE", "/workspaces/" + workspace + "/agents/" + agent);
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.object().value("message").toString(), QStringLiteral("Agent unassigned from workspace"));
    QCOMPARE(r.object().value("agentId").toString(), agent);
    QCOMPARE(r.object().value("propagated").toObject().value("campaigns").toInt(), campaigns);
    QVERIFY(!m_sandbox->call("GET", "/agents/" + agent).object().contains("workspaceId"));
    // Not assigned any more.
    QCOMPARE(
        m_sandbox->call("DELETE", "/workspaces/" + workspace + "/agents/" + agent).status, 404);
}

void tst_SandboxWorkspaces::unknownIds_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("delete workspace")
        << QByteArray("DELETE") << "/workspaces/workspace_abc123def456";
    QTest::newRow("invite") << QByteArray("POST") << "/workspaces/workspace_abc123def456/invite";
    QTest::newRow("remove client")
        << QByteArray("DELETE") << "/workspaces/workspace_abc123def456/clients";
    QTest::newRow("assign to unknown workspace")
        << QByteArray("POST") << "/workspaces/workspace_abc123def456/agents/AGENT";
    QTest::newRow("assign unknown agent")
        << QByteArray("POST") << "/workspaces/WORKSPACE/agents/agent_abc123";
}

void tst_SandboxWorkspaces::unknownIds()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    path.replace("AGENT", agentWithCampaigns());
    path.replace("WORKSPACE",
        m_sandbox->call("GET", "/workspaces")
            .object()
            .value("workspaces")
            .toArray()
            .first()
            .toObject()
            .value("id")
            .toString());
    const HttpReply r
        = m_sandbox->call(method, path, QJsonObject {{"email", "someone@example.com"}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
}

void tst_SandboxWorkspaces::deleteUnassignsAgents()
{
    const QString workspace = newWorkspace("Short-lived");
    const QString agent = agentWithCampaigns();
    QCOMPARE(m_sandbox->call("POST", "/workspaces/" + workspace + "/agents/" + agent).status, 200);
    const HttpReply r = m_sandbox->call("DELETE", "/workspaces/" + workspace);
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.object().value("message").toString(), QStringLiteral("Workspace deleted successfully"));
    const QJsonObject stats = r.object().value("stats").toObject();
    QCOMPARE(stats.value("agentsUnassigned").toInt(), 1);
    QVERIFY(stats.value("campaignsUpdated").toInt() >= 1);
    QVERIFY(stats.value("chatsUpdated").isDouble());
    QVERIFY(!m_sandbox->call("GET", "/agents/" + agent).object().contains("workspaceId"));
    QCOMPARE(m_sandbox->call("DELETE", "/workspaces/" + workspace).status, 404);
}

void tst_SandboxWorkspaces::withoutAgencyPlan()
{
    QJsonObject reply;
    QCOMPARE(
        m_sandbox->admin("PUT", "/subscription", QJsonObject {{"agency", false}}, &reply), 200);
    QCOMPARE(reply.value("agency").toBool(true), false);
    QCOMPARE(reply.value("active").toBool(), true); // the subscription itself is untouched
    QCOMPARE(m_sandbox->adminState().value("agencyPlan").toBool(true), false);
    for (const auto &[method, path] : {std::pair {"GET", "/workspaces"},
             std::pair {"POST", "/workspaces"}, std::pair {"DELETE", "/workspaces/x"}}) {
        const HttpReply r = m_sandbox->call(method, path, QJsonObject {{"name", "Acme"}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.object().value("message").toString(), QStringLiteral("Not on agency plan"));
    }
    QCOMPARE(m_sandbox->call("GET", "/agents").status, 200); // only workspaces need the plan
    QCOMPARE(m_sandbox->admin("PUT", "/subscription", QJsonObject {{"agency", "no"}}), 400);
    QCOMPARE(m_sandbox->admin("PUT", "/subscription", QJsonObject {{"agency", true}}), 200);
    QCOMPARE(m_sandbox->call("GET", "/workspaces").status, 200);
}

QTEST_GUILESS_MAIN(tst_SandboxWorkspaces)
#include "tst_sandbox_workspaces.moc"
