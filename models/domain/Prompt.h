// Prompt: a message template (GET /prompts; GET /prompts/{id} adds the sections: context, first
// message, up to three follow-ups, or a comment), plus the create and section-update bodies.
#pragma once

#include "models/domain/Decoded.h"
#include "models/domain/FormCheck.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace kakiyo {

struct FollowUp
{
    QString prompt;
    int delay = 3; // days after the previous message, 1–30

    static Decoded<FollowUp> fromJson(const QJsonValue &value, const QString &path = {});
};

struct Prompt
{
    QString id;
    QString name;
    QString type; // Messages | Comment (legacy: message | invitation)
    QString model; // a Model id (legacy: model_gpt4 …)
    QDateTime createdAt;
    // Sections, GET /prompts/{id} only.
    bool hasSections = false;
    QString context;
    QString firstMessage;
    QList<FollowUp> followUps;
    std::optional<bool> followUpEnabled;
    QString comment;
    QJsonObject guidelines; // layout not documented; kept raw

    static Decoded<Prompt> fromJson(const QJsonValue &value, const QString &path = {});
    static Decoded<QList<Prompt>> listFromJson(const QJsonValue &value, const QString &path = {});
};

// POST /prompts
struct PromptCreate
{
    QString name; // ≥ 3
    QString model; // model id
    QString type = QStringLiteral("Messages");

    Encoded encode() const;
};

// PUT /prompts/{id}: patch semantics; unknown keys are refused by the server, so only these.
struct PromptUpdate
{
    std::optional<QString> context;
    std::optional<QString> firstMessage;
    std::optional<QList<FollowUp>> followUps; // replaces the list; ≤ 3; [] clears
    std::optional<bool> followUpEnabled;
    std::optional<QString> comment; // Comment prompts only

    Encoded encode() const;
};

} // namespace kakiyo
