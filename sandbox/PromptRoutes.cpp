#include "sandbox/PromptRoutes.h"

#include "sandbox/ModelRoutes.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxState.h"
#include "sandbox/Validator.h"

#include <QJsonDocument>

namespace kakiyo::sandbox {

namespace {

// The variables a Messages prompt must mention somewhere in its context or first message.
const QStringList &mandatoryVariables()
{
    static const QStringList vars {
        QStringLiteral("{{prospectDescription}}"), QStringLiteral("{{offeringDescription}}")};
    return vars;
}

const QStringList &optionalVariables()
{
    static const QStringList vars {QStringLiteral("{{agentName}}"), QStringLiteral("{{company}}"),
        QStringLiteral("{{prospectName}}"), QStringLiteral("{{customData}}")};
    return vars;
}

QStringList missingVariables(const QString &text)
{
    QStringList missing;
    for (const QString &v : mandatoryVariables()) {
        if (!text.contains(v))
            missing.append(v);
    }
    return missing;
}

struct StoredPrompt
{
    QString id, name, type, model, createdAt, context, firstMessage, comment;
    QJsonArray followUps;
    bool followUpEnabled = true;
};

std::optional<StoredPrompt> load(const SandboxState &state, const QString &id)
{
    QSqlQuery q = state.run(QStringLiteral("SELECT id, name, type, model, created_at, context, "
                                           "first_message, follow_ups, follow_up_enabled, comment "
                                           "FROM prompts WHERE id = ?"),
        {id});
    if (!q.next())
        return std::nullopt;
    StoredPrompt p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.type = q.value(2).toString();
    p.model = q.value(3).toString();
    p.createdAt = q.value(4).toString();
    p.context = q.value(5).toString();
    p.firstMessage = q.value(6).toString();
    p.followUps = QJsonDocument::fromJson(q.value(7).toByteArray()).array();
    p.followUpEnabled = q.value(8).toBool();
    p.comment = q.value(9).toString();
    return p;
}

bool isCommentType(const QString &type)
{
    return type == u"Comment";
}

QJsonObject detailsJson(const StoredPrompt &p)
{
    QJsonObject o {{"id", p.id}, {"name", p.name}, {"type", p.type}, {"model", p.model},
        {"createdAt", p.createdAt}};
    QJsonObject guidelines {
        {"mandatoryVariables", QJsonArray::fromStringList(mandatoryVariables())},
        {"optionalVariables", QJsonArray::fromStringList(optionalVariables())}, {"maxFollowUps", 3},
        {"followUpDelayDays", QJsonObject {{"min", 1}, {"max", 30}}}};
    if (isCommentType(p.type)) {
        o.insert("comment", p.comment);
        guidelines.insert("missingVariables", QJsonArray());
    } else {
        o.insert("context", p.context);
        o.insert("firstMessage", p.firstMessage);
        o.insert("followUps", p.followUps);
        o.insert("followUpEnabled", p.followUpEnabled);
        guidelines.insert("missingVariables",
            QJsonArray::fromStringList(missingVariables(p.context + p.firstMessage)));
    }
    o.insert("guidelines", guidelines);
    return o;
}

} // namespace

void registerPromptRoutes(Router &router, SandboxState &state)
{
    router.add("GET", QStringLiteral("/prompts"), RateTier::Medium, [&state](const Request &) {
        QSqlQuery q = state.run(QStringLiteral(
            "SELECT id, name, type, model, created_at FROM prompts ORDER BY created_at DESC, id"));
        QJsonArray list;
        while (q.next()) {
            list.append(QJsonObject {{"id", q.value(0).toString()}, {"name", q.value(1).toString()},
                {"type", q.value(2).toString()}, {"model", q.value(3).toString()},
                {"createdAt", q.value(4).toString()}});
        }
        return Response::json(200, list);
    });

    // F2: the documented answer carries no id; clients re-list to find the new prompt.
    router.add("POST", QStringLiteral("/prompts"), RateTier::Low, [&state](const Request &r) {
        Response error;
        const auto body = r.jsonObject(&error);
        if (!body)
            return error;
        Validator v(*body);
        const auto name = v.string("name", Validator::Required, 3, 200);
        const auto model = v.string("model", Validator::Required, 1, 100);
        // Current values plus the legacy ones older clients (n8n) still send.
        const auto type = v.oneOf(
            "type", Validator::Required, {"Messages", "Comment", "message", "invitation"});
        if (model && !isKnownModel(*model))
            v.add("model", QStringLiteral("Unknown model id %1 (see GET /models)").arg(*model));
        if (!v.ok())
            return v.error();
        const QString now = state.isoNow();
        state.run(
            QStringLiteral("INSERT INTO prompts (id, name, type, model, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {state.newId(), name->trimmed(), *type, *model, now, now});
        return Response::json(201, QJsonObject {{"message", "Prompt created successfully"}});
    });

    router.add(
        "GET", QStringLiteral("/prompts/{id}"), RateTier::Medium, [&state](const Request &r) {
            const auto prompt = load(state, r.params.value("id"));
            if (!prompt)
                return Response::notFound(QStringLiteral("Prompt not found"));
            return Response::json(200, detailsJson(*prompt));
        });

    // F4: patch semantics, unknown keys rejected, nothing saved unless everything validates.
    router.add("PUT", QStringLiteral("/prompts/{id}"), RateTier::Low, [&state](const Request &r) {
        auto prompt = load(state, r.params.value("id"));
        if (!prompt)
            return Response::notFound(QStringLiteral("Prompt not found"));
        Response error;
        const auto body = r.jsonObject(&error);
        if (!body)
            return error;
        Validator v(*body);
        const bool comment = isCommentType(prompt->type);
        if (comment)
            v.rejectUnknown({"comment"});
        else
            v.rejectUnknown({"context", "firstMessage", "followUps", "followUpEnabled"});
        if (body->isEmpty())
            v.add("body", QStringLiteral("At least one field is required"));
        StoredPrompt next = *prompt;
        if (comment) {
            if (const auto c = v.string("comment", Validator::Optional, 0, 20000))
                next.comment = *c;
        } else {
            if (const auto c = v.string("context", Validator::Optional, 0, 20000))
                next.context = *c;
            if (const auto m = v.string("firstMessage", Validator::Optional, 0, 20000))
                next.firstMessage = *m;
            if (const auto e = v.boolean("followUpEnabled", Validator::Optional))
                next.followUpEnabled = *e;
            if (const auto f = v.array("followUps", Validator::Optional, 0, 3)) {
                QJsonArray clean;
                for (qsizetype i = 0; i < f->size(); ++i) {
                    const QString field = QStringLiteral("followUps[%1]").arg(i);
                    const QJsonObject item = f->at(i).toObject();
                    if (!f->at(i).isObject()) {
                        v.add(field,
                            QStringLiteral("Each follow-up must be an object {prompt, delay}"));
                        continue;
                    }
                    Validator iv(item);
                    iv.rejectUnknown({"prompt", "delay"});
                    const auto text = iv.string("prompt", Validator::Required, 1, 20000);
                    const auto delay = iv.integer("delay", Validator::Required, 1, 30);
                    for (const QJsonValue &d : iv.details()) {
                        const QJsonObject dd = d.toObject();
                        v.add(field + u'.' + dd.value("field").toString(),
                            dd.value("message").toString());
                    }
                    if (text && delay)
                        clean.append(QJsonObject {{"prompt", *text}, {"delay", *delay}});
                }
                next.followUps = clean;
            }
            // Dropping a mandatory variable the stored prompt had is refused.
            const QStringList before = missingVariables(prompt->context + prompt->firstMessage);
            const QStringList after = missingVariables(next.context + next.firstMessage);
            for (const QString &var : after) {
                if (!before.contains(var))
                    v.add(QStringLiteral("context"),
                        QStringLiteral("The mandatory variable %1 must stay in the context or "
                                       "first message")
                            .arg(var));
            }
        }
        if (!v.ok())
            return v.error();
        state.run(
            QStringLiteral("UPDATE prompts SET context = ?, first_message = ?, follow_ups = ?, "
                           "follow_up_enabled = ?, comment = ?, updated_at = ? WHERE id = ?"),
            {next.context, next.firstMessage,
                QString::fromUtf8(QJsonDocument(next.followUps).toJson(QJsonDocument::Compact)),
                next.followUpEnabled ? 1 : 0, next.comment, state.isoNow(), next.id});
        QJsonObject reply = detailsJson(next);
        reply.insert("message", "Prompt updated successfully");
        return Response::json(200, reply);
    });
}

} // namespace kakiyo::sandbox
