// Routes of the agent area of the API contract (see kakiyo-api.md section 9).
#pragma once

namespace kakiyo::sandbox {

class Router;
struct SandboxState;

void registerAgentRoutes(Router &router, SandboxState &state);

} // namespace kakiyo::sandbox
