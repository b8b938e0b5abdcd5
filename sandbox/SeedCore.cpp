#include "sandbox/SeedCore.h"

#include "sandbox/SandboxState.h"

namespace kakiyo::sandbox {

void seedCore(SandboxState &state)
{
    Q_UNUSED(state);
}

} // namespace kakiyo::sandbox
