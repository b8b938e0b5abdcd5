// Agents over 127.0.0.1 (contract G1-G9): list and details shapes, creation, settings validation,
// the setup → auth_in_progress → running / auth_needed path, pause/resume with alerts, and the
// ended-only delete and relaunch.
#include "common/SandboxProcess.h"

#include <QJsonArray>
#include <QTest>

using namespace kakiyo::test;

class tst_SandboxAgents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listShapes();
    void details();
    void unknownAgent_data();
    void unknownAgent();
    void create();
    void updateSettings();
    void settingsValidation_data();
    void settingsValidation();
    void setupValidation_data();
    void setupValidation();
    void setupRuns();
    void setupNeedsCode();
    void pauseResume();
    void resumeRefusedWithAlerts();
    void pauseRefusedWhenNotRunning();
    void deleteOnlyWhenEnded();
    void relaunchOnlyWhenEnded();
    void planLimit();

private:
    QJsonObject agentWithStatus(const QString &status, bool withoutAlerts = true);
    QString statusOf(const QString &id)
    {
        return m_sandbox->call("GET", "/agents/" + id).object().value("status").toString();
    }
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void tst_SandboxAgents::initTestCase()
{
    m_sandbox
        = std::make_unique<SandboxProcess>(QStringList {"--seed", "21", "--rate-limit", "100000"});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

QJsonObject tst_SandboxAgents::agentWithStatus(const QString &status, bool withoutAlerts)
{
    for (const QJsonValue &a : m_sandbox->call("GET", "/agents").json.array()) {
        const QJsonObject agent = a.toObject();
        if (agent.value("status").toString() == status
            && (!withoutAlerts || agent.value("alerts").toArray().isEmpty()))
            return agent;
    }
    return {};
}

void tst_SandboxAgents::listShapes()
{
    const HttpReply r = m_sandbox->call("GET", "/agents");
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.isArray());
    const QJsonArray agents = r.json.array();
    QCOMPARE(agents.size(), 7); // the default seed size
    QSet<QString> statuses;
    for (const QJsonValue &v : agents) {
        const QJsonObject a = v.toObject();
        QCOMPARE(a.value("id").toString().size(), 20);
        QVERIFY(!a.value("name").toString().isEmpty());
        QVERIFY(a.value("alerts").isArray());
        statuses.insert(a.value("status").toString());
        if (a.value("status").toString() != u"setup_needed") {
            QVERIFY(a.value("login").toString().contains(u'@'));
            QCOMPARE(a.value("country").toString().size(), 2);
        }
        // Never null where the schema says string: absent instead.
        QVERIFY(!a.contains("nextTask") || a.value("nextTask").isString());
    }
    for (const char *s : {"running", "paused", "auth_needed", "setup_needed", "disabled"})
        QVERIFY2(statuses.contains(QLatin1String(s)), s);
    // A couple need attention: an auth alert with the documented shape.
    const QJsonObject auth = agentWithStatus("auth_needed", false);
    const QJsonObject alert = auth.value("alerts").toArray().first().toObject();
    QCOMPARE(alert.value("type").toString(), QStringLiteral("auth"));
    QCOMPARE(alert.value("subType").toString(), QStringLiteral("2fa_required"));
    QCOMPARE(alert.value("severity").toString(), QStringLiteral("warning"));
    // Same seed, same team.
    SandboxProcess twin({"--seed", "21", "--quiet"});
    QVERIFY2(twin.start(), qPrintable(twin.errorString()));
    QCOMPARE(twin.call("GET", "/agents").json.array().first().toObject().value("name"),
        agents.first().toObject().value("name"));
}

void tst_SandboxAgents::details()
{
    const QString id = agentWithStatus("running").value("id").toString();
    const HttpReply r = m_sandbox->call("GET", "/agents/" + id);
    QCOMPARE(r.status, 200);
    const QJsonObject a = r.object();
    QCOMPARE(a.value("id").toString(), id);
    const QJsonObject usage = a.value("usage").toObject();
    for (const char *k : {"invitations", "invitationsDaily", "messages", "messagesDaily"})
        QVERIFY2(usage.value(QLatin1String(k)).isDouble(), k);
    const QJsonObject hours = usage.value("workingHours").toObject();
    QCOMPARE(hours.value("days").toString().size(), 13);
    QVERIFY(hours.value("timezone").isDouble());
    QVERIFY(QDateTime::fromString(a.value("nextTask").toString(), Qt::ISODateWithMs).isValid());
}

