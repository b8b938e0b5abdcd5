// Prospect routes that delete (contract C13-C14): one prospect, and up to 100 at once, each
// refused while its conversation is active.
#pragma once

namespace kakiyo::sandbox {

class Router;
struct SandboxState;

void registerProspectDeleteRoutes(Router &router, SandboxState &state);

} // namespace kakiyo::sandbox
