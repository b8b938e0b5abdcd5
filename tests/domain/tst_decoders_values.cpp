// What the decoders make of the contract's examples, value by value: search items in both shapes
// and paging, campaign prospect headers, string rates, chat details, legacy fields, agents, import
// status, DNC envelopes, models, analytics, workspaces, prompts, webhooks and deletions. That every
// documented shape decodes at all is tst_decoders_contract's.
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

QJsonValue json(const QByteArray &text)
{
    return JsonReader::parse(text).value;
}

} // namespace

class tst_DecodersValues : public QObject
{
    Q_OBJECT

private slots:
    void searchItemShapesAgree();
    void searchPagination();
    void campaignProspectHeaders();
    void campaignStatsStringRates();
    void campaignListValues();
    void chatDetailsValues();
    void legacyAdditionalFields();
    void agentDetails();
    void importStatusValues();
    void dncEnvelopeAndBare();
    void modelsValues();
    void analyticsValues();
    void workspaceValues();
    void promptSections();
    void webhookValues();
    void deletionValues();
};

void tst_DecodersValues::searchItemShapesAgree()
{
    // The same person as nested OA item and as flat MDX item decode to the same row fields.
    const auto nested = ProspectSearchItem::fromJson(json(
        R"({"id":"chat_1","status":3,"qualification":"qualified","paused":true,"lastMessage":"2024-01-20T10:30:00Z","prospect":{"id":"prospect_123","name":"John Smith","url":"https://linkedin.com/in/johnsmith","headline":"VP of Sales at TechCorp","currentCompanyName":"TechCorp","location":{"city":"San Francisco","country":"United States"}}})"));
    const auto flat = ProspectSearchItem::fromJson(json(
        R"({"id":"prospect_123","name":"John Smith","url":"https://linkedin.com/in/johnsmith","headline":"VP of Sales at TechCorp","currentCompanyName":"TechCorp","location":{"city":"San Francisco","country":"United States"},"status":3,"qualification":"qualified","isPaused":true,"lastActivity":"2024-01-20T10:30:00Z","campaign":{"id":"campaign_456","name":"Enterprise Outreach Q4"},"hasResponded":true,"stats":{"messages":5,"responses":2,"lastResponse":"2024-01-19T14:20:00Z"}})"));
    QVERIFY2(nested.ok(), qPrintable(nested.error.toString()));
    QVERIFY2(flat.ok(), qPrintable(flat.error.toString()));
    for (const auto *d : {&nested.value, &flat.value}) {
        QCOMPARE(d->prospect.id, QStringLiteral("prospect_123"));
        QCOMPARE(d->prospect.name, QStringLiteral("John Smith"));
        QCOMPARE(d->prospect.url, QStringLiteral("https://linkedin.com/in/johnsmith"));
        QCOMPARE(d->prospect.headline, QStringLiteral("VP of Sales at TechCorp"));
        QCOMPARE(d->prospect.currentCompanyName, QStringLiteral("TechCorp"));
        QCOMPARE(d->prospect.city, QStringLiteral("San Francisco"));
        QCOMPARE(d->prospect.country, QStringLiteral("United States"));
        QCOMPARE(d->status, 3);
        QCOMPARE(d->qualification, QStringLiteral("qualified"));
        QCOMPARE(d->paused, true);
        QCOMPARE(d->lastMessage, QDateTime(QDate(2024, 1, 20), QTime(10, 30), Qt::UTC));
    }
    QCOMPARE(nested.value.chatId, QStringLiteral("chat_1"));
    QCOMPARE(flat.value.chatId, QString());
    QCOMPARE(flat.value.campaign.name, QStringLiteral("Enterprise Outreach Q4"));
    QCOMPARE(flat.value.hasResponded, std::optional<bool>(true));
    QCOMPARE(flat.value.messageCount, 5);
    QCOMPARE(flat.value.responseCount, 2);
    QVERIFY(!nested.value.hasResponded.has_value());

    // The sandbox superset (nested + flat extras) keeps the chat id and the extras.
    const auto superset = ProspectSearchItem::fromJson(json(
        R"({"id":"abcdefghij0123456789","status":4,"qualification":"inProgress","paused":false,"isPaused":true,"prospect":{"id":"p","name":"A"},"campaign":{"id":"c","name":"C"},"hasResponded":false,"lastActivity":"2024-01-01T00:00:00Z"})"));
    QVERIFY(superset.ok());
    QCOMPARE(superset.value.chatId, QStringLiteral("abcdefghij0123456789"));
    QCOMPARE(superset.value.paused, false); // `paused` wins over the flat alias
    QCOMPARE(superset.value.campaign.id, QStringLiteral("c"));
    QVERIFY(superset.value.lastMessage.isValid());
}

void tst_DecodersValues::searchPagination()
{
    auto p = SearchPage::fromJson(json(
        R"({"prospects":[{"id":"a","name":"A"}],"pagination":{"total":1250,"limit":50,"offset":100,"hasMore":true},"filters":{"available":{"qualifications":["pending","qualified","disqualified"],"cities":["London"],"countries":["United Kingdom"]}}})"));
    QVERIFY(p.ok());
    QCOMPARE(p.value.total, 1250);
    QCOMPARE(p.value.limit, 50);
    QCOMPARE(p.value.offset, 100);
    QVERIFY(p.value.hasMore);
    QCOMPARE(p.value.availableCities, QStringList {"London"});
    QCOMPARE(p.value.availableQualifications.size(), 3);
    // Without pagination the page is the whole answer.
    p = SearchPage::fromJson(
        json(R"({"prospects":[{"id":"a","name":"A"},{"id":"b","name":"B"}]})"));
    QVERIFY(p.ok());
    QCOMPARE(p.value.total, 2);
    QVERIFY(!p.value.hasMore);
    // hasMore derived when the flag is missing.
    p = SearchPage::fromJson(json(
        R"({"prospects":[{"id":"a","name":"A"}],"pagination":{"total":5,"limit":1,"offset":0}})"));
    QVERIFY(p.value.hasMore);
}

void tst_DecodersValues::campaignProspectHeaders()
{
    const QJsonValue body
        = json(R"([{"id":"chat_1","status":4,"prospect":{"id":"p1","name":"A"}}])");
    auto p = CampaignProspectPage::fromJson(body, "true", "cursor_abc", "25", "0");
    QVERIFY(p.ok());
    QCOMPARE(p.value.items.size(), 1);
    QVERIFY(p.value.hasMore);
    QCOMPARE(p.value.nextCursor, QStringLiteral("cursor_abc"));
    QCOMPARE(p.value.limit, 25);
    p = CampaignProspectPage::fromJson(body, "false", "", "", "");
    QVERIFY(!p.value.hasMore);
    QVERIFY(p.value.nextCursor.isEmpty());
    p = CampaignProspectPage::fromJson(body, "", "c2");
    QVERIFY(p.value.hasMore);
    p = CampaignProspectPage::fromJson(body); // pre-2026-05: no headers, the full list
    QVERIFY(!p.value.hasMore);
    QCOMPARE(p.value.items.first().status, 4);
}

void tst_DecodersValues::campaignStatsStringRates()
{
    const auto s = CampaignStats::fromJson(json(
        R"({"id":"campaign_12345abcde","name":"Q2 Sales Outreach","status":"active","stats":{"prospects":150,"prospectsAnswers":42,"messages":320,"qualified":18,"closed":5,"conversionRate":"12.00%","responseRate":"28.00%"}})"));
    QVERIFY(s.ok());
    QCOMPARE(s.value.stats.prospects, 150);
    QCOMPARE(s.value.stats.prospectsAnswers, 42);
    QCOMPARE(s.value.stats.closed, 5);
    QCOMPARE(s.value.stats.conversionRate, std::optional<double>(12.0));
    QCOMPARE(s.value.stats.responseRate, std::optional<double>(28.0));
}

void tst_DecodersValues::campaignListValues()
{
    const auto l = Campaign::listFromJson(json(
        R"([{"id":"campaign_123","name":"Q4 Enterprise Outreach","status":"active","agent":"agent_123","product":{"id":"product_123","name":"P"},"createdAt":"2026-03-01T12:00:00.000Z","stats":{"prospects":120,"prospectsAnswers":14,"messages":38,"qualified":3,"closed":0}}])"));
    QVERIFY2(l.ok(), qPrintable(l.error.toString()));
    const Campaign &c = l.value.first();
    QCOMPARE(c.agentId, QStringLiteral("agent_123"));
    QCOMPARE(c.productId, QStringLiteral("product_123"));
    QCOMPARE(c.createdAt, QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(c.stats.prospects, 120);
    QVERIFY(!c.stats.conversionRate.has_value());
}

void tst_DecodersValues::chatDetailsValues()
{
    const auto c = ChatDetails::fromJson(json(
        R"({"id":"chat_1","status":505,"qualification":"needVerification","paused":true,"campaign":{"id":"campaign_1","name":"Q2"},"prospect":{"id":"p","name":"John","about":"Sales"},"messages":[{"role":"assistant","content":"Hi","date":"2023-06-15T10:30:00Z"},{"role":"user","content":"Hello","date":"2023-06-15T11:30:00.250Z"},{"role":"system","content":"?"}],"customData":"ICP: yes"})"));
    QVERIFY(c.ok());
    QCOMPARE(c.value.status, 505);
    QCOMPARE(c.value.paused, true);
    QCOMPARE(c.value.campaign.name, QStringLiteral("Q2"));
    QCOMPARE(c.value.prospect.about, QStringLiteral("Sales"));
    QCOMPARE(c.value.messages.size(), 3);
    QCOMPARE(c.value.messages[0].role, Message::Role::Assistant);
    QCOMPARE(c.value.messages[1].role, Message::Role::User);
    QCOMPARE(c.value.messages[1].date.time().msec(), 250);
    QCOMPARE(c.value.messages[2].role, Message::Role::Unknown);
    QCOMPARE(c.value.messages[2].roleName, QStringLiteral("system"));
    QCOMPARE(c.value.customData, QStringLiteral("ICP: yes"));
}

void tst_DecodersValues::legacyAdditionalFields()
{
    const auto c = ChatDetails::fromJson(json(
        R"({"id":"chat_1","prospect":{"name":"John"},"additionalFields":[{"fieldName":"company","fieldValue":"Acme Inc"},{"fieldName":"role","fieldValue":"CTO"}]})"));
    QVERIFY(c.ok());
    QCOMPARE(c.value.additionalFields.size(), 2);
    QCOMPARE(c.value.additionalFields[0], (CustomField {"company", "Acme Inc"}));
    QCOMPARE(c.value.customData, QStringLiteral("company: Acme Inc\nrole: CTO"));
    const auto bad = ChatDetails::fromJson(json(
        R"({"id":"chat_1","prospect":{"name":"John"},"additionalFields":[{"fieldValue":"x"}]})"));
    QCOMPARE(bad.error.toString(),
        QStringLiteral("additionalFields[0].fieldName: required field missing"));
}

void tst_DecodersValues::agentDetails()
{
    const auto a = Agent::fromJson(json(
        R"({"id":"agent_abcdef123456","name":"John Doe","status":"auth_needed","login":"john.doe@example.com","country":"US","alerts":[{"type":"auth","subType":"2fa_required","message":"code","severity":"warning"}],"usage":{"invitations":45,"invitationsDaily":15,"messages":120,"messagesDaily":25,"nextInvitation":"2023-06-16T10:30:00Z","nextMessage":"2023-06-16T11:00:00Z","workingHours":{"days":"1:1:1:1:1:0:0","start":"09:00","stop":"17:00","timezone":0}},"limits":{"invitationsMin":10,"invitationsMax":20,"messagesMin":5,"messagesMax":30},"settings":[{"key":"skipInNetwork","value":true}]})"));
    QVERIFY2(a.ok(), qPrintable(a.error.toString()));
    QVERIFY(a.value.usage.has_value());
    QCOMPARE(a.value.usage->invitationsDaily, 15);
    QCOMPARE(a.value.usage->nextMessage, QDateTime(QDate(2023, 6, 16), QTime(11, 0), Qt::UTC));
    QCOMPARE(a.value.workingHours.days, QStringLiteral("1:1:1:1:1:0:0"));
    QCOMPARE(a.value.workingHours.stop, QStringLiteral("17:00"));
    QCOMPARE(a.value.limits.messagesMax, 30);
    QCOMPARE(a.value.settings.size(), 1);
    QCOMPARE(a.value.settings[0].key, QStringLiteral("skipInNetwork"));
    QCOMPARE(a.value.alerts[0].subType, QStringLiteral("2fa_required"));
    // The MCP spelling `end` and settings as an object.
    const auto b = Agent::fromJson(json(
        R"({"id":"a","workingHours":{"start":"08:00","end":"16:00"},"settings":{"invitationsOnly":true}})"));
    QVERIFY(b.ok());
    QCOMPARE(b.value.workingHours.stop, QStringLiteral("16:00"));
    QVERIFY(!b.value.usage.has_value());
    QCOMPARE(b.value.settings.size(), 1);
    QCOMPARE(b.value.settings[0].value, true);
}

void tst_DecodersValues::importStatusValues()
{
    const auto s = ImportStatus::fromJson(json(
        R"({"listId":"l1","campaignId":"c1","status":"completed","total":3,"processed":3,"imported":1,"existing":1,"invalid":0,"skippedDnc":1,"enrichmentFailed":0,"completedAt":"2026-06-20T00:00:10.000Z","report":[{"index":0,"status":"imported","chatId":"chat_a","chatCreated":true},{"index":1,"status":"existing","chatCreated":false},{"index":2,"status":"skipped_dnc"}]})"));
    QVERIFY(s.ok());
    QVERIFY(s.value.isFinished());
    QCOMPARE(s.value.confirmedRows(), 1);
    QCOMPARE(s.value.skippedDnc, 1);
    QCOMPARE(s.value.report[2].chatCreated, false);
    const auto q = ImportStatus::fromJson(json(R"({"listId":"l1","status":"processing"})"));
    QVERIFY(q.ok());
    QVERIFY(!q.value.isFinished());
}

void tst_DecodersValues::dncEnvelopeAndBare()
{
    const QByteArray entry
        = R"({"$id":"dnc_12345abcde","teamId":"team_67890fghij","url":"https://linkedin.com/in/johnsmith","$createdAt":"2025-11-18T10:30:00.000Z","$updatedAt":"2025-11-18T10:31:00.000Z"})";
    const auto wrapped = DncEntry::fromJson(json("{\"error\":null,\"data\":" + entry + "}"));
    const auto bare = DncEntry::fromJson(json(entry));
    QVERIFY(wrapped.ok());
    QVERIFY(bare.ok());
    QCOMPARE(wrapped.value.id, QStringLiteral("dnc_12345abcde"));
    QCOMPARE(bare.value.id, wrapped.value.id);
    QCOMPARE(bare.value.updatedAt, QDateTime(QDate(2025, 11, 18), QTime(10, 31), Qt::UTC));
    const auto page = DncListPage::fromJson(json("{\"error\":null,\"data\":{\"entries\":[" + entry
        + "],\"total\":1,\"limit\":1,\"offset\":0}}"));
    QVERIFY(page.ok());
    QVERIFY(page.value.hasMore()); // full page: maybe more
    const auto check
        = DncCheck::fromJson(json(R"({"error":null,"data":{"onList":false,"entry":null}})"));
    QVERIFY(check.ok());
    QVERIFY(!check.value.onList);
    QVERIFY(!check.value.entry.has_value());
    const auto batch = DncBatchResult::fromJson(json(
        R"({"error":null,"data":{"added":1,"duplicates":0,"errors":1,"details":[{"url":"https://linkedin.com/in/a","status":"added"},{"url":"x","status":"error","error":"Invalid LinkedIn URL format"}]},"message":"Bulk import completed: 1 added, 0 duplicates, 1 errors"})"));
    QVERIFY(batch.ok());
    QCOMPARE(batch.value.details[1].error, QStringLiteral("Invalid LinkedIn URL format"));
    QVERIFY(batch.value.message.startsWith("Bulk import completed"));
}

void tst_DecodersValues::modelsValues()
{
    const auto l = ModelList::fromJson(json(
        R"({"models":[{"id":"67fcab2e0032f8b20363","name":"Claude 4 Sonnet","pricing":{"input":3,"output":15,"cached":3.75},"status":"active"},{"id":"689f1e61000b7da834bf","name":"Grok 4","pricing":{"input":3,"output":15,"cached":null},"status":"active"}],"total":8})"));
    QVERIFY(l.ok());
    QCOMPARE(l.value.total, 8);
    QCOMPARE(l.value.models[0].pricing.cached, std::optional<double>(3.75));
    QVERIFY(!l.value.models[1].pricing.cached.has_value());
}

void tst_DecodersValues::analyticsValues()
{
    const auto o = AnalyticsOverview::fromJson(json(
        R"({"summary":{"totalProspects":1250,"totalQualified":89},"metrics":{"conversionRate":7.12,"responseRate":"18.72%"},"activity":{"last24Hours":{"messages":45,"qualified":3}}})"));
    QVERIFY(o.ok());
    QCOMPARE(o.value.totalProspects, 1250);
    QCOMPARE(o.value.conversionRate, 7.12);
    QCOMPARE(o.value.responseRate, 18.72);
    QCOMPARE(o.value.last24Hours.messages, 45);
    QCOMPARE(o.value.lastWeek.messages, 0);
    const auto a = CampaignAnalytics::fromJson(json(
        R"({"campaign":{"id":"campaign_123","product":"Enterprise Solution"},"metrics":{"totalProspects":150,"qualificationRate":34.29},"activity":{"dailyBreakdown":[{"date":"2024-01-20","messages":25},{"date":"2024-01-19","messages":30}],"last7Days":{"messages":180,"responses":28,"qualified":8}},"statusDistribution":{"pending":85,"closed":8},"qualificationBreakdown":{"pending":123,"qualified":12,"disqualified":15}})"));
    QVERIFY(a.ok());
    QCOMPARE(a.value.product, QStringLiteral("Enterprise Solution"));
    QCOMPARE(a.value.dailyBreakdown.first().date, QDate(2024, 1, 20));
    QCOMPARE(a.value.dailyAscending().first().date, QDate(2024, 1, 19));
    QCOMPARE(a.value.last7Days.responses, 28);
    QCOMPARE(a.value.statusDistribution.value("pending"), 85);
    QCOMPARE(a.value.qualificationBreakdown.value("disqualified"), 15);
}

void tst_DecodersValues::workspaceValues()
{
    const auto w = Workspace::fromJson(json(
        R"({"id":"w","name":"W","members":[{"membershipId":"m","userId":"u","email":"client@example.com","roles":["member"]}],"agents":["agent_1",{"id":"agent_2"}]})"));
    QVERIFY(w.ok());
    QCOMPARE(w.value.members.first().email, QStringLiteral("client@example.com"));
    QCOMPARE(w.value.agentIds, (QStringList {"agent_1", "agent_2"}));
    const auto bad = Workspace::fromJson(json(R"({"id":"w","name":"W","agents":[{"name":"x"}]})"));
    QCOMPARE(bad.error.toString(), QStringLiteral("agents[0].id: required field missing"));
    const auto list = WorkspaceList::fromJson(json(R"({"workspaces":[],"total":0})"));
    QVERIFY(list.ok());
    QCOMPARE(list.value.total, 0);
}

void tst_DecodersValues::promptSections()
{
    const auto p = Prompt::fromJson(json(
        R"({"id":"p1","name":"Seq","type":"Messages","sections":{"context":"C","firstMessage":"F","followUps":[{"prompt":"B","delay":7}]}})"));
    QVERIFY(p.ok());
    QVERIFY(p.value.hasSections);
    QCOMPARE(p.value.context, QStringLiteral("C"));
    QCOMPARE(p.value.followUps.first().delay, 7);
    const auto plain = Prompt::fromJson(
        json(R"({"id":"p2","name":"X","type":"Comment","comment":"Nice post"})"));
    QVERIFY(plain.ok());
    QVERIFY(plain.value.hasSections);
    QCOMPARE(plain.value.comment, QStringLiteral("Nice post"));
    const auto listItem = Prompt::fromJson(json(R"({"id":"p3","name":"X"})"));
    QVERIFY(!listItem.value.hasSections);
}

void tst_DecodersValues::webhookValues()
{
    const auto w = Webhook::fromJson(json(
        R"({"id":"webhook_1","name":"CRM","url":"https://x.example/hook","events":["*"],"active":false,"lastFailure":"2023-06-15T10:30:00Z","successCount":3,"failureCount":4})"));
    QVERIFY(w.ok());
    QVERIFY(!w.value.active);
    QCOMPARE(w.value.failureCount, 4);
    QVERIFY(!w.value.lastSuccess.isValid());
    const auto e = WebhookEvent::listFromJson(json(R"(["linkedin.message.sent"])"));
    QVERIFY(e.ok());
    QCOMPARE(e.value.first().id, QStringLiteral("linkedin.message.sent"));
    const auto ex = WebhookExample::fromJson(json(
        R"({"event":"message.sent","timestamp":"2024-01-20T14:15:00Z","data":{"message":{"id":"message_555"}},"team":{"id":"team_abc","name":"Sales Team Alpha"}})"));
    QVERIFY(ex.ok());
    QCOMPARE(ex.value.teamName, QStringLiteral("Sales Team Alpha"));
    QVERIFY(ex.value.data.contains("message"));
}

void tst_DecodersValues::deletionValues()
{
    const auto d = DeletionResult::fromJson(json(
        R"({"message":"Prospect deleted successfully","deletionSummary":{"prospectId":"prospect_123","prospectName":"John Smith","campaignId":"campaign_456","deletedItems":{"chats":1,"messages":8}},"campaignStatsUpdated":{"prospectsCount":149}})"));
    QVERIFY(d.ok());
    QCOMPARE(d.value.id, QStringLiteral("prospect_123"));
    QCOMPARE(d.value.name, QStringLiteral("John Smith"));
    QCOMPARE(d.value.campaignId, QStringLiteral("campaign_456"));
    QCOMPARE(d.value.deletedItems.value("messages"), 8);
    QCOMPARE(d.value.campaignStatsUpdated.value("prospectsCount"), 149);
    const auto c = DeletionResult::fromJson(json(
        R"({"message":"Campaign deleted successfully","deletionSummary":{"campaignId":"campaign_123","campaignName":"Q4","deletedItems":{"prospects":150}}})"));
    QCOMPARE(c.value.id, QStringLiteral("campaign_123"));
    QCOMPARE(c.value.name, QStringLiteral("Q4"));
    const auto b = BulkDeleteResult::fromJson(json(
        R"({"summary":{"requested":2,"successful":1,"failed":1},"results":[{"prospectId":"a","status":"success"},{"prospectId":"b","status":"failed","error":"not_found"}]})"));
    QVERIFY(b.ok());
    QVERIFY(b.value.results[0].succeeded());
    QVERIFY(!b.value.results[1].succeeded());
}

QTEST_GUILESS_MAIN(tst_DecodersValues)
#include "tst_decoders_values.moc"