void tst_SandboxAgents::unknownAgent_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("get") << QByteArray("GET") << "";
    QTest::newRow("put") << QByteArray("PUT") << "";
    QTest::newRow("setup") << QByteArray("POST") << "/setup";
    QTest::newRow("pause") << QByteArray("POST") << "/pause";
    QTest::newRow("resume") << QByteArray("POST") << "/resume";
    QTest::newRow("delete") << QByteArray("DELETE") << "";
    QTest::newRow("relaunch") << QByteArray("POST") << "/relaunch";
}

void tst_SandboxAgents::unknownAgent()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, suffix);
    const HttpReply r = m_sandbox->call(method, "/agents/nosuchagent000000000" + suffix,
        QJsonObject {{"limits", QJsonObject {{"invitationsMin", 5}}}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
    QCOMPARE(r.object().value("message").toString(), QStringLiteral("Agent not found"));
}

void tst_SandboxAgents::create()
{
    HttpReply r = m_sandbox->call("POST", "/agents");
    QCOMPARE(r.status, 201);
    const QString id = r.object().value("id").toString();
    QCOMPARE(id.size(), 20);
    QCOMPARE(r.object().value("message").toString(), QStringLiteral("Agent created successfully"));
    const QJsonObject agent = m_sandbox->call("GET", "/agents/" + id).object();
    QCOMPARE(agent.value("status").toString(), QStringLiteral("setup_needed"));
    QVERIFY(!agent.contains("login"));

    r = m_sandbox->call("POST", "/agents", QJsonObject {{"name", "Berlin desk"}});
    QCOMPARE(r.status, 201);
    QCOMPARE(m_sandbox->call("GET", "/agents/" + r.object().value("id").toString())
                 .object()
                 .value("name")
                 .toString(),
        QStringLiteral("Berlin desk"));
    r = m_sandbox->call("POST", "/agents", QJsonObject {{"name", 42}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("validation_error"));
}

void tst_SandboxAgents::updateSettings()
{
    const QString id = agentWithStatus("running").value("id").toString();
    const QJsonObject body {
        {"workingHours",
            QJsonObject {{"days", "1:1:1:1:0:0:0"}, {"start", "8:15"}, {"stop", "16:45"}}},
        {"limits",
            QJsonObject {{"invitationsMin", 20}, {"invitationsMax", 30}, {"messagesMin", 100},
                {"messagesMax", 150}}},
        {"settings", QJsonArray {QJsonObject {{"key", "invitationsOnly"}, {"value", true}}}}};
    const HttpReply r = m_sandbox->call("PUT", "/agents/" + id, body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("id").toString(), id);
    QCOMPARE(r.object().value("message").toString(),
        QStringLiteral("Agent settings updated successfully"));
    const QJsonObject a = m_sandbox->call("GET", "/agents/" + id).object();
    const QJsonObject hours = a.value("usage").toObject().value("workingHours").toObject();
    QCOMPARE(hours.value("days").toString(), QStringLiteral("1:1:1:1:0:0:0"));
    QCOMPARE(hours.value("start").toString(), QStringLiteral("08:15"));
    QCOMPARE(hours.value("stop").toString(), QStringLiteral("16:45"));
    QCOMPARE(a.value("limits").toObject().value("messagesMax").toInt(), 150);
    bool invitationsOnly = false;
    for (const QJsonValue &s : a.value("settings").toArray()) {
        if (s.toObject().value("key").toString() == u"invitationsOnly")
            invitationsOnly = s.toObject().value("value").toBool();
    }
    QVERIFY(invitationsOnly);
}

void tst_SandboxAgents::settingsValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty") << QByteArray("{}") << "body";
    QTest::newRow("unknown section") << QByteArray(R"({"schedule":{}})") << "schedule";
    QTest::newRow("days shape") << QByteArray(R"({"workingHours":{"days":"1:1:1"}})")
                                << "workingHours.days";
    QTest::newRow("no working day")
        << QByteArray(R"({"workingHours":{"days":"0:0:0:0:0:0:0"}})") << "workingHours.days";
    QTest::newRow("start 25:00") << QByteArray(R"({"workingHours":{"start":"25:00"}})")
                                 << "workingHours.start";
    QTest::newRow("stop 9h") << QByteArray(R"({"workingHours":{"stop":"9h"}})")
                             << "workingHours.stop";
    QTest::newRow("end instead of stop")
        << QByteArray(R"({"workingHours":{"end":"17:00"}})") << "workingHours.end";
    QTest::newRow("invitationsMin 0")
        << QByteArray(R"({"limits":{"invitationsMin":0}})") << "limits.invitationsMin";
    QTest::newRow("invitationsMax 101")
        << QByteArray(R"({"limits":{"invitationsMax":101}})") << "limits.invitationsMax";
    QTest::newRow("messagesMax 1")
        << QByteArray(R"({"limits":{"messagesMax":1}})") << "limits.messagesMax";
    QTest::newRow("messagesMin 501")
        << QByteArray(R"({"limits":{"messagesMin":501}})") << "limits.messagesMin";
    QTest::newRow("min above max")
        << QByteArray(R"({"limits":{"invitationsMin":50,"invitationsMax":40}})")
        << "limits.invitationsMin";
    QTest::newRow("limit as text")
        << QByteArray(R"({"limits":{"messagesMin":"10"}})") << "limits.messagesMin";
    QTest::newRow("limits not object") << QByteArray(R"({"limits":[1]})") << "limits";
    QTest::newRow("setting key") << QByteArray(R"({"settings":[{"key":"autoLike","value":true}]})")
                                 << "settings[0].key";
    QTest::newRow("setting value")
        << QByteArray(R"({"settings":[{"key":"skipInNetwork","value":"yes"}]})")
        << "settings[0].value";
    QTest::newRow("settings not array")
        << QByteArray(R"({"settings":{"key":"skipInNetwork"}})") << "settings";
}

void tst_SandboxAgents::settingsValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const QString id = agentWithStatus("paused").value("id").toString();
    const QJsonObject before = m_sandbox->call("GET", "/agents/" + id).object();
    const HttpReply r
        = HttpProbe::send("PUT", m_sandbox->url("/agents/" + id), m_sandbox->apiKey(), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("validation_error"));
    QStringList fields;
    for (const QJsonValue &d : r.object().value("details").toArray()) {
        fields << d.toObject().value("field").toString();
        QVERIFY(!d.toObject().value("message").toString().isEmpty());
    }
    QVERIFY2(fields.contains(field), qPrintable(fields.join(", ")));
    // Nothing was saved.
    QCOMPARE(
        m_sandbox->call("GET", "/agents/" + id).object().value("limits"), before.value("limits"));
    QCOMPARE(m_sandbox->call("GET", "/agents/" + id).object().value("workingHours"),
        before.value("workingHours"));
}

