// Every operation of the published OpenAPI description (KAKIYO_OPENAPI), sent with its documented
// example request (placeholder ids swapped for ids of the seeded team) to a real sandbox; each
// answer must carry the operation's success status and validate against its success schema.
// The first slots check the schema checker itself, so a lenient checker cannot hide a bad answer.
#include "common/HttpProbe.h"
#include "common/JsonSchema.h"
#include "common/SandboxProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace kakiyo::test;

namespace {

// Decision 6 of the contract: conversation status follows the prospects/list table (0-7 and
// 502-505), wider than the OpenAPI enum 0-5. The checker is given the decided enum.
QJsonValue widenStatusEnums(const QJsonValue &node)
{
    static const QJsonArray openApi {0, 1, 2, 3, 4, 5};
    static const QJsonArray decided {0, 1, 2, 3, 4, 5, 6, 7, 502, 503, 504, 505};
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = widenStatusEnums(a.at(i));
        return a;
    }
    if (!node.isObject())
        return node;
    QJsonObject o = node.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == u"enum" && it.value().toArray() == openApi)
            it.value() = decided;
        else
            it.value() = widenStatusEnums(it.value());
    }
    return o;
}

struct Operation
{
    QByteArray method;
    QString path;
    QJsonObject spec;
    int phase = 1; // 0 create, 1 read/update, 2 delete
};

} // namespace

class tst_SandboxOpenapi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkerCatchesMismatches_data();
    void checkerCatchesMismatches();
    void everyOperationIsListed();
    void operation_data();
    void operation();
    void cleanupTestCase();

private:
    QJsonValue exampleFor(const QJsonObject &schema, int depth = 0) const;
    QJsonValue substitute(const QString &key, const QJsonValue &value) const;
    QString pathFor(const Operation &op);
    QJsonObject firstObject(const QString &path);
    void prepareFor(const Operation &op);

    QJsonObject m_doc;
    std::unique_ptr<JsonSchema> m_schema;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QList<Operation> m_operations;
    QStringList m_checked;

    // Ids of the seeded team (and of things the create phase made).
    QString m_activeCampaign, m_otherCampaign, m_createdCampaign;
    // Imports keep a campaign busy for a moment: each import operation gets its own campaigns.
    QStringList m_spareCampaigns;
    QString m_currentPath;
    QString m_runningAgent, m_createdAgent, m_product, m_prompt;
    QString m_webhook, m_createdWebhook, m_workspace, m_createdWorkspace;
    QString m_chat, m_listId;
    QStringList m_deletableProspects;
};

