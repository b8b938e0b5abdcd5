#include "sandbox/AuthRoutes.h"

#include "sandbox/Router.h"
#include "sandbox/SandboxState.h"

namespace kakiyo::sandbox {

void registerAuthRoutes(Router &router, SandboxState &state)
{
    // A1: the server already checked key and subscription; reaching the handler means valid.
    router.add("GET", QStringLiteral("/verify"), RateTier::High, [&state](const Request &) {
        return Response::json(200,
            QJsonObject {
                {"status", "success"}, {"message", "API key is valid"}, {"teamId", state.teamId}});
    });
}

} // namespace kakiyo::sandbox
