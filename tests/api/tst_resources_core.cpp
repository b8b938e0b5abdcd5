// AuthApi, CampaignsApi, ProductsApi, PromptsApi, ModelsApi and AgentsApi against a real
// kakiyo-sandbox, in both profiles: every endpoint of those areas, decoded into domain values;
// bad forms refused before they cost a call; server errors and bad bodies as typed ApiErrors.
#include "common/ResourceHarness.h"
#include "models/api/AgentsApi.h"
#include "models/api/AuthApi.h"
#include "models/api/CampaignsApi.h"
#include "models/api/ModelsApi.h"
#include "models/api/ProductsApi.h"
#include "models/api/PromptsApi.h"

using namespace kakiyo;
using kakiyo::test::ResourceHarness;

class tst_ResourcesCore : public QObject
{
    Q_OBJECT

public:
    explicit tst_ResourcesCore(const QString &profile)
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

    void verify()
    {
        AuthApi auth(m_h.session());
        const auto r = m_h.run<VerifyResult>([&](QObject *o, auto done) { auth.verify(o, done); });
        QVERIFY2(r.ok(), m_h.describe(r));
        QCOMPARE(r.value.teamId, m_h.sandbox().teamId());
        QCOMPARE(r.value.status, QStringLiteral("success"));
        QVERIFY(!r.fromCache);
    }

