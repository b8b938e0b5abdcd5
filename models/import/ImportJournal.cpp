#include "models/import/ImportJournal.h"

#include "models/import/ImportPlan.h"
#include "models/import/PreparedImport.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace kakiyo {

namespace {

QAtomicInt connectionCounter;

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Runs `body` inside one transaction; rolls back on any failure.
template<typename F> bool transaction(QSqlDatabase &db, QString *error, F body)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!body()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace

ImportJournal::ImportJournal()
    : m_connection(
        QStringLiteral("kakiyo-import-journal-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

ImportJournal::~ImportJournal()
{
    close();
}

QString ImportJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/import-journal.sqlite");
}

QString ImportJournal::stateToken(State state)
{
    switch (state) {
    case State::Running:
        return QStringLiteral("running");
    case State::Finished:
        return QStringLiteral("finished");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString ImportJournal::batchStateToken(BatchState state)
{
    switch (state) {
    case BatchState::Planned:
        return QStringLiteral("planned");
    case BatchState::Sent:
        return QStringLiteral("sent");
    case BatchState::Accepted:
        return QStringLiteral("accepted");
    case BatchState::Confirmed:
        return QStringLiteral("confirmed");
    }
    return {};
}

ImportJournal::BatchState ImportJournal::batchStateFromToken(const QString &token)
{
    if (token == u"sent")
        return BatchState::Sent;
    if (token == u"accepted")
        return BatchState::Accepted;
    if (token == u"confirmed")
        return BatchState::Confirmed;
    return BatchState::Planned;
}

bool ImportJournal::fail(const QString &what, const QString &error)
{
    m_error = what + QStringLiteral(": ") + error;
    return false;
}

bool ImportJournal::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return fail(QStringLiteral("Journal"), query.lastError().text());
    return true;
}

bool ImportJournal::open(const QString &path)
{
    close();
    m_path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        // Create the file ourselves so it is 0600 from its first byte; SQLite gives its journal
        // files the database file's permissions.
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite))
            return fail(QStringLiteral("Cannot create the import journal"), file.errorString());
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        const QString error = m_db.lastError().text();
        close();
        return fail(QStringLiteral("Cannot open the import journal"), error);
    }
    const bool ok = exec(QStringLiteral("PRAGMA synchronous = FULL"))
        && exec(QStringLiteral("PRAGMA foreign_keys = ON"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS imports ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " fingerprint TEXT NOT NULL, target TEXT NOT NULL,"
                               " file_name TEXT NOT NULL DEFAULT '', mapping TEXT NOT NULL,"
                               " state TEXT NOT NULL, batch_size INTEGER NOT NULL,"
                               " batch_count INTEGER NOT NULL,"
                               " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"))
        && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS imports_by_file"
                               " ON imports(fingerprint, target, state)"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS import_rows ("
                               " import_id INTEGER NOT NULL REFERENCES imports(id)"
                               "  ON DELETE CASCADE,"
                               " line INTEGER NOT NULL, name TEXT, input_url TEXT, url TEXT,"
                               " custom_data TEXT, batch INTEGER, position INTEGER,"
                               " outcome TEXT NOT NULL, rejection TEXT, reason TEXT,"
                               " chat_id TEXT, campaign_id TEXT,"
                               " PRIMARY KEY(import_id, line))"))
        && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS import_rows_by_batch"
                               " ON import_rows(import_id, batch, position)"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS import_batches ("
                               " import_id INTEGER NOT NULL REFERENCES imports(id)"
                               "  ON DELETE CASCADE,"
                               " number INTEGER NOT NULL, state TEXT NOT NULL,"
                               " attempts INTEGER NOT NULL DEFAULT 0, updated_at TEXT,"
                               " PRIMARY KEY(import_id, number))"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS import_lists ("
                               " import_id INTEGER NOT NULL REFERENCES imports(id)"
                               "  ON DELETE CASCADE,"
                               " batch INTEGER NOT NULL, list_id TEXT NOT NULL,"
                               " campaign_id TEXT, assigned INTEGER NOT NULL DEFAULT 0,"
                               " completed INTEGER NOT NULL DEFAULT 0,"
                               " PRIMARY KEY(import_id, list_id))"));
    if (!ok) {
        const QString error = m_error;
        close();
        m_error = error;
        return false;
    }
    return true;
}

void ImportJournal::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool ImportJournal::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

