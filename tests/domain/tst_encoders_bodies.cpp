// Request encoders: the bodies and queries they build from valid input (only the fields that are
// set, normalised URLs and countries), the API key format, and messages that never echo a secret.
// The validation table is tst_encoders_validation's.
#include "EncoderFixtures.h"
#include "models/domain/Agent.h"
#include "models/domain/Campaign.h"
#include "models/domain/DncEntry.h"
#include "models/domain/FormCheck.h"
#include "models/domain/Product.h"
#include "models/domain/Prompt.h"
#include "models/domain/ProspectRequests.h"
#include "models/domain/Webhook.h"
#include "models/domain/Workspace.h"

#include <QJsonArray>
#include <QTest>
#include <functional>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_EncodersBodies : public QObject
{
    Q_OBJECT

private slots:
    void campaignBody();
    void campaignUpdateOnlySetFields();
    void prospectBodies();
    void agentUpdateBody();
    void queries();
    void dncNormalisation_data();
    void dncNormalisation();
    void apiKeyFormat_data();
    void apiKeyFormat();
    void messagesNeverEchoSecrets();
};

void tst_EncodersBodies::campaignBody()
{
    const Encoded e = validCampaign().encode();
    QVERIFY(e.ok());
    QCOMPARE(e.body.value("name").toString(), QStringLiteral("Q2 Sales Outreach"));
    QCOMPARE(e.body.value("qualificationAutomatic").toInt(), 70);
    QCOMPARE(e.body.value("qualificationVerification").toInt(), 50);
    QCOMPARE(e.body.value("preventAutoStart").toBool(), false);
    QCOMPARE(e.body.value("variables").toObject().value("painPoint").toString(),
        QStringLiteral("low response rates"));
}

void tst_EncodersBodies::campaignUpdateOnlySetFields()
{
    CampaignUpdate u;
    u.qualificationAutomatic = 80;
    const Encoded e = u.encode();
    QVERIFY(e.ok());
    QCOMPARE(e.body.keys(), QStringList {"qualificationAutomatic"});
    QCOMPARE(
        CampaignUpdate {}.encode().errors.first().message, QStringLiteral("nothing to change"));
}

void tst_EncodersBodies::prospectBodies()
{
    ProspectInput p = person(1);
    p.customData = "Met at SaaStr";
    p.ongoing = true;
    const Encoded single = ProspectCreate {"campaign_1", p}.encode();
    QCOMPARE(single.body.value("campaignId").toString(), QStringLiteral("campaign_1"));
    QCOMPARE(single.body.value("customData").toString(), QStringLiteral("Met at SaaStr"));
    QCOMPARE(single.body.value("ongoing").toBool(), true);
    QVERIFY(!single.body.contains("additionalFields"));
    p.additionalFields = {{"company", "Acme Inc"}};
    const QJsonObject legacy = p.toJson();
    QCOMPARE(legacy.value("additionalFields")
                 .toArray()
                 .first()
                 .toObject()
                 .value("fieldValue")
                 .toString(),
        QStringLiteral("Acme Inc"));
    const Encoded rr = RoundRobinBatch {{"a", " b ", "a"}, {person(0), person(1)}}.encode();
    QVERIFY(rr.ok());
    QCOMPARE(rr.body.value("campaignIds").toArray().size(), 2);
    QCOMPARE(rr.body.value("prospects").toArray().size(), 2);
    const Encoded bulk = BulkDelete {{"p1", "p2"}, "campaign_abc"}.encode();
    QCOMPARE(bulk.body.value("campaignId").toString(), QStringLiteral("campaign_abc"));
}

void tst_EncodersBodies::agentUpdateBody()
{
    AgentUpdate u;
    u.workingHours = WorkingHours {"1:1:1:1:1:0:0", "09:00", "17:00", 3};
    u.settings = {{"invitationsOnly", true}};
    const Encoded e = u.encode();
    QVERIFY(e.ok());
    const QJsonObject wh = e.body.value("workingHours").toObject();
    QCOMPARE(wh.value("stop").toString(), QStringLiteral("17:00"));
    QVERIFY(!wh.contains("timezone")); // not settable through the API
    QVERIFY(!e.body.contains("limits"));
    QCOMPARE(e.body.value("settings").toArray().first().toObject().value("value").toBool(), true);
}

