#include "sandbox/ProductRoutes.h"

#include "sandbox/Router.h"
#include "sandbox/SandboxState.h"

namespace kakiyo::sandbox {

void registerProductRoutes(Router &router, SandboxState &state)
{
    Q_UNUSED(router);
    Q_UNUSED(state);
}

} // namespace kakiyo::sandbox
