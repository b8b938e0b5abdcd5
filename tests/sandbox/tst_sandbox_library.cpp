// Products, prompts and models over 127.0.0.1 (contract E, F incl. F3/F4, J): list shapes,
// creation and its validation, the prompt sections with patch semantics and the models catalogue.
#include "common/SandboxProcess.h"

#include <QJsonArray>
#include <QTest>

using namespace kakiyo::test;

class tst_SandboxLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void products();
    void createProduct();
    void productValidation_data();
    void productValidation();
    void prompts();
    void createPromptHasNoId();
    void promptValidation_data();
    void promptValidation();
    void promptDetails();
    void updatePrompt();
    void promptUpdateValidation_data();
    void promptUpdateValidation();
    void commentPrompt();
    void unknownPrompt();
    void models();
    void model();

private:
    QString promptOfType(const QString &type);
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void tst_SandboxLibrary::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList {"--seed", "41", "--rate-limit", "100000", "--prospects", "50"});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

QString tst_SandboxLibrary::promptOfType(const QString &type)
{
    // The oldest of that type (a seeded one, with content); the list is newest first.
    QString id;
    for (const QJsonValue &p : m_sandbox->call("GET", "/prompts").json.array()) {
        if (p.toObject().value("type").toString() == type)
            id = p.toObject().value("id").toString();
    }
    return id;
}

void tst_SandboxLibrary::products()
{
    const HttpReply r = m_sandbox->call("GET", "/products");
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.isArray());
    QVERIFY(r.json.array().size() >= 3);
    for (const QJsonValue &v : r.json.array()) {
        const QJsonObject p = v.toObject();
        QCOMPARE(p.value("id").toString().size(), 20);
        QVERIFY(p.value("name").toString().size() >= 3);
        QVERIFY(p.value("description").toString().size() >= 10);
        QVERIFY(
            QDateTime::fromString(p.value("createdAt").toString(), Qt::ISODateWithMs).isValid());
    }
}

void tst_SandboxLibrary::createProduct()
{
    const HttpReply r = m_sandbox->call("POST", "/products",
        QJsonObject {{"name", "Sales Engagement Pro"},
            {"description", "An AI platform that automates outreach."}});
    QCOMPARE(r.status, 201);
    const QString id = r.object().value("id").toString();
    QCOMPARE(id.size(), 20);
    QCOMPARE(
        r.object().value("message").toString(), QStringLiteral("Product created successfully"));
    bool listed = false;
    for (const QJsonValue &p : m_sandbox->call("GET", "/products").json.array())
        listed = listed || p.toObject().value("id").toString() == id;
    QVERIFY(listed);
}

void tst_SandboxLibrary::productValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no name") << QByteArray(R"({"description":"Long enough description"})")
                             << "name";
    QTest::newRow("short name") << QByteArray(
        R"({"name":"AB","description":"Long enough description"})")
                                << "name";
    QTest::newRow("blank name") << QByteArray(
        R"({"name":"   ","description":"Long enough description"})")
                                << "name";
    QTest::newRow("short description")
        << QByteArray(R"({"name":"Valid","description":"too short"})") << "description";
    QTest::newRow("description number")
        << QByteArray(R"({"name":"Valid","description":1234567890})") << "description";
    QTest::newRow("null name") << QByteArray(
        R"({"name":null,"description":"Long enough description"})")
                               << "name";
}

void tst_SandboxLibrary::productValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const int before = m_sandbox->call("GET", "/products").json.array().size();
    const HttpReply r
        = HttpProbe::send("POST", m_sandbox->url("/products"), m_sandbox->apiKey(), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("validation_error"));
    QCOMPARE(
        r.object().value("details").toArray().first().toObject().value("field").toString(), field);
    QCOMPARE(m_sandbox->call("GET", "/products").json.array().size(), before);
}

void tst_SandboxLibrary::prompts()
{
    const HttpReply r = m_sandbox->call("GET", "/prompts");
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.isArray());
    QSet<QString> types;
    for (const QJsonValue &v : r.json.array()) {
        const QJsonObject p = v.toObject();
        QCOMPARE(p.value("id").toString().size(), 20);
        QVERIFY(!p.value("model").toString().isEmpty());
        types.insert(p.value("type").toString());
    }
    QVERIFY(types.contains("Messages"));
    QVERIFY(types.contains("Comment"));
}