void tst_SandboxAgents::setupValidation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QJsonObject ok {
        {"login", "jane@example.com"}, {"password", "secret1"}, {"country", "US"}};
    auto with = [&ok](const char *k, const QJsonValue &v) {
        QJsonObject o = ok;
        if (v.isUndefined())
            o.remove(QLatin1String(k));
        else
            o.insert(QLatin1String(k), v);
        return o;
    };
    QTest::newRow("no login") << with("login", QJsonValue::Undefined) << "login";
    QTest::newRow("login not email") << with("login", "jane") << "login";
    QTest::newRow("short password") << with("password", "12345") << "password";
    QTest::newRow("no password") << with("password", QJsonValue::Undefined) << "password";
    QTest::newRow("country USA") << with("country", "USA") << "country";
    QTest::newRow("country digits") << with("country", "12") << "country";
    QTest::newRow("country number") << with("country", 1) << "country";
}

void tst_SandboxAgents::setupValidation()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const QString id = m_sandbox->call("POST", "/agents").object().value("id").toString();
    const HttpReply r = m_sandbox->call("POST", "/agents/" + id + "/setup", body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("validation_error"));
    QCOMPARE(
        r.object().value("details").toArray().first().toObject().value("field").toString(), field);
    QCOMPARE(statusOf(id), QStringLiteral("setup_needed"));
}

void tst_SandboxAgents::setupRuns()
{
    const QString id = m_sandbox->call("POST", "/agents").object().value("id").toString();
    const HttpReply r = m_sandbox->call("POST", "/agents/" + id + "/setup",
        QJsonObject {{"login", "jane@example.com"}, {"password", "secret1"}, {"country", "fr"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("message").toString(), QStringLiteral("Agent setup successfully"));
    QCOMPARE(statusOf(id), QStringLiteral("auth_in_progress"));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("running"), 10000);
    const QJsonObject a = m_sandbox->call("GET", "/agents/" + id).object();
    QCOMPARE(a.value("login").toString(), QStringLiteral("jane@example.com"));
    QCOMPARE(a.value("country").toString(), QStringLiteral("FR"));
    QVERIFY(!QJsonDocument(a).toJson().contains("secret1")); // the password is never echoed
}

void tst_SandboxAgents::setupNeedsCode()
{
    const QString id = m_sandbox->call("POST", "/agents").object().value("id").toString();
    QCOMPARE(m_sandbox
                 ->call("POST", "/agents/" + id + "/setup",
                     QJsonObject {{"login", "needs.2fa@example.com"}, {"password", "secret1"},
                         {"country", "GB"}})
                 .status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("auth_needed"), 10000);
    const QJsonArray alerts
        = m_sandbox->call("GET", "/agents/" + id).object().value("alerts").toArray();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().toObject().value("subType").toString(), QStringLiteral("2fa_required"));
}

