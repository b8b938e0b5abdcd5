// Routes of the Do Not Contact list (contract D1-D5): successes in the {error:null, data}
// envelope, errors as plain {error, message}; URLs stored in the canonical form of LinkedinUrl.
#pragma once

namespace kakiyo::sandbox {

class Router;
struct SandboxState;

void registerDncRoutes(Router &router, SandboxState &state);

} // namespace kakiyo::sandbox
