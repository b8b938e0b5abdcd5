// Request encoders' client-side validation: each table row breaks one documented constraint of the
// contract and expects exactly the field error that names it (or none). The campaign and prospect
// rows are in CampaignProspectRows.h.
#include "CampaignProspectRows.h"
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

class tst_EncodersValidation : public QObject
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
};

void tst_EncodersValidation::validation_data()
{
    QTest::addColumn<std::function<FieldErrors()>>("check");
    QTest::addColumn<QString>("expectedFields");
    const auto row = addValidationRow;

    addCampaignValidationRows();
    addProspectValidationRows();

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

QTEST_GUILESS_MAIN(tst_EncodersValidation)
#include "tst_encoders_validation.moc"