void tst_SandboxAgents::pauseResume()
{
    const QString id = agentWithStatus("running").value("id").toString();
    HttpReply r = m_sandbox->call("POST", "/agents/" + id + "/pause");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("message").toString(), QStringLiteral("Agent paused successfully"));
    QCOMPARE(statusOf(id), QStringLiteral("paused"));
    QCOMPARE(m_sandbox->call("POST", "/agents/" + id + "/pause").status, 200); // idempotent
    r = m_sandbox->call("POST", "/agents/" + id + "/resume");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("message").toString(), QStringLiteral("Agent resumed successfully"));
    QCOMPARE(statusOf(id), QStringLiteral("running"));
}

void tst_SandboxAgents::resumeRefusedWithAlerts()
{
    const QJsonObject agent = agentWithStatus("auth_needed", false);
    QVERIFY(!agent.isEmpty());
    const HttpReply r
        = m_sandbox->call("POST", "/agents/" + agent.value("id").toString() + "/resume");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value("message").toString(), QStringLiteral("Agent has active alerts"));
    QCOMPARE(statusOf(agent.value("id").toString()), QStringLiteral("auth_needed"));
}

void tst_SandboxAgents::pauseRefusedWhenNotRunning()
{
    const QString id = agentWithStatus("setup_needed").value("id").toString();
    const HttpReply r = m_sandbox->call("POST", "/agents/" + id + "/pause");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_status"));
    QCOMPARE(r.object().value("currentStatus").toString(), QStringLiteral("setup_needed"));
}

void tst_SandboxAgents::deleteOnlyWhenEnded()
{
    const QString id = agentWithStatus("running").value("id").toString();
    HttpReply r = m_sandbox->call("DELETE", "/agents/" + id);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_status"));
    QCOMPARE(r.object().value("message").toString(),
        QStringLiteral("Agent can only be deleted when status is ended"));
    QCOMPARE(r.object().value("currentStatus").toString(), QStringLiteral("running"));

    int campaignsBefore = 0;
    for (const QJsonValue &c : m_sandbox->call("GET", "/campaigns").json.array())
        campaignsBefore += c.toObject().value("agent").toString() == id;
    QVERIFY(campaignsBefore > 0);
    QCOMPARE(m_sandbox->admin("PUT", "/agents/" + id, {{"status", "ended"}}), 200);
    r = m_sandbox->call("DELETE", "/agents/" + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("message").toString(), QStringLiteral("Agent deleted successfully"));
    QCOMPARE(m_sandbox->call("GET", "/agents/" + id).status, 404);
    // Its campaigns went with it.
    for (const QJsonValue &c : m_sandbox->call("GET", "/campaigns").json.array())
        QVERIFY(c.toObject().value("agent").toString() != id);
}

void tst_SandboxAgents::relaunchOnlyWhenEnded()
{
    const QJsonObject agent = agentWithStatus("auth_needed", false);
    const QString id = agent.value("id").toString();
    HttpReply r = m_sandbox->call("POST", "/agents/" + id + "/relaunch");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_status"));
    QCOMPARE(r.object().value("currentStatus").toString(), QStringLiteral("auth_needed"));

    QCOMPARE(m_sandbox->admin("PUT", "/agents/" + id, {{"status", "ended"}}), 200);
    r = m_sandbox->call("POST", "/agents/" + id + "/relaunch");
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.object().value("message").toString(), QStringLiteral("Agent relaunched successfully"));
    QCOMPARE(r.object().value("status").toString(), QStringLiteral("setup_needed"));
    const QJsonObject after = m_sandbox->call("GET", "/agents/" + id).object();
    QCOMPARE(after.value("id").toString(), id); // id preserved
    QCOMPARE(after.value("status").toString(), QStringLiteral("setup_needed"));
    QVERIFY(!after.contains("login"));
    QVERIFY(after.value("alerts").toArray().isEmpty());
}

void tst_SandboxAgents::planLimit()
{
    // The plan caps LinkedIn profiles (50 in the sandbox): then 403 "Forbidden - limit reached".
    int created = m_sandbox->call("GET", "/agents").json.array().size();
    HttpReply r;
    for (int guard = 0; guard < 100; ++guard) {
        r = m_sandbox->call("POST", "/agents");
        if (r.status != 201)
            break;
        ++created;
    }
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
    QCOMPARE(r.object().value("message").toString(), QStringLiteral("Forbidden - limit reached"));
    QCOMPARE(created, 50);
}

QTEST_GUILESS_MAIN(tst_SandboxAgents)
#include "tst_sandbox_agents.moc"
