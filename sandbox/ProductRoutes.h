// Routes of the product area of the API contract (see kakiyo-api.md section 9).
#pragma once

namespace kakiyo::sandbox {

class Router;
struct SandboxState;

void registerProductRoutes(Router &router, SandboxState &state);

} // namespace kakiyo::sandbox