void tst_SandboxOpenapi::initTestCase()
{
    const QString path = qEnvironmentVariable("KAKIYO_OPENAPI");
    QVERIFY2(!path.isEmpty(), "KAKIYO_OPENAPI is not set (CMake sets it when the file exists)");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QJsonParseError error;
    m_doc = QJsonDocument::fromJson(file.readAll(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    m_doc = widenStatusEnums(m_doc).toObject();
    m_schema = std::make_unique<JsonSchema>(m_doc);

    const QJsonObject paths = m_doc.value("paths").toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject ops = p.value().toObject();
        for (auto o = ops.begin(); o != ops.end(); ++o) {
            const QString method = o.key().toUpper();
            if (!QStringList {"GET", "POST", "PUT", "PATCH", "DELETE"}.contains(method))
                continue;
            Operation op {method.toLatin1(), p.key(), o.value().toObject()};
            const bool hasParam = p.key().contains(u'{');
            if (method == u"DELETE")
                op.phase = 2;
            else if (method == u"POST" && !hasParam && !p.key().startsWith(u"/webhooks/test"))
                op.phase = 0;
            m_operations.append(op);
        }
    }
    std::stable_sort(m_operations.begin(), m_operations.end(),
        [](const Operation &a, const Operation &b) { return a.phase < b.phase; });

    m_sandbox = std::make_unique<SandboxProcess>(QStringList {
        "--seed", "11", "--rate-limit", "100000", "--import-delay-ms", "20", "--prospects", "300"});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    const QString key = m_sandbox->apiKey();

    const QJsonArray campaigns
        = HttpProbe::send("GET", m_sandbox->url("/campaigns"), key).json.array();
    for (const QJsonValue &c : campaigns) {
        if (c.toObject().value("status").toString() == u"active")
            m_spareCampaigns << c.toObject().value("id").toString();
    }
    QVERIFY(m_spareCampaigns.size() >= 6);
    m_activeCampaign = m_spareCampaigns.takeFirst();
    m_otherCampaign = m_spareCampaigns.takeFirst();
    for (const QJsonValue &a :
        HttpProbe::send("GET", m_sandbox->url("/agents"), key).json.array()) {
        const QJsonObject agent = a.toObject();
        if (agent.value("status").toString() == u"running"
            && agent.value("alerts").toArray().isEmpty()) {
            m_runningAgent = agent.value("id").toString();
            break;
        }
    }
    QVERIFY(!m_runningAgent.isEmpty());
    m_product = HttpProbe::send("GET", m_sandbox->url("/products"), key)
                    .json.array()
                    .first()
                    .toObject()
                    .value("id")
                    .toString();
    m_prompt = HttpProbe::send("GET", m_sandbox->url("/prompts"), key)
                   .json.array()
                   .first()
                   .toObject()
                   .value("id")
                   .toString();
    m_webhook = HttpProbe::send("GET", m_sandbox->url("/webhooks"), key)
                    .json.array()
                    .first()
                    .toObject()
                    .value("id")
                    .toString();
    m_workspace = HttpProbe::send("GET", m_sandbox->url("/workspaces"), key)
                      .object()
                      .value("workspaces")
                      .toArray()
                      .first()
                      .toObject()
                      .value("id")
                      .toString();
    const HttpReply search
        = HttpProbe::send("GET", m_sandbox->url("/prospects/search?limit=5"), key);
    QCOMPARE(search.status, 200);
    m_chat = search.object().value("prospects").toArray().first().toObject().value("id").toString();
    QVERIFY(!m_chat.isEmpty());
    // Prospects whose conversations are over (6 Unqualified) can be deleted.
    const HttpReply finished
        = HttpProbe::send("GET", m_sandbox->url("/prospects/search?status=6&limit=20"), key);
    for (const QJsonValue &item : finished.object().value("prospects").toArray())
        m_deletableProspects << item.toObject().value("prospect").toObject().value("id").toString();
    QVERIFY(!m_deletableProspects.isEmpty());
}

void tst_SandboxOpenapi::checkerCatchesMismatches_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("string ok") << QByteArray(R"({"type":"string"})") << QByteArray(R"("a")")
                               << true;
    QTest::newRow("string vs number")
        << QByteArray(R"({"type":"string"})") << QByteArray("1") << false;
    QTest::newRow("integer ok") << QByteArray(R"({"type":"integer"})") << QByteArray("3") << true;
    QTest::newRow("integer vs fraction")
        << QByteArray(R"({"type":"integer"})") << QByteArray("3.5") << false;
    QTest::newRow("number ok") << QByteArray(R"({"type":"number"})") << QByteArray("3.5") << true;
    QTest::newRow("null vs string")
        << QByteArray(R"({"type":"string"})") << QByteArray("null") << false;
    QTest::newRow("nullable") << QByteArray(R"({"type":"number","nullable":true})")
                              << QByteArray("null") << true;
    QTest::newRow("type array") << QByteArray(R"({"type":["string","null"]})") << QByteArray("null")
                                << true;
    QTest::newRow("type array miss")
        << QByteArray(R"({"type":["string","null"]})") << QByteArray("true") << false;
    QTest::newRow("enum ok") << QByteArray(R"({"enum":["a","b"]})") << QByteArray(R"("b")") << true;
    QTest::newRow("enum miss") << QByteArray(R"({"enum":["a","b"]})") << QByteArray(R"("c")")
                               << false;
    QTest::newRow("required") << QByteArray(R"({"type":"object","required":["id"]})")
                              << QByteArray("{}") << false;
    QTest::newRow("property type")
        << QByteArray(R"({"type":"object","properties":{"n":{"type":"integer"}}})")
        << QByteArray(R"({"n":"1"})") << false;
    QTest::newRow("extra keys allowed")
        << QByteArray(R"({"type":"object","additionalProperties":false,"properties":{}})")
        << QByteArray(R"({"x":1})") << true;
    QTest::newRow("items") << QByteArray(R"({"type":"array","items":{"type":"string"}})")
                           << QByteArray(R"(["a",2])") << false;
    QTest::newRow("ref") << QByteArray(R"({"$ref":"#/components/schemas/Model"})")
                         << QByteArray(R"({"status":"gone"})") << false;
    QTest::newRow("ref ok") << QByteArray(R"({"$ref":"#/components/schemas/Model"})")
                            << QByteArray(
                                   R"({"id":"x","pricing":{"cached":null},"status":"active"})")
                            << true;
    QTest::newRow("allOf") << QByteArray(R"({"allOf":[{"required":["a"]},{"required":["b"]}]})")
                           << QByteArray(R"({"a":1})") << false;
    QTest::newRow("anyOf") << QByteArray(R"({"anyOf":[{"type":"string"},{"type":"integer"}]})")
                           << QByteArray("2") << true;
    QTest::newRow("anyOf miss") << QByteArray(R"({"anyOf":[{"type":"string"},{"type":"integer"}]})")
                                << QByteArray("[]") << false;
    QTest::newRow("oneOf twice") << QByteArray(
        R"({"oneOf":[{"type":"integer"},{"type":"number"}]})")
                                 << QByteArray("2") << false;
}

void tst_SandboxOpenapi::checkerCatchesMismatches()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    const QJsonObject s = QJsonDocument::fromJson(schema).object();
    const QJsonValue v = QJsonDocument::fromJson("[" + value + "]").array().first();
    const QStringList problems = m_schema->validate(v, s);
    QCOMPARE(problems.isEmpty(), valid);
}

void tst_SandboxOpenapi::everyOperationIsListed()
{
    // The contract counts 57 operations in the published description.
    QCOMPARE(m_operations.size(), 57);
}

void tst_SandboxOpenapi::operation_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_operations.size(); ++i) {
        const Operation &op = m_operations.at(i);
        QTest::newRow(qPrintable(QString::fromLatin1(op.method) + u' ' + op.path)) << int(i);
    }
}

