#include "sandbox/SeedCore.h"

#include "sandbox/ModelRoutes.h"
#include "sandbox/SandboxState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kakiyo::sandbox {

namespace {

const char *const FirstNames[] = {"Amelia", "Noah", "Sofia", "Lucas", "Maya", "Ethan", "Clara",
    "Daniel", "Priya", "Jonas", "Léa", "Mateo", "Hannah", "Omar", "Julia", "Felix"};
const char *const LastNames[] = {"Carter", "Nguyen", "Schmidt", "Rossi", "Okafor", "Dubois",
    "Kowalski", "Hansen", "Silva", "Moreau", "Patel", "Jensen", "Fischer", "Lopez"};
const char *const Countries[] = {"US", "GB", "FR", "DE", "NL", "ES", "CA"};

const char *const CampaignNames[] = {
    "Q3 SaaS Founders — US",
    "Series A CFOs",
    "RevOps Leaders EMEA",
    "Healthcare IT Directors",
    "Fintech Heads of Sales",
    "Agency Owners — UK",
    "E-commerce CMOs",
    "Manufacturing COOs DACH",
    "Cybersecurity VPs",
    "Logistics Ops Managers",
    "HR Tech Buyers",
    "PropTech Founders",
    "Nordic Scale-ups",
    "Legal Ops Leaders",
    "EdTech Partnerships",
    "Climate Tech Investors",
};

QString pick(SandboxState &state, const char *const *list, int size)
{
    return QString::fromUtf8(list[state.rng.bounded(size)]);
}

QString daysAgo(const SandboxState &state, double days)
{
    return SandboxState::iso(state.now().addMSecs(-qint64(days * 86400000.0)));
}

} // namespace

