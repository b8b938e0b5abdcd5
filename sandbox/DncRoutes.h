// Routes of the Do Not Contact list (contract D1-D5): successes in the {error:null, data}
// envelope, errors as plain {error, message}; URLs stored in the canonical form of LinkedinUrl.
#pragma once

#include "sandbox/HttpTypes.h"

#include <QJsonObject>

namespace kakiyo::sandbox {

class Router;
struct SandboxState;

void registerDncRoutes(Router &router, SandboxState &state);
// Admin: files an entry under the team or one of its workspaces' client teams, as the dashboard
// does for an agency (POST /dnc files under the key's team only). Body {url, teamId}.
Response fileDncUnderTeam(SandboxState &state, const QJsonObject &body);

} // namespace kakiyo::sandbox