void tst_SandboxLibrary::createPromptHasNoId()
{
    const HttpReply r = m_sandbox->call("POST", "/prompts",
        QJsonObject {{"name", "Sales Outreach Sequence"}, {"model", "680321c8001e2f527d82"},
            {"type", "Messages"}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value("message").toString(), QStringLiteral("Prompt created successfully"));
    QVERIFY(!r.object().contains("id")); // documented: clients re-list to find it
    bool listed = false;
    for (const QJsonValue &p : m_sandbox->call("GET", "/prompts").json.array())
        listed = listed || p.toObject().value("name").toString() == u"Sales Outreach Sequence";
    QVERIFY(listed);
    // Legacy values from the 2025 description are still accepted.
    QCOMPARE(
        m_sandbox
            ->call("POST", "/prompts",
                QJsonObject {{"name", "Legacy"}, {"model", "model_claude3"}, {"type", "message"}})
            .status,
        201);
}

void tst_SandboxLibrary::promptValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("short name") << QByteArray(
        R"({"name":"ab","model":"680321c8001e2f527d82","type":"Messages"})")
                                << "name";
    QTest::newRow("no model") << QByteArray(R"({"name":"Valid","type":"Messages"})") << "model";
    QTest::newRow("unknown model")
        << QByteArray(R"({"name":"Valid","model":"gpt-9","type":"Messages"})") << "model";
    QTest::newRow("bad type") << QByteArray(
        R"({"name":"Valid","model":"680321c8001e2f527d82","type":"Email"})")
                              << "type";
    QTest::newRow("no type") << QByteArray(R"({"name":"Valid","model":"680321c8001e2f527d82"})")
                             << "type";
}

void tst_SandboxLibrary::promptValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const HttpReply r
        = HttpProbe::send("POST", m_sandbox->url("/prompts"), m_sandbox->apiKey(), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("validation_error"));
    QCOMPARE(
        r.object().value("details").toArray().first().toObject().value("field").toString(), field);
}

void tst_SandboxLibrary::promptDetails()
{
    const QString id = promptOfType("Messages");
    const HttpReply r = m_sandbox->call("GET", "/prompts/" + id);
    QCOMPARE(r.status, 200);
    const QJsonObject p = r.object();
    QCOMPARE(p.value("id").toString(), id);
    QCOMPARE(p.value("type").toString(), QStringLiteral("Messages"));
    QVERIFY(p.value("context").toString().contains("{{prospectDescription}}"));
    QVERIFY(p.value("firstMessage").isString());
    QVERIFY(p.value("followUps").isArray());
    for (const QJsonValue &f : p.value("followUps").toArray()) {
        QVERIFY(!f.toObject().value("prompt").toString().isEmpty());
        const int delay = f.toObject().value("delay").toInt();
        QVERIFY(delay >= 1 && delay <= 30);
    }
    QVERIFY(p.value("followUpEnabled").isBool());
    QVERIFY(p.value("guidelines").toObject().value("mandatoryVariables").toArray().size() >= 2);
    QVERIFY(!p.contains("comment"));
}

void tst_SandboxLibrary::updatePrompt()
{
    const QString id = promptOfType("Messages");
    const QJsonObject before = m_sandbox->call("GET", "/prompts/" + id).object();
    const QJsonArray followUps {
        QJsonObject {{"prompt", "If they didn't reply, send a short bump."}, {"delay", 7}},
        QJsonObject {{"prompt", "Second bump, mention a relevant post."}, {"delay", 5}}};
    HttpReply r = m_sandbox->call("PUT", "/prompts/" + id, QJsonObject {{"followUps", followUps}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("message").toString(), QStringLiteral("Prompt updated successfully"));
    QJsonObject after = m_sandbox->call("GET", "/prompts/" + id).object();
    QCOMPARE(after.value("followUps").toArray(), followUps);
    QCOMPARE(after.value("context"), before.value("context")); // omitted fields keep their values
    // [] clears; followUpEnabled toggles alone.
    QCOMPARE(m_sandbox
                 ->call("PUT", "/prompts/" + id,
                     QJsonObject {{"followUps", QJsonArray()}, {"followUpEnabled", false}})
                 .status,
        200);
    after = m_sandbox->call("GET", "/prompts/" + id).object();
    QVERIFY(after.value("followUps").toArray().isEmpty());
    QCOMPARE(after.value("followUpEnabled").toBool(true), false);
}

void tst_SandboxLibrary::promptUpdateValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const QByteArray f = R"({"prompt":"Bump","delay":3})";
    QTest::newRow("empty") << QByteArray("{}") << "body";
    QTest::newRow("unknown key") << QByteArray(R"({"content":"x"})") << "content";
    QTest::newRow("comment on Messages") << QByteArray(R"({"comment":"x"})") << "comment";
    QTest::newRow("four follow-ups")
        << QByteArray("{\"followUps\":[" + f + "," + f + "," + f + "," + f + "]}") << "followUps";
    QTest::newRow("delay 0") << QByteArray(R"({"followUps":[{"prompt":"Bump","delay":0}]})")
                             << "followUps[0].delay";
    QTest::newRow("delay 31") << QByteArray(R"({"followUps":[{"prompt":"Bump","delay":31}]})")
                              << "followUps[0].delay";
    QTest::newRow("follow-up without text")
        << QByteArray(R"({"followUps":[{"delay":3}]})") << "followUps[0].prompt";
    QTest::newRow("dropping mandatory variable")
        << QByteArray(R"({"context":"Just be nice."})") << "context";
    QTest::newRow("enabled as text")
        << QByteArray(R"({"followUpEnabled":"yes"})") << "followUpEnabled";
}

