// Routes of the models catalogue (contract J1, J2): a static list of AI models.
#pragma once

#include <QString>

namespace kakiyo::sandbox {

class Router;
struct SandboxState;

void registerModelRoutes(Router &router, SandboxState &state);
// Whether id names a catalogue model (or a legacy prompt model enum value).
bool isKnownModel(const QString &id);
QString defaultModelId();

} // namespace kakiyo::sandbox