qint64 ImportJournal::findUnfinished(
    const FileFingerprint &fingerprint, const ImportTarget &target) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM imports WHERE fingerprint = ? AND target = ?"
                                 " AND state = 'running' ORDER BY id DESC LIMIT 1"));
    query.addBindValue(fingerprint.toString());
    query.addBindValue(target.key());
    if (!query.exec()) {
        m_error = query.lastError().text();
        return -1;
    }
    return query.next() ? query.value(0).toLongLong() : -1;
}

qint64 ImportJournal::create(
    const QString &fileName, const PreparedImport &prepared, const ImportPlan &plan)
{
    qint64 id = -1;
    const bool ok = transaction(m_db, &m_error, [&] {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "INSERT INTO imports (fingerprint, target, file_name, mapping, state, batch_size,"
            " batch_count, created_at, updated_at) VALUES (?, ?, ?, ?, 'running', ?, ?, ?, ?)"));
        const QString now = nowIso();
        query.addBindValue(prepared.fingerprint.toString());
        query.addBindValue(plan.target.key());
        query.addBindValue(fileName.isNull() ? QStringLiteral("") : fileName); // NULL if null
        query.addBindValue(QString::fromUtf8(
            QJsonDocument(prepared.mapping.toJson()).toJson(QJsonDocument::Compact)));
        query.addBindValue(plan.batchSize);
        query.addBindValue(int(plan.batches.size()));
        query.addBindValue(now);
        query.addBindValue(now);
        if (!query.exec())
            return fail(QStringLiteral("Journal"), query.lastError().text());
        id = query.lastInsertId().toLongLong();

        QSqlQuery row(m_db);
        row.prepare(QStringLiteral(
            "INSERT INTO import_rows (import_id, line, name, input_url, url, custom_data,"
            " batch, position, outcome, rejection, reason) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
        int validIndex = 0;
        for (const LeadRow &lead : prepared.rows) {
            int batch = -1;
            int position = -1;
            if (lead.isValid()) {
                batch = validIndex / plan.batchSize;
                position = validIndex % plan.batchSize;
                ++validIndex;
            }
            row.bindValue(0, id);
            row.bindValue(1, lead.line);
            row.bindValue(2, lead.name);
            row.bindValue(3, lead.inputUrl);
            row.bindValue(4, lead.url);
            row.bindValue(5, lead.customData);
            row.bindValue(6, batch >= 0 ? QVariant(batch) : QVariant());
            row.bindValue(7, position >= 0 ? QVariant(position) : QVariant());
            row.bindValue(8, lead.isValid() ? Pending : Rejected);
            row.bindValue(9, LeadRow::rejectionToken(lead.rejection));
            row.bindValue(10, lead.reason);
            if (!row.exec())
                return fail(QStringLiteral("Journal"), row.lastError().text());
        }
        if (validIndex != plan.rowCount)
            return fail(QStringLiteral("Journal"),
                QStringLiteral("the plan does not match the prepared rows"));
        QSqlQuery batch(m_db);
        batch.prepare(QStringLiteral("INSERT INTO import_batches (import_id, number, state,"
                                     " updated_at) VALUES (?, ?, 'planned', ?)"));
        for (const ImportPlan::Batch &b : plan.batches) {
            batch.bindValue(0, id);
            batch.bindValue(1, b.number);
            batch.bindValue(2, now);
            if (!batch.exec())
                return fail(QStringLiteral("Journal"), batch.lastError().text());
        }
        return true;
    });
    return ok ? id : -1;
}

std::optional<ImportJournal::Import> ImportJournal::import(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, fingerprint, target, mapping, file_name, state,"
                                 " batch_size, batch_count, created_at FROM imports WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Import import;
    import.id = query.value(0).toLongLong();
    import.fingerprint = query.value(1).toString();
    import.target = ImportTarget::fromKey(query.value(2).toString());
    import.mapping
        = ColumnMapping::fromJson(QJsonDocument::fromJson(query.value(3).toByteArray()).object());
    import.fileName = query.value(4).toString();
    const QString state = query.value(5).toString();
    import.state = state == u"finished" ? State::Finished
        : state == u"cancelled"         ? State::Cancelled
                                        : State::Running;
    import.batchSize = query.value(6).toInt();
    import.batchCount = query.value(7).toInt();
    import.createdAt = query.value(8).toString();
    return import;
}

QList<ImportJournal::Import> ImportJournal::imports() const
{
    QList<Import> result;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id FROM imports ORDER BY id DESC")))
        return result;
    while (query.next()) {
        if (const auto i = import(query.value(0).toLongLong()))
            result.append(*i);
    }
    return result;
}

