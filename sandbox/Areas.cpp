#include "sandbox/Areas.h"

#include "sandbox/AgentRoutes.h"
#include "sandbox/AnalyticsRoutes.h"
#include "sandbox/AuthRoutes.h"
#include "sandbox/CampaignRoutes.h"
#include "sandbox/CoreSchema.h"
#include "sandbox/DncRoutes.h"
#include "sandbox/ModelRoutes.h"
#include "sandbox/ProductRoutes.h"
#include "sandbox/PromptRoutes.h"
#include "sandbox/ProspectRoutes.h"
#include "sandbox/ProspectSchema.h"
#include "sandbox/SeedCore.h"
#include "sandbox/SeedProspects.h"
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
        // Data areas (sandbox-data helper): prospects, DNC, analytics.
        {"prospects", createProspectSchema, seedProspects, registerProspectRoutes},
        {"dnc", nullptr, nullptr, registerDncRoutes},
        {"analytics", nullptr, nullptr, registerAnalyticsRoutes},
    };
}

} // namespace kakiyo::sandbox
