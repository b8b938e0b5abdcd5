#include "sandbox/ProspectRoutes.h"

#include "sandbox/ImportPipeline.h"
#include "sandbox/ProspectChatRoutes.h"
#include "sandbox/ProspectDeleteRoutes.h"
#include "sandbox/ProspectImportRoutes.h"
#include "sandbox/ProspectReadRoutes.h"

#include <memory>

namespace kakiyo::sandbox {

void registerProspectRoutes(Router &router, SandboxState &state)
{
    auto pipeline = std::make_shared<ImportPipeline>(state);
    pipeline->resume();
    // In contract order, which is also the order the router tries them in.
    registerProspectImportRoutes(router, state, pipeline);
    registerProspectReadRoutes(router, state);
    registerProspectChatRoutes(router, state);
    registerProspectDeleteRoutes(router, state);
}

} // namespace kakiyo::sandbox
