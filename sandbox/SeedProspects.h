// Deterministic prospects for the seeded team (--seed, --prospects up to 200,000): realistic
// people spread over the seeded campaigns, conversations whose messages (0-6, both roles) match
// their status (every code of the status table), qualifications, activity spread over the last
// 90 days, and a few Do Not Contact entries. Runs after seedCore, inside one transaction, with
// prepared statements, so 100,000 prospects seed in a few seconds.
#pragma once

namespace kakiyo::sandbox {

struct SandboxState;

void seedProspects(SandboxState &state);

} // namespace kakiyo::sandbox