QList<ImportJournal::Batch> ImportJournal::batches(qint64 id) const
{
    QList<Batch> result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT number, state, attempts FROM import_batches"
                                 " WHERE import_id = ? ORDER BY number"));
    query.addBindValue(id);
    if (!query.exec())
        return result;
    while (query.next()) {
        Batch batch;
        batch.number = query.value(0).toInt();
        batch.state = batchStateFromToken(query.value(1).toString());
        batch.attempts = query.value(2).toInt();
        result.append(batch);
    }
    QSqlQuery lists(m_db);
    lists.prepare(QStringLiteral("SELECT batch, list_id, campaign_id, assigned, completed"
                                 " FROM import_lists WHERE import_id = ? ORDER BY rowid"));
    lists.addBindValue(id);
    if (lists.exec()) {
        while (lists.next()) {
            const int number = lists.value(0).toInt();
            if (number >= 0 && number < result.size()) {
                result[number].lists.append({lists.value(1).toString(), lists.value(2).toString(),
                    lists.value(3).toInt(), lists.value(4).toBool()});
            }
        }
    }
    return result;
}

namespace {

ImportJournal::Row rowFrom(const QSqlQuery &query)
{
    ImportJournal::Row row;
    row.line = query.value(0).toLongLong();
    row.name = query.value(1).toString();
    row.inputUrl = query.value(2).toString();
    row.url = query.value(3).toString();
    row.customData = query.value(4).toString();
    row.batch = query.value(5).isNull() ? -1 : query.value(5).toInt();
    row.position = query.value(6).isNull() ? -1 : query.value(6).toInt();
    row.outcome = query.value(7).toString();
    row.rejection = query.value(8).toString();
    row.reason = query.value(9).toString();
    row.chatId = query.value(10).toString();
    row.campaignId = query.value(11).toString();
    return row;
}

const char *const rowColumns = "line, name, input_url, url, custom_data, batch, position, outcome,"
                               " rejection, reason, chat_id, campaign_id";

} // namespace

QList<ImportJournal::Row> ImportJournal::rows(qint64 id) const
{
    QList<Row> result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM import_rows WHERE import_id = ? ORDER BY line")
                      .arg(QLatin1String(rowColumns)));
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next())
            result.append(rowFrom(query));
    }
    return result;
}

QList<ImportJournal::Row> ImportJournal::batchRows(qint64 id, int batch) const
{
    QList<Row> result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM import_rows WHERE import_id = ? AND batch = ?"
                                 " ORDER BY position")
                      .arg(QLatin1String(rowColumns)));
    query.addBindValue(id);
    query.addBindValue(batch);
    if (query.exec()) {
        while (query.next())
            result.append(rowFrom(query));
    }
    return result;
}

bool ImportJournal::touch(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE imports SET updated_at = ? WHERE id = ?"));
    query.addBindValue(nowIso());
    query.addBindValue(id);
    if (!query.exec())
        return fail(QStringLiteral("Journal"), query.lastError().text());
    return true;
}

bool ImportJournal::markSent(qint64 id, int batch)
{
    return transaction(m_db, &m_error, [&] {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE import_batches SET state = 'sent',"
                                     " attempts = attempts + 1, updated_at = ?"
                                     " WHERE import_id = ? AND number = ?"
                                     " AND state IN ('planned', 'sent')"));
        query.addBindValue(nowIso());
        query.addBindValue(id);
        query.addBindValue(batch);
        if (!query.exec())
            return fail(QStringLiteral("Journal"), query.lastError().text());
        if (query.numRowsAffected() != 1)
            return fail(QStringLiteral("Journal"),
                QStringLiteral("batch %1 cannot be sent in its state").arg(batch + 1));
        return touch(id);
    });
}