void tst_SandboxLibrary::promptUpdateValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const QString id = promptOfType("Messages");
    const QJsonObject before = m_sandbox->call("GET", "/prompts/" + id).object();
    const HttpReply r
        = HttpProbe::send("PUT", m_sandbox->url("/prompts/" + id), m_sandbox->apiKey(), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("validation_error"));
    QStringList fields;
    for (const QJsonValue &d : r.object().value("details").toArray())
        fields << d.toObject().value("field").toString();
    QVERIFY2(fields.contains(field), qPrintable(fields.join(", ")));
    QCOMPARE(m_sandbox->call("GET", "/prompts/" + id).object(), before); // nothing saved
}

void tst_SandboxLibrary::commentPrompt()
{
    const QString id = promptOfType("Comment");
    QJsonObject p = m_sandbox->call("GET", "/prompts/" + id).object();
    QVERIFY(p.value("comment").isString());
    QVERIFY(!p.contains("firstMessage"));
    QCOMPARE(m_sandbox
                 ->call("PUT", "/prompts/" + id,
                     QJsonObject {{"comment", "Say something kind about {{postTopic}}."}})
                 .status,
        200);
    QCOMPARE(m_sandbox->call("GET", "/prompts/" + id).object().value("comment").toString(),
        QStringLiteral("Say something kind about {{postTopic}}."));
    const HttpReply r
        = m_sandbox->call("PUT", "/prompts/" + id, QJsonObject {{"firstMessage", "Hi"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("validation_error"));
}

void tst_SandboxLibrary::unknownPrompt()
{
    for (const char *method : {"GET", "PUT"}) {
        const HttpReply r
            = m_sandbox->call(method, "/prompts/prompt_987654321", QJsonObject {{"context", "x"}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
    }
}

void tst_SandboxLibrary::models()
{
    const HttpReply r = m_sandbox->call("GET", "/models");
    QCOMPARE(r.status, 200);
    const QJsonArray models = r.object().value("models").toArray();
    QCOMPARE(models.size(), 8);
    QCOMPARE(r.object().value("total").toInt(), 8);
    bool sawNullCached = false;
    for (const QJsonValue &v : models) {
        const QJsonObject m = v.toObject();
        QCOMPARE(m.value("id").toString().size(), 20);
        QCOMPARE(m.value("status").toString(), QStringLiteral("active"));
        const QJsonObject pricing = m.value("pricing").toObject();
        QVERIFY(pricing.value("input").isDouble());
        QVERIFY(pricing.value("output").isDouble());
        QVERIFY(pricing.value("cached").isDouble() || pricing.value("cached").isNull());
        sawNullCached = sawNullCached || pricing.value("cached").isNull();
    }
    QVERIFY(sawNullCached); // Gemini 2.5 Pro and Grok 4 have no cached price
}

void tst_SandboxLibrary::model()
{
    HttpReply r = m_sandbox->call("GET", "/models/680321c8001e2f527d82");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("name").toString(), QStringLiteral("GPT 5 Mini"));
    QCOMPARE(r.object().value("pricing").toObject().value("input").toDouble(), 0.25);
    r = m_sandbox->call("GET", "/models/nosuchmodel");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
    QCOMPARE(r.object().value("message").toString(), QStringLiteral("Model not found"));
}

QTEST_GUILESS_MAIN(tst_SandboxLibrary)
#include "tst_sandbox_library.moc"
