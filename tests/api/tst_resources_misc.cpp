// DncApi, WebhooksApi, WorkspacesApi and AnalyticsApi against a real kakiyo-sandbox in both
// profiles: the DNC envelope, normalisation and paging; webhook CRUD and test tools; workspace
// membership and agent assignment; analytics figures that agree with the campaign list.
#include "common/ResourceHarness.h"
#include "models/api/AgentsApi.h"
#include "models/api/AnalyticsApi.h"
#include "models/api/CampaignsApi.h"
#include "models/api/DncApi.h"
#include "models/api/WebhooksApi.h"
#include "models/api/WorkspacesApi.h"

using namespace kakiyo;
using kakiyo::test::ResourceHarness;

class tst_ResourcesMisc : public QObject
{
    Q_OBJECT

public:
    explicit tst_ResourcesMisc(const QString &profile)
        : m_h(profile,
            {QStringLiteral("--agents"), QStringLiteral("3"), QStringLiteral("--campaigns"),
                QStringLiteral("3"), QStringLiteral("--prospects"), QStringLiteral("60")})
    {
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_h.start(&error), qPrintable(error));
        qInfo("profile %s", qPrintable(m_h.profile()));
    }

    void dnc()
    {
        DncApi dnc(m_h.session());
        const auto page = m_h.run<DncListPage>([&](QObject *o, auto d) { dnc.list({2, 0}, o, d); });
        QVERIFY2(page.ok(), m_h.describe(page));
        QCOMPARE(page.value.entries.size(), 2);
        QCOMPARE(page.value.limit, 2);
        QVERIFY(page.value.hasMore());
        for (const DncEntry &e : page.value.entries) {
            QVERIFY(!e.id.isEmpty()); // from `$id`
            QVERIFY(e.createdAt.isValid()); // from `$createdAt`
            QCOMPARE(e.teamId, m_h.sandbox().teamId());
        }
        const auto next = m_h.run<DncListPage>([&](QObject *o, auto d) { dnc.list({2, 2}, o, d); });
        QVERIFY(next.ok());
        QVERIFY(next.value.entries.first().id != page.value.entries.first().id);

        const auto added = m_h.run<DncEntry>([&](QObject *o, auto d) {
            dnc.add({QStringLiteral("WWW.LinkedIn.com/in/Dnc-Resource-Test/")}, o, d);
        });
        QVERIFY2(added.ok(), m_h.describe(added));
        QCOMPARE(added.httpStatus, 201);
        QCOMPARE(added.value.url, QStringLiteral("https://linkedin.com/in/dnc-resource-test"));
        const auto dup = m_h.run<DncEntry>([&](QObject *o, auto d) {
            dnc.add({QStringLiteral("https://linkedin.com/in/dnc-resource-test")}, o, d);
        });
        QCOMPARE(dup.error.category, ApiError::Category::Conflict);
        QCOMPARE(dup.error.code, QStringLiteral("dnc_entry_exists"));

        const auto on = m_h.run<DncCheck>(
            [&](QObject *o, auto d) { dnc.check({QStringLiteral("in/dnc-resource-test")}, o, d); });
        QVERIFY2(on.ok(), m_h.describe(on));
        QVERIFY(on.value.onList);
        QVERIFY(on.value.entry.has_value());
        QCOMPARE(on.value.entry->id, added.value.id);

        const auto batch = m_h.run<DncBatchResult>([&](QObject *o, auto d) {
            dnc.addBatch({{QStringLiteral("https://linkedin.com/in/dnc-batch-a"),
                             QStringLiteral("https://linkedin.com/in/dnc-resource-test"),
                             QStringLiteral("not a linkedin url")}},
                o, d);
        });
        QVERIFY2(batch.ok(), m_h.describe(batch));
        QCOMPARE(batch.value.added, 1);
        QCOMPARE(batch.value.duplicates, 1);
        QCOMPARE(batch.value.errors, 1);
        QCOMPARE(batch.value.details.size(), 3);
        QCOMPARE(batch.value.details[2].status, QStringLiteral("error"));

        const auto removed
            = m_h.run<Ack>([&](QObject *o, auto d) { dnc.remove(added.value.id, o, d); });
        QVERIFY2(removed.ok(), m_h.describe(removed));
        QVERIFY(!removed.value.message.isEmpty());
        const auto off = m_h.run<DncCheck>([&](QObject *o, auto d) {
            dnc.check({QStringLiteral("https://linkedin.com/in/dnc-resource-test")}, o, d,
                {Priority::Interactive, ApiRequest::CacheMode::Refresh});
        });
        QVERIFY(off.ok());
        QVERIFY(!off.value.onList);
        QVERIFY(!off.value.entry.has_value());
        const auto missing
            = m_h.run<Ack>([&](QObject *o, auto d) { dnc.remove(added.value.id, o, d); });
        QCOMPARE(missing.error.category, ApiError::Category::NotFound);
        QCOMPARE(missing.error.code, QStringLiteral("dnc_not_found"));

        const auto refused = m_h.run<DncEntry>(
            [&](QObject *o, auto d) { dnc.add({QStringLiteral("https://example.com/x")}, o, d); });
        QCOMPARE(refused.error.category, ApiError::Category::Validation);
        const auto badLimit = m_h.run<DncListPage>([&](QObject *o, auto d) {
            dnc.list({1001, 0}, o, d);
        });
        QCOMPARE(badLimit.error.category, ApiError::Category::Validation);
    }

    void webhooks()
    {
        WebhooksApi hooks(m_h.session());
        const auto list = m_h.run<QList<Webhook>>([&](QObject *o, auto d) { hooks.list(o, d); });
        QVERIFY2(list.ok(), m_h.describe(list));
        const auto events
            = m_h.run<QList<WebhookEvent>>([&](QObject *o, auto d) { hooks.events(o, d); });
        QVERIFY(events.ok());
        QCOMPARE(events.value.size(), 6);
        QStringList subscribable = subscribableWebhookEvents();
        for (const WebhookEvent &e : events.value)
            QVERIFY2(subscribable.contains(e.id), qPrintable(e.id));

        const auto created = m_h.run<Webhook>([&](QObject *o, auto d) {
            hooks.create(
                {QStringLiteral("Resource hook"), QStringLiteral("https://hooks.example/resource"),
                    QStringLiteral("s3cret"), {QStringLiteral("linkedin.message.received")}},
                o, d);
        });
        QVERIFY2(created.ok(), m_h.describe(created));
        QCOMPARE(created.httpStatus, 201);
        QVERIFY(created.value.active);
        const QString id = created.value.id;

        WebhookUpdate update;
        update.events = QStringList {QStringLiteral("*")};
        update.active = false;
        QVERIFY(m_h.run<Ack>([&](QObject *o, auto d) { hooks.update(id, update, o, d); }).ok());
        const auto again = m_h.run<QList<Webhook>>([&](QObject *o, auto d) {
            hooks.list(o, d, {Priority::Interactive, ApiRequest::CacheMode::Refresh});
        });
        auto it = std::find_if(
            again.value.begin(), again.value.end(), [&](const Webhook &w) { return w.id == id; });
        QVERIFY(it != again.value.end());
        QVERIFY(!it->active);
        QCOMPARE(it->events, QStringList {"*"});

        const auto test = m_h.run<WebhookTestResult>([&](QObject *o, auto d) {
            hooks.test({QStringLiteral("linkedin.message.received"), {}}, o, d);
        });
        // Delivered to the active subscribers of that event (or 404 when there are none).
        QVERIFY2(
            test.ok() || test.error.category == ApiError::Category::NotFound, m_h.describe(test));
        if (test.ok()) {
            QCOMPARE(test.value.event, QStringLiteral("linkedin.message.received"));
            QCOMPARE(test.value.webhooksCount, test.value.webhooks.size());
            // The sandbox reports each delivery's outcome; the decoded details follow the list.
            QCOMPARE(test.value.deliveries.size(), test.value.webhooks.size());
            for (qsizetype i = 0; i < test.value.deliveries.size(); ++i) {
                const WebhookDelivery &d = test.value.deliveries.at(i);
                QCOMPARE(d.id, test.value.webhooks.at(i).id);
                QVERIFY(d.delivered.has_value());
            }
        }

        const auto catalogue
            = m_h.run<QList<WebhookEvent>>([&](QObject *o, auto d) { hooks.testEvents(o, d); });
        QVERIFY(catalogue.ok());
        QVERIFY(!catalogue.value.isEmpty());
        QVERIFY(!catalogue.value.first().category.isEmpty());
        const auto example = m_h.run<WebhookExample>(
            [&](QObject *o, auto d) { hooks.testExample(catalogue.value.first().id, o, d); });
        QVERIFY2(example.ok(), m_h.describe(example));
        QCOMPARE(example.value.event, catalogue.value.first().id);
        QVERIFY(!example.value.data.isEmpty());
        const auto invalid = m_h.run<WebhookExample>([&](QObject *o, auto d) {
            hooks.testExample(QStringLiteral("invalid.event.type"), o, d);
        });
        QCOMPARE(invalid.error.code, QStringLiteral("invalid_event"));

        QVERIFY(m_h.run<Ack>([&](QObject *o, auto d) { hooks.remove(id, o, d); }).ok());
        const auto gone = m_h.run<Ack>([&](QObject *o, auto d) { hooks.remove(id, o, d); });
        QCOMPARE(gone.error.category, ApiError::Category::NotFound);

        const auto refused = m_h.run<Webhook>([&](QObject *o, auto d) {
            hooks.create({QStringLiteral("x"), QStringLiteral("https://h.example"), {},
                             {QStringLiteral("prospect.qualified")}},
                o, d);
        });
        QCOMPARE(refused.error.category, ApiError::Category::Validation);
        QCOMPARE(refused.error.details.first().field, QStringLiteral("events[0]"));
    }

    void workspaces()
    {
        WorkspacesApi spaces(m_h.session());
        const auto list = m_h.run<WorkspaceList>([&](QObject *o, auto d) { spaces.list(o, d); });
        if (list.error.category == ApiError::Category::Forbidden)
            QFAIL("the sandbox team is expected to be on the agency plan");
        QVERIFY2(list.ok(), m_h.describe(list));
        QCOMPARE(list.value.total, list.value.workspaces.size());

        const auto created = m_h.run<Workspace>(
            [&](QObject *o, auto d) { spaces.create({QStringLiteral("Resource Client")}, o, d); });
        QVERIFY2(created.ok(), m_h.describe(created));
        QCOMPARE(created.value.name, QStringLiteral("Resource Client"));
        const QString id = created.value.id;

        const auto invited = m_h.run<WorkspaceInvitation>([&](QObject *o, auto d) {
            spaces.invite(
                id, {QStringLiteral("client@example.com"), {QStringLiteral("member")}, {}}, o, d);
        });
        QVERIFY2(invited.ok(), m_h.describe(invited));
        QCOMPARE(invited.value.email, QStringLiteral("client@example.com"));
        const auto twice = m_h.run<WorkspaceInvitation>([&](QObject *o, auto d) {
            spaces.invite(
                id, {QStringLiteral("client@example.com"), {QStringLiteral("member")}, {}}, o, d);
        });
        QCOMPARE(twice.error.category, ApiError::Category::Conflict);

        AgentsApi agents(m_h.session());
        const auto agentList
            = m_h.run<QList<Agent>>([&](QObject *o, auto d) { agents.list(o, d); });
        QVERIFY(agentList.ok());
        const QString agentId = agentList.value.first().id;
        const auto assigned = m_h.run<WorkspaceAgentChange>(
            [&](QObject *o, auto d) { spaces.assignAgent(id, agentId, o, d); });
        QVERIFY2(assigned.ok(), m_h.describe(assigned));
        QCOMPARE(assigned.value.agentId, agentId);
        QVERIFY(assigned.value.propagated.contains(QStringLiteral("campaigns")));
        const auto unassigned = m_h.run<WorkspaceAgentChange>(
            [&](QObject *o, auto d) { spaces.unassignAgent(id, agentId, o, d); });
        QVERIFY2(unassigned.ok(), m_h.describe(unassigned));

        const auto removedClient = m_h.run<WorkspaceClientRemoved>([&](QObject *o, auto d) {
            spaces.removeClient(id, {QStringLiteral("client@example.com")}, o, d);
        });
        QVERIFY2(removedClient.ok(), m_h.describe(removedClient));
        QCOMPARE(removedClient.value.email, QStringLiteral("client@example.com"));
        const auto notMember = m_h.run<WorkspaceClientRemoved>([&](QObject *o, auto d) {
            spaces.removeClient(id, {QStringLiteral("client@example.com")}, o, d);
        });
        QCOMPARE(notMember.error.category, ApiError::Category::NotFound);

        const auto deleted
            = m_h.run<WorkspaceDeleted>([&](QObject *o, auto d) { spaces.remove(id, o, d); });
        QVERIFY2(deleted.ok(), m_h.describe(deleted));
        QVERIFY(!deleted.value.message.isEmpty());
        const auto refused = m_h.run<WorkspaceInvitation>([&](QObject *o, auto d) {
            spaces.invite(id, {QStringLiteral("not-an-email"), {}, {}}, o, d);
        });
        QCOMPARE(refused.error.category, ApiError::Category::Validation);
        QCOMPARE(refused.error.details.size(), 2);
    }

    void analytics()
    {
        AnalyticsApi analytics(m_h.session());
        CampaignsApi campaigns(m_h.session());
        const auto list
            = m_h.run<QList<Campaign>>([&](QObject *o, auto d) { campaigns.list(o, d); });
        QVERIFY(list.ok());
        const auto overview
            = m_h.run<AnalyticsOverview>([&](QObject *o, auto d) { analytics.overview(o, d); });
        QVERIFY2(overview.ok(), m_h.describe(overview));
        qint64 prospects = 0;
        for (const Campaign &c : list.value)
            prospects += c.stats.prospects;
        QCOMPARE(overview.value.totalCampaigns, list.value.size());
        QCOMPARE(overview.value.totalProspects, prospects);
        QCOMPARE(overview.value.campaigns.size(), list.value.size());
        QVERIFY(overview.value.conversionRate >= 0 && overview.value.conversionRate <= 100);

        const Campaign &c = list.value.first();
        const auto one = m_h.run<CampaignAnalytics>(
            [&](QObject *o, auto d) { analytics.campaign(c.id, o, d); });
        QVERIFY2(one.ok(), m_h.describe(one));
        QCOMPARE(one.value.campaignId, c.id);
        QCOMPARE(one.value.totalProspects, c.stats.prospects);
        const auto days = one.value.dailyAscending();
        for (int i = 1; i < days.size(); ++i)
            QVERIFY(days[i - 1].date <= days[i].date);
        const auto missing = m_h.run<CampaignAnalytics>([&](QObject *o, auto d) {
            analytics.campaign(QStringLiteral("abcdefghij0123456789"), o, d);
        });
        QCOMPARE(missing.error.category, ApiError::Category::NotFound);
    }

private:
    ResourceHarness m_h;
};

KAKIYO_RESOURCE_TEST_MAIN(tst_ResourcesMisc)
#include "tst_resources_misc.moc"