bool ImportJournal::markAccepted(qint64 id, int batch, const QList<List> &lists)
{
    return transaction(m_db, &m_error, [&] {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE import_batches SET state = ?, updated_at = ?"
                                     " WHERE import_id = ? AND number = ? AND state = 'sent'"));
        // A batch the server split into no list at all (nothing assigned) has nothing to wait for.
        query.addBindValue(
            lists.isEmpty() ? QStringLiteral("confirmed") : QStringLiteral("accepted"));
        query.addBindValue(nowIso());
        query.addBindValue(id);
        query.addBindValue(batch);
        if (!query.exec())
            return fail(QStringLiteral("Journal"), query.lastError().text());
        if (query.numRowsAffected() != 1)
            return fail(QStringLiteral("Journal"),
                QStringLiteral("batch %1 was not waiting for an answer").arg(batch + 1));
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO import_lists (import_id, batch, list_id,"
                                      " campaign_id, assigned, completed) VALUES (?,?,?,?,?,0)"));
        for (const List &list : lists) {
            insert.bindValue(0, id);
            insert.bindValue(1, batch);
            insert.bindValue(2, list.listId);
            insert.bindValue(3, list.campaignId);
            insert.bindValue(4, list.assigned);
            if (!insert.exec())
                return fail(QStringLiteral("Journal"), insert.lastError().text());
        }
        if (lists.isEmpty()) {
            QSqlQuery rows(m_db);
            rows.prepare(QStringLiteral("UPDATE import_rows SET outcome = ? WHERE import_id = ?"
                                        " AND batch = ? AND outcome = 'pending'"));
            rows.addBindValue(Missing);
            rows.addBindValue(id);
            rows.addBindValue(batch);
            if (!rows.exec())
                return fail(QStringLiteral("Journal"), rows.lastError().text());
        }
        return touch(id);
    });
}

bool ImportJournal::completeList(qint64 id, const QString &listId, const QList<RowResult> &results)
{
    return transaction(m_db, &m_error, [&] {
        QSqlQuery find(m_db);
        find.prepare(QStringLiteral("SELECT batch, completed FROM import_lists"
                                    " WHERE import_id = ? AND list_id = ?"));
        find.addBindValue(id);
        find.addBindValue(listId);
        if (!find.exec() || !find.next())
            return fail(QStringLiteral("Journal"), QStringLiteral("unknown list %1").arg(listId));
        const int batch = find.value(0).toInt();
        if (find.value(1).toBool())
            return true; // already recorded: completing twice changes nothing
        QSqlQuery row(m_db);
        row.prepare(QStringLiteral("UPDATE import_rows SET outcome = ?, reason = ?, chat_id = ?,"
                                   " campaign_id = ? WHERE import_id = ? AND line = ?"
                                   " AND batch = ?"));
        for (const RowResult &result : results) {
            row.bindValue(0, result.outcome);
            row.bindValue(1, result.reason);
            row.bindValue(2, result.chatId);
            row.bindValue(3, result.campaignId);
            row.bindValue(4, id);
            row.bindValue(5, result.line);
            row.bindValue(6, batch);
            if (!row.exec())
                return fail(QStringLiteral("Journal"), row.lastError().text());
        }
        QSqlQuery done(m_db);
        done.prepare(QStringLiteral("UPDATE import_lists SET completed = 1"
                                    " WHERE import_id = ? AND list_id = ?"));
        done.addBindValue(id);
        done.addBindValue(listId);
        if (!done.exec())
            return fail(QStringLiteral("Journal"), done.lastError().text());
        QSqlQuery open(m_db);
        open.prepare(QStringLiteral("SELECT COUNT(*) FROM import_lists WHERE import_id = ?"
                                    " AND batch = ? AND completed = 0"));
        open.addBindValue(id);
        open.addBindValue(batch);
        if (!open.exec() || !open.next())
            return fail(QStringLiteral("Journal"), open.lastError().text());
        if (open.value(0).toInt() == 0) {
            QSqlQuery missing(m_db);
            missing.prepare(QStringLiteral("UPDATE import_rows SET outcome = ?,"
                                           " reason = 'The server did not report this row'"
                                           " WHERE import_id = ? AND batch = ?"
                                           " AND outcome = 'pending'"));
            missing.addBindValue(Missing);
            missing.addBindValue(id);
            missing.addBindValue(batch);
            QSqlQuery confirm(m_db);
            confirm.prepare(QStringLiteral("UPDATE import_batches SET state = 'confirmed',"
                                           " updated_at = ? WHERE import_id = ? AND number = ?"));
            confirm.addBindValue(nowIso());
            confirm.addBindValue(id);
            confirm.addBindValue(batch);
            if (!missing.exec() || !confirm.exec())
                return fail(QStringLiteral("Journal"), QStringLiteral("cannot confirm batch"));
        }
        return touch(id);
    });
}

bool ImportJournal::finish(qint64 id, State state)
{
    return transaction(m_db, &m_error, [&] {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE imports SET state = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(stateToken(state));
        query.addBindValue(nowIso());
        query.addBindValue(id);
        if (!query.exec())
            return fail(QStringLiteral("Journal"), query.lastError().text());
        return query.numRowsAffected() == 1
            || fail(QStringLiteral("Journal"), QStringLiteral("no import %1").arg(id));
    });
}

} // namespace kakiyo
