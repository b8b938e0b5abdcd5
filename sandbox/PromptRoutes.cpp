#include "sandbox/PromptRoutes.h"

#include "sandbox/Router.h"
#include "sandbox/SandboxState.h"

namespace kakiyo::sandbox {

void registerPromptRoutes(Router &router, SandboxState &state)
{
    Q_UNUSED(router);
    Q_UNUSED(state);
}

} // namespace kakiyo::sandbox