void seedCore(SandboxState &state)
{
    const int agentCount = state.options.agents;
    const int campaignCount = state.options.campaigns;

    // Products ("offerings").
    struct ProductSeed
    {
        const char *name, *description;
    };
    static const ProductSeed products[] = {
        {"Pipeline Autopilot",
            "AI-assisted outbound that books qualified meetings for B2B sales teams, with CRM sync "
            "and "
            "weekly pipeline reviews."},
        {"RevOps Audit",
            "A two-week audit of your revenue operations: funnel metrics, tooling, data hygiene "
            "and a "
            "prioritised roadmap."},
        {"Outbound Playbook Workshop",
            "A hands-on workshop that turns your best customer stories into a repeatable LinkedIn "
            "outreach playbook."},
    };
    QStringList productIds;
    int n = 0;
    for (const ProductSeed &p : products) {
        const QString id = state.newId();
        productIds << id;
        state.run(
            QStringLiteral(
                "INSERT INTO products (id, name, description, created_at) VALUES (?, ?, ?, ?)"),
            {id, QString::fromUtf8(p.name), QString::fromUtf8(p.description),
                daysAgo(state, 200 - 30 * n++)});
    }

    // Prompts.
    struct PromptSeed
    {
        const char *name, *type, *model, *context, *firstMessage;
    };
    static const PromptSeed prompts[] = {
        {"Founder-led outreach", "Messages", "680321c8001e2f527d82",
            "You write as {{agentName}}. Prospect: {{prospectDescription}}. Offer: "
            "{{offeringDescription}}. "
            "Be brief, specific and human; one question per message.",
            "Hi {{prospectName}}, I saw what {{company}} is doing and had a quick question."},
        {"Warm follow-up sequence", "Messages", "67fcab2e0032f8b20363",
            "Follow up politely with {{prospectDescription}} about {{offeringDescription}}; "
            "reference "
            "{{customData}} when present.",
            "Thanks for connecting, {{prospectName}}!"},
        {"Post engagement (beta)", "Comment", "680321e500318611796d", "", ""},
    };
    QStringList promptIds;
    n = 0;
    for (const PromptSeed &p : prompts) {
        const QString id = state.newId();
        promptIds << id;
        const QString created = daysAgo(state, 190 - 25 * n++);
        const bool messages = QLatin1String(p.type) == QLatin1String("Messages");
        const QJsonArray followUps = messages
            ? QJsonArray {QJsonObject {
                              {"prompt", "A short, friendly bump referencing the first message."},
                              {"delay", 3}},
                QJsonObject {
                    {"prompt", "Share one relevant customer result and ask for 15 minutes."},
                    {"delay", 5}}}
            : QJsonArray {};
        state.run(
            QStringLiteral(
                "INSERT INTO prompts (id, name, type, model, context, first_message, follow_ups, "
                "comment, created_at, updated_at) VALUES (?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, "
                "''), ?, "
                "COALESCE(?, ''), ?, ?)"),
            {id, QString::fromUtf8(p.name), QString::fromUtf8(p.type), QString::fromUtf8(p.model),
                QString::fromUtf8(p.context), QString::fromUtf8(p.firstMessage),
                QString::fromUtf8(QJsonDocument(followUps).toJson(QJsonDocument::Compact)),
                messages ? QString()
                         : QStringLiteral("Add a thoughtful comment about {{postTopic}}."),
                created, created});
    }

    // Workspaces (agency plan).
    QStringList workspaceIds;
    static const char *const workspaces[] = {"Acme Robotics", "Bluefin Health"};
    n = 0;
    for (const char *name : workspaces) {
        const QString id = state.newId();
        workspaceIds << id;
        state.run(QStringLiteral("INSERT INTO workspaces (id, name, client_team_id, created_at) "
                                 "VALUES (?, ?, ?, ?)"),
            {id, QString::fromUtf8(name), state.newId(), daysAgo(state, 120 - 40 * n)});
        const QString domain
            = n == 0 ? QStringLiteral("acme-robotics.example") : QStringLiteral("bluefin.example");
        state.run(QStringLiteral("INSERT INTO workspace_members (id, workspace_id, user_id, email, "
                                 "roles, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"),
            {state.newId(), id, state.newId(), QStringLiteral("ops@") + domain,
                QStringLiteral("[\"member\"]"), daysAgo(state, 110 - 40 * n)});
        ++n;
    }

    // Agents: mostly running, one paused, a couple needing attention (alerts), one not set up.
    QStringList agentIds;
    QStringList workingAgentIds; // agents that can own campaigns (have a LinkedIn login)
    for (int i = 0; i < agentCount; ++i) {
        QString status;
        switch (i) {
        case 3:
            status = QStringLiteral("paused");
            break;
        case 4:
            status = QStringLiteral("auth_needed");
            break;
        case 5:
            status = QStringLiteral("setup_needed");
            break;
        case 6:
            status = QStringLiteral("disabled");
            break;
        default:
            status = (i > 6 && i % 4 == 3) ? QStringLiteral("paused") : QStringLiteral("running");
        }
        const QString first = pick(state, FirstNames, int(std::size(FirstNames)));
        const QString last = pick(state, LastNames, int(std::size(LastNames)));
        const QString id = state.newId();
        agentIds << id;
        const bool hasLogin = status != u"setup_needed";
        if (hasLogin)
            workingAgentIds << id;
        const QString created = daysAgo(state, 180 - i * 7);
        const int invitations = hasLogin ? 200 + int(state.rng.bounded(900)) : 0;
        const int messages = hasLogin ? 400 + int(state.rng.bounded(2000)) : 0;
        const bool active = status == u"running";
        state.run(QStringLiteral(
                      "INSERT INTO agents (id, name, status, login, country, avatar, next_task, "
                      "working_days, working_start, working_stop, timezone, invitations_min, "
                      "invitations_max, messages_min, messages_max, skip_in_network, "
                      "usage_invitations, usage_invitations_daily, usage_messages, "
                      "usage_messages_daily, next_invitation, next_message, workspace_id, "
                      "created_at, updated_at) VALUES "
                      "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            {id, first + u' ' + last, status,
                hasLogin ? QVariant(QStringLiteral("%1.%2@northwind-growth.example")
                                        .arg(first.toLower(), last.toLower()))
                         : QVariant(),
                hasLogin ? QVariant(pick(state, Countries, int(std::size(Countries)))) : QVariant(),
                QStringLiteral("https://avatars.kakiyo.example/%1.png").arg(id),
                active ? QVariant(SandboxState::iso(state.now().addSecs(300 + i * 420)))
                       : QVariant(),
                i % 5 == 2 ? QStringLiteral("1:1:1:1:1:1:0") : QStringLiteral("1:1:1:1:1:0:0"),
                i % 2 ? QStringLiteral("08:30") : QStringLiteral("09:00"),
                i % 2 ? QStringLiteral("17:30") : QStringLiteral("18:00"), (i % 3) - 1, 10 + i % 5,
                25 + i % 10, 30 + i % 20, 60 + i % 40, i % 3 == 0 ? 1 : 0, invitations,
                active ? 5 + i % 15 : 0, messages, active ? 10 + i % 20 : 0,
                active ? QVariant(SandboxState::iso(state.now().addSecs(600 + i * 300)))
                       : QVariant(),
                active ? QVariant(SandboxState::iso(state.now().addSecs(900 + i * 240)))
                       : QVariant(),
                (i == 1 || i == 2) && !workspaceIds.isEmpty() ? QVariant(workspaceIds.at(i - 1))
                                                              : QVariant(),
                created, created});
        if (status == u"auth_needed")
            state.run(QStringLiteral(
                          "INSERT INTO agent_alerts (agent_id, type, sub_type, message, severity) "
                          "VALUES (?, 'auth', '2fa_required', ?, 'warning')"),
                {id,
                    QStringLiteral("Please enter the verification code sent by LinkedIn to your "
                                   "email/phone")});
        if (status == u"disabled")
            state.run(QStringLiteral(
                          "INSERT INTO agent_alerts (agent_id, type, sub_type, message, severity) "
                          "VALUES (?, 'account', 'restricted', ?, 'error')"),
                {id,
                    QStringLiteral(
                        "LinkedIn temporarily restricted this account; contact support")});
        if (i == 2)
            state.run(QStringLiteral(
                          "INSERT INTO agent_alerts (agent_id, type, sub_type, message, severity) "
                          "VALUES (?, 'limits', 'weekly_invitations', ?, 'info')"),
                {id,
                    QStringLiteral("Weekly invitation limit almost reached; invitations slow down "
                                   "until Monday")});
    }

    // Campaigns in several states, spread over agents, products and prompts.
    static const char *const statusCycle[]
        = {"active", "active", "paused", "active", "completed", "draft", "paused", "active"};
    for (int i = 0; i < campaignCount; ++i) {
        const QString id = state.newId();
        QString name = QString::fromUtf8(CampaignNames[i % int(std::size(CampaignNames))]);
        if (i >= int(std::size(CampaignNames)))
            name += QStringLiteral(" #%1").arg(i / int(std::size(CampaignNames)) + 1);
        const QString status = QString::fromUtf8(statusCycle[i % int(std::size(statusCycle))]);
        const QVariant agent = workingAgentIds.isEmpty()
            ? (agentIds.isEmpty() ? QVariant() : QVariant(agentIds.first()))
            : QVariant(workingAgentIds.at(i % workingAgentIds.size()));
        const QString created
            = daysAgo(state, 95 - (double(i) * 80.0 / std::max(1, campaignCount)) + 0.37 * i);
        const QJsonObject variables {{"companyValue", "Pipeline you can forecast"},
            {"painPoint", "low reply rates on cold outreach"},
            {"benefit", "3x more qualified meetings"}};
        state.run(
            QStringLiteral(
                "INSERT INTO campaigns (id, name, status, product_id, prompt_id, agent_id, "
                "qualification_automatic, qualification_verification, variables, "
                "prevent_auto_start, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
            {id, name, status, productIds.at(i % productIds.size()), promptIds.at(i % 2), agent,
                70 + (i % 3) * 5, 50 - (i % 2) * 5,
                QString::fromUtf8(QJsonDocument(variables).toJson(QJsonDocument::Compact)),
                status == u"draft" ? 1 : 0, created, created});
    }

    // Webhooks with delivery history.
    struct WebhookSeed
    {
        const char *name, *url, *secret, *events;
        bool active;
        int success, failure;
        double lastSuccessDays, lastFailureDays; // < 0: never
    };
    static const WebhookSeed webhooks[] = {
        {"CRM sync", "https://hooks.crm.example/kakiyo", "whsec_crm_sync",
            R"(["linkedin.message.received","prospect.qualification.manual"])", true, 1284, 3, 0.02,
            12.5},
        {"Slack alerts", "https://hooks.slack.example/services/T000/B000", "", R"(["*"])", true,
            5120, 0, 0.01, -1},
        {"Legacy Zap", "https://hooks.zapier.example/catch/1234/abcd", "whsec_zap",
            R"(["linkedin.invitation.accepted"])", false, 210, 4, 41, 40},
    };
    n = 0;
    for (const WebhookSeed &w : webhooks) {
        state.run(
            QStringLiteral(
                "INSERT INTO webhooks (id, name, url, secret, events, active, last_success, "
                "last_failure, success_count, failure_count, consecutive_failures, created_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
            {state.newId(), QString::fromUtf8(w.name), QString::fromUtf8(w.url),
                QString::fromUtf8(w.secret), QString::fromUtf8(w.events), w.active ? 1 : 0,
                w.lastSuccessDays < 0 ? QVariant() : QVariant(daysAgo(state, w.lastSuccessDays)),
                w.lastFailureDays < 0 ? QVariant() : QVariant(daysAgo(state, w.lastFailureDays)),
                w.success, w.failure, w.active ? 0 : 4, daysAgo(state, 150 - 30 * n++)});
    }
}

} // namespace kakiyo::sandbox
