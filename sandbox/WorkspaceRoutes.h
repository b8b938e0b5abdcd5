// Routes of the workspace area of the API contract (see kakiyo-api.md section 9).
#pragma once

namespace kakiyo::sandbox {

class Router;
struct SandboxState;

void registerWorkspaceRoutes(Router &router, SandboxState &state);

} // namespace kakiyo::sandbox
