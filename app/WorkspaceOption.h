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
};

} // namespace kakiyo
