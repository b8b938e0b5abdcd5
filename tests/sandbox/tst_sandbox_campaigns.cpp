// Campaigns over 127.0.0.1 (contract B1-B6): the full list and both paging styles, creation and
// update validation with details[], the pause/resume state machine, and delete (refused while
// active, cascading with a summary otherwise).
#include "common/SandboxProcess.h"

#include <QJsonArray>
#include <QTest>

using namespace kakiyo::test;

class tst_SandboxCampaigns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullList();
    void limitOffsetPages();
    void limitAfterPages();
    void badPaging_data();
    void badPaging();
    void create();
    void createPaused();
    void createValidation_data();
    void createValidation();
    void update();
    void updateValidation_data();
    void updateValidation();
    void pauseResume();
    void completedStaysCompleted();
    void unknownCampaign_data();
    void unknownCampaign();
    void deleteRefusedWhileActive();
    void deleteCascades();

private:
    QStringList ids(const QJsonArray &campaigns) const;
    QString campaignWithStatus(const QString &status);
    QJsonObject validCreateBody() const;
    QString statusOf(const QString &id);
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_product, m_prompt, m_agent;
};

void tst_SandboxCampaigns::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringList {
        "--seed", "31", "--campaigns", "23", "--prospects", "600", "--rate-limit", "100000"});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_product = m_sandbox->call("GET", "/products")
                    .json.array()
                    .first()
                    .toObject()
                    .value("id")
                    .toString();
    m_prompt
        = m_sandbox->call("GET", "/prompts").json.array().first().toObject().value("id").toString();
    m_agent
        = m_sandbox->call("GET", "/agents").json.array().first().toObject().value("id").toString();
    QVERIFY(!m_product.isEmpty() && !m_prompt.isEmpty() && !m_agent.isEmpty());
}

QStringList tst_SandboxCampaigns::ids(const QJsonArray &campaigns) const
{
    QStringList out;
    for (const QJsonValue &c : campaigns)
        out << c.toObject().value("id").toString();
    return out;
}

QString tst_SandboxCampaigns::campaignWithStatus(const QString &status)
{
    for (const QJsonValue &c : m_sandbox->call("GET", "/campaigns").json.array()) {
        if (c.toObject().value("status").toString() == status)
            return c.toObject().value("id").toString();
    }
    return {};
}

QString tst_SandboxCampaigns::statusOf(const QString &id)
{
    for (const QJsonValue &c : m_sandbox->call("GET", "/campaigns").json.array()) {
        if (c.toObject().value("id").toString() == id)
            return c.toObject().value("status").toString();
    }
    return {};
}

QJsonObject tst_SandboxCampaigns::validCreateBody() const
{
    return QJsonObject {{"name", "Q2 Sales Outreach"}, {"productId", m_product},
        {"promptId", m_prompt}, {"agentId", m_agent}};
}

void tst_SandboxCampaigns::fullList()
{
    const HttpReply r = m_sandbox->call("GET", "/campaigns");
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.isArray()); // bare array, no envelope
    const QJsonArray list = r.json.array();
    QCOMPARE(list.size(), 23);
    QSet<QString> statuses;
    QString previous;
    qint64 prospects = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject c = v.toObject();
        statuses.insert(c.value("status").toString());
        QCOMPARE(c.value("id").toString().size(), 20);
        QVERIFY(c.value("name").toString().size() >= 3);
        QVERIFY(!c.value("agent").toString().isEmpty());
        QVERIFY(!c.value("product").toString().isEmpty());
        const QString created = c.value("createdAt").toString();
        QVERIFY(QDateTime::fromString(created, Qt::ISODateWithMs).isValid());
        if (!previous.isEmpty())
            QVERIFY2(created <= previous, "newest first");
        previous = created;
        const QJsonObject stats = c.value("stats").toObject();
        for (const char *k : {"prospects", "prospectsAnswers", "messages", "qualified", "closed"})
            QVERIFY2(stats.value(QLatin1String(k)).isDouble(), k);
        QVERIFY(stats.value("prospectsAnswers").toInt() <= stats.value("prospects").toInt());
        prospects += stats.value("prospects").toInt();
        // Write-only fields stay out of the read shape.
        QVERIFY(!c.contains("promptId"));
    }
    for (const char *s : {"active", "paused", "completed", "draft"})
        QVERIFY2(statuses.contains(QLatin1String(s)), s);
    QVERIFY(prospects > 0); // stats derive from the seeded conversations
}