QJsonValue tst_SandboxOpenapi::exampleFor(const QJsonObject &schemaIn, int depth) const
{
    QJsonObject schema = schemaIn;
    if (depth > 20)
        return {};
    if (schema.contains("$ref"))
        schema = m_schema->resolve(schema.value("$ref").toString());
    if (schema.contains("example"))
        return schema.value("example");
    if (schema.contains("allOf")) {
        QJsonObject merged;
        for (const QJsonValue &sub : schema.value("allOf").toArray()) {
            const QJsonObject part = exampleFor(sub.toObject(), depth + 1).toObject();
            for (auto it = part.begin(); it != part.end(); ++it)
                merged.insert(it.key(), it.value());
        }
        return merged;
    }
    const QString type = schema.value("type").toString();
    if (type == u"object" || schema.contains("properties")) {
        QJsonObject out;
        const QJsonArray required = schema.value("required").toArray();
        const QJsonObject properties = schema.value("properties").toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            QJsonObject prop = it.value().toObject();
            if (prop.contains("$ref"))
                prop = m_schema->resolve(prop.value("$ref").toString());
            if (prop.contains("example") || required.contains(it.key()))
                out.insert(it.key(), exampleFor(prop, depth + 1));
        }
        return out;
    }
    if (type == u"array")
        return QJsonArray {exampleFor(schema.value("items").toObject(), depth + 1)};
    if (schema.contains("enum"))
        return schema.value("enum").toArray().first();
    if (type == u"integer" || type == u"number")
        return schema.value("minimum").toDouble(1);
    if (type == u"boolean")
        return false;
    return QStringLiteral("example");
}