void tst_EncodersBodies::queries()
{
    ProspectSearchQuery q;
    q.query = "R&D + sales #1";
    q.qualification = "pending";
    q.hasResponded = true;
    q.status = 4;
    q.limit = 100;
    q.offset = 200;
    const EncodedQuery e = q.encode();
    QVERIFY(e.ok());
    QCOMPARE(e.query.queryItemValue("query", QUrl::FullyDecoded), QStringLiteral("R&D + sales #1"));
    QCOMPARE(e.query.queryItemValue("hasResponded"), QStringLiteral("true"));
    QCOMPARE(e.query.queryItemValue("status"), QStringLiteral("4"));
    QCOMPARE(e.query.queryItemValue("limit"), QStringLiteral("100"));
    QCOMPARE(e.query.queryItemValue("offset"), QStringLiteral("200"));
    QVERIFY(!e.query.hasQueryItem("city"));
    QUrl url("http://127.0.0.1/v1/prospects/search");
    url.setQuery(e.query);
    QVERIFY(url.toString(QUrl::FullyEncoded).contains("query=R%26D%20%2B%20sales%20%231"));

    CampaignProspectQuery c;
    c.cursor = "abc/def";
    c.offset = 50;
    const EncodedQuery ce = c.encode();
    QVERIFY(ce.ok());
    QVERIFY(!ce.query.hasQueryItem("offset")); // ignored by the server when a cursor is sent
    QCOMPARE(ce.query.queryItemValue("cursor", QUrl::FullyDecoded), QStringLiteral("abc/def"));
    QCOMPARE(ce.query.queryItemValue("limit"), QStringLiteral("25"));

    const EncodedQuery check = DncUrl {"https://www.linkedin.com/in/john-smith/"}.encodeQuery();
    QCOMPARE(check.query.queryItemValue("url", QUrl::FullyDecoded),
        QStringLiteral("https://www.linkedin.com/in/john-smith/"));
}

void tst_EncodersBodies::dncNormalisation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("https") << "https://linkedin.com/in/username"
                           << "https://linkedin.com/in/username";
    QTest::newRow("www slash") << "https://www.linkedin.com/in/username/"
                               << "https://linkedin.com/in/username";
    QTest::newRow("no scheme") << "linkedin.com/in/username"
                               << "https://linkedin.com/in/username";
    QTest::newRow("short") << "in/username"
                           << "https://linkedin.com/in/username";
    QTest::newRow("upper") << "LINKEDIN.COM/IN/JOHN"
                           << "https://linkedin.com/in/john";
    QTest::newRow("query dropped") << "https://www.linkedin.com/in/jo?trk=x"
                                   << "https://linkedin.com/in/jo";
    QTest::newRow("http") << "http://linkedin.com/in/a"
                          << "https://linkedin.com/in/a";
    QTest::newRow("company") << "https://linkedin.com/company/acme"
                             << "";
    QTest::newRow("other host") << "https://evil.com/in/john"
                                << "";
    QTest::newRow("empty") << ""
                           << "";
}

void tst_EncodersBodies::dncNormalisation()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QCOMPARE(normalizeLinkedInUrl(input), canonical);
}

void tst_EncodersBodies::apiKeyFormat_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("ok");
    QTest::newRow("40 alnum") << "abcdefghij1234567890ABCDEFGHIJ1234567890" << true;
    QTest::newRow("39") << QString(39, 'a') << false;
    QTest::newRow("41") << QString(41, 'a') << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("space inside") << QString(20, 'a') + " " + QString(19, 'b') << false;
    QTest::newRow("newline") << QString(39, 'a') + "\n" << false;
}

void tst_EncodersBodies::apiKeyFormat()
{
    QFETCH(QString, key);
    QFETCH(bool, ok);
    const FieldErrors errors = validateApiKeyFormat(key);
    QCOMPARE(errors.isEmpty(), ok);
    for (const FieldError &e : errors)
        QVERIFY(!e.message.contains(key) || key.isEmpty());
}

void tst_EncodersBodies::messagesNeverEchoSecrets()
{
    const QString password = "hunter";
    const Encoded setup = AgentSetup {"bad", "hunt", "US"}.encode();
    for (const FieldError &e : setup.errors)
        QVERIFY(!e.message.contains("hunt"));
    const AgentSetup ok {"a@b.co", password, "us"};
    QCOMPARE(ok.encode().body.value("country").toString(), QStringLiteral("US"));
}

QTEST_GUILESS_MAIN(tst_EncodersBodies)
#include "tst_encoders_bodies.moc"
