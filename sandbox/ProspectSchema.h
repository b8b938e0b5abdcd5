// Tables of the data areas: people (prospects), their conversations per campaign (chats) with
// messages, import lists with one row per submitted prospect, the Do Not Contact list and
// Sales Navigator sources/runs. Indexes are chosen so list, search and analytics queries over
// 200,000 chats stay in the millisecond range.
#pragma once

#include <QSqlDatabase>

namespace kakiyo::sandbox {

void createProspectSchema(QSqlDatabase &db);
// The secondary indexes; seedProspects calls this after its bulk insert (building an index once
// is much faster than updating it row by row). Idempotent.
void createProspectIndexes(QSqlDatabase &db);

} // namespace kakiyo::sandbox
