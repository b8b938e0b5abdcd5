// GET /workspaces and the answers of the workspace writes.
#include "FuzzInput.h"
#include "models/domain/Workspace.h"

using namespace kakiyo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonValue body = fuzz::json(data, size);
    fuzz::checkDecoded(WorkspaceList::fromJson(body));
    fuzz::checkDecoded(WorkspaceDeleted::fromJson(body));
    fuzz::checkDecoded(WorkspaceAgentChange::fromJson(body));
    return 0;
}
