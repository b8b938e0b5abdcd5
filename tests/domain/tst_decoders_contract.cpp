// Decoders of every resource against the contract's example responses in each documented shape
// (kakiyo-api.md / openapi.json examples, written here as test data), plus wrong-typed, missing,
// truncated and hostile inputs: every failure is a DecodeError naming the field, never a crash.
// The decoded values themselves are checked in tst_decoders_values.
#include "models/domain/Ack.h"
#include "models/domain/Agent.h"
#include "models/domain/AnalyticsOverview.h"
#include "models/domain/Campaign.h"
#include "models/domain/CampaignAnalytics.h"
#include "models/domain/ChatDetails.h"
#include "models/domain/DeletionResult.h"
#include "models/domain/DncEntry.h"
#include "models/domain/ImportStatus.h"
#include "models/domain/JsonReader.h"
#include "models/domain/Model.h"
#include "models/domain/Product.h"
#include "models/domain/Prompt.h"
#include "models/domain/Prospect.h"
#include "models/domain/VerifyResult.h"
#include "models/domain/Webhook.h"
#include "models/domain/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <functional>

using namespace kakiyo;

namespace {

// Decodes `body` as `type`; returns "" on success, else the error text.
QString decodeAs(const QString &type, const QByteArray &body)
{
    const auto parsed = JsonReader::parse(body);
    if (!parsed.ok())
        return parsed.error.toString();
    const QJsonValue v = parsed.value;
    static const QMap<QString, std::function<QString(const QJsonValue &)>> decoders = {
        {"Ack", [](const QJsonValue &v) { return Ack::fromJson(v).error.toString(); }},
        {"VerifyResult",
            [](const QJsonValue &v) { return VerifyResult::fromJson(v).error.toString(); }},
        {"Agent", [](const QJsonValue &v) { return Agent::fromJson(v).error.toString(); }},
        {"AgentList", [](const QJsonValue &v) { return Agent::listFromJson(v).error.toString(); }},
        {"CampaignList",
            [](const QJsonValue &v) { return Campaign::listFromJson(v).error.toString(); }},
        {"CampaignCreated",
            [](const QJsonValue &v) { return CampaignCreated::fromJson(v).error.toString(); }},
        {"CampaignStats",
            [](const QJsonValue &v) { return CampaignStats::fromJson(v).error.toString(); }},
        {"DeletionResult",
            [](const QJsonValue &v) { return DeletionResult::fromJson(v).error.toString(); }},
        {"BulkDeleteResult",
            [](const QJsonValue &v) { return BulkDeleteResult::fromJson(v).error.toString(); }},
        {"ImportAccepted",
            [](const QJsonValue &v) { return ImportAccepted::fromJson(v).error.toString(); }},
        {"ImportStatus",
            [](const QJsonValue &v) { return ImportStatus::fromJson(v).error.toString(); }},
        {"RoundRobinResult",
            [](const QJsonValue &v) { return RoundRobinResult::fromJson(v).error.toString(); }},
        {"SalesNavigatorRun",
            [](const QJsonValue &v) { return SalesNavigatorRun::fromJson(v).error.toString(); }},
        {"CustomDataResult",
            [](const QJsonValue &v) { return CustomDataResult::fromJson(v).error.toString(); }},
        {"SearchPage",
            [](const QJsonValue &v) { return SearchPage::fromJson(v).error.toString(); }},
        {"CampaignProspectPage",
            [](const QJsonValue &v) { return CampaignProspectPage::fromJson(v).error.toString(); }},
        {"ChatDetails",
            [](const QJsonValue &v) { return ChatDetails::fromJson(v).error.toString(); }},
        {"DncEntry", [](const QJsonValue &v) { return DncEntry::fromJson(v).error.toString(); }},
        {"DncListPage",
            [](const QJsonValue &v) { return DncListPage::fromJson(v).error.toString(); }},
        {"DncCheck", [](const QJsonValue &v) { return DncCheck::fromJson(v).error.toString(); }},
        {"DncBatchResult",
            [](const QJsonValue &v) { return DncBatchResult::fromJson(v).error.toString(); }},
        {"ProductList",
            [](const QJsonValue &v) { return Product::listFromJson(v).error.toString(); }},
        {"PromptList",
            [](const QJsonValue &v) { return Prompt::listFromJson(v).error.toString(); }},
        {"Prompt", [](const QJsonValue &v) { return Prompt::fromJson(v).error.toString(); }},
        {"ModelList", [](const QJsonValue &v) { return ModelList::fromJson(v).error.toString(); }},
        {"Model", [](const QJsonValue &v) { return Model::fromJson(v).error.toString(); }},
        {"WebhookList",
            [](const QJsonValue &v) { return Webhook::listFromJson(v).error.toString(); }},
        {"Webhook", [](const QJsonValue &v) { return Webhook::fromJson(v).error.toString(); }},
        {"WebhookEventList",
            [](const QJsonValue &v) { return WebhookEvent::listFromJson(v).error.toString(); }},
        {"WebhookTestResult",
            [](const QJsonValue &v) { return WebhookTestResult::fromJson(v).error.toString(); }},
        {"WebhookExample",
            [](const QJsonValue &v) { return WebhookExample::fromJson(v).error.toString(); }},
        {"WorkspaceList",
            [](const QJsonValue &v) { return WorkspaceList::fromJson(v).error.toString(); }},
        {"Workspace", [](const QJsonValue &v) { return Workspace::fromJson(v).error.toString(); }},
        {"WorkspaceDeleted",
            [](const QJsonValue &v) { return WorkspaceDeleted::fromJson(v).error.toString(); }},
        {"WorkspaceInvitation",
            [](const QJsonValue &v) { return WorkspaceInvitation::fromJson(v).error.toString(); }},
        {"WorkspaceClientRemoved",
            [](const QJsonValue &v) {
                return WorkspaceClientRemoved::fromJson(v).error.toString();
            }},
        {"WorkspaceAgentChange",
            [](const QJsonValue &v) { return WorkspaceAgentChange::fromJson(v).error.toString(); }},
        {"AnalyticsOverview",
            [](const QJsonValue &v) { return AnalyticsOverview::fromJson(v).error.toString(); }},
        {"CampaignAnalytics",
            [](const QJsonValue &v) { return CampaignAnalytics::fromJson(v).error.toString(); }},
    };
    const auto fn = decoders.value(type);
    if (!fn)
        return QStringLiteral("test bug: no decoder named ") + type;
    return fn(v);
}

} // namespace

