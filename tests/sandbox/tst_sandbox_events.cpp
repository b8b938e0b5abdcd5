// The team living on its own: POST /__admin/events applies one event deterministically (reply,
// invitation, acceptance, qualified, agent alert, credits, out of prospects, campaign completed,
// webhook failure, usage) and the API shows the change; real webhook events are delivered signed;
// bad input, unknown and ineligible targets are refused; --activity moves the team by itself.
#include "common/SandboxProcess.h"
#include "common/WebhookReceiver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace kakiyo::test;

class tst_SandboxEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replyChangesTheConversation();
    void replyDeliversSignedWebhook();
    void acceptanceAndInvitation();
    void qualified();
    void agentAlert_data();
    void agentAlert();
    void usage();
    void creditsDrop(); // pauses the running agents: after the tests that need one
    void outOfProspects();
    void campaignCompleted();
    void webhookFailure();
    void refused_data();
    void refused();
    void activityMovesTheTeam();

private:
    QJsonObject event(const QJsonObject &body, int expected = 201);
    QJsonObject chat(const QString &chatId)
    {
        return m_sandbox->call("GET", "/prospects/" + chatId).object();
    }
    QJsonObject findById(const QString &path, const QString &id)
    {
        for (const QJsonValue &v : m_sandbox->call("GET", path).json.array()) {
            if (v.toObject().value("id").toString() == id)
                return v.toObject();
        }
        return {};
    }
    std::unique_ptr<SandboxProcess> m_sandbox;
    WebhookReceiver m_receiver;
};

void tst_SandboxEvents::initTestCase()
{
    qputenv("KAKIYO_SANDBOX_WEBHOOK_RETRY_MS", "20");
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList {"--seed", "5", "--rate-limit", "100000", "--prospects", "400"});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    QVERIFY(m_receiver.listen());
}

QJsonObject tst_SandboxEvents::event(const QJsonObject &body, int expected)
{
    QJsonObject reply;
    const int status = m_sandbox->admin("POST", "/events", body, &reply);
    if (status != expected)
        qWarning("POST /__admin/events %s -> %d %s",
            QJsonDocument(body).toJson(QJsonDocument::Compact).constData(), status,
            QJsonDocument(reply).toJson(QJsonDocument::Compact).constData());
    return status == expected ? reply : QJsonObject {{"unexpectedStatus", status}};
}

void tst_SandboxEvents::replyChangesTheConversation()
{
    const QJsonObject applied = event({{"type", "reply"}, {"message", "Yes, let us talk."}});
    QCOMPARE(applied.value("type").toString(), QStringLiteral("reply"));
    const QString chatId = applied.value("chatId").toString();
    QCOMPARE(chatId.size(), 20);
    const QJsonObject c = chat(chatId);
    QCOMPARE(c.value("status").toInt(), 4);
    const QJsonArray messages = c.value("messages").toArray();
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.last().toObject().value("role").toString(), QStringLiteral("user"));
    QCOMPARE(messages.last().toObject().value("content").toString(),
        QStringLiteral("Yes, let us talk."));

    // A replied conversation cannot reply "again" as a new event: naming it is a conflict.
    event({{"type", "reply"}, {"chatId", chatId}}, 409);
}

void tst_SandboxEvents::replyDeliversSignedWebhook()
{
    m_receiver.clear();
    const HttpReply created = m_sandbox->call("POST", "/webhooks",
        QJsonObject {{"name", "Replies"}, {"url", m_receiver.url().toString()},
            {"secret", "whsec_events"}, {"events", QJsonArray {"linkedin.message.received"}}});
    QCOMPARE(created.status, 201);
    const QJsonObject applied = event({{"type", "reply"}});
    QVERIFY(!applied.contains("unexpectedStatus"));
    QTRY_COMPARE(m_receiver.received().size(), 1);
    const ReceivedRequest got = m_receiver.received().first();
    QCOMPARE(got.headers.value("x-kakiyo-signature"),
        QMessageAuthenticationCode::hash(got.body, "whsec_events", QCryptographicHash::Sha256)
            .toHex());
    const QJsonObject payload = QJsonDocument::fromJson(got.body).object();
    QCOMPARE(payload.value("event").toString(), QStringLiteral("linkedin.message.received"));
    QCOMPARE(payload.value("data").toObject().value("chatId").toString(),
        applied.value("chatId").toString());
    QVERIFY(!payload.value("data").toObject().contains("test")); // a real event, not a test one
    const QString webhookId = created.object().value("id").toString();
    QTRY_COMPARE(findById("/webhooks", webhookId).value("successCount").toInt(), 1);
    QCOMPARE(m_sandbox->call("DELETE", "/webhooks/" + webhookId).status, 200);
}

void tst_SandboxEvents::acceptanceAndInvitation()
{
    const QJsonObject invited = event({{"type", "invitation"}});
    QCOMPARE(chat(invited.value("chatId").toString()).value("status").toInt(), 1);
    const QJsonObject accepted
        = event({{"type", "acceptance"}, {"chatId", invited.value("chatId")}});
    QCOMPARE(accepted.value("chatId"), invited.value("chatId"));
    QCOMPARE(chat(accepted.value("chatId").toString()).value("status").toInt(), 2);
}

void tst_SandboxEvents::qualified()
{
    const QJsonObject replied = event({{"type", "reply"}});
    const QJsonObject applied = event({{"type", "qualified"}, {"chatId", replied.value("chatId")}});
    const QJsonObject c = chat(applied.value("chatId").toString());
    QCOMPARE(c.value("status").toInt(), 5);
    QCOMPARE(c.value("qualification").toString(), QStringLiteral("qualified"));
}

