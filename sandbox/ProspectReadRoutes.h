// Prospect routes that read (contract C6-C8): a campaign's prospect list (limit/offset or cursor,
// paging metadata in X-* headers), the team-wide search with its filters, and conversation details.
#pragma once

namespace kakiyo::sandbox {

class Router;
struct SandboxState;

void registerProspectReadRoutes(Router &router, SandboxState &state);

} // namespace kakiyo::sandbox
