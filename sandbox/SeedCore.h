// Deterministic core team data from --seed: agents (a couple needing attention), products,
// prompts, campaigns in several states, webhooks with delivery counters, workspaces.
#pragma once

namespace kakiyo::sandbox {

struct SandboxState;

void seedCore(SandboxState &state);

} // namespace kakiyo::sandbox