void tst_SandboxCampaigns::limitOffsetPages()
{
    const QStringList all = ids(m_sandbox->call("GET", "/campaigns").json.array());
    QStringList paged;
    for (int offset = 0;; offset += 5) {
        const HttpReply r
            = m_sandbox->call("GET", QStringLiteral("/campaigns?limit=5&offset=%1").arg(offset));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.isArray());
        const QJsonArray page = r.json.array();
        QVERIFY(page.size() <= 5);
        paged += ids(page);
        if (page.size() < 5)
            break;
    }
    QCOMPARE(paged, all);
    QCOMPARE(m_sandbox->call("GET", "/campaigns?limit=5&offset=100").json.array().size(), 0);
    QCOMPARE(m_sandbox->call("GET", "/campaigns?limit=100").json.array().size(), 23);
}

void tst_SandboxCampaigns::limitAfterPages()
{
    const QStringList all = ids(m_sandbox->call("GET", "/campaigns").json.array());
    QStringList paged;
    QString after;
    for (int guard = 0; guard < 20; ++guard) {
        const QString path = after.isEmpty()
            ? QStringLiteral("/campaigns?limit=4")
            : QStringLiteral("/campaigns?limit=4&after=%1").arg(after);
        const HttpReply r = m_sandbox->call("GET", path);
        QCOMPARE(r.status, 200);
        const QStringList page = ids(r.json.array());
        paged += page;
        if (page.size() < 4)
            break;
        after = page.last();
    }
    QCOMPARE(paged, all);
    // after alone pages with the OpenAPI default of 20.
    QCOMPARE(m_sandbox->call("GET", "/campaigns?after=" + all.first()).json.array().size(), 20);
}

void tst_SandboxCampaigns::badPaging_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("limit 0") << "limit=0"
                             << "limit";
    QTest::newRow("limit 101") << "limit=101"
                               << "limit";
    QTest::newRow("limit text") << "limit=ten"
                                << "limit";
    QTest::newRow("offset negative") << "limit=5&offset=-1"
                                     << "offset";
    QTest::newRow("offset text") << "offset=x"
                                 << "offset";
    QTest::newRow("unknown cursor") << "limit=5&after=nosuchcampaign000000"
                                    << "after";
    QTest::newRow("both styles") << "limit=5&offset=0&after=x"
                                 << "after";
}

void tst_SandboxCampaigns::badPaging()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const HttpReply r = m_sandbox->call("GET", "/campaigns?" + query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("validation_error"));
    QCOMPARE(
        r.object().value("details").toArray().first().toObject().value("field").toString(), field);
}

void tst_SandboxCampaigns::create()
{
    QJsonObject body = validCreateBody();
    body.insert("qualificationAutomatic", 75);
    body.insert("variables", QJsonObject {{"painPoint", "low response rates"}});
    const HttpReply r = m_sandbox->call("POST", "/campaigns", body);
    QCOMPARE(r.status, 201);
    const QJsonObject o = r.object();
    QCOMPARE(o.value("id").toString().size(), 20);
    QCOMPARE(o.value("name").toString(), QStringLiteral("Q2 Sales Outreach"));
    QCOMPARE(o.value("status").toString(), QStringLiteral("active"));
    QCOMPARE(o.value("preventAutoStart").toBool(true), false);
    // It shows up first (newest) with empty stats.
    const QJsonObject listed
        = m_sandbox->call("GET", "/campaigns?limit=1").json.array().first().toObject();
    QCOMPARE(listed.value("id"), o.value("id"));
    QCOMPARE(listed.value("agent").toString(), m_agent);
    QCOMPARE(listed.value("product").toString(), m_product);
    QCOMPARE(listed.value("stats").toObject().value("prospects").toInt(), 0);
}

void tst_SandboxCampaigns::createPaused()
{
    QJsonObject body = validCreateBody();
    body.insert("preventAutoStart", true);
    const HttpReply r = m_sandbox->call("POST", "/campaigns", body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value("status").toString(), QStringLiteral("paused"));
    QCOMPARE(r.object().value("preventAutoStart").toBool(), true);
    const QString id = r.object().value("id").toString();
    QCOMPARE(statusOf(id), QStringLiteral("paused"));
    // Resume starts it (and clears preventAutoStart).
    QCOMPARE(m_sandbox->call("POST", "/campaigns/" + id + "/resume").status, 200);
    QCOMPARE(statusOf(id), QStringLiteral("active"));
}

