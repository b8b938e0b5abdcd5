#include "sandbox/WebhookRoutes.h"

#include "sandbox/Router.h"
#include "sandbox/SandboxState.h"

namespace kakiyo::sandbox {

void registerWebhookRoutes(Router &router, SandboxState &state)
{
    Q_UNUSED(router);
    Q_UNUSED(state);
}

} // namespace kakiyo::sandbox
