// Webhooks over 127.0.0.1 (contract H1-H8, section 10): management and validation, the event
// catalogues, and test events that are really delivered to a loopback receiver, signed with
// X-Kakiyo-Signature (hex HMAC-SHA256 of the raw body), retried with doubling backoff when the
// endpoint fails (base shortened to RetryMs here), and counted on the webhook.
#include "common/SandboxProcess.h"
#include "common/WebhookReceiver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace kakiyo::test;

namespace {
constexpr int RetryMs = 100; // the sandbox's first retry delay in this test (contract: 1 s)
}

class tst_SandboxWebhooks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void list();
    void events();
    void create();
    void createValidation_data();
    void createValidation();
    void update();
    void updateValidation_data();
    void updateValidation();
    void remove();
    void testEventDeliveredAndSigned();
    void testEventFailureCountedAndAutoDisabled();
    void testEventRetriedWithBackoff();
    void testEventValidation_data();
    void testEventValidation();
    void testEventWithoutSubscribers();
    void legacyTestCatalogue();
    void examplePayloads_data();
    void examplePayloads();
    void invalidExample();

private:
    QJsonObject webhook(const QString &id);
    QString create(const QJsonObject &body);
    void deactivateAll();
    std::unique_ptr<SandboxProcess> m_sandbox;
    WebhookReceiver m_receiver;
};

void tst_SandboxWebhooks::initTestCase()
{
    qputenv("KAKIYO_SANDBOX_WEBHOOK_RETRY_MS", QByteArray::number(RetryMs));
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList {"--seed", "51", "--rate-limit", "100000", "--prospects", "50"});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    QVERIFY(m_receiver.listen());
}

QJsonObject tst_SandboxWebhooks::webhook(const QString &id)
{
    for (const QJsonValue &w : m_sandbox->call("GET", "/webhooks").json.array()) {
        if (w.toObject().value("id").toString() == id)
            return w.toObject();
    }
    return {};
}

QString tst_SandboxWebhooks::create(const QJsonObject &body)
{
    const HttpReply r = m_sandbox->call("POST", "/webhooks", body);
    return r.status == 201 ? r.object().value("id").toString() : QString();
}

void tst_SandboxWebhooks::deactivateAll()
{
    for (const QJsonValue &w : m_sandbox->call("GET", "/webhooks").json.array())
        m_sandbox->call("PUT", "/webhooks/" + w.toObject().value("id").toString(),
            QJsonObject {{"active", false}});
}

void tst_SandboxWebhooks::list()
{
    const HttpReply r = m_sandbox->call("GET", "/webhooks");
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.isArray());
    QCOMPARE(r.json.array().size(), 3);
    int withHistory = 0;
    for (const QJsonValue &v : r.json.array()) {
        const QJsonObject w = v.toObject();
        QVERIFY(w.value("url").toString().startsWith("https://"));
        QVERIFY(w.value("events").isArray());
        QVERIFY(w.value("active").isBool());
        QVERIFY(w.value("successCount").isDouble());
        QVERIFY(w.value("failureCount").isDouble());
        QVERIFY(!w.contains("secret")); // never returned
        QVERIFY(!w.contains("lastFailure") || w.value("lastFailure").isString());
        withHistory += w.value("successCount").toInt() > 0;
    }
    QCOMPARE(withHistory, 3);
}

void tst_SandboxWebhooks::events()
{
    const HttpReply r = m_sandbox->call("GET", "/webhooks/events");
    QCOMPARE(r.status, 200);
    QStringList ids;
    for (const QJsonValue &e : r.json.array()) {
        ids << e.toObject().value("id").toString();
        QVERIFY(!e.toObject().value("name").toString().isEmpty());
    }
    QCOMPARE(ids,
        (QStringList {"linkedin.message.sent", "linkedin.message.received",
            "linkedin.invitation.sent", "linkedin.invitation.accepted",
            "prospect.qualification.manual", "prospect.unqualified"}));
    QCOMPARE(r.json.array().at(1).toObject().value("name").toString(),
        QStringLiteral("LinkedIn Message Received"));
}

