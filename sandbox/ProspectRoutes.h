// Routes of the prospects area (contract C1-C14): adding prospects (single, batch, round-robin,
// Sales Navigator) through the asynchronous import pipeline, import status, the campaign
// prospect list (limit/offset/cursor with X-* headers), team-wide search, conversation details,
// custom data, pause/resume/qualify, and single and bulk delete.
#pragma once

namespace kakiyo::sandbox {

class Router;
struct SandboxState;

void registerProspectRoutes(Router &router, SandboxState &state);

} // namespace kakiyo::sandbox
