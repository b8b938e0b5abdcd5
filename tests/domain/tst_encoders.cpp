// Request encoders and their client-side validation: each table row breaks one documented
// constraint of the contract and expects exactly the field error that names it (or none).
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

namespace {
QString fields(const FieldErrors &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field.isEmpty() ? QStringLiteral("(body)") : e.field);
    return out.join(QLatin1Char(','));
}

ProspectInput person(int i)
{
    return {QStringLiteral("Person %1").arg(i),
        QStringLiteral("https://linkedin.com/in/p%1").arg(i), {}, std::nullopt, {}};
}

CampaignCreate validCampaign()
{
    CampaignCreate c;
    c.name = "Q2 Sales Outreach";
    c.productId = "prod_123456789";
    c.promptId = "prompt_987654321";
    c.agentId = "agent_abcdef123456";
    c.variables = {{"companyValue", "Our platform"}, {"painPoint", "low response rates"}};
    return c;
}
} // namespace

Q_DECLARE_METATYPE(std::function<FieldErrors()>)

class TestEncoders : public QObject
{
    Q_OBJECT

private slots:
    void validation_data();
    void validation()
    {
        QFETCH(std::function<FieldErrors()>, check);
        QFETCH(QString, expectedFields);
        const FieldErrors errors = check();
        QCOMPARE(fields(errors), expectedFields);
        for (const FieldError &e : errors)
            QVERIFY(!e.message.isEmpty());
    }

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

void TestEncoders::validation_data()
{
    QTest::addColumn<std::function<FieldErrors()>>("check");
    QTest::addColumn<QString>("expectedFields");
    auto row = [](const char *name, std::function<FieldErrors()> fn, const char *expected) {
        QTest::newRow(name) << fn << QString::fromLatin1(expected);
    };

    // Campaigns
    row(
        "campaign ok", [] { return validCampaign().encode().errors; }, "");
    row(
        "campaign name 2 chars",
        [] {
            auto c = validCampaign();
            c.name = "Q2";
            return c.encode().errors;
        },
        "name");
    row(
        "campaign name 3 chars",
        [] {
            auto c = validCampaign();
            c.name = "Q23";
            return c.encode().errors;
        },
        "");
    row(
        "campaign name 101 chars",
        [] {
            auto c = validCampaign();
            c.name = QString(101, 'x');
            return c.encode().errors;
        },
        "name");
    row(
        "campaign name 100 chars",
        [] {
            auto c = validCampaign();
            c.name = QString(100, 'x');
            return c.encode().errors;
        },
        "");
    row(
        "campaign missing ids",
        [] {
            auto c = validCampaign();
            c.productId.clear();
            c.promptId.clear();
            c.agentId = "  ";
            return c.encode().errors;
        },
        "productId,promptId,agentId");
    row(
        "campaign threshold 101",
        [] {
            auto c = validCampaign();
            c.qualificationAutomatic = 101;
            return c.encode().errors;
        },
        "qualificationAutomatic");
    row(
        "campaign threshold -1",
        [] {
            auto c = validCampaign();
            c.qualificationVerification = -1;
            return c.encode().errors;
        },
        "qualificationVerification");
    row(
        "campaign thresholds edges",
        [] {
            auto c = validCampaign();
            c.qualificationAutomatic = 100;
            c.qualificationVerification = 0;
            return c.encode().errors;
        },
        "");
    row(
        "campaign variable key",
        [] {
            auto c = validCampaign();
            c.variables.insert("pain point", "x");
            return c.encode().errors;
        },
        "variables.pain point");
    row(
        "campaign variable too long",
        [] {
            auto c = validCampaign();
            c.variables.insert("goal", QString(3001, 'x'));
            return c.encode().errors;
        },
        "variables.goal");
    row(
        "campaign update empty", [] { return CampaignUpdate {}.encode().errors; }, "(body)");
    row(
        "campaign update name short",
        [] {
            CampaignUpdate u;
            u.name = "ab";
            return u.encode().errors;
        },
        "name");
    row(
        "campaign update threshold",
        [] {
            CampaignUpdate u;
            u.qualificationAutomatic = 150;
            return u.encode().errors;
        },
        "qualificationAutomatic");

    // Prospects
    row(
        "prospect ok",
        [] {
            return ProspectCreate {"campaign_1", person(1)}.encode().errors;
        },
        "");
    row(
        "prospect no campaign",
        [] {
            return ProspectCreate {"", person(1)}.encode().errors;
        },
        "campaignId");
    row(
        "prospect bad url",
        [] {
            auto p = person(1);
            p.url = "https://example.com/john";
            return ProspectCreate {"c", p}.encode().errors;
        },
        "url");
    row(
        "prospect url without scheme",
        [] {
            auto p = person(1);
            p.url = "www.linkedin.com/in/john/";
            return ProspectCreate {"c", p}.encode().errors;
        },
        "");
    row(
        "prospect company url",
        [] {
            auto p = person(1);
            p.url = "https://www.linkedin.com/company/acme";
            return ProspectCreate {"c", p}.encode().errors;
        },
        "url");
    row(
        "prospect empty name",
        [] {
            auto p = person(1);
            p.name = "  ";
            return ProspectCreate {"c", p}.encode().errors;
        },
        "name");
    row(
        "prospect customData 3000",
        [] {
            auto p = person(1);
            p.customData = QString(3000, 'x');
            return ProspectCreate {"c", p}.encode().errors;
        },
        "");
    row(
        "prospect customData 3001",
        [] {
            auto p = person(1);
            p.customData = QString(3001, 'x');
            return ProspectCreate {"c", p}.encode().errors;
        },
        "customData");
    row(
        "prospect legacy field no name",
        [] {
            auto p = person(1);
            p.additionalFields = {{"", "Acme"}};
            return ProspectCreate {"c", p}.encode().errors;
        },
        "additionalFields[0].fieldName");
    row(
        "batch 100",
        [] {
            ProspectBatch b {"c", {}};
            for (int i = 0; i < 100; ++i)
                b.prospects.append(person(i));
            return b.encode().errors;
        },
        "");
    row(
        "batch 101",
        [] {
            ProspectBatch b {"c", {}};
            for (int i = 0; i < 101; ++i)
                b.prospects.append(person(i));
            return b.encode().errors;
        },
        "prospects");
    row(
        "batch empty",
        [] {
            return ProspectBatch {"c", {}}.encode().errors;
        },
        "prospects");
    row(
        "batch 4th item bad url",
        [] {
            ProspectBatch b {"c", {person(0), person(1), person(2), person(3)}};
            b.prospects[3].url = "not a url";
            return b.encode().errors;
        },
        "prospects[3].url");
    row(
        "batch duplicate url",
        [] {
            ProspectBatch b {"c", {person(0), person(0)}};
            return b.encode().errors;
        },
        "prospects[1].url");
    row(
        "round-robin ok",
        [] {
            return RoundRobinBatch {{"a", "b"}, {person(0)}}.encode().errors;
        },
        "");
    row(
        "round-robin one campaign",
        [] {
            return RoundRobinBatch {{"a"}, {person(0)}}.encode().errors;
        },
        "campaignIds");
    row(
        "round-robin same campaign twice",
        [] {
            return RoundRobinBatch {{"a", "a"}, {person(0)}}.encode().errors;
        },
        "campaignIds");
    row(
        "round-robin no prospects",
        [] {
            return RoundRobinBatch {{"a", "b"}, {}}.encode().errors;
        },
        "prospects");
    row(
        "salesnav ok",
        [] {
            return SalesNavigatorImport {
                "c", "https://www.linkedin.com/sales/search/people?query=(keywords%3Acto)", 250, {}}
                .encode()
                .errors;
        },
        "");
    row(
        "salesnav count 300",
        [] {
            return SalesNavigatorImport {
                "c", "https://www.linkedin.com/sales/search/people?query=x", 300, {}}
                .encode()
                .errors;
        },
        "requestedCount");
    row(
        "salesnav lead list url",
        [] {
            return SalesNavigatorImport {
                "c", "https://www.linkedin.com/sales/lists/people/123", 100, {}}
                .encode()
                .errors;
        },
        "searchUrl");
    row(
        "salesnav http",
        [] {
            return SalesNavigatorImport {
                "c", "http://www.linkedin.com/sales/search/people?query=x", 100, {}}
                .encode()
                .errors;
        },
        "searchUrl");
    row(
        "salesnav no query",
        [] {
            return SalesNavigatorImport {
                "c", "https://www.linkedin.com/sales/search/people", 100, {}}
                .encode()
                .errors;
        },
        "searchUrl");
    row(
        "salesnav url 20001",
        [] {
            return SalesNavigatorImport {"c",
                "https://www.linkedin.com/sales/search/people?query=" + QString(20000, 'x'), 500,
                {}}
                .encode()
                .errors;
        },
        "searchUrl");
    row(
        "salesnav name 121",
        [] {
            return SalesNavigatorImport {
                "c", "https://www.linkedin.com/sales/search/people?query=x", 500, QString(121, 'n')}
                .encode()
                .errors;
        },
        "name");
    row(
        "custom data 3001", [] { return CustomDataUpdate {QString(3001, 'x')}.encode().errors; },
        "customData");
    row(
        "custom data clear", [] { return CustomDataUpdate {""}.encode().errors; }, "");
    row(
        "bulk delete 0",
        [] {
            return BulkDelete {{}, {}}.encode().errors;
        },
        "prospectIds");
    row(
        "bulk delete 101",
        [] {
            BulkDelete b;
            for (int i = 0; i < 101; ++i)
                b.prospectIds.append(QString::number(i));
            return b.encode().errors;
        },
        "prospectIds");
    row(
        "bulk delete blank id",
        [] {
            return BulkDelete {{"a", ""}, {}}.encode().errors;
        },
        "prospectIds[1]");
    row(
        "search limit 0",
        [] {
            ProspectSearchQuery q;
            q.limit = 0;
            return q.encode().errors;
        },
        "limit");
    row(
        "search limit 101",
        [] {
            ProspectSearchQuery q;
            q.limit = 101;
            return q.encode().errors;
        },
        "limit");
    row(
        "search qualification object vocab",
        [] {
            ProspectSearchQuery q;
            q.qualification = "inProgress";
            return q.encode().errors;
        },
        "qualification");
    row(
        "search offset negative",
        [] {
            ProspectSearchQuery q;
            q.offset = -1;
            return q.encode().errors;
        },
        "offset");
    row(
        "campaign prospects limit 101",
        [] {
            CampaignProspectQuery q;
            q.limit = 101;
            return q.encode().errors;
        },
        "limit");

    // Agents
    row(
        "agent setup ok",
        [] {
            return AgentSetup {"john.doe@example.com", "secret1", "US"}.encode().errors;
        },
        "");
    row(
        "agent setup bad email",
        [] {
            return AgentSetup {"john.doe", "secret1", "US"}.encode().errors;
        },
        "login");
    row(
        "agent setup short password",
        [] {
            return AgentSetup {"a@b.co", "12345", "US"}.encode().errors;
        },
        "password");
    row(
        "agent setup country",
        [] {
            return AgentSetup {"a@b.co", "123456", "USA"}.encode().errors;
        },
        "country");
    row(
        "agent update empty", [] { return AgentUpdate {}.encode().errors; }, "(body)");
    row(
        "agent hours ok",
        [] {
            AgentUpdate u;
            u.workingHours = WorkingHours {"1:1:1:1:1:0:0", "09:00", "17:00", 0};
            return u.encode().errors;
        },
        "");
    row(
        "agent hours days pattern",
        [] {
            AgentUpdate u;
            u.workingHours = WorkingHours {"1:1:1:1:1:0", "09:00", "17:00", 0};
            return u.encode().errors;
        },
        "workingHours.days");
    row(
        "agent hours no working day",
        [] {
            AgentUpdate u;
            u.workingHours = WorkingHours {"0:0:0:0:0:0:0", "", "", 0};
            return u.encode().errors;
        },
        "workingHours.days");
    row(
        "agent hours 24:00",
        [] {
            AgentUpdate u;
            u.workingHours = WorkingHours {"", "24:00", "9:5", 0};
            return u.encode().errors;
        },
        "workingHours.start,workingHours.stop");
    row(
        "agent hours single-digit hour",
        [] {
            AgentUpdate u;
            u.workingHours = WorkingHours {"", "9:00", "23:59", 0};
            return u.encode().errors;
        },
        "");
    row(
        "agent limits ok",
        [] {
            AgentUpdate u;
            u.limits = AgentLimits {1, 2, 1, 2};
            return u.encode().errors;
        },
        "");
    row(
        "agent limits ranges",
        [] {
            AgentUpdate u;
            u.limits = AgentLimits {0, 101, 501, 1};
            return u.encode().errors;
        },
        "limits.invitationsMin,limits.invitationsMax,limits.messagesMin,limits.messagesMax");
    row(
        "agent limits min above max",
        [] {
            AgentUpdate u;
            u.limits = AgentLimits {50, 20, 10, 400};
            return u.encode().errors;
        },
        "limits.invitationsMin");
    row(
        "agent setting unknown key",
        [] {
            AgentUpdate u;
            u.settings = {{"autoLike", true}};
            return u.encode().errors;
        },
        "settings[0].key");

    // Catalogue
    row(
        "product ok",
        [] {
            return ProductCreate {"CRM", "Our CRM for teams"}.encode().errors;
        },
        "");
    row(
        "product short",
        [] {
            return ProductCreate {"CR", "too short"}.encode().errors;
        },
        "name,description");
    row(
        "prompt ok",
        [] {
            return PromptCreate {"Sales Outreach", "680321c8001e2f527d82", "Messages"}
                .encode()
                .errors;
        },
        "");
    row(
        "prompt type legacy",
        [] {
            return PromptCreate {"Sales Outreach", "m", "message"}.encode().errors;
        },
        "type");
    row(
        "prompt no model",
        [] {
            return PromptCreate {"Sales", "", "Comment"}.encode().errors;
        },
        "model");
    row(
        "prompt update 4 follow-ups",
        [] {
            PromptUpdate u;
            u.followUps = QList<FollowUp> {{"a", 1}, {"b", 2}, {"c", 3}, {"d", 4}};
            return u.encode().errors;
        },
        "followUps");
    row(
        "prompt update delay 31",
        [] {
            PromptUpdate u;
            u.followUps = QList<FollowUp> {{"a", 31}};
            return u.encode().errors;
        },
        "followUps[0].delay");
    row(
        "prompt update clear follow-ups",
        [] {
            PromptUpdate u;
            u.followUps = QList<FollowUp> {};
            return u.encode().errors;
        },
        "");
    row(
        "prompt update comment and sections",
        [] {
            PromptUpdate u;
            u.comment = "c";
            u.context = "x";
            return u.encode().errors;
        },
        "comment");

    // Webhooks
    row(
        "webhook ok",
        [] {
            return WebhookCreate {
                "CRM", "https://your-app.com/kakiyo/webhook", "", {"linkedin.message.received"}}
                .encode()
                .errors;
        },
        "");
    row(
        "webhook no events",
        [] {
            return WebhookCreate {"CRM", "https://x.example/h", "", {}}.encode().errors;
        },
        "events");
    row(
        "webhook legacy event",
        [] {
            return WebhookCreate {"CRM", "https://x.example/h", "", {"*", "prospect.qualified"}}
                .encode()
                .errors;
        },
        "events[1]");
    row(
        "webhook url shape",
        [] {
            return WebhookCreate {"CRM", "ftp://x.example/h", "", {"*"}}.encode().errors;
        },
        "url");
    row(
        "webhook url relative",
        [] {
            return WebhookCreate {"", "/hook", "", {"*"}}.encode().errors;
        },
        "name,url");
    row(
        "webhook update empty", [] { return WebhookUpdate {}.encode().errors; }, "(body)");
    row(
        "webhook update active only",
        [] {
            WebhookUpdate u;
            u.active = true;
            return u.encode().errors;
        },
        "");
    row(
        "webhook test wildcard",
        [] {
            return WebhookTest {"*", {}}.encode().errors;
        },
        "event");
    row(
        "webhook test ok",
        [] {
            return WebhookTest {"prospect.unqualified", {}}.encode().errors;
        },
        "");

    // DNC
    row(
        "dnc add ok", [] { return DncUrl {"LINKEDIN.COM/IN/JOHN"}.encode().errors; }, "");
    row(
        "dnc add short form", [] { return DncUrl {"in/john"}.encode().errors; }, "");
    row(
        "dnc add empty", [] { return DncUrl {""}.encode().errors; }, "url");
    row(
        "dnc add not linkedin", [] { return DncUrl {"https://twitter.com/john"}.encode().errors; },
        "url");
    row(
        "dnc check bad", [] { return DncUrl {"john"}.encodeQuery().errors; }, "url");
    row(
        "dnc batch empty", [] { return DncBatch {{}}.encode().errors; }, "entries");
    row(
        "dnc batch blank",
        [] {
            return DncBatch {{"in/a", " "}}.encode().errors;
        },
        "entries[1].url");
    row(
        "dnc list limit 1000",
        [] {
            return DncListQuery {1000, 0}.encode().errors;
        },
        "");
    row(
        "dnc list limit 1001",
        [] {
            return DncListQuery {1001, 0}.encode().errors;
        },
        "limit");

    // Workspaces
    row(
        "workspace ok", [] { return WorkspaceCreate {"Acme"}.encode().errors; }, "");
    row(
        "workspace empty", [] { return WorkspaceCreate {" "}.encode().errors; }, "name");
    row(
        "invite ok",
        [] {
            return WorkspaceInvite {"client@example.com", {"member"}, {}}.encode().errors;
        },
        "");
    row(
        "invite bad email and redirect",
        [] {
            return WorkspaceInvite {"client", {"member"}, "not a url"}.encode().errors;
        },
        "email,redirectUrl");
    row(
        "invite no roles",
        [] {
            return WorkspaceInvite {"c@example.com", {}, {}}.encode().errors;
        },
        "roles");
    row(
        "remove client bad email",
        [] { return WorkspaceClientRemoval {"@example.com"}.encode().errors; }, "email");
}

void TestEncoders::campaignBody()
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

void TestEncoders::campaignUpdateOnlySetFields()
{
    CampaignUpdate u;
    u.qualificationAutomatic = 80;
    const Encoded e = u.encode();
    QVERIFY(e.ok());
    QCOMPARE(e.body.keys(), QStringList {"qualificationAutomatic"});
    QCOMPARE(
        CampaignUpdate {}.encode().errors.first().message, QStringLiteral("nothing to change"));
}

void TestEncoders::prospectBodies()
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

void TestEncoders::agentUpdateBody()
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

void TestEncoders::queries()
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

void TestEncoders::dncNormalisation_data()
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

void TestEncoders::dncNormalisation()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QCOMPARE(normalizeLinkedInUrl(input), canonical);
}

void TestEncoders::apiKeyFormat_data()
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

void TestEncoders::apiKeyFormat()
{
    QFETCH(QString, key);
    QFETCH(bool, ok);
    const FieldErrors errors = validateApiKeyFormat(key);
    QCOMPARE(errors.isEmpty(), ok);
    for (const FieldError &e : errors)
        QVERIFY(!e.message.contains(key) || key.isEmpty());
}

void TestEncoders::messagesNeverEchoSecrets()
{
    const QString password = "hunter";
    const Encoded setup = AgentSetup {"bad", "hunt", "US"}.encode();
    for (const FieldError &e : setup.errors)
        QVERIFY(!e.message.contains("hunt"));
    const AgentSetup ok {"a@b.co", password, "us"};
    QCOMPARE(ok.encode().body.value("country").toString(), QStringLiteral("US"));
}

QTEST_GUILESS_MAIN(TestEncoders)
#include "tst_encoders.moc"
