// Prospect routes that add people (contract C1-C5): single, batch, round-robin and Sales Navigator
// imports, all through the asynchronous import pipeline, and the import status.
#pragma once

#include <memory>

namespace kakiyo::sandbox {

class ImportPipeline;
class Router;
struct SandboxState;

void registerProspectImportRoutes(
    Router &router, SandboxState &state, const std::shared_ptr<ImportPipeline> &pipeline);

} // namespace kakiyo::sandbox