// Documented examples name ids that only exist in the documentation; use the seeded team's.
QJsonValue tst_SandboxOpenapi::substitute(const QString &key, const QJsonValue &value) const
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = substitute(it.key(), it.value());
        return o;
    }
    if (key == u"campaignIds")
        return QJsonArray {m_spareCampaigns.value(0), m_spareCampaigns.value(1)};
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = substitute(QString(), a.at(i));
        return a;
    }
    if (key == u"campaignId") {
        if (m_currentPath == u"/prospects/batch")
            return m_spareCampaigns.value(2);
        if (m_currentPath == u"/prospects/sales-navigator")
            return m_spareCampaigns.value(3);
        return m_activeCampaign;
    }
    if (key == u"agentId")
        return m_runningAgent;
    if (key == u"productId")
        return m_product;
    if (key == u"promptId")
        return m_prompt;
    return value;
}

QJsonObject tst_SandboxOpenapi::firstObject(const QString &path)
{
    const HttpReply r = HttpProbe::send("GET", m_sandbox->url(path), m_sandbox->apiKey());
    if (r.json.isArray())
        return r.json.array().first().toObject();
    return r.object();
}

QString tst_SandboxOpenapi::pathFor(const Operation &op)
{
    QString path = op.path;
    const bool isDelete = op.method == "DELETE";
    auto put = [&path](const char *param, const QString &value) {
        path.replace(QLatin1Char('{') + QLatin1String(param) + QLatin1Char('}'),
            QString::fromUtf8(QUrl::toPercentEncoding(value)));
    };
    if (path.startsWith(u"/campaigns/"))
        put("id", isDelete ? m_createdCampaign : m_activeCampaign);
    if (path.startsWith(u"/agents/"))
        put("id", path.endsWith(u"/setup") ? m_createdAgent : m_runningAgent);
    if (path.startsWith(u"/webhooks/{webhookId}"))
        put("webhookId", isDelete ? m_createdWebhook : m_webhook);
    if (path.startsWith(u"/workspaces/"))
        put("id", path == u"/workspaces/{id}" ? m_createdWorkspace : m_workspace);
    put("agentId", m_runningAgent);
    put("campaignId", m_activeCampaign);
    put("chatId", m_chat);
    put("listId", m_listId);
    if (path.contains(u"{prospectId}") && !m_deletableProspects.isEmpty())
        put("prospectId", m_deletableProspects.takeFirst());
    if (path.contains(u"/dnc/{id}"))
        put("id",
            firstObject(QStringLiteral("/dnc"))
                .value("data")
                .toObject()
                .value("entries")
                .toArray()
                .first()
                .toObject()
                .value("$id")
                .toString());
    // Path parameters with documented examples (models, webhook test example).
    for (const QJsonValue &p : op.spec.value("parameters").toArray()) {
        const QJsonObject param = p.toObject();
        const QString name = param.value("name").toString();
        const QJsonValue example = param.contains("example")
            ? param.value("example")
            : param.value("schema").toObject().value("example");
        if (param.value("in").toString() == u"path" && path.contains(u'{' + name + u'}'))
            path.replace(u'{' + name + u'}', example.toVariant().toString());
    }
    // Required query parameters with their examples.
    QUrlQuery query;
    for (const QJsonValue &p : op.spec.value("parameters").toArray()) {
        const QJsonObject param = p.toObject();
        if (param.value("in").toString() == u"query" && param.value("required").toBool()) {
            const QJsonValue example = param.contains("example")
                ? param.value("example")
                : param.value("schema").toObject().value("example");
            query.addQueryItem(param.value("name").toString(), example.toVariant().toString());
        }
    }
    if (!query.isEmpty())
        path += u'?' + query.toString(QUrl::FullyEncoded);
    return path;
}

