// Tables of the core areas (agents, products, prompts, campaigns, webhooks, workspaces). The data
// areas (prospects, chats, DNC, imports) create their own tables and may read these.
#pragma once

#include <QSqlDatabase>

namespace kakiyo::sandbox {

void createCoreSchema(QSqlDatabase &db);

} // namespace kakiyo::sandbox
