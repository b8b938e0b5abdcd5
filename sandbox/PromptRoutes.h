// Routes of the prompt area of the API contract (see kakiyo-api.md section 9).
#pragma once

namespace kakiyo::sandbox {

class Router;
struct SandboxState;

void registerPromptRoutes(Router &router, SandboxState &state);

} // namespace kakiyo::sandbox
