#include "sandbox/ModelRoutes.h"

#include "sandbox/Router.h"
#include "sandbox/SandboxState.h"

namespace kakiyo::sandbox {

void registerModelRoutes(Router &router, SandboxState &state)
{
    Q_UNUSED(router);
    Q_UNUSED(state);
}

} // namespace kakiyo::sandbox
