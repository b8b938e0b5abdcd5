#include "sandbox/AgentRoutes.h"

#include "sandbox/Router.h"
#include "sandbox/SandboxState.h"
#include "sandbox/Validator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>

namespace kakiyo::sandbox {

namespace {

constexpr int MaxAgents = 50; // plan cap behind 403 "Forbidden - limit reached"
constexpr int SetupDelayMs = 1500; // auth_in_progress → running (or auth_needed)

const char *const Columns
    = "id, name, status, login, country, avatar, next_task, working_days, working_start, "
      "working_stop, timezone, invitations_min, invitations_max, messages_min, messages_max, "
      "skip_in_network, invitations_only, usage_invitations, usage_invitations_daily, "
      "usage_messages, usage_messages_daily, next_invitation, next_message, workspace_id";

QJsonArray alertsOf(const SandboxState &state, const QString &agentId)
{
    QSqlQuery q
        = state.run(QStringLiteral("SELECT type, sub_type, message, severity FROM agent_alerts "
                                   "WHERE agent_id = ? ORDER BY id"),
            {agentId});
    QJsonArray alerts;
    while (q.next()) {
        alerts.append(
            QJsonObject {{"type", q.value(0).toString()}, {"subType", q.value(1).toString()},
                {"message", q.value(2).toString()}, {"severity", q.value(3).toString()}});
    }
    return alerts;
}

void putIfSet(QJsonObject &o, const char *key, const QVariant &value)
{
    if (!value.isNull() && !value.toString().isEmpty())
        o.insert(QLatin1String(key), value.toString());
}

QJsonObject workingHoursJson(const QSqlQuery &q)
{
    return QJsonObject {{"days", q.value(7).toString()}, {"start", q.value(8).toString()},
        {"stop", q.value(9).toString()}, {"timezone", q.value(10).toInt()}};
}

// The list item (OA Agent) plus the configuration the MCP docs say the list includes.
QJsonObject agentJson(const SandboxState &state, const QSqlQuery &q, bool details)
{
    QJsonObject o {{"id", q.value(0).toString()}, {"name", q.value(1).toString()},
        {"status", q.value(2).toString()}};
    putIfSet(o, "login", q.value(3));
    putIfSet(o, "country", q.value(4));
    putIfSet(o, "avatar", q.value(5));
    putIfSet(o, "nextTask", q.value(6));
    o.insert("alerts", alertsOf(state, q.value(0).toString()));
    o.insert("workingHours", workingHoursJson(q));
    o.insert("limits",
        QJsonObject {{"invitationsMin", q.value(11).toInt()},
            {"invitationsMax", q.value(12).toInt()}, {"messagesMin", q.value(13).toInt()},
            {"messagesMax", q.value(14).toInt()}});
    o.insert("settings",
        QJsonArray {QJsonObject {{"key", "skipInNetwork"}, {"value", q.value(15).toBool()}},
            QJsonObject {{"key", "invitationsOnly"}, {"value", q.value(16).toBool()}}});
    if (!q.value(23).isNull())
        o.insert("workspaceId", q.value(23).toString());
    if (details) {
        QJsonObject usage {{"invitations", q.value(17).toInt()},
            {"invitationsDaily", q.value(18).toInt()}, {"messages", q.value(19).toInt()},
            {"messagesDaily", q.value(20).toInt()}, {"workingHours", workingHoursJson(q)}};
        putIfSet(usage, "nextInvitation", q.value(21));
        putIfSet(usage, "nextMessage", q.value(22));
        o.insert("usage", usage);
    }
    return o;
}

std::optional<QJsonObject> loadAgent(const SandboxState &state, const QString &id, bool details)
{
    QSqlQuery q = state.run(
        QStringLiteral("SELECT %1 FROM agents WHERE id = ?").arg(QLatin1String(Columns)), {id});
    if (!q.next())
        return std::nullopt;
    return agentJson(state, q, details);
}

QString statusOf(const SandboxState &state, const QString &id)
{
    return state.scalar(QStringLiteral("SELECT status FROM agents WHERE id = ?"), {id}).toString();
}

Response agentNotFound()
{
    return Response::notFound(QStringLiteral("Agent not found"));
}

Response invalidStatus(const QString &message, const QString &current)
{
    return Response::error(
        400, QStringLiteral("invalid_status"), message, QJsonObject {{"currentStatus", current}});
}

void setStatus(SandboxState &state, const QString &id, const QString &status)
{
    state.run(QStringLiteral("UPDATE agents SET status = ?, updated_at = ? WHERE id = ?"),
        {status, state.isoNow(), id});
}

Response updateSettings(SandboxState &state, const Request &r)
{
    const QString id = r.params.value("id");
    QSqlQuery current
        = state.run(QStringLiteral("SELECT invitations_min, invitations_max, messages_min, "
                                   "messages_max FROM agents WHERE id = ?"),
            {id});
    if (!current.next())
        return agentNotFound();
    Response error;
    const auto body = r.jsonObject(&error);
    if (!body)
        return error;
    Validator v(*body);
    if (body->isEmpty())
        v.add(
            "body", QStringLiteral("At least one of workingHours, limits or settings is required"));
    v.rejectUnknown({"workingHours", "limits", "settings"});

    QStringList sets;
    QVariantList binds;
    if (const auto hours = v.object("workingHours", Validator::Optional)) {
        Validator hv(*hours);
        hv.rejectUnknown({"days", "start", "stop"});
        static const QRegularExpression daysShape(
            QStringLiteral("^[01]:[01]:[01]:[01]:[01]:[01]:[01]$"));
        static const QRegularExpression timeShape(
            QStringLiteral("^([01]?[0-9]|2[0-3]):[0-5][0-9]$"));
        if (const auto days = hv.string("days", Validator::Optional)) {
            if (!daysShape.match(*days).hasMatch())
                hv.add("days",
                    QStringLiteral("days must be 7 values 0/1 separated by colons (Mon-Sun)"));
            else if (!days->contains(QLatin1Char('1')))
                hv.add("days", QStringLiteral("days must include at least one working day"));
            else {
                sets << QStringLiteral("working_days = ?");
                binds << *days;
            }
        }
        for (const char *key : {"start", "stop"}) {
            if (const auto time = hv.string(QLatin1String(key), Validator::Optional)) {
                if (!timeShape.match(*time).hasMatch()) {
                    hv.add(QLatin1String(key),
                        QStringLiteral("%1 must be HH:MM (24-hour)").arg(QLatin1String(key)));
                } else {
                    // Stored zero-padded so "9:00" reads back as "09:00".
                    const QStringList parts = time->split(QLatin1Char(':'));
                    sets << QStringLiteral("working_%1 = ?").arg(QLatin1String(key));
                    binds << QStringLiteral("%1:%2")
                                 .arg(parts[0].toInt(), 2, 10, QLatin1Char('0'))
                                 .arg(parts[1]);
                }
            }
        }
        for (const QJsonValue &d : hv.details()) {
            const QJsonObject dd = d.toObject();
            v.add(QStringLiteral("workingHours.") + dd.value("field").toString(),
                dd.value("message").toString());
        }
    }
    if (const auto limits = v.object("limits", Validator::Optional)) {
        Validator lv(*limits);
        lv.rejectUnknown({"invitationsMin", "invitationsMax", "messagesMin", "messagesMax"});
        qint64 invMin = current.value(0).toInt(), invMax = current.value(1).toInt();
        qint64 msgMin = current.value(2).toInt(), msgMax = current.value(3).toInt();
        if (const auto n = lv.integer("invitationsMin", Validator::Optional, 1, 100))
            invMin = *n;
        if (const auto n = lv.integer("invitationsMax", Validator::Optional, 2, 100))
            invMax = *n;
        if (const auto n = lv.integer("messagesMin", Validator::Optional, 1, 500))
            msgMin = *n;
        if (const auto n = lv.integer("messagesMax", Validator::Optional, 2, 500))
            msgMax = *n;
        if (lv.ok() && invMin > invMax)
            lv.add(
                "invitationsMin", QStringLiteral("invitationsMin must not exceed invitationsMax"));
        if (lv.ok() && msgMin > msgMax)
            lv.add("messagesMin", QStringLiteral("messagesMin must not exceed messagesMax"));
        for (const QJsonValue &d : lv.details()) {
            const QJsonObject dd = d.toObject();
            v.add(QStringLiteral("limits.") + dd.value("field").toString(),
                dd.value("message").toString());
        }
        sets << QStringLiteral("invitations_min = ?") << QStringLiteral("invitations_max = ?")
             << QStringLiteral("messages_min = ?") << QStringLiteral("messages_max = ?");
        binds << invMin << invMax << msgMin << msgMax;
    }
    if (const auto settings = v.array("settings", Validator::Optional)) {
        for (qsizetype i = 0; i < settings->size(); ++i) {
            const QString field = QStringLiteral("settings[%1]").arg(i);
            if (!settings->at(i).isObject()) {
                v.add(field, QStringLiteral("Each setting must be an object {key, value}"));
                continue;
            }
            Validator sv(settings->at(i).toObject());
            const auto key
                = sv.oneOf("key", Validator::Required, {"skipInNetwork", "invitationsOnly"});
            const auto value = sv.boolean("value", Validator::Required);
            for (const QJsonValue &d : sv.details()) {
                const QJsonObject dd = d.toObject();
                v.add(field + u'.' + dd.value("field").toString(), dd.value("message").toString());
            }
            if (key && value) {
                sets << (*key == u"skipInNetwork" ? QStringLiteral("skip_in_network = ?")
                                                  : QStringLiteral("invitations_only = ?"));
                binds << (*value ? 1 : 0);
            }
        }
    }
    if (!v.ok())
        return v.error();
    sets << QStringLiteral("updated_at = ?");
    binds << state.isoNow() << id;
    state.run(QStringLiteral("UPDATE agents SET %1 WHERE id = ?").arg(sets.join(u", ")), binds);
    return Response::json(
        200, QJsonObject {{"id", id}, {"message", "Agent settings updated successfully"}});
}

Response setupAgent(SandboxState &state, const Request &r)
{
    const QString id = r.params.value("id");
    const QString status = statusOf(state, id);
    if (status.isEmpty())
        return agentNotFound();
    Response error;
    const auto body = r.jsonObject(&error);
    if (!body)
        return error;
    Validator v(*body);
    const auto login = v.email("login", Validator::Required);
    v.string("password", Validator::Required, 6, 200);
    const auto country = v.string("country", Validator::Required, 2, 2);
    if (country && !QRegularExpression(QStringLiteral("^[A-Za-z]{2}$")).match(*country).hasMatch())
        v.add("country", QStringLiteral("country must be a 2-letter code"));
    if (!v.ok())
        return v.error();
    if (status == u"ended" || status == u"disabled")
        return invalidStatus(QStringLiteral("Agent cannot be set up while %1").arg(status), status);
    // The password is checked and dropped: the sandbox never stores credentials.
    state.run(
        QStringLiteral("UPDATE agents SET login = ?, country = ?, status = 'auth_in_progress', "
                       "updated_at = ? WHERE id = ?"),
        {*login, country->toUpper(), state.isoNow(), id});
    state.run(QStringLiteral("DELETE FROM agent_alerts WHERE agent_id = ?"), {id});
    // LinkedIn answers a little later: a login containing "2fa" needs a verification code.
    const bool needsCode = login->contains(QStringLiteral("2fa"), Qt::CaseInsensitive);
    SandboxState *s = &state;
    QTimer::singleShot(SetupDelayMs, QCoreApplication::instance(), [s, id, needsCode] {
        try {
            if (statusOf(*s, id) != u"auth_in_progress")
                return;
            if (needsCode) {
                setStatus(*s, id, QStringLiteral("auth_needed"));
                s->run(QStringLiteral(
                           "INSERT INTO agent_alerts (agent_id, type, sub_type, message, severity) "
                           "VALUES (?, 'auth', '2fa_required', ?, 'warning')"),
                    {id,
                        QStringLiteral("Please enter the verification code sent by LinkedIn to "
                                       "your email/phone")});
            } else {
                s->run(QStringLiteral(
                           "UPDATE agents SET status = 'running', next_task = ?, updated_at = ? "
                           "WHERE id = ?"),
                    {SandboxState::iso(s->now().addSecs(900)), s->isoNow(), id});
            }
        } catch (const std::exception &) {
            // The agent may be gone; nothing to update.
        }
    });
    return Response::json(200, QJsonObject {{"message", "Agent setup successfully"}});
}

} // namespace

void registerAgentRoutes(Router &router, SandboxState &state)
{
    router.add("GET", QStringLiteral("/agents"), RateTier::Medium, [&state](const Request &) {
        QSqlQuery q = state.run(QStringLiteral("SELECT %1 FROM agents ORDER BY created_at, id")
                                    .arg(QLatin1String(Columns)));
        QJsonArray list;
        while (q.next())
            list.append(agentJson(state, q, false));
        return Response::json(200, list);
    });

    // G2: no body documented; an optional {"name"} is accepted.
    router.add("POST", QStringLiteral("/agents"), RateTier::Low, [&state](const Request &r) {
        Response error;
        const auto body = r.jsonObject(&error, true);
        if (!body)
            return error;
        Validator v(*body);
        const auto name = v.string("name", Validator::Optional, 1, 120);
        if (!v.ok())
            return v.error();
        if (state.scalar(QStringLiteral("SELECT COUNT(*) FROM agents")).toInt() >= MaxAgents)
            return Response::error(
                403, QStringLiteral("forbidden"), QStringLiteral("Forbidden - limit reached"));
        const QString id = state.newId();
        const QString now = state.isoNow();
        const int n = state.scalar(QStringLiteral("SELECT COUNT(*) FROM agents")).toInt() + 1;
        state.run(QStringLiteral("INSERT INTO agents (id, name, status, created_at, updated_at) "
                                 "VALUES (?, ?, 'setup_needed', ?, ?)"),
            {id, name ? name->trimmed() : QStringLiteral("LinkedIn profile %1").arg(n), now, now});
        return Response::json(
            201, QJsonObject {{"id", id}, {"message", "Agent created successfully"}});
    });

    router.add("GET", QStringLiteral("/agents/{id}"), RateTier::Medium, [&state](const Request &r) {
        const auto agent = loadAgent(state, r.params.value("id"), true);
        return agent ? Response::json(200, *agent) : agentNotFound();
    });

    router.add("PUT", QStringLiteral("/agents/{id}"), RateTier::Low,
        [&state](const Request &r) { return updateSettings(state, r); });

    router.add("POST", QStringLiteral("/agents/{id}/setup"), RateTier::Low,
        [&state](const Request &r) { return setupAgent(state, r); });

    router.add(
        "POST", QStringLiteral("/agents/{id}/pause"), RateTier::Low, [&state](const Request &r) {
            const QString id = r.params.value("id");
            const QString status = statusOf(state, id);
            if (status.isEmpty())
                return agentNotFound();
            if (status != u"running" && status != u"paused")
                return invalidStatus(QStringLiteral("Only a running agent can be paused"), status);
            setStatus(state, id, QStringLiteral("paused"));
            return Response::json(200, QJsonObject {{"message", "Agent paused successfully"}});
        });

    router.add(
        "POST", QStringLiteral("/agents/{id}/resume"), RateTier::Low, [&state](const Request &r) {
            const QString id = r.params.value("id");
            const QString status = statusOf(state, id);
            if (status.isEmpty())
                return agentNotFound();
            if (state.exists(QStringLiteral("SELECT 1 FROM agent_alerts WHERE agent_id = ?"), {id}))
                return Response::error(400, QStringLiteral("agent_has_alerts"),
                    QStringLiteral("Agent has active alerts"),
                    QJsonObject {{"currentStatus", status}});
            if (status != u"running" && status != u"paused")
                return invalidStatus(QStringLiteral("Only a paused agent can be resumed"), status);
            state.run(QStringLiteral(
                          "UPDATE agents SET status = 'running', next_task = ?, updated_at = ? "
                          "WHERE id = ?"),
                {SandboxState::iso(state.now().addSecs(600)), state.isoNow(), id});
            return Response::json(200, QJsonObject {{"message", "Agent resumed successfully"}});
        });

    router.add("DELETE", QStringLiteral("/agents/{id}"), RateTier::Low, [&state](const Request &r) {
        const QString id = r.params.value("id");
        const QString status = statusOf(state, id);
        if (status.isEmpty())
            return agentNotFound();
        if (status != u"ended")
            return invalidStatus(
                QStringLiteral("Agent can only be deleted when status is ended"), status);
        if (state.hasTable(QStringLiteral("import_lists"))
            && state.exists(
                QStringLiteral(
                    "SELECT 1 FROM import_lists l JOIN campaigns c ON c.id = l.campaign_id "
                    "WHERE c.agent_id = ? AND l.completed_at IS NULL"),
                {id}))
            return Response::error(409, QStringLiteral("campaign_busy"),
                QStringLiteral("Wait for active prospect imports to finish before "
                               "deleting this profile"));
        // Its campaigns (and their conversations) go with it (foreign keys cascade).
        state.run(QStringLiteral("DELETE FROM agents WHERE id = ?"), {id});
        return Response::json(200, QJsonObject {{"message", "Agent deleted successfully"}});
    });

    router.add(
        "POST", QStringLiteral("/agents/{id}/relaunch"), RateTier::Low, [&state](const Request &r) {
            const QString id = r.params.value("id");
            const QString status = statusOf(state, id);
            if (status.isEmpty())
                return agentNotFound();
            if (status != u"ended")
                return invalidStatus(
                    QStringLiteral("Agent can only be relaunched when status is ended"), status);
            state.run(
                QStringLiteral(
                    "UPDATE agents SET status = 'setup_needed', login = NULL, country = NULL, "
                    "next_task = NULL, next_invitation = NULL, next_message = NULL, "
                    "usage_invitations_daily = 0, usage_messages_daily = 0, updated_at = ? "
                    "WHERE id = ?"),
                {state.isoNow(), id});
            state.run(QStringLiteral("DELETE FROM agent_alerts WHERE agent_id = ?"), {id});
            return Response::json(200,
                QJsonObject {
                    {"message", "Agent relaunched successfully"}, {"status", "setup_needed"}});
        });
}

} // namespace kakiyo::sandbox