void tst_SandboxCampaigns::createValidation_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // Undefined = remove the key
    QTest::addColumn<QString>("field");
    const QJsonValue removed(QJsonValue::Undefined);
    QTest::newRow("no name") << "name" << removed << "name";
    QTest::newRow("name too short") << "name" << QJsonValue("ab") << "name";
    QTest::newRow("name too long") << "name" << QJsonValue(QString(101, u'x')) << "name";
    QTest::newRow("name not text") << "name" << QJsonValue(12) << "name";
    QTest::newRow("no productId") << "productId" << removed << "productId";
    QTest::newRow("unknown product") << "productId" << QJsonValue("prod_123456789") << "productId";
    QTest::newRow("unknown prompt") << "promptId" << QJsonValue("prompt_987654321") << "promptId";
    QTest::newRow("unknown agent") << "agentId" << QJsonValue("agent_abcdef123456") << "agentId";
    QTest::newRow("threshold 101")
        << "qualificationAutomatic" << QJsonValue(101) << "qualificationAutomatic";
    QTest::newRow("threshold -1") << "qualificationVerification" << QJsonValue(-1)
                                  << "qualificationVerification";
    QTest::newRow("threshold text")
        << "qualificationAutomatic" << QJsonValue("70") << "qualificationAutomatic";
    QTest::newRow("threshold fraction")
        << "qualificationAutomatic" << QJsonValue(70.5) << "qualificationAutomatic";
    QTest::newRow("verification above automatic")
        << "qualificationVerification" << QJsonValue(90) << "qualificationVerification";
    QTest::newRow("variables not object") << "variables" << QJsonValue("x") << "variables";
    QTest::newRow("variable not text")
        << "variables" << QJsonValue(QJsonObject {{"goal", 3}}) << "variables.goal";
    QTest::newRow("preventAutoStart text")
        << "preventAutoStart" << QJsonValue("yes") << "preventAutoStart";
}

void tst_SandboxCampaigns::createValidation()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject body = validCreateBody();
    if (value.isUndefined())
        body.remove(key);
    else
        body.insert(key, value);
    const int before = m_sandbox->call("GET", "/campaigns").json.array().size();
    const HttpReply r = m_sandbox->call("POST", "/campaigns", body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("validation_error"));
    QStringList fields;
    for (const QJsonValue &d : r.object().value("details").toArray())
        fields << d.toObject().value("field").toString();
    QVERIFY2(fields.contains(field), qPrintable(fields.join(", ")));
    QCOMPARE(m_sandbox->call("GET", "/campaigns").json.array().size(), before);
}

void tst_SandboxCampaigns::update()
{
    const QString id = campaignWithStatus("paused");
    const HttpReply r = m_sandbox->call("PUT", "/campaigns/" + id,
        QJsonObject {{"name", "Updated Campaign Name"}, {"qualificationAutomatic", 80},
            {"qualificationVerification", 60},
            {"variables", QJsonObject {{"benefit", "Updated benefit statement"}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("id").toString(), id);
    QCOMPARE(
        r.object().value("message").toString(), QStringLiteral("Campaign updated successfully"));
    bool found = false;
    for (const QJsonValue &c : m_sandbox->call("GET", "/campaigns").json.array()) {
        if (c.toObject().value("id").toString() == id) {
            found = true;
            QCOMPARE(
                c.toObject().value("name").toString(), QStringLiteral("Updated Campaign Name"));
        }
    }
    QVERIFY(found);
}

void tst_SandboxCampaigns::updateValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty") << QByteArray("{}") << "body";
    QTest::newRow("short name") << QByteArray(R"({"name":"ab"})") << "name";
    QTest::newRow("threshold") << QByteArray(R"({"qualificationAutomatic":150})")
                               << "qualificationAutomatic";
    QTest::newRow("agent cannot change") << QByteArray(R"({"agentId":"x"})") << "agentId";
    QTest::newRow("unknown field") << QByteArray(R"({"colour":"red"})") << "colour";
    QTest::newRow("below verification")
        << QByteArray(R"({"qualificationAutomatic":10,"qualificationVerification":20})")
        << "qualificationVerification";
}

void tst_SandboxCampaigns::updateValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const QString id = campaignWithStatus("active");
    const HttpReply r
        = HttpProbe::send("PUT", m_sandbox->url("/campaigns/" + id), m_sandbox->apiKey(), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("validation_error"));
    QStringList fields;
    for (const QJsonValue &d : r.object().value("details").toArray())
        fields << d.toObject().value("field").toString();
    QVERIFY2(fields.contains(field), qPrintable(fields.join(", ")));
}

void tst_SandboxCampaigns::pauseResume()
{
    const QString id = campaignWithStatus("active");
    HttpReply r = m_sandbox->call("POST", "/campaigns/" + id + "/pause");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("id").toString(), id);
    QCOMPARE(
        r.object().value("message").toString(), QStringLiteral("Campaign paused successfully"));
    QCOMPARE(statusOf(id), QStringLiteral("paused"));
    QCOMPARE(m_sandbox->call("POST", "/campaigns/" + id + "/pause").status, 200); // idempotent
    r = m_sandbox->call("POST", "/campaigns/" + id + "/resume");
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.object().value("message").toString(), QStringLiteral("Campaign resumed successfully"));
    QCOMPARE(statusOf(id), QStringLiteral("active"));
}

