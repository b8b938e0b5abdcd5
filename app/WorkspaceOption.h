// WorkspaceOption: `--workspace NAME|ID` of the headless commands. Finds the client workspace in
// GET /workspaces (by id, else by name ignoring case) and moves the connection into it, so every
// list, search, analytics figure and report the command then reads is that workspace's only.
#pragma once

#include "models/domain/Workspace.h"

#include <QString>

namespace kakiyo {

class Connection;

struct WorkspaceOption
{
    int exitCode = 0; // 0 found, 2 no such workspace (or an ambiguous name), 1 the call failed
    QString error; // for stderr
    Workspace workspace;

    static WorkspaceOption apply(Connection *connection, const QString &nameOrId);
    // `--campaign ID` with a workspace: exit 2 when the campaign is not the workspace's (the
    // refusal of WorkspaceScopeLookup, which every read by id goes through), 1 if the check
    // failed. Nothing is asked for the team.
    static WorkspaceOption requireCampaign(Connection *connection, const QString &campaignId);
};

} // namespace kakiyo
