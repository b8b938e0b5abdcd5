// Prospect routes that change one conversation (contract C9-C12): its custom data, pause, resume
// and qualify.
#pragma once

namespace kakiyo::sandbox {

class Router;
struct SandboxState;

void registerProspectChatRoutes(Router &router, SandboxState &state);

} // namespace kakiyo::sandbox