class tst_DecodersContract : public QObject
{
    Q_OBJECT

private slots:
    void contractExamples_data();
    void contractExamples()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QCOMPARE(decodeAs(type, body), error);
    }

    void hostileInputsNeverCrash_data();
    void hostileInputsNeverCrash();
};

void tst_DecodersContract::contractExamples_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    // --- A. auth
    QTest::newRow("verify OA")
        << "VerifyResult"
        << QByteArray(
               R"({"status":"success","message":"API key is valid","teamId":"abcdefghij1234567890"})")
        << "";
    QTest::newRow("verify AUTH without teamId")
        << "VerifyResult" << QByteArray(R"({"status":"success","message":"API key is valid"})")
        << "";
    QTest::newRow("verify teamId wrong type")
        << "VerifyResult" << QByteArray(R"({"status":"success","teamId":42})")
        << "teamId: expected string, got number";

    // --- B. campaigns
    QTest::newRow("campaign list MDX")
        << "CampaignList"
        << QByteArray(
               R"([{"id":"campaign_123","name":"Q4 Enterprise Outreach","status":"active","agent":"agent_123","product":"product_123","createdAt":"2026-03-01T12:00:00.000Z","stats":{"prospects":120,"prospectsAnswers":14,"messages":38,"qualified":3,"closed":0}}])")
        << "";
    QTest::newRow("campaign list OA 20-char ids, no ms")
        << "CampaignList"
        << QByteArray(
               R"([{"id":"69724b7100331796aae2","name":"Q2 Sales Outreach","status":"paused","agent":"69724b7100331796aae3","product":"69724b7100331796aae4","createdAt":"2023-06-15T10:30:00Z","stats":{"prospects":150,"prospectsAnswers":42,"messages":320,"qualified":18,"closed":5}}])")
        << "";
    QTest::newRow("campaign list empty") << "CampaignList" << QByteArray("[]") << "";
    QTest::newRow("campaign list unknown keys ignored")
        << "CampaignList"
        << QByteArray(R"([{"id":"c1","name":"N","futureField":{"x":[1,2]},"status":"archived"}])")
        << "";
    QTest::newRow("campaign list wrapped in object")
        << "CampaignList" << QByteArray(R"({"data":[]})") << "expected array, got object";
    QTest::newRow("campaign missing name")
        << "CampaignList" << QByteArray(R"([{"id":"c1"},{"id":"c2"}])")
        << "[0].name: required field missing";
    QTest::newRow("campaign stats wrong type")
        << "CampaignList"
        << QByteArray(
               R"([{"id":"c1","name":"A"},{"id":"c2","name":"B","stats":{"prospects":"many"}}])")
        << "[1].stats.prospects: expected integer, got string";
    QTest::newRow("campaign created")
        << "CampaignCreated"
        << QByteArray(
               R"({"id":"campaign_12345abcde","name":"Q2 Sales Outreach","status":"active","preventAutoStart":false})")
        << "";
    QTest::newRow("campaign update ack")
        << "Ack"
        << QByteArray(R"({"id":"campaign_12345abcde","message":"Campaign updated successfully"})")
        << "";
    QTest::newRow("campaign stats B7")
        << "CampaignStats"
        << QByteArray(
               R"({"id":"campaign_12345abcde","name":"Q2 Sales Outreach","status":"active","stats":{"prospects":150,"prospectsAnswers":42,"messages":320,"qualified":18,"closed":5,"conversionRate":"12.00%","responseRate":"28.00%"}})")
        << "";
    QTest::newRow("campaign stats numeric rates")
        << "CampaignStats"
        << QByteArray(
               R"({"id":"c","stats":{"prospects":1,"conversionRate":12,"responseRate":28.5}})")
        << "";
    QTest::newRow("campaign stats bad rate")
        << "CampaignStats" << QByteArray(R"({"id":"c","stats":{"conversionRate":"high"}})")
        << "stats.conversionRate: expected a percentage, got \"high\"";
    QTest::newRow("campaign stats missing block")
        << "CampaignStats" << QByteArray(R"({"id":"c"})") << "stats: required field missing";
    QTest::newRow("campaign delete OA")
        << "DeletionResult"
        << QByteArray(
               R"({"message":"Campaign deleted successfully","deletionSummary":{"campaignId":"campaign_123","deletedItems":{"prospects":150,"chats":150}}})")
        << "";
    QTest::newRow("campaign delete MDX")
        << "DeletionResult"
        << QByteArray(
               R"({"message":"Campaign deleted successfully","deletionSummary":{"campaignId":"campaign_123","campaignName":"Q4 Enterprise Outreach","deletedItems":{"prospects":150,"chats":150,"messages":420,"tasks":75,"webhookEvents":12},"deletedAt":"2024-01-20T15:30:00Z"}})")
        << "";

    // --- C. prospects
    QTest::newRow("prospect add")
        << "ImportAccepted"
        << QByteArray(R"({"message":"Prospect added successfully","listId":"import_list_id"})")
        << "";
    QTest::newRow("prospect add legacy without listId")
        << "ImportAccepted" << QByteArray(R"({"message":"3 prospects added successfully"})") << "";
    QTest::newRow("round robin")
        << "RoundRobinResult"
        << QByteArray(
               R"({"message":"Round Robin distribution processing started","totalProspects":2,"campaignsCount":2,"successfulCampaignIds":["campaign_12345abcde","campaign_67890fghij"],"distribution":[{"campaignId":"campaign_12345abcde","campaignName":"Campaign A","listId":"import_list_id_a","prospectsAssigned":1},{"campaignId":"campaign_67890fghij","campaignName":"Campaign B","listId":"import_list_id_b","prospectsAssigned":1}]})")
        << "";
    QTest::newRow("round robin legacy no listId")
        << "RoundRobinResult"
        << QByteArray(
               R"({"message":"Round Robin distribution completed","totalProspects":2,"campaignsCount":2,"distribution":[{"campaignId":"a","campaignName":"A","prospectsAssigned":2}]})")
        << "";
    QTest::newRow("sales navigator 202")
        << "SalesNavigatorRun"
        << QByteArray(
               R"({"message":"Sales Navigator import queued","sourceId":"source_12345abcde","runId":"run_12345abcde","status":"queued","requestedCount":250})")
        << "";
    QTest::newRow("sales navigator null runId")
        << "SalesNavigatorRun"
        << QByteArray(
               R"({"message":"Sales Navigator import queued","sourceId":"s","runId":null,"status":"queued","requestedCount":100})")
        << "";
    QTest::newRow("import status C5")
        << "ImportStatus"
        << QByteArray(
               R"({"listId":"import_list_id","campaignId":"campaign_12345abcde","status":"completed","total":1,"processed":1,"imported":1,"existing":0,"invalid":0,"skippedDnc":0,"enrichmentFailed":0,"currentIndex":1,"startedAt":"2026-06-20T00:00:00.000Z","lastProcessedAt":"2026-06-20T00:00:10.000Z","completedAt":"2026-06-20T00:00:10.000Z","report":[{"index":0,"inputUrl":"https://linkedin.com/in/johnsmith","linkedinSlug":"johnsmith","status":"imported","prospectId":"prospect_id","chatId":"chat_id","message":"Prospect imported and enriched","chatCreated":true,"customDataSaved":true}]})")
        << "";
    QTest::newRow("import status queued, nulls")
        << "ImportStatus"
        << QByteArray(
               R"({"listId":"l","status":"queued","total":3,"processed":0,"startedAt":null,"completedAt":null,"report":[]})")
        << "";
    QTest::newRow("import row without index")
        << "ImportStatus"
        << QByteArray(R"({"listId":"l","status":"processing","report":[{"status":"imported"}]})")
        << "report[0].index: required field missing";
    QTest::newRow("import chatCreated wrong type")
        << "ImportStatus"
        << QByteArray(
               R"({"listId":"l","status":"completed","report":[{"index":0,"chatCreated":"yes"}]})")
        << "report[0].chatCreated: expected boolean, got string";
    QTest::newRow("campaign prospects OA items")
        << "CampaignProspectPage"
        << QByteArray(
               R"([{"id":"chat_12345abcde","status":3,"qualification":"inProgress","paused":false,"lastMessage":"2023-06-15T15:30:00Z","prospect":{"id":"prospect_12345abcde","name":"John Smith","url":"https://linkedin.com/in/johnsmith","headline":"VP of Sales at Acme Inc","currentCompanyName":"Acme Inc","currentJobTitle":"VP of Sales","currentCompanyWebsite":"https://www.acme.com","currentCompanyLinkedInUrl":"https://www.linkedin.com/company/acme"}}])")
        << "";
    QTest::newRow("campaign prospects company nulls")
        << "CampaignProspectPage"
        << QByteArray(
               R"([{"id":"c","status":0,"prospect":{"id":"p","name":"A","currentCompanyName":null,"currentJobTitle":null}}])")
        << "";
    QTest::newRow("campaign prospect person name missing")
        << "CampaignProspectPage"
        << QByteArray(R"([{"id":"c","prospect":{"name":"A"}},{"id":"d","prospect":{"id":"p"}}])")
        << "[1].prospect.name: required field missing";
    QTest::newRow("search OA shape")
        << "SearchPage"
        << QByteArray(
               R"({"prospects":[{"id":"chat_1","status":4,"qualification":"qualified","paused":false,"lastMessage":"2023-06-15T15:30:00Z","prospect":{"id":"prospect_1","name":"John Smith","url":"https://linkedin.com/in/johnsmith","headline":"VP"}}],"pagination":{"total":1250,"limit":50,"offset":0,"hasMore":true}})")
        << "";
    QTest::newRow("search MDX flat shape")
        << "SearchPage"
        << QByteArray(
               R"({"prospects":[{"id":"prospect_123","name":"John Smith","headline":"VP of Sales at TechCorp","url":"https://linkedin.com/in/johnsmith","currentCompanyName":"TechCorp","currentJobTitle":"VP of Sales","currentCompanyWebsite":"https://www.techcorp.com","currentCompanyLinkedInUrl":"https://www.linkedin.com/company/techcorp","location":{"city":"San Francisco","country":"United States"},"status":3,"qualification":"qualified","hasResponded":true,"isPaused":false,"lastActivity":"2024-01-20T10:30:00Z","campaign":{"id":"campaign_456","name":"Enterprise Outreach Q4"},"stats":{"messages":5,"responses":2,"lastResponse":"2024-01-19T14:20:00Z"}}],"pagination":{"total":1250,"limit":50,"offset":0,"hasMore":true},"filters":{"applied":{"qualification":"qualified","hasResponded":true},"available":{"qualifications":["pending","qualified","disqualified"],"cities":["San Francisco","New York","London"],"countries":["United States","United Kingdom","Canada"]}}})")
        << "";
    QTest::newRow("search without pagination")
        << "SearchPage" << QByteArray(R"({"prospects":[]})") << "";
    QTest::newRow("search missing prospects")
        << "SearchPage" << QByteArray(R"({"pagination":{"total":0}})")
        << "prospects: required field missing";
    QTest::newRow("search 4th item nested name wrong type")
        << "SearchPage"
        << QByteArray(
               R"({"prospects":[{"id":"a","prospect":{"name":"A"}},{"id":"b","prospect":{"name":"B"}},{"id":"c","prospect":{"name":"C"}},{"id":"d","prospect":{"name":17}}]})")
        << "prospects[3].prospect.name: expected string, got number";
    QTest::newRow("search status as string")
        << "SearchPage" << QByteArray(R"({"prospects":[{"id":"a","name":"A","status":"replied"}]})")
        << "prospects[0].status: expected integer, got string";
    QTest::newRow("search pagination total wrong type")
        << "SearchPage" << QByteArray(R"({"prospects":[],"pagination":{"total":"1250"}})")
        << "pagination.total: expected integer, got string";
    QTest::newRow("chat details C8")
        << "ChatDetails"
        << QByteArray(
               R"({"id":"chat_12345abcde","status":2,"qualification":"inProgress","paused":false,"lastMessage":"2023-06-15T15:30:00Z","campaign":{"id":"campaign_12345abcde","name":"Q2 Sales Outreach"},"prospect":{"id":"prospect_12345abcde","name":"John Smith","url":"https://linkedin.com/in/johnsmith","headline":"VP of Sales at Acme Inc","currentCompanyName":"Acme Inc","currentJobTitle":"VP of Sales","currentCompanyWebsite":"https://www.acme.com","currentCompanyLinkedInUrl":"https://www.linkedin.com/company/acme","location":{"city":"San Francisco","country":"United States"},"about":"Experienced sales leader with over 15 years in the software industry..."},"messages":[{"role":"assistant","content":"Hi John, I noticed you're leading the sales team at Acme Inc. ...","date":"2023-06-15T10:30:00Z"}]})")
        << "";
    QTest::newRow("chat details with customData")
        << "ChatDetails"
        << QByteArray(
               R"({"id":"c","prospect":{"name":"A"},"messages":[],"customData":"Met at SaaStr"})")
        << "";
    QTest::newRow("chat details missing prospect")
        << "ChatDetails" << QByteArray(R"({"id":"c","messages":[]})")
        << "prospect: required field missing";
    QTest::newRow("chat message content wrong type")
        << "ChatDetails"
        << QByteArray(
               R"({"id":"c","prospect":{"name":"A"},"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":["x"]}]})")
        << "messages[1].content: expected string, got array";
    QTest::newRow("chat message bad date")
        << "ChatDetails"
        << QByteArray(
               R"({"id":"c","prospect":{"name":"A"},"messages":[{"role":"user","content":"hi","date":"last tuesday"}]})")
        << "messages[0].date: expected ISO-8601 date-time, got \"last tuesday\"";
    QTest::newRow("custom data patch")
        << "CustomDataResult"
        << QByteArray(
               R"({"message":"Conversation customData updated successfully","chatId":"chat_12345abcde","customDataSaved":true,"customDataLength":64})")
        << "";
    QTest::newRow("pause conversation")
        << "Ack" << QByteArray(R"({"message":"Conversation paused successfully"})") << "";
    QTest::newRow("prospect delete MDX")
        << "DeletionResult"
        << QByteArray(
               R"({"message":"Prospect deleted successfully","deletionSummary":{"prospectId":"prospect_123","prospectName":"John Smith","campaignId":"campaign_456","campaignName":"Enterprise Outreach Q4","deletedItems":{"chats":1,"messages":8,"tasks":3,"webhookEvents":2},"deletedAt":"2024-01-20T15:30:00Z"},"campaignStatsUpdated":{"prospectsCount":149,"messagesCount":412,"qualifiedCount":11}})")
        << "";
    QTest::newRow("bulk delete OA")
        << "BulkDeleteResult"
        << QByteArray(
               R"({"message":"Bulk deletion completed","summary":{"requested":3,"successful":2,"failed":1}})")
        << "";
    QTest::newRow("bulk delete MDX")
        << "BulkDeleteResult"
        << QByteArray(
               R"({"message":"Bulk deletion completed","summary":{"requested":3,"successful":2,"failed":1,"processedAt":"2024-01-20T15:30:00Z"},"results":[{"prospectId":"prospect_123","status":"success","prospectName":"John Smith","deletedItems":{"chats":1,"messages":5,"tasks":2,"webhookEvents":1}},{"prospectId":"prospect_789","status":"failed","error":"not_found","message":"Prospect not found"}],"campaignStatsUpdated":{"campaignId":"campaign_abc","prospectsCount":147,"messagesCount":407,"qualifiedCount":11}})")
        << "";

    // --- D. DNC
    QTest::newRow("dnc list envelope")
        << "DncListPage"
        << QByteArray(
               R"({"error":null,"data":{"entries":[{"$id":"dnc_12345abcde","teamId":"team_67890fghij","url":"https://linkedin.com/in/johnsmith","$createdAt":"2025-11-18T10:30:00.000Z","$updatedAt":"2025-11-18T10:30:00.000Z"}],"total":2,"limit":50,"offset":0}})")
        << "";
    QTest::newRow("dnc list bare")
        << "DncListPage"
        << QByteArray(
               R"({"entries":[{"id":"69724b7100331796aae2","url":"https://linkedin.com/in/a","createdAt":"2025-11-18T10:30:00Z"}],"total":1,"limit":50,"offset":0})")
        << "";
    QTest::newRow("dnc list entry without url")
        << "DncListPage" << QByteArray(R"({"error":null,"data":{"entries":[{"$id":"d1"}]}})")
        << "data.entries[0].url: required field missing";
    QTest::newRow("dnc envelope with error string")
        << "DncListPage" << QByteArray(R"({"error":"internal_error","data":null})")
        << "error: expected null in a successful answer, got \"internal_error\"";
    QTest::newRow("dnc add 201")
        << "DncEntry"
        << QByteArray(
               R"({"error":null,"data":{"$id":"dnc_12345abcde","teamId":"team_67890fghij","url":"https://linkedin.com/in/johnsmith","$createdAt":"2025-11-18T10:30:00.000Z","$updatedAt":"2025-11-18T10:30:00.000Z"},"message":"Added to Do Not Contact list"})")
        << "";
    QTest::newRow("dnc check on list")
        << "DncCheck"
        << QByteArray(
               R"({"error":null,"data":{"onList":true,"entry":{"$id":"dnc_1","teamId":"t","url":"https://linkedin.com/in/john","$createdAt":"2025-11-18T10:30:00.000Z","$updatedAt":"2025-11-18T10:30:00.000Z"}}})")
        << "";
    QTest::newRow("dnc check not on list")
        << "DncCheck" << QByteArray(R"({"error":null,"data":{"onList":false,"entry":null}})") << "";
    QTest::newRow("dnc check onList missing")
        << "DncCheck" << QByteArray(R"({"error":null,"data":{"entry":null}})")
        << "data.onList: required field missing";
    QTest::newRow("dnc batch 201")
        << "DncBatchResult"
        << QByteArray(
               R"({"error":null,"data":{"added":3,"duplicates":1,"errors":1,"details":[{"url":"https://linkedin.com/in/johnsmith","status":"added"},{"url":"https://linkedin.com/in/michaelchen","status":"duplicate"},{"url":"invalid-url","status":"error","error":"Invalid LinkedIn URL format"}]},"message":"Bulk import completed: 3 added, 1 duplicates, 1 errors"})")
        << "";
    QTest::newRow("dnc delete")
        << "Ack"
        << QByteArray(R"({"error":null,"data":{"message":"DNC entry deleted successfully"}})")
        << "";

    // --- E/F. products, prompts
    QTest::newRow("products")
        << "ProductList"
        << QByteArray(
               R"([{"id":"prod_123456789","name":"Enterprise Solution","description":"Our flagship platform","createdAt":"2023-06-15T10:30:00Z"}])")
        << "";
    QTest::newRow("product create ack")
        << "Ack"
        << QByteArray(R"({"id":"product_12345abcde","message":"Product created successfully"})")
        << "";
    QTest::newRow("product id number")
        << "ProductList" << QByteArray(R"([{"id":12345,"name":"X"}])")
        << "[0].id: expected string, got number";
    QTest::newRow("prompts")
        << "PromptList"
        << QByteArray(
               R"([{"id":"prompt_987654321","name":"Sales Outreach Sequence","type":"Messages","model":"680321c8001e2f527d82","createdAt":"2023-06-15T10:30:00Z"}])")
        << "";
    QTest::newRow("prompts legacy enums")
        << "PromptList"
        << QByteArray(R"([{"id":"p1","name":"Old","type":"message","model":"model_claude3"}])")
        << "";
    QTest::newRow("prompts ids only")
        << "PromptList" << QByteArray(R"([{"id":"p1"},{"id":"p2"}])") << "";
    QTest::newRow("prompt sections")
        << "Prompt"
        << QByteArray(
               R"({"id":"p1","name":"Seq","type":"Messages","context":"We sell X","firstMessage":"Hi {{firstName}}","followUps":[{"prompt":"Bump","delay":7},{"prompt":"Again","delay":5}],"followUpEnabled":true,"guidelines":{"mandatory":["Prospect Description"]}})")
        << "";
    QTest::newRow("prompt follow-up without prompt")
        << "Prompt" << QByteArray(R"({"id":"p1","followUps":[{"delay":3}]})")
        << "followUps[0].prompt: required field missing";

    // --- G. agents
    QTest::newRow("agents list")
        << "AgentList"
        << QByteArray(
               R"([{"id":"agent_abcdef123456","name":"John Doe","status":"running","login":"john.doe@example.com","country":"US","avatar":"https://example.com/avatar.jpg","nextTask":"2023-06-16T10:30:00Z","alerts":[{"type":"auth","subType":"2fa_required","message":"Please enter the verification code sent by LinkedIn to your email/phone","severity":"warning"}]}])")
        << "";
    QTest::newRow("agent details OA")
        << "Agent"
        << QByteArray(
               R"({"id":"69724b7100331796aae2","name":"John Doe","status":"paused","login":"john.doe@example.com","country":"US","alerts":[],"usage":{"invitations":45,"invitationsDaily":15,"messages":120,"messagesDaily":25,"nextInvitation":"2023-06-16T10:30:00Z","nextMessage":"2023-06-16T11:00:00Z","workingHours":{"days":"1:1:1:1:1:0:0","start":"09:00","stop":"17:00","timezone":0}}})")
        << "";
    QTest::newRow("agent settings as object")
        << "Agent"
        << QByteArray(
               R"({"id":"a","settings":{"skipInNetwork":true,"invitationsOnly":false},"limits":{"invitationsMin":10,"invitationsMax":20,"messagesMin":5,"messagesMax":30}})")
        << "";
    QTest::newRow("agent alert wrong type")
        << "Agent" << QByteArray(R"({"id":"a","alerts":[{"type":"auth"},{"severity":3}]})")
        << "alerts[1].severity: expected string, got number";
    QTest::newRow("agent without id")
        << "Agent" << QByteArray(R"({"name":"x"})") << "id: required field missing";
    QTest::newRow("agent create")
        << "Ack"
        << QByteArray(R"({"id":"agent_12345abcde","message":"Agent created successfully"})") << "";
    QTest::newRow("agent relaunch")
        << "Ack"
        << QByteArray(R"({"message":"Agent relaunched successfully","status":"setup_needed"})")
        << "";

    // --- H. webhooks
    QTest::newRow("webhooks")
        << "WebhookList"
        << QByteArray(
               R"([{"id":"webhook_12345abcde","name":"CRM Integration","url":"https://your-app.com/kakiyo/webhook","events":["linkedin.message.received","prospect.qualification.manual"],"active":true,"lastSuccess":"2023-06-15T10:30:00Z","lastFailure":null,"successCount":42,"failureCount":0,"createdAt":"2023-06-01T10:30:00Z"}])")
        << "";
    QTest::newRow("webhook created")
        << "Webhook"
        << QByteArray(
               R"({"id":"webhook_12345abcde","name":"CRM Integration","url":"https://your-app.com/kakiyo/webhook","events":["linkedin.message.received","prospect.qualification.manual"],"active":true,"message":"Webhook created successfully"})")
        << "";
    QTest::newRow("webhook events wrong element")
        << "WebhookList" << QByteArray(R"([{"id":"w","events":["a",{"b":1}]}])")
        << "[0].events[1]: expected string, got object";
    QTest::newRow("webhook events catalogue")
        << "WebhookEventList"
        << QByteArray(R"([{"id":"linkedin.message.received","name":"LinkedIn Message Received"}])")
        << "";
    QTest::newRow("webhook test events legacy")
        << "WebhookEventList"
        << QByteArray(
               R"([{"id":"prospect.qualified","name":"Prospect Qualified","description":"A prospect was qualified","category":"prospect"},{"id":"agent.status_changed","name":"Agent Status Changed","description":"","category":"agent"}])")
        << "";
    QTest::newRow("webhook test result")
        << "WebhookTestResult"
        << QByteArray(
               R"({"message":"Test webhook sent successfully","event":"linkedin.message.received","webhooksCount":2,"webhooks":[{"id":"webhook_12345abcde","name":"CRM Integration","url":"https://your-app.com/kakiyo/webhook"}]})")
        << "";
    QTest::newRow("webhook example legacy")
        << "WebhookExample"
        << QByteArray(
               R"({"event":"prospect.qualified","timestamp":"2024-01-20T15:30:00Z","data":{"prospect":{"id":"prospect_123","name":"John Smith"},"campaign":{"id":"campaign_789","name":"Enterprise Outreach Q4"}},"team":{"id":"team_abc","name":"Sales Team Alpha"}})")
        << "";
    QTest::newRow("webhook example current envelope")
        << "WebhookExample"
        << QByteArray(
               R"({"event":"linkedin.message.received","teamId":"team_12345abcde","timestamp":"2025-07-15T10:30:00.000Z","data":{"agentId":"agent_67890","chatId":"chat_54321","message":"Thanks!"}})")
        << "";

    // --- I. analytics
    QTest::newRow("analytics overview MDX")
        << "AnalyticsOverview"
        << QByteArray(
               R"({"summary":{"totalCampaigns":15,"activeCampaigns":8,"pausedCampaigns":5,"completedCampaigns":2,"totalAgents":3,"activeAgents":2,"totalProspects":1250,"totalMessages":3420,"totalQualified":89,"totalAnswers":234,"totalClosed":45},"metrics":{"conversionRate":7.12,"responseRate":18.72,"averageMessagesPerProspect":2.74,"qualificationRate":38.03},"activity":{"last24Hours":{"messages":45,"qualified":3},"lastWeek":{"messages":312,"qualified":18}},"campaigns":[{"id":"campaign_123","name":"Q4 Enterprise Outreach","status":"active","prospects":150,"messages":420,"qualified":12,"answers":35,"conversionRate":8.0,"responseRate":23.33}]})")
        << "";
    QTest::newRow("analytics overview OA minimal")
        << "AnalyticsOverview"
        << QByteArray(
               R"({"summary":{"totalCampaigns":15,"activeCampaigns":8,"totalProspects":1250,"totalQualified":89},"metrics":{"conversionRate":7.12,"responseRate":18.72}})")
        << "";
    QTest::newRow("analytics overview no summary")
        << "AnalyticsOverview" << QByteArray(R"({"metrics":{}})")
        << "summary: required field missing";
    QTest::newRow("campaign analytics MDX")
        << "CampaignAnalytics"
        << QByteArray(
               R"({"campaign":{"id":"campaign_123","name":"Q4 Enterprise Outreach","status":"active","createdAt":"2024-01-15T10:30:00Z","agent":"agent_456","product":"Enterprise Solution"},"metrics":{"totalProspects":150,"totalMessages":420,"totalQualified":12,"totalAnswers":35,"totalClosed":8,"conversionRate":8.0,"responseRate":23.33,"qualificationRate":34.29,"averageMessagesPerProspect":2.8},"activity":{"dailyBreakdown":[{"date":"2024-01-20","messages":25,"responses":4,"qualified":1},{"date":"2024-01-19","messages":30,"responses":6,"qualified":2}],"last7Days":{"messages":180,"responses":28,"qualified":8}},"statusDistribution":{"pending":85,"contacted":45,"responded":35,"qualified":12,"closed":8},"qualificationBreakdown":{"pending":123,"qualified":12,"disqualified":15}})")
        << "";
    QTest::newRow("campaign analytics bad day")
        << "CampaignAnalytics"
        << QByteArray(
               R"({"metrics":{},"activity":{"dailyBreakdown":[{"date":"2024-01-20"},{"date":"20/01/2024"}]}})")
        << "activity.dailyBreakdown[1].date: expected date YYYY-MM-DD, got \"20/01/2024\"";
    QTest::newRow("campaign analytics distribution wrong type")
        << "CampaignAnalytics"
        << QByteArray(R"({"metrics":{},"statusDistribution":{"pending":"85"}})")
        << "statusDistribution.pending: expected integer, got string";

    // --- J. models
    QTest::newRow("models list")
        << "ModelList"
        << QByteArray(
               R"({"models":[{"id":"67fcab2e0032f8b20363","name":"Claude 4 Sonnet","pricing":{"input":3,"output":15,"cached":3.75},"status":"active"},{"id":"682c0dfc0036ded6b90b","name":"Gemini 2.5 Pro","pricing":{"input":1.25,"output":10,"cached":null},"status":"active"}],"total":2})")
        << "";
    QTest::newRow("models bare array")
        << "ModelList" << QByteArray(R"([{"id":"680321c8001e2f527d82","name":"GPT 5 Mini"}])")
        << "";
    QTest::newRow("model pricing wrong type")
        << "Model" << QByteArray(R"({"id":"m","name":"M","pricing":{"input":"3$"}})")
        << "pricing.input: expected number, got string";

    // --- K. workspaces
    QTest::newRow("workspaces")
        << "WorkspaceList"
        << QByteArray(
               R"({"workspaces":[{"id":"69724d900007cfde1d88","name":"Acme Client","clientTeamId":"69724d91000403019498","createdAt":"2026-01-22T10:00:00.000Z"}],"total":1})")
        << "";
    QTest::newRow("workspace created")
        << "Workspace"
        << QByteArray(
               R"({"id":"workspace_abc123def456","name":"Acme","clientTeamId":"t","createdAt":"2026-01-22T10:00:00Z"})")
        << "";
    QTest::newRow("workspace with members and agents")
        << "Workspace"
        << QByteArray(
               R"({"id":"w","name":"W","members":[{"membershipId":"membership_abc123","userId":"user_xyz789","email":"client@example.com","roles":["member"]}],"agents":["agent_1",{"id":"agent_2","name":"B"}]})")
        << "";
    QTest::newRow("workspace deleted")
        << "WorkspaceDeleted"
        << QByteArray(
               R"({"message":"Workspace deleted successfully","stats":{"agentsUnassigned":3,"campaignsUpdated":5,"chatsUpdated":150}})")
        << "";
    QTest::newRow("workspace invite")
        << "WorkspaceInvitation"
        << QByteArray(
               R"({"membershipId":"membership_abc123","userId":"user_xyz789","email":"client@example.com","portalUrl":"https://youragency.kakiyo.agency","emailSent":true})")
        << "";
    QTest::newRow("workspace client removed")
        << "WorkspaceClientRemoved"
        << QByteArray(R"({"message":"Client removed from workspace","email":"client@example.com"})")
        << "";
    QTest::newRow("workspace agent assigned")
        << "WorkspaceAgentChange"
        << QByteArray(
               R"({"agentId":"agent_abc123","workspaceId":"workspace_xyz789","propagated":{"campaigns":5,"chats":150,"prospects":150}})")
        << "";
    QTest::newRow("workspace agent unassigned")
        << "WorkspaceAgentChange"
        << QByteArray(
               R"({"message":"Agent unassigned from workspace","agentId":"agent_abc123","propagated":{"campaigns":5,"chats":150,"prospects":150}})")
        << "";
    QTest::newRow("workspaces not a list")
        << "WorkspaceList" << QByteArray(R"({"workspaces":"none"})")
        << "workspaces: expected array, got string";

    // --- transport damage
    QTest::newRow("truncated search body")
        << "SearchPage" << QByteArray(R"({"prospects":[{"id":"chat_1","prospect":{"name":"Jo)")
        << "invalid JSON at byte 51 of 51: unterminated string";
    QTest::newRow("array where object expected")
        << "ChatDetails" << QByteArray("[]") << "expected object, got array";
}

void tst_DecodersContract::hostileInputsNeverCrash_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("array of nulls") << QByteArray("[null,null]");
    QTest::newRow("every field null") << QByteArray(
        R"({"id":null,"name":null,"prospects":null,"data":null,"summary":null,"metrics":null,"stats":null,"report":null,"models":null,"workspaces":null})");
    QTest::newRow("every field wrong") << QByteArray(
        R"({"id":[],"name":{},"prospects":7,"data":"x","summary":[],"metrics":1,"stats":"s","report":{},"models":true,"workspaces":1,"entries":{},"pagination":[]})");
    QTest::newRow("truncated") << QByteArray(R"({"id":"a","na)");
    QTest::newRow("binary") << QByteArray("\xff\xfe\x00\x01garbage", 11);
}

void tst_DecodersContract::hostileInputsNeverCrash()
{
    QFETCH(QByteArray, body);
    const QStringList types {"Ack", "VerifyResult", "Agent", "AgentList", "CampaignList",
        "CampaignCreated", "CampaignStats", "DeletionResult", "BulkDeleteResult", "ImportAccepted",
        "ImportStatus", "RoundRobinResult", "SalesNavigatorRun", "CustomDataResult", "SearchPage",
        "CampaignProspectPage", "ChatDetails", "DncEntry", "DncListPage", "DncCheck",
        "DncBatchResult", "ProductList", "PromptList", "Prompt", "ModelList", "Model",
        "WebhookList", "Webhook", "WebhookEventList", "WebhookTestResult", "WebhookExample",
        "WorkspaceList", "Workspace", "WorkspaceDeleted", "WorkspaceInvitation",
        "WorkspaceClientRemoved", "WorkspaceAgentChange", "AnalyticsOverview", "CampaignAnalytics"};
    int failures = 0;
    for (const QString &type : types) {
        const QString err = decodeAs(type, body);
        QVERIFY2(!err.startsWith("test bug"), qPrintable(err));
        if (!err.isEmpty())
            ++failures;
    }
    // Hostile bodies must be refused by (nearly) every decoder with a message, not accepted.
    QVERIFY2(failures >= types.size() / 2, qPrintable(QString::number(failures)));
}

QTEST_GUILESS_MAIN(tst_DecodersContract)
#include "tst_decoders_contract.moc"
