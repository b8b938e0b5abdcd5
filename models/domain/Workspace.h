// Workspace: a client workspace of an agency team (GET /workspaces → {workspaces, total}; POST
// returns one Workspace), with its members and assigned agents when the server lists them, and
// the answers and bodies of the workspace write endpoints.
#pragma once

#include "models/domain/Decoded.h"
#include "models/domain/FormCheck.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kakiyo {

struct WorkspaceMember
{
    QString membershipId;
    QString userId;
    QString email;
    QStringList roles;

    static Decoded<WorkspaceMember> fromJson(const QJsonValue &value, const QString &path = {});
};

struct Workspace
{
    QString id;
    QString name;
    QString clientTeamId;
    QDateTime createdAt;
    QList<WorkspaceMember> members; // when sent
    QStringList agentIds; // `agents` as ids or objects with an id, or `agentIds`

    static Decoded<Workspace> fromJson(const QJsonValue &value, const QString &path = {});
};

struct WorkspaceList
{
    QList<Workspace> workspaces;
    qint64 total = 0;

    // `{workspaces, total}`; a bare array is accepted too.
    static Decoded<WorkspaceList> fromJson(const QJsonValue &value, const QString &path = {});
};

// 200 of DELETE /workspaces/{id}
struct WorkspaceDeleted
{
    QString message;
    QMap<QString, qint64> stats; // agentsUnassigned, campaignsUpdated, chatsUpdated

    static Decoded<WorkspaceDeleted> fromJson(const QJsonValue &value, const QString &path = {});
};

// 201 of POST /workspaces/{id}/invite
struct WorkspaceInvitation
{
    QString membershipId;
    QString userId;
    QString email;
    QString portalUrl;
    bool emailSent = false;

    static Decoded<WorkspaceInvitation> fromJson(const QJsonValue &value, const QString &path = {});
};

// 200 of DELETE /workspaces/{id}/clients
struct WorkspaceClientRemoved
{
    QString message;
    QString email;

    static Decoded<WorkspaceClientRemoved> fromJson(
        const QJsonValue &value, const QString &path = {});
};

// 200 of POST / DELETE /workspaces/{id}/agents/{agentId}
struct WorkspaceAgentChange
{
    QString message;
    QString agentId;
    QString workspaceId;
    QMap<QString, qint64> propagated; // campaigns, chats, prospects

    static Decoded<WorkspaceAgentChange> fromJson(
        const QJsonValue &value, const QString &path = {});
};

// POST /workspaces
struct WorkspaceCreate
{
    QString name;

    Encoded encode() const;
};

// POST /workspaces/{id}/invite
struct WorkspaceInvite
{
    QString email;
    QStringList roles {QStringLiteral("member")};
    QString redirectUrl; // optional

    Encoded encode() const;
};

// DELETE /workspaces/{id}/clients (JSON body)
struct WorkspaceClientRemoval
{
    QString email;

    Encoded encode() const;
};

} // namespace kakiyo
