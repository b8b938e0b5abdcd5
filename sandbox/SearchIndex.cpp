#include "sandbox/SearchIndex.h"

#include "sandbox/SandboxState.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kakiyo::sandbox {

void SearchIndex::create(QSqlDatabase &db)
{
    static const char *statements[] = {
        R"(CREATE VIRTUAL TABLE IF NOT EXISTS prospect_search USING fts5(
            name, headline, content='prospects', content_rowid='rowid', tokenize='trigram'))",
        R"(INSERT INTO prospect_search(prospect_search) VALUES ('rebuild'))",
        R"(CREATE TRIGGER IF NOT EXISTS prospect_search_insert AFTER INSERT ON prospects BEGIN
            INSERT INTO prospect_search(rowid, name, headline) VALUES (new.rowid, new.name, new.headline);
        END)",
        R"(CREATE TRIGGER IF NOT EXISTS prospect_search_delete AFTER DELETE ON prospects BEGIN
            INSERT INTO prospect_search(prospect_search, rowid, name, headline)
                VALUES ('delete', old.rowid, old.name, old.headline);
        END)",
        R"(CREATE TRIGGER IF NOT EXISTS prospect_search_update AFTER UPDATE ON prospects BEGIN
            INSERT INTO prospect_search(prospect_search, rowid, name, headline)
                VALUES ('delete', old.rowid, old.name, old.headline);
            INSERT INTO prospect_search(rowid, name, headline) VALUES (new.rowid, new.name, new.headline);
        END)",
    };
    for (const char *sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(sql)))
            throw SqlFailure(
                QStringLiteral("search index: %1").arg(q.lastError().text()).toStdString());
    }
}

QString SearchIndex::condition(const QString &query, QVariantList *binds)
{
    // Trigrams need three characters; shorter text falls back to a scan.
    if (query.size() >= 3) {
        QString phrase = query;
        phrase.replace(u'"', QStringLiteral("\"\""));
        binds->append(u'"' + phrase + u'"');
        return QStringLiteral(
            "p.rowid IN (SELECT rowid FROM prospect_search WHERE prospect_search MATCH ?)");
    }
    QString pattern = query;
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    pattern = u'%' + pattern + u'%';
    binds->append(pattern);
    binds->append(pattern);
    return QStringLiteral("(p.name LIKE ? ESCAPE '\\' OR p.headline LIKE ? ESCAPE '\\')");
}

} // namespace kakiyo::sandbox
