// Routes of the auth area of the API contract (see kakiyo-api.md section 9).
#pragma once

namespace kakiyo::sandbox {

class Router;
struct SandboxState;

void registerAuthRoutes(Router &router, SandboxState &state);

} // namespace kakiyo::sandbox