    void campaignsLifecycle()
    {
        CampaignsApi campaigns(m_h.session());
        const auto list
            = m_h.run<QList<Campaign>>([&](QObject *o, auto d) { campaigns.list(o, d); });
        QVERIFY2(list.ok(), m_h.describe(list));
        QCOMPARE(list.value.size(), 3);
        for (const Campaign &c : list.value) {
            QVERIFY(!c.id.isEmpty());
            QVERIFY(!c.name.isEmpty());
            QVERIFY(c.createdAt.isValid());
            QVERIFY(!c.agentId.isEmpty());
        }

        const auto stats = m_h.run<CampaignStats>(
            [&](QObject *o, auto d) { campaigns.stats(list.value.first().id, o, d); });
        QVERIFY2(stats.ok(), m_h.describe(stats));
        QCOMPARE(stats.value.id, list.value.first().id);
        QCOMPARE(stats.value.stats.prospects, list.value.first().stats.prospects);
        QVERIFY(stats.value.stats.conversionRate.has_value()); // "12.00%" strings decoded
        QVERIFY(*stats.value.stats.conversionRate >= 0 && *stats.value.stats.conversionRate <= 100);

        // Create with real product, prompt and agent ids.
        ProductsApi products(m_h.session());
        PromptsApi prompts(m_h.session());
        AgentsApi agents(m_h.session());
        const auto p = m_h.run<QList<Product>>([&](QObject *o, auto d) { products.list(o, d); });
        const auto q = m_h.run<QList<Prompt>>([&](QObject *o, auto d) { prompts.list(o, d); });
        const auto a = m_h.run<QList<Agent>>([&](QObject *o, auto d) { agents.list(o, d); });
        QVERIFY(p.ok() && q.ok() && a.ok());
        QVERIFY(!p.value.isEmpty() && !q.value.isEmpty() && !a.value.isEmpty());
        CampaignCreate form;
        form.name = QStringLiteral("Resource test campaign");
        form.productId = p.value.first().id;
        form.promptId = q.value.first().id;
        form.agentId = a.value.first().id;
        form.variables = {{QStringLiteral("painPoint"), QStringLiteral("slow pipeline")}};
        form.preventAutoStart = true;
        const auto created
            = m_h.run<CampaignCreated>([&](QObject *o, auto d) { campaigns.create(form, o, d); });
        QVERIFY2(created.ok(), m_h.describe(created));
        QVERIFY(!created.value.id.isEmpty());
        QCOMPARE(created.httpStatus, 201);
        const QString id = created.value.id;

        const auto again = m_h.run<QList<Campaign>>([&](QObject *o, auto d) {
            campaigns.list(o, d, {Priority::Interactive, ApiRequest::CacheMode::Refresh});
        });
        QVERIFY(again.ok());
        QCOMPARE(again.value.size(), 4);

        CampaignUpdate update;
        update.name = QStringLiteral("Renamed resource campaign");
        update.qualificationAutomatic = 80;
        const auto updated
            = m_h.run<Ack>([&](QObject *o, auto d) { campaigns.update(id, update, o, d); });
        QVERIFY2(updated.ok(), m_h.describe(updated));

        const auto resumed = m_h.run<Ack>([&](QObject *o, auto d) { campaigns.resume(id, o, d); });
        QVERIFY2(resumed.ok(), m_h.describe(resumed));
        // An active campaign cannot be deleted: the server says so, typed.
        const auto refused
            = m_h.run<DeletionResult>([&](QObject *o, auto d) { campaigns.remove(id, o, d); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error.code, QStringLiteral("campaign_active"));
        const auto paused = m_h.run<Ack>([&](QObject *o, auto d) { campaigns.pause(id, o, d); });
        QVERIFY2(paused.ok(), m_h.describe(paused));
        const auto removed
            = m_h.run<DeletionResult>([&](QObject *o, auto d) { campaigns.remove(id, o, d); });
        QVERIFY2(removed.ok(), m_h.describe(removed));
        QCOMPARE(removed.value.id, id);

        const auto gone
            = m_h.run<CampaignStats>([&](QObject *o, auto d) { campaigns.stats(id, o, d); });
        QCOMPARE(gone.error.category, ApiError::Category::NotFound);
        QCOMPARE(gone.httpStatus, 404);
    }

    void invalidFormCostsNoCall()
    {
        CampaignsApi campaigns(m_h.session());
        const int before = m_h.sandbox().requestCount(QStringLiteral("POST /campaigns"));
        const int pausesBefore
            = m_h.sandbox().requestCount(QStringLiteral("POST /campaigns/{id}/pause"));
        CampaignCreate form; // name too short, ids missing
        form.name = QStringLiteral("Q2");
        form.qualificationAutomatic = 120;
        const auto r
            = m_h.run<CampaignCreated>([&](QObject *o, auto d) { campaigns.create(form, o, d); });
        QCOMPARE(r.error.category, ApiError::Category::Validation);
        QCOMPARE(r.httpStatus, 0);
        QCOMPARE(r.error.code, QStringLiteral("client_validation"));
        QCOMPARE(r.error.details.first().field, QStringLiteral("name"));
        QCOMPARE(r.error.details.size(), 5);
        const auto badId = m_h.run<Ack>(
            [&](QObject *o, auto d) { campaigns.pause(QStringLiteral("../agents"), o, d); });
        QCOMPARE(badId.error.category, ApiError::Category::Validation);
        QCOMPARE(m_h.sandbox().requestCount(QStringLiteral("POST /campaigns")), before);
        QCOMPARE(
            m_h.sandbox().requestCount(QStringLiteral("POST /campaigns/{id}/pause")), pausesBefore);
    }

    void productsAndPrompts()
    {
        ProductsApi products(m_h.session());
        const auto created = m_h.run<Ack>([&](QObject *o, auto d) {
            products.create({QStringLiteral("Resource Offering"),
                                QStringLiteral("An offering created by tst_resources_core")},
                o, d);
        });
        QVERIFY2(created.ok(), m_h.describe(created));
        QVERIFY(!created.value.id.isEmpty());
        const auto list = m_h.run<QList<Product>>([&](QObject *o, auto d) {
            products.list(o, d, {Priority::Interactive, ApiRequest::CacheMode::Refresh});
        });
        QVERIFY(list.ok());
        QVERIFY(std::any_of(list.value.begin(), list.value.end(),
            [&](const Product &p) { return p.id == created.value.id; }));

        PromptsApi prompts(m_h.session());
        const auto made = m_h.run<Ack>([&](QObject *o, auto d) {
            prompts.create({QStringLiteral("Resource prompt"),
                               QStringLiteral("680321c8001e2f527d82"), QStringLiteral("Messages")},
                o, d);
        });
        QVERIFY2(made.ok(), m_h.describe(made));
        const auto all = m_h.run<QList<Prompt>>([&](QObject *o, auto d) {
            prompts.list(o, d, {Priority::Interactive, ApiRequest::CacheMode::Refresh});
        });
        QVERIFY(all.ok());
        auto it = std::find_if(all.value.begin(), all.value.end(),
            [](const Prompt &p) { return p.name == QLatin1String("Resource prompt"); });
        QVERIFY(it != all.value.end());
        const QString id = it->id;

        PromptUpdate update;
        update.firstMessage = QStringLiteral("Hi {{firstName}}");
        update.followUps = QList<FollowUp> {{QStringLiteral("Short bump"), 7}};
        const auto updated
            = m_h.run<Ack>([&](QObject *o, auto d) { prompts.update(id, update, o, d); });
        QVERIFY2(updated.ok(), m_h.describe(updated));
        const auto one = m_h.run<Prompt>([&](QObject *o, auto d) {
            prompts.get(id, o, d, {Priority::Interactive, ApiRequest::CacheMode::Refresh});
        });
        QVERIFY2(one.ok(), m_h.describe(one));
        QCOMPARE(one.value.id, id);
        QCOMPARE(one.value.firstMessage, QStringLiteral("Hi {{firstName}}"));
        QCOMPARE(one.value.followUps.size(), 1);
        QCOMPARE(one.value.followUps.first().delay, 7);

        PromptUpdate tooMany;
        tooMany.followUps = QList<FollowUp> {{"a", 1}, {"b", 1}, {"c", 1}, {"d", 1}};
        const auto refused
            = m_h.run<Ack>([&](QObject *o, auto d) { prompts.update(id, tooMany, o, d); });
        QCOMPARE(refused.error.category, ApiError::Category::Validation);
        QCOMPARE(refused.error.details.first().field, QStringLiteral("followUps"));
    }

    void models()
    {
        ModelsApi models(m_h.session());
        const auto list = m_h.run<ModelList>([&](QObject *o, auto d) { models.list(o, d); });
        QVERIFY2(list.ok(), m_h.describe(list));
        QCOMPARE(list.value.total, 8);
        QCOMPARE(list.value.models.size(), 8);
        const auto mini = m_h.run<Model>(
            [&](QObject *o, auto d) { models.get(QStringLiteral("680321c8001e2f527d82"), o, d); });
        QVERIFY2(mini.ok(), m_h.describe(mini));
        QCOMPARE(mini.value.name, QStringLiteral("GPT 5 Mini"));
        QCOMPARE(mini.value.pricing.output, 2.0);
        const auto missing = m_h.run<Model>(
            [&](QObject *o, auto d) { models.get(QStringLiteral("abcdefghij0123456789"), o, d); });
        QCOMPARE(missing.error.category, ApiError::Category::NotFound);
    }

    void agents()
    {
        AgentsApi agents(m_h.session());
        const auto list = m_h.run<QList<Agent>>([&](QObject *o, auto d) { agents.list(o, d); });
        QVERIFY2(list.ok(), m_h.describe(list));
        QVERIFY(!list.value.isEmpty());
        const QString id = list.value.first().id;
        const auto details = m_h.run<Agent>([&](QObject *o, auto d) { agents.get(id, o, d); });
        QVERIFY2(details.ok(), m_h.describe(details));
        QVERIFY(details.value.usage.has_value());
        QVERIFY(details.value.workingHours.isSet());

        AgentUpdate update;
        update.limits = AgentLimits {5, 12, 20, 40};
        update.workingHours = WorkingHours {
            QStringLiteral("1:1:1:1:0:0:0"), QStringLiteral("08:30"), QStringLiteral("16:45"), 0};
        const auto updated
            = m_h.run<Ack>([&](QObject *o, auto d) { agents.update(id, update, o, d); });
        QVERIFY2(updated.ok(), m_h.describe(updated));
        const auto after = m_h.run<Agent>([&](QObject *o, auto d) {
            agents.get(id, o, d, {Priority::Interactive, ApiRequest::CacheMode::Refresh});
        });
        QVERIFY(after.ok());
        QCOMPARE(after.value.limits.invitationsMax, 12);
        QCOMPARE(after.value.workingHours.days, QStringLiteral("1:1:1:1:0:0:0"));
        QCOMPARE(after.value.workingHours.stop, QStringLiteral("16:45"));

        const auto paused = m_h.run<Ack>([&](QObject *o, auto d) { agents.pause(id, o, d); });
        QVERIFY2(paused.ok(), m_h.describe(paused));
        const auto resumed = m_h.run<Ack>([&](QObject *o, auto d) { agents.resume(id, o, d); });
        // Resume is refused while the agent has alerts; either way the answer is typed.
        QVERIFY2(resumed.ok() || resumed.error.category == ApiError::Category::Validation,
            m_h.describe(resumed));

        const auto created = m_h.run<Ack>([&](QObject *o, auto d) { agents.create(o, d); });
        if (created.error.category == ApiError::Category::Forbidden) {
            // The plan's account cap: a documented, typed refusal.
            QCOMPARE(created.httpStatus, 403);
            return;
        }
        QVERIFY2(created.ok(), m_h.describe(created));
        const QString fresh = created.value.id;
        QVERIFY(!fresh.isEmpty());
        const auto newAgent = m_h.run<Agent>([&](QObject *o, auto d) { agents.get(fresh, o, d); });
        QVERIFY(newAgent.ok());
        QCOMPARE(newAgent.value.status, QStringLiteral("setup_needed"));
        const auto setup = m_h.run<Ack>([&](QObject *o, auto d) {
            agents.setup(fresh,
                {QStringLiteral("new.agent@example.com"), QStringLiteral("secret-pass"),
                    QStringLiteral("de")},
                o, d);
        });
        QVERIFY2(setup.ok(), m_h.describe(setup));
        // Delete and relaunch need status `ended`.
        const auto del = m_h.run<Ack>([&](QObject *o, auto d) { agents.remove(fresh, o, d); });
        QCOMPARE(del.error.code, QStringLiteral("invalid_status"));
        QCOMPARE(del.httpStatus, 400);
        const auto relaunch
            = m_h.run<Ack>([&](QObject *o, auto d) { agents.relaunch(fresh, o, d); });
        QCOMPARE(relaunch.error.code, QStringLiteral("invalid_status"));
        const auto badSetup = m_h.run<Ack>([&](QObject *o, auto d) {
            agents.setup(fresh,
                {QStringLiteral("not-an-email"), QStringLiteral("123"), QStringLiteral("USA")}, o,
                d);
        });
        QCOMPARE(badSetup.error.category, ApiError::Category::Validation);
        QCOMPARE(badSetup.error.details.size(), 3);
    }

    void wrongShapeIsADecodeErrorNamingTheField()
    {
        AgentsApi agents(m_h.session());
        QVERIFY(m_h.sandbox().injectFault(QJsonObject {{"method", "GET"}, {"path", "/v1/agents"},
            {"count", 1}, {"kind", "status"}, {"status", 200},
            {"body", QJsonObject {{"agents", QJsonArray {}}}}}));
        const auto r = m_h.run<QList<Agent>>([&](QObject *o, auto d) {
            agents.list(o, d, {Priority::Interactive, ApiRequest::CacheMode::Refresh});
        });
        QCOMPARE(r.error.category, ApiError::Category::Decode);
        QVERIFY2(r.error.message.contains(QStringLiteral("expected array, got object")),
            qPrintable(r.error.message));
        QVERIFY(!r.error.userMessage().isEmpty());

        QVERIFY(m_h.sandbox().injectFault(QJsonObject {
            {"method", "GET"}, {"path", "/v1/models"}, {"count", 1}, {"kind", "malformed"}}));
        ModelsApi models(m_h.session());
        const auto bad = m_h.run<ModelList>([&](QObject *o, auto d) {
            models.list(o, d, {Priority::Interactive, ApiRequest::CacheMode::Refresh});
        });
        QCOMPARE(bad.error.category, ApiError::Category::Decode);
        m_h.sandbox().clearFaults();
        // The session is still usable afterwards.
        const auto ok = m_h.run<ModelList>([&](QObject *o, auto d) {
            models.list(o, d, {Priority::Interactive, ApiRequest::CacheMode::Refresh});
        });
        QVERIFY2(ok.ok(), m_h.describe(ok));
    }

private:
    ResourceHarness m_h;
};

KAKIYO_RESOURCE_TEST_MAIN(tst_ResourcesCore)
#include "tst_resources_core.moc"