void tst_SandboxWebhooks::create()
{
    const HttpReply r = m_sandbox->call("POST", "/webhooks",
        QJsonObject {{"name", "CRM Integration"}, {"url", "https://your-app.com/kakiyo/webhook"},
            {"secret", "s3cret"},
            {"events", QJsonArray {"linkedin.message.received", "prospect.qualification.manual"}}});
    QCOMPARE(r.status, 201);
    const QJsonObject o = r.object();
    QCOMPARE(o.value("id").toString().size(), 20);
    QCOMPARE(o.value("name").toString(), QStringLiteral("CRM Integration"));
    QCOMPARE(o.value("active").toBool(), true);
    QCOMPARE(o.value("events").toArray().size(), 2);
    QCOMPARE(o.value("message").toString(), QStringLiteral("Webhook created successfully"));
    QVERIFY(!o.contains("secret"));
    const QJsonObject listed = webhook(o.value("id").toString());
    QCOMPARE(listed.value("successCount").toInt(), 0);
    QCOMPARE(listed.value("failureCount").toInt(), 0);
    QVERIFY(!listed.contains("lastSuccess"));
}

void tst_SandboxWebhooks::createValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no name") << QByteArray(R"({"url":"https://a.example/h","events":["*"]})")
                             << "name";
    QTest::newRow("no url") << QByteArray(R"({"name":"A","events":["*"]})") << "url";
    QTest::newRow("not a url") << QByteArray(R"({"name":"A","url":"not a url","events":["*"]})")
                               << "url";
    QTest::newRow("ftp url") << QByteArray(
        R"({"name":"A","url":"ftp://a.example/h","events":["*"]})")
                             << "url";
    QTest::newRow("no events") << QByteArray(R"({"name":"A","url":"https://a.example/h"})")
                               << "events";
    QTest::newRow("empty events") << QByteArray(
        R"({"name":"A","url":"https://a.example/h","events":[]})")
                                  << "events";
    QTest::newRow("legacy event") << QByteArray(
        R"({"name":"A","url":"https://a.example/h","events":["prospect.qualified"]})")
                                  << "events[0]";
    QTest::newRow("events not array")
        << QByteArray(R"({"name":"A","url":"https://a.example/h","events":"*"})") << "events";
    QTest::newRow("secret not text")
        << QByteArray(R"({"name":"A","url":"https://a.example/h","events":["*"],"secret":1})")
        << "secret";
}

void tst_SandboxWebhooks::createValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const HttpReply r
        = HttpProbe::send("POST", m_sandbox->url("/webhooks"), m_sandbox->apiKey(), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("validation_error"));
    QStringList fields;
    for (const QJsonValue &d : r.object().value("details").toArray())
        fields << d.toObject().value("field").toString();
    QVERIFY2(fields.contains(field), qPrintable(fields.join(", ")));
}

void tst_SandboxWebhooks::update()
{
    const QString id = create(
        {{"name", "To edit"}, {"url", "https://a.example/h"}, {"events", QJsonArray {"*"}}});
    QVERIFY(!id.isEmpty());
    const HttpReply r = m_sandbox->call("PUT", "/webhooks/" + id,
        QJsonObject {{"name", "Edited"}, {"active", false},
            {"events", QJsonArray {"linkedin.invitation.sent"}}, {"url", "https://b.example/v2"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("id").toString(), id);
    QCOMPARE(
        r.object().value("message").toString(), QStringLiteral("Webhook updated successfully"));
    const QJsonObject w = webhook(id);
    QCOMPARE(w.value("name").toString(), QStringLiteral("Edited"));
    QCOMPARE(w.value("active").toBool(true), false);
    QCOMPARE(w.value("url").toString(), QStringLiteral("https://b.example/v2"));
    QCOMPARE(w.value("events").toArray(), QJsonArray {"linkedin.invitation.sent"});
}

void tst_SandboxWebhooks::updateValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty") << QByteArray("{}") << "body";
    QTest::newRow("unknown key") << QByteArray(R"({"colour":"red"})") << "colour";
    QTest::newRow("bad url") << QByteArray(R"({"url":"nope"})") << "url";
    QTest::newRow("active text") << QByteArray(R"({"active":"no"})") << "active";
    QTest::newRow("empty events") << QByteArray(R"({"events":[]})") << "events";
}

void tst_SandboxWebhooks::updateValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const QString id = m_sandbox->call("GET", "/webhooks")
                           .json.array()
                           .first()
                           .toObject()
                           .value("id")
                           .toString();
    const HttpReply r
        = HttpProbe::send("PUT", m_sandbox->url("/webhooks/" + id), m_sandbox->apiKey(), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("validation_error"));
    QStringList fields;
    for (const QJsonValue &d : r.object().value("details").toArray())
        fields << d.toObject().value("field").toString();
    QVERIFY2(fields.contains(field), qPrintable(fields.join(", ")));
    QCOMPARE(
        m_sandbox->call("PUT", "/webhooks/webhook_12345abcde", QJsonObject {{"name", "x"}}).status,
        404);
}

void tst_SandboxWebhooks::remove()
{
    const QString id = create(
        {{"name", "Doomed"}, {"url", "https://a.example/h"}, {"events", QJsonArray {"*"}}});
    HttpReply r = m_sandbox->call("DELETE", "/webhooks/" + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("id").toString(), id);
    QCOMPARE(
        r.object().value("message").toString(), QStringLiteral("Webhook deleted successfully"));
    QVERIFY(webhook(id).isEmpty());
    r = m_sandbox->call("DELETE", "/webhooks/" + id);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.object().value("message").toString(), QStringLiteral("Webhook not found"));
}

void tst_SandboxWebhooks::testEventDeliveredAndSigned()
{
    deactivateAll();
    m_receiver.setReplyStatus(200);
    m_receiver.clear();
    const QString id = create({{"name", "Local receiver"}, {"url", m_receiver.url().toString()},
        {"secret", "whsec_local"}, {"events", QJsonArray {"linkedin.message.received"}}});
    QVERIFY(!id.isEmpty());
    const HttpReply r = m_sandbox->call("POST", "/webhooks/test",
        QJsonObject {{"event", "linkedin.message.received"},
            {"data", QJsonObject {{"message", "This is a test message"}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.object().value("message").toString(), QStringLiteral("Test webhook sent successfully"));
    QCOMPARE(r.object().value("event").toString(), QStringLiteral("linkedin.message.received"));
    QCOMPARE(r.object().value("webhooksCount").toInt(), 1);
    const QJsonObject reported = r.object().value("webhooks").toArray().first().toObject();
    QCOMPARE(reported.value("id").toString(), id);
    QCOMPARE(reported.value("url").toString(), m_receiver.url().toString());
    QCOMPARE(reported.value("delivered").toBool(), true);
    QCOMPARE(reported.value("statusCode").toInt(), 200);

    QCOMPARE(m_receiver.received().size(), 1);
    const ReceivedRequest got = m_receiver.received().first();
    QCOMPARE(got.method, QByteArray("POST"));
    QCOMPARE(got.path, QByteArray("/hook"));
    QVERIFY(got.headers.value("content-type").startsWith("application/json"));
    const QByteArray expected
        = QMessageAuthenticationCode::hash(got.body, "whsec_local", QCryptographicHash::Sha256)
              .toHex();
    QCOMPARE(got.headers.value("x-kakiyo-signature"), expected);
    const QJsonObject payload = QJsonDocument::fromJson(got.body).object();
    QCOMPARE(payload.value("event").toString(), QStringLiteral("linkedin.message.received"));
    QCOMPARE(payload.value("teamId").toString(), m_sandbox->teamId());
    QVERIFY(
        QDateTime::fromString(payload.value("timestamp").toString(), Qt::ISODateWithMs).isValid());
    const QJsonObject data = payload.value("data").toObject();
    QCOMPARE(data.value("message").toString(), QStringLiteral("This is a test message"));
    for (const char *k : {"agentId", "campaignId", "chatId", "prospectId", "timestamp"})
        QVERIFY2(data.contains(QLatin1String(k)), k);

    const QJsonObject w = webhook(id);
    QCOMPARE(w.value("successCount").toInt(), 1);
    QVERIFY(w.value("lastSuccess").isString());

    // Without a secret there is no signature header.
    m_receiver.clear();
    QCOMPARE(m_sandbox->call("PUT", "/webhooks/" + id, QJsonObject {{"secret", ""}}).status, 200);
    QCOMPARE(
        m_sandbox
            ->call("POST", "/webhooks/test", QJsonObject {{"event", "linkedin.message.received"}})
            .status,
        200);
    QCOMPARE(m_receiver.received().size(), 1);
    QVERIFY(!m_receiver.received().first().headers.contains("x-kakiyo-signature"));
    QCOMPARE(m_sandbox->call("DELETE", "/webhooks/" + id).status, 200);
}

void tst_SandboxWebhooks::testEventFailureCountedAndAutoDisabled()
{
    deactivateAll();
    m_receiver.setReplyStatus(500);
    m_receiver.clear();
    const QString id = create({{"name", "Failing receiver"}, {"url", m_receiver.url().toString()},
        {"events", QJsonArray {"*"}}});
    for (int i = 1; i <= 4; ++i) {
        const HttpReply r = m_sandbox->call(
            "POST", "/webhooks/test", QJsonObject {{"event", "prospect.unqualified"}});
        QCOMPARE(r.status, 200);
        const QJsonObject reported = r.object().value("webhooks").toArray().first().toObject();
        QCOMPARE(reported.value("delivered").toBool(true), false);
        QCOMPARE(reported.value("statusCode").toInt(), 500);
        QCOMPARE(reported.value("attempts").toInt(), 4); // the first try and 3 retries
        // One failed delivery counts once, however many attempts it took.
        QCOMPARE(webhook(id).value("failureCount").toInt(), i);
    }
    QCOMPARE(m_receiver.received().size(), 4 * 4);
    // Four consecutive failures disable the webhook; it no longer receives test events.
    const QJsonObject w = webhook(id);
    QCOMPARE(w.value("active").toBool(true), false);
    QVERIFY(w.value("lastFailure").isString());
    QCOMPARE(
        m_sandbox->call("POST", "/webhooks/test", QJsonObject {{"event", "prospect.unqualified"}})
            .status,
        404);
    // Re-enabling starts over.
    m_receiver.setReplyStatus(204);
    QCOMPARE(m_sandbox->call("PUT", "/webhooks/" + id, QJsonObject {{"active", true}}).status, 200);
    const HttpReply r = m_sandbox->call(
        "POST", "/webhooks/test", QJsonObject {{"event", "prospect.unqualified"}});
    QCOMPARE(r.object().value("webhooks").toArray().first().toObject().value("delivered").toBool(),
        true);
    QCOMPARE(webhook(id).value("successCount").toInt(), 1);
    QCOMPARE(m_sandbox->call("DELETE", "/webhooks/" + id).status, 200);
}

void tst_SandboxWebhooks::testEventRetriedWithBackoff()
{
    deactivateAll();
    m_receiver.setReplyStatus(503);
    m_receiver.clear();
    const QString id = create({{"name", "Flaky receiver"}, {"url", m_receiver.url().toString()},
        {"events", QJsonArray {"linkedin.invitation.accepted"}}});
    // Fails twice, then recovers: the third attempt is delivered.
    QElapsedTimer clock;
    QList<qint64> arrivals;
    const auto c = connect(&m_receiver, &WebhookReceiver::requestReceived, this, [&] {
        arrivals << clock.elapsed();
        if (m_receiver.received().size() == 2)
            m_receiver.setReplyStatus(200);
    });
    clock.start();
    const HttpReply r = m_sandbox->call(
        "POST", "/webhooks/test", QJsonObject {{"event", "linkedin.invitation.accepted"}});
    disconnect(c);
    QCOMPARE(r.status, 200);
    const QJsonObject reported = r.object().value("webhooks").toArray().first().toObject();
    QCOMPARE(reported.value("delivered").toBool(), true);
    QCOMPARE(reported.value("statusCode").toInt(), 200);
    QCOMPARE(reported.value("attempts").toInt(), 3);
    QCOMPARE(m_receiver.received().size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_receiver.received().at(i).headers.value("x-kakiyo-delivery-attempt"),
            QByteArray::number(i + 1));
    // Same signed body each time; the waits double (base, then 2 x base).
    QCOMPARE(m_receiver.received().at(2).body, m_receiver.received().at(0).body);
    QCOMPARE(arrivals.size(), 3);
    QVERIFY2(arrivals.at(1) - arrivals.at(0) >= RetryMs - 10,
        qPrintable(QString::number(arrivals.at(1) - arrivals.at(0))));
    QVERIFY2(arrivals.at(2) - arrivals.at(1) >= 2 * RetryMs - 10,
        qPrintable(QString::number(arrivals.at(2) - arrivals.at(1))));
    // The delivery succeeded in the end: a success, no failure.
    const QJsonObject w = webhook(id);
    QCOMPARE(w.value("successCount").toInt(), 1);
    QCOMPARE(w.value("failureCount").toInt(), 0);
    QCOMPARE(m_sandbox->call("DELETE", "/webhooks/" + id).status, 200);
}

void tst_SandboxWebhooks::testEventValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no event") << QByteArray("{}");
    QTest::newRow("wildcard") << QByteArray(R"({"event":"*"})");
    QTest::newRow("legacy event") << QByteArray(R"({"event":"prospect.qualified"})");
    QTest::newRow("data not object")
        << QByteArray(R"({"event":"linkedin.message.sent","data":"x"})");
    QTest::newRow("malformed") << QByteArray(R"({"event":)");
}

void tst_SandboxWebhooks::testEventValidation()
{
    QFETCH(QByteArray, body);
    const HttpReply r
        = HttpProbe::send("POST", m_sandbox->url("/webhooks/test"), m_sandbox->apiKey(), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("validation_error"));
}

void tst_SandboxWebhooks::testEventWithoutSubscribers()
{
    deactivateAll();
    const HttpReply r = m_sandbox->call(
        "POST", "/webhooks/test", QJsonObject {{"event", "linkedin.invitation.accepted"}});
    QCOMPARE(r.status, 404);
    QCOMPARE(
        r.object().value("message").toString(), QStringLiteral("No webhooks found for this event"));
}

void tst_SandboxWebhooks::legacyTestCatalogue()
{
    const HttpReply r = m_sandbox->call("GET", "/webhooks/test/events");
    QCOMPARE(r.status, 200);
    QStringList ids;
    for (const QJsonValue &e : r.json.array()) {
        const QJsonObject o = e.toObject();
        ids << o.value("id").toString();
        QVERIFY(!o.value("name").toString().isEmpty());
        QVERIFY(!o.value("description").toString().isEmpty());
        QVERIFY(QStringList({"prospect", "campaign", "agent", "message", "connection"})
                    .contains(o.value("category").toString()));
    }
    for (const char *e : {"prospect.qualified", "prospect.responded", "campaign.completed",
             "agent.status_changed", "message.sent", "connection.accepted"})
        QVERIFY2(ids.contains(QLatin1String(e)), e);
}

void tst_SandboxWebhooks::examplePayloads_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("dataKey");
    QTest::newRow("prospect.qualified") << "prospect.qualified"
                                        << "prospect";
    QTest::newRow("campaign.completed") << "campaign.completed"
                                        << "campaign";
    QTest::newRow("message.sent") << "message.sent"
                                  << "message";
    QTest::newRow("agent.status_changed") << "agent.status_changed"
                                          << "agent";
    QTest::newRow("connection.accepted") << "connection.accepted"
                                         << "connection";
    QTest::newRow("linkedin.message.received") << "linkedin.message.received"
                                               << "chatId";
}

void tst_SandboxWebhooks::examplePayloads()
{
    QFETCH(QString, event);
    QFETCH(QString, dataKey);
    const HttpReply r = m_sandbox->call("GET", "/webhooks/test/example/" + event);
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.object();
    QCOMPARE(o.value("event").toString(), event);
    QVERIFY(o.value("timestamp").isString());
    QVERIFY(o.value("data").toObject().contains(dataKey));
    QCOMPARE(o.value("team").toObject().value("id").toString(), m_sandbox->teamId());
    QVERIFY(!o.value("team").toObject().value("name").toString().isEmpty());
}

void tst_SandboxWebhooks::invalidExample()
{
    const HttpReply r = m_sandbox->call("GET", "/webhooks/test/example/invalid.event.type");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_event"));
    QCOMPARE(r.object().value("message").toString(),
        QStringLiteral("Invalid event: invalid.event.type"));
    QVERIFY(r.object().value("validEvents").toArray().contains("prospect.qualified"));
}

QTEST_GUILESS_MAIN(tst_SandboxWebhooks)
#include "tst_sandbox_webhooks.moc"
