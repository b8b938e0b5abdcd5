// ChatDetails: one conversation as GET /prospects/{chatId} returns it — the prospect card, its
// campaign, status, qualification, paused flag, custom data and the message thread. Custom data
// is read from `customData` (current) or the legacy `additionalFields[{fieldName, fieldValue}]`.
#pragma once

#include "models/domain/Decoded.h"
#include "models/domain/Prospect.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace kakiyo {

struct Message
{
    enum class Role
    {
        Unknown,
        Assistant,
        User
    };
    Role role = Role::Unknown;
    QString roleName; // as sent ("assistant" = our agent, "user" = the prospect)
    QString content;
    QDateTime date;

    static Decoded<Message> fromJson(const QJsonValue &value, const QString &path = {});
};

struct CustomField
{
    QString name;
    QString value;

    bool operator==(const CustomField &) const = default;
    static Decoded<CustomField> fromJson(const QJsonValue &value, const QString &path = {});
};

struct ChatDetails
{
    QString id; // chat id
    int status = 0;
    QString qualification;
    bool paused = false;
    QDateTime lastMessage;
    CampaignRef campaign;
    Prospect prospect;
    QList<Message> messages;
    QString customData; // `customData`, or the legacy fields as "name: value" lines
    QList<CustomField> additionalFields; // legacy shape, when sent

    static Decoded<ChatDetails> fromJson(const QJsonValue &value, const QString &path = {});
};

} // namespace kakiyo
