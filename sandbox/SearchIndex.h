// Full-text lookup of prospects by name and headline for GET /prospects/search: an SQLite FTS5
// table with the trigram tokenizer (substring matches, case-insensitive, like LIKE '%q%'),
// kept in step with the prospects table by triggers. Over 200,000 prospects a name query then
// costs a few milliseconds instead of a full scan.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace kakiyo::sandbox {

class SearchIndex
{
public:
    // Creates (or rebuilds) the index from the prospects table and installs the triggers.
    static void create(QSqlDatabase &db);
    // A condition on the prospects alias "p" that matches the query text, with its binds.
    static QString condition(const QString &query, QVariantList *binds);
};

} // namespace kakiyo::sandbox