void tst_SandboxOpenapi::prepareFor(const Operation &op)
{
    const QString key = m_sandbox->apiKey();
    // Deleting a campaign is refused while it runs: pause the one the create step made.
    if (op.method == "DELETE" && op.path == u"/campaigns/{id}")
        HttpProbe::send("POST", m_sandbox->url("/campaigns/" + m_createdCampaign + "/pause"), key);
}

void tst_SandboxOpenapi::operation()
{
    QFETCH(int, index);
    const Operation op = m_operations.at(index);
    m_currentPath = op.path;
    prepareFor(op);

    QByteArray body;
    const QJsonObject requestSchema = op.spec.value("requestBody")
                                          .toObject()
                                          .value("content")
                                          .toObject()
                                          .value("application/json")
                                          .toObject()
                                          .value("schema")
                                          .toObject();
    if (!requestSchema.isEmpty()) {
        const QJsonValue example = substitute(QString(), exampleFor(requestSchema));
        body = example.isArray() ? QJsonDocument(example.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(example.toObject()).toJson(QJsonDocument::Compact);
    }
    const QString path = pathFor(op);
    QVERIFY2(!path.contains(u'{'), qPrintable("unresolved path parameter in " + path));
    const HttpReply r = HttpProbe::send(op.method, m_sandbox->url(path), m_sandbox->apiKey(), body);

    // The success answer documented for the operation (lowest 2xx).
    const QJsonObject responses = op.spec.value("responses").toObject();
    int expected = 0;
    for (auto it = responses.begin(); it != responses.end(); ++it) {
        const int code = it.key().toInt();
        if (code >= 200 && code < 300 && (expected == 0 || code < expected))
            expected = code;
    }
    QVERIFY(expected != 0);
    const QString context = QStringLiteral("%1 %2 body %3 → %4 %5")
                                .arg(QString::fromLatin1(op.method), path, QString::fromUtf8(body))
                                .arg(r.status)
                                .arg(QString::fromUtf8(r.body.left(600)));
    QVERIFY2(r.status == expected, qPrintable(context));
    QVERIFY2(r.jsonValid, qPrintable(context));
    const QJsonObject schema = responses.value(QString::number(expected))
                                   .toObject()
                                   .value("content")
                                   .toObject()
                                   .value("application/json")
                                   .toObject()
                                   .value("schema")
                                   .toObject();
    const QJsonValue value
        = r.json.isArray() ? QJsonValue(r.json.array()) : QJsonValue(r.json.object());
    const QStringList problems = m_schema->validate(value, schema);
    QVERIFY2(problems.isEmpty(), qPrintable(context + "\n  " + problems.join("\n  ")));
    m_checked << QString::fromLatin1(op.method) + u' ' + op.path;

    // Remember what the create phase made, for the operations that follow.
    const QJsonObject o = r.object();
    if (op.method == "POST") {
        if (op.path == u"/campaigns")
            m_createdCampaign = o.value("id").toString();
        else if (op.path == u"/agents")
            m_createdAgent = o.value("id").toString();
        else if (op.path == u"/webhooks")
            m_createdWebhook = o.value("id").toString();
        else if (op.path == u"/workspaces")
            m_createdWorkspace = o.value("id").toString();
        else if (op.path == u"/prospects")
            m_listId = o.value("listId").toString();
    }
}

void tst_SandboxOpenapi::cleanupTestCase()
{
    // Every operation was exercised (none skipped by an early failure).
    if (m_operations.size() == 57)
        QCOMPARE(m_checked.size(), m_operations.size());
}

QTEST_GUILESS_MAIN(tst_SandboxOpenapi)
#include "tst_sandbox_openapi.moc"
