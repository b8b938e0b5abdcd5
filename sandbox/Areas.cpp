#include "sandbox/Areas.h"

#include "sandbox/AgentRoutes.h"
#include "sandbox/AuthRoutes.h"
#include "sandbox/CampaignRoutes.h"
#include "sandbox/CoreSchema.h"
#include "sandbox/ModelRoutes.h"
#include "sandbox/ProductRoutes.h"
#include "sandbox/PromptRoutes.h"
#include "sandbox/SeedCore.h"
#include "sandbox/WebhookRoutes.h"
#include "sandbox/WorkspaceRoutes.h"

namespace kakiyo::sandbox {

QList<Area> sandboxAreas()
{
    return {
        {"core", createCoreSchema, seedCore, nullptr},
        {"auth", nullptr, nullptr, registerAuthRoutes},
        {"agents", nullptr, nullptr, registerAgentRoutes},
        {"products", nullptr, nullptr, registerProductRoutes},
        {"prompts", nullptr, nullptr, registerPromptRoutes},
        {"models", nullptr, nullptr, registerModelRoutes},
        {"campaigns", nullptr, nullptr, registerCampaignRoutes},
        {"webhooks", nullptr, nullptr, registerWebhookRoutes},
        {"workspaces", nullptr, nullptr, registerWorkspaceRoutes},
        // Data areas (sandbox-data helper): prospects, DNC, analytics — one line each, e.g.
        // {"prospects", createProspectSchema, seedProspects, registerProspectRoutes},
    };
}

} // namespace kakiyo::sandbox