void tst_SandboxEvents::agentAlert_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("subType");
    QTest::newRow("restriction") << "restriction"
                                 << "paused"
                                 << "restricted";
    QTest::newRow("verification") << "verification"
                                  << "auth_needed"
                                  << "2fa_required";
}

void tst_SandboxEvents::agentAlert()
{
    QFETCH(QString, kind);
    QFETCH(QString, status);
    QFETCH(QString, subType);
    const QJsonObject applied = event({{"type", "agent-alert"}, {"kind", kind}});
    const QString agentId = applied.value("agentId").toString();
    QCOMPARE(agentId.size(), 20);
    const QJsonObject agent = m_sandbox->call("GET", "/agents/" + agentId).object();
    QCOMPARE(agent.value("status").toString(), status);
    bool found = false;
    for (const QJsonValue &a : agent.value("alerts").toArray())
        found = found || a.toObject().value("subType").toString() == subType;
    QVERIFY2(found, QJsonDocument(agent).toJson().constData());
}

void tst_SandboxEvents::creditsDrop()
{
    QVERIFY(m_sandbox->setCredits(1000));
    QCOMPARE(event({{"type", "credits"}, {"drop", 900}}).value("credits").toInt(), 100);
    QCOMPARE(m_sandbox->adminState().value("credits").toInt(), 100);
    event({{"type", "credits"}, {"credits", 0}});
    QCOMPARE(m_sandbox->call("GET", "/agents").status, 402);
    QVERIFY(m_sandbox->setCredits(100000));
}

void tst_SandboxEvents::outOfProspects()
{
    const QJsonObject applied = event({{"type", "out-of-prospects"}});
    const QString campaignId = applied.value("campaignId").toString();
    QCOMPARE(campaignId.size(), 20);
    const HttpReply pending
        = m_sandbox->call("GET", "/prospects/campaign/" + campaignId + "?status=0&limit=100");
    QCOMPARE(pending.status, 200);
    QCOMPARE(pending.json.array().size(), 0);
    QCOMPARE(
        findById("/campaigns", campaignId).value("status").toString(), QStringLiteral("active"));
}

void tst_SandboxEvents::campaignCompleted()
{
    const QJsonObject applied = event({{"type", "campaign-completed"}});
    QCOMPARE(
        findById("/campaigns", applied.value("campaignId").toString()).value("status").toString(),
        QStringLiteral("completed"));
}

void tst_SandboxEvents::webhookFailure()
{
    const QJsonObject once = event({{"type", "webhook-failure"}});
    const QString id = once.value("webhookId").toString();
    QJsonObject w = findById("/webhooks", id);
    QCOMPARE(w.value("failureCount").toInt(), once.value("failureCount").toInt());
    QVERIFY(w.value("failureCount").toInt() >= 1);
    QVERIFY(!w.value("lastFailure").toString().isEmpty());
    QCOMPARE(w.value("active").toBool(), true);

    event({{"type", "webhook-failure"}, {"webhookId", id}, {"disable", true}});
    QCOMPARE(findById("/webhooks", id).value("active").toBool(), false);
    // A disabled webhook cannot fail again.
    event({{"type", "webhook-failure"}, {"webhookId", id}}, 409);
}

void tst_SandboxEvents::usage()
{
    const QJsonObject applied = event({{"type", "usage"}, {"invitations", 2}, {"messages", 3}});
    const QString agentId = applied.value("agentId").toString();
    QVERIFY(!agentId.isEmpty());
    const QJsonObject before = m_sandbox->call("GET", "/agents/" + agentId).object();
    event({{"type", "usage"}, {"agentId", agentId}, {"invitations", 2}, {"messages", 3}});
    const QJsonObject after = m_sandbox->call("GET", "/agents/" + agentId).object();
    QVERIFY2(before != after, "usage must show in the agent's details");
}

void tst_SandboxEvents::refused_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("no type") << QJsonObject {} << 400;
    QTest::newRow("unknown type") << QJsonObject {{"type", "meteor"}} << 400;
    QTest::newRow("bad alert kind")
        << QJsonObject {{"type", "agent-alert"}, {"kind", "rain"}} << 400;
    QTest::newRow("credits without amount") << QJsonObject {{"type", "credits"}} << 400;
    QTest::newRow("unknown chat") << QJsonObject {{"type", "reply"},
        {"chatId", "zzzzzzzzzzzzzzzzzzzz"}}
                                  << 404;
}

void tst_SandboxEvents::refused()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QJsonObject reply;
    QCOMPARE(m_sandbox->admin("POST", "/events", body, &reply), status);
    QVERIFY(!reply.value("message").toString().isEmpty());
}

void tst_SandboxEvents::activityMovesTheTeam()
{
    // Off by default: nothing happens by itself.
    QCOMPARE(m_sandbox->adminState().value("activityEvents").toInt(), 0);
    QCOMPARE(m_sandbox->adminState().value("activity").toInt(), 0);

    // Ten simulated hours per real second: events happen within a few ticks.
    SandboxProcess live({"--seed", "6", "--prospects", "300", "--activity", "36000"});
    QVERIFY2(live.start(), qPrintable(live.errorString()));
    QCOMPARE(live.adminState().value("activity").toInt(), 36000);
    QTRY_VERIFY_WITH_TIMEOUT(live.adminState().value("activityEvents").toInt() > 20, 15000);
}

QTEST_GUILESS_MAIN(tst_SandboxEvents)
#include "tst_sandbox_events.moc"
