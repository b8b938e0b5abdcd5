#include "models/domain/Prompt.h"

#include "models/domain/JsonReader.h"

#include <QJsonArray>

namespace kakiyo {

Decoded<FollowUp> FollowUp::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    FollowUp f;
    f.prompt = r.string("prompt");
    f.delay = int(r.optInteger("delay", 3));
    return r.finish(std::move(f));
}

Decoded<Prompt> Prompt::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    Prompt p;
    p.id = r.string("id");
    p.name = r.optString("name"); // the newer list "lists ids only"
    p.type = r.optString("type");
    p.model = r.optString("model");
    p.createdAt = r.dateTime("createdAt");
    // Sections may sit at the top level or under `sections` / `content`.
    const char *holder = r.firstPresent({"sections", "content"});
    JsonReader s = holder && r.object().value(QLatin1String(holder)).isObject()
        ? r.child(holder)
        : r.child("__none__");
    JsonReader &src = s.isAbsent() ? r : s;
    p.hasSections = src.firstPresent({"context", "firstMessage", "followUps", "comment"});
    p.context = src.optString("context");
    p.firstMessage = src.optString("firstMessage");
    p.followUps = src.list<FollowUp>("followUps", &FollowUp::fromJson);
    p.followUpEnabled = src.maybeBool("followUpEnabled");
    p.comment = src.optString("comment");
    p.guidelines = r.rawObject("guidelines");
    return r.finish(std::move(p));
}

Decoded<QList<Prompt>> Prompt::listFromJson(const QJsonValue &value, const QString &path)
{
    return JsonReader::decodeList<Prompt>(value, path, &Prompt::fromJson);
}

Encoded PromptCreate::encode() const
{
    FormCheck c;
    c.length(QStringLiteral("name"), name.trimmed(), 3, 200);
    c.required(QStringLiteral("model"), model);
    c.oneOf(QStringLiteral("type"), type, {QStringLiteral("Messages"), QStringLiteral("Comment")});
    Encoded e;
    e.body = {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("model"), model},
        {QStringLiteral("type"), type}};
    e.errors = c.errors();
    return e;
}

Encoded PromptUpdate::encode() const
{
    FormCheck c;
    Encoded e;
    if (!context && !firstMessage && !followUps && !followUpEnabled && !comment)
        c.add(QString(), QStringLiteral("nothing to change"));
    if (comment && (context || firstMessage || followUps || followUpEnabled))
        c.add(QStringLiteral("comment"),
            QStringLiteral("a Comment prompt has only a comment; a Messages prompt no comment"));
    if (context)
        e.body.insert(QStringLiteral("context"), *context);
    if (firstMessage)
        e.body.insert(QStringLiteral("firstMessage"), *firstMessage);
    if (followUps) {
        c.count(QStringLiteral("followUps"), followUps->size(), 0, 3);
        QJsonArray arr;
        for (qsizetype i = 0; i < followUps->size(); ++i) {
            const FollowUp &f = followUps->at(i);
            c.required(QStringLiteral("followUps[%1].prompt").arg(i), f.prompt);
            c.range(QStringLiteral("followUps[%1].delay").arg(i), f.delay, 1, 30);
            arr.append(QJsonObject {
                {QStringLiteral("prompt"), f.prompt}, {QStringLiteral("delay"), f.delay}});
        }
        e.body.insert(QStringLiteral("followUps"), arr);
    }
    if (followUpEnabled)
        e.body.insert(QStringLiteral("followUpEnabled"), *followUpEnabled);
    if (comment)
        e.body.insert(QStringLiteral("comment"), *comment);
    e.errors = c.errors();
    return e;
}

} // namespace kakiyo
