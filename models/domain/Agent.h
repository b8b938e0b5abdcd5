// Agent: one LinkedIn account the team runs (list item of GET /agents, and with `usage`, working
// hours, limits and settings the details of GET /agents/{id}). Also the request bodies that change
// an agent: AgentUpdate (PUT /agents/{id}) and AgentSetup (POST /agents/{id}/setup).
#pragma once

#include "models/domain/Decoded.h"
#include "models/domain/FormCheck.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace kakiyo {

struct AgentAlert
{
    QString type; // "auth"
    QString subType; // "2fa_required"
    QString message;
    QString severity; // info | warning | error (any other string kept)

    static Decoded<AgentAlert> fromJson(const QJsonValue &value, const QString &path = {});
};

struct WorkingHours
{
    QString days; // "1:1:1:1:1:0:0", Monday first
    QString start; // "09:00"
    QString stop; // "17:00"
    int timezone = 0;

    bool isSet() const { return !days.isEmpty() || !start.isEmpty() || !stop.isEmpty(); }
    static Decoded<WorkingHours> fromJson(const QJsonValue &value, const QString &path = {});
    FieldErrors validate() const;
};

struct AgentLimits
{
    int invitationsMin = 0;
    int invitationsMax = 0;
    int messagesMin = 0;
    int messagesMax = 0;

    bool isSet() const { return invitationsMin || invitationsMax || messagesMin || messagesMax; }
    static Decoded<AgentLimits> fromJson(const QJsonValue &value, const QString &path = {});
    FieldErrors validate() const;
};

struct AgentSetting
{
    QString key; // skipInNetwork | invitationsOnly
    bool value = false;

    static Decoded<AgentSetting> fromJson(const QJsonValue &value, const QString &path = {});
};

struct AgentUsage
{
    qint64 invitations = 0;
    qint64 invitationsDaily = 0;
    qint64 messages = 0;
    qint64 messagesDaily = 0;
    QDateTime nextInvitation;
    QDateTime nextMessage;

    static Decoded<AgentUsage> fromJson(const QJsonValue &value, const QString &path = {});
};

struct Agent
{
    QString id;
    QString name;
    QString status; // see agentStatuses(); unknown strings kept
    QString login;
    QString country;
    QString avatar;
    QDateTime nextTask;
    QList<AgentAlert> alerts;
    // Details only (GET /agents/{id}); empty otherwise.
    std::optional<AgentUsage> usage;
    WorkingHours workingHours; // top level or inside `usage`
    AgentLimits limits;
    QList<AgentSetting> settings;

    static Decoded<Agent> fromJson(const QJsonValue &value, const QString &path = {});
    static Decoded<QList<Agent>> listFromJson(const QJsonValue &value, const QString &path = {});
};

// PUT /agents/{id}: every section optional, at least one present.
struct AgentUpdate
{
    std::optional<WorkingHours> workingHours; // days/start/stop (timezone is not settable)
    std::optional<AgentLimits> limits;
    QList<AgentSetting> settings;

    Encoded encode() const;
};

// POST /agents/{id}/setup
struct AgentSetup
{
    QString login;
    QString password;
    QString country;

    Encoded encode() const;
};

} // namespace kakiyo