void tst_SandboxCampaigns::completedStaysCompleted()
{
    const QString id = campaignWithStatus("completed");
    QVERIFY(!id.isEmpty());
    for (const char *action : {"/pause", "/resume"}) {
        const HttpReply r = m_sandbox->call("POST", "/campaigns/" + id + QLatin1String(action));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_status"));
        QCOMPARE(r.object().value("currentStatus").toString(), QStringLiteral("completed"));
    }
}

void tst_SandboxCampaigns::unknownCampaign_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("put") << QByteArray("PUT") << "";
    QTest::newRow("delete") << QByteArray("DELETE") << "";
    QTest::newRow("pause") << QByteArray("POST") << "/pause";
    QTest::newRow("resume") << QByteArray("POST") << "/resume";
}

void tst_SandboxCampaigns::unknownCampaign()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, suffix);
    const HttpReply r = m_sandbox->call(
        method, "/campaigns/campaign_12345abcde" + suffix, QJsonObject {{"name", "Valid name"}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
    QCOMPARE(r.object().value("message").toString(), QStringLiteral("Campaign not found"));
}

void tst_SandboxCampaigns::deleteRefusedWhileActive()
{
    const QString id = campaignWithStatus("active");
    const HttpReply r = m_sandbox->call("DELETE", "/campaigns/" + id);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("campaign_active"));
    QCOMPARE(r.object().value("message").toString(),
        QStringLiteral("Cannot delete active campaign. Please pause the campaign first."));
    QCOMPARE(statusOf(id), QStringLiteral("active"));
}

void tst_SandboxCampaigns::deleteCascades()
{
    // The paused campaign with the most conversations.
    QString id;
    int prospects = -1;
    QString name;
    for (const QJsonValue &c : m_sandbox->call("GET", "/campaigns").json.array()) {
        const QJsonObject o = c.toObject();
        if (o.value("status").toString() == u"paused"
            && o.value("stats").toObject().value("prospects").toInt() > prospects) {
            id = o.value("id").toString();
            name = o.value("name").toString();
            prospects = o.value("stats").toObject().value("prospects").toInt();
        }
    }
    QVERIFY(prospects > 0);
    const HttpReply r = m_sandbox->call("DELETE", "/campaigns/" + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.object().value("message").toString(), QStringLiteral("Campaign deleted successfully"));
    const QJsonObject summary = r.object().value("deletionSummary").toObject();
    QCOMPARE(summary.value("campaignId").toString(), id);
    QCOMPARE(summary.value("campaignName").toString(), name);
    QCOMPARE(summary.value("deletedItems").toObject().value("chats").toInt(), prospects);
    QVERIFY(summary.value("deletedItems").toObject().value("messages").toInt() >= 0);
    QVERIFY(
        QDateTime::fromString(summary.value("deletedAt").toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(statusOf(id).isEmpty());
    QCOMPARE(m_sandbox->call("DELETE", "/campaigns/" + id).status, 404);
    QCOMPARE(m_sandbox->call("GET", "/campaigns/" + id + "/stats").status, 404);
    const HttpReply search = m_sandbox->call("GET", "/prospects/search?campaignId=" + id);
    QVERIFY(search.status == 200 || search.status == 404);
    if (search.status == 200)
        QCOMPARE(search.object().value("prospects").toArray().size(), 0);
}

QTEST_GUILESS_MAIN(tst_SandboxCampaigns)
#include "tst_sandbox_campaigns.moc"
