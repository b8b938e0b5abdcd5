#include "models/store/CacheFile.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QUrl>
#include <QVariant>
#include <algorithm>
#include <memory>

namespace kakiyo {

namespace {

constexpr int SchemaVersion = 3; // 2: entries.headers; 3: entries_by_age (eviction)
// SQLite primary result codes that mean "this file is damaged or not usable as ours".
constexpr int SqlitePermission = 3;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteCannotOpen = 14;
constexpr int SqliteNotADatabase = 26;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("kakiyo-cache-%1").arg(counter.fetchAndAddRelaxed(1));
}

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1; // the primary code of an extended one
}

bool isCorruptionError(const QSqlError &error)
{
    const int code = primaryCode(error);
    if (code == SqliteCorrupt || code == SqliteNotADatabase)
        return true;
    // Some paths (open, pragmas) report only text.
    const QString text = error.databaseText();
    return text.contains(QLatin1String("malformed"))
        || text.contains(QLatin1String("not a database"));
}

// Damaged or unreadable: worth replacing. Busy, locked (another instance), disk full and the like
// are not the file's fault and must never cost the user a healthy cache.
bool isReplaceableError(const QSqlError &error)
{
    const int code = primaryCode(error);
    return isCorruptionError(error) || code == SqlitePermission || code == SqliteReadOnly
        || code == SqliteCannotOpen;
}

// The smallest byte string greater than every string that starts with prefix. UTF-8 never
// contains 0xff, so incrementing the last byte cannot overflow for a key we wrote.
QByteArray prefixUpperBound(QByteArray prefix)
{
    while (!prefix.isEmpty() && static_cast<unsigned char>(prefix.back()) == 0xff)
        prefix.chop(1);
    if (!prefix.isEmpty())
        prefix.back() = static_cast<char>(static_cast<unsigned char>(prefix.back()) + 1);
    return prefix;
}

// SQLite binds a null QString/QByteArray as NULL, which never equals anything.
QString notNull(const QString &text)
{
    return text.isNull() ? QString::fromLatin1("", 0) : text;
}

QByteArray notNull(const QByteArray &bytes)
{
    return bytes.isNull() ? QByteArray("", 0) : bytes;
}

} // namespace

struct CacheFile::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : get(db)
        , put(db)
        , invalidateRange(db)
        , clearEntries(db)
        , clearSnapshots(db)
        , putSnapshot(db)
        , snapshots(db)
        , payload(db)
        , expireEntries(db)
        , expireSnapshots(db)
    {
    }

    bool prepare()
    {
        return get.prepare(QStringLiteral(
                   "SELECT body, fetched_at, headers FROM entries WHERE workspace = ? AND key = ?"))
            && put.prepare(QStringLiteral("INSERT OR REPLACE INTO entries (workspace, key, body, "
                                          "fetched_at, headers) VALUES (?, ?, ?, ?, ?)"))
            && invalidateRange.prepare(
                QStringLiteral("DELETE FROM entries WHERE workspace = ? AND key >= ? AND key < ?"))
            && clearEntries.prepare(QStringLiteral("DELETE FROM entries WHERE workspace = ?"))
            && clearSnapshots.prepare(QStringLiteral("DELETE FROM snapshots WHERE workspace = ?"))
            && putSnapshot.prepare(
                QStringLiteral("INSERT OR REPLACE INTO snapshots (workspace, "
                               "key, day, body, stored_at) VALUES (?, ?, ?, ?, ?)"))
            && snapshots.prepare(QStringLiteral(
                "SELECT day, body, stored_at FROM snapshots WHERE workspace = ? AND key = ? "
                "AND day >= ? AND day <= ? ORDER BY day"))
            && payload.prepare(QStringLiteral(
                "SELECT COALESCE(SUM(LENGTH(body)), 0) FROM entries WHERE workspace = ?"))
            && expireEntries.prepare(QStringLiteral("DELETE FROM entries WHERE fetched_at < ?"))
            && expireSnapshots.prepare(QStringLiteral("DELETE FROM snapshots WHERE day < ?"));
    }

    QSqlQuery get;
    QSqlQuery put;
    QSqlQuery invalidateRange;
    QSqlQuery clearEntries;
    QSqlQuery clearSnapshots;
    QSqlQuery putSnapshot;
    QSqlQuery snapshots;
    QSqlQuery payload;
    QSqlQuery expireEntries;
    QSqlQuery expireSnapshots;
};

CacheFile::CacheFile(const QString &path)
    : m_path(path)
    , m_connection(nextConnectionName())
{
}

CacheFile::~CacheFile()
{
    closeDatabase();
}

QStringList CacheFile::companionSuffixes()
{
    return {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
}

CacheFile::OpenOutcome CacheFile::open(bool discardExisting)
{
    closeDatabase();
    m_error.clear();
    m_movedAsideTo.clear();
    m_corrupt = false;
    m_inMemory = false;
    m_hadContent = false;

    m_replaceable = discardExisting;
    if (!discardExisting && createFileOwnerOnly() && openAt(m_path))
        return OpenOutcome::Opened;

    // Damaged, unreadable or not ours: keep the old file for inspection and start afresh.
    const QString firstError
        = discardExisting ? QStringLiteral("database disk image is malformed") : m_error;
    closeDatabase();
    if (m_replaceable && moveAside() && createFileOwnerOnly() && openAt(m_path)) {
        m_error = firstError;
        return OpenOutcome::Recovered;
    }

    const QString secondError = m_error.isEmpty() ? firstError : m_error;
    closeDatabase();
    m_inMemory = true;
    if (!openAt(QStringLiteral(":memory:")))
        qWarning("kakiyo: even an in-memory cache could not be opened");
    m_error = secondError;
    return OpenOutcome::InMemory;
}

bool CacheFile::createFileOwnerOnly()
{
    const QFileInfo info(m_path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral("."))) {
            m_error = QStringLiteral("cannot create folder %1").arg(dir.path());
            return false;
        }
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (info.exists() || info.isSymLink()) {
        if (!info.isFile()) {
            m_error = QStringLiteral("%1 is not a regular file").arg(m_path);
            m_replaceable = true;
            return false;
        }
        m_hadContent = info.size() > 0;
        // Created by us with 0600; tighten anything looser (an older build, a copied file).
        if (info.permissions()
            & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther))
            QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
        return true;
    }
    // Create it ourselves so SQLite never makes it with the umask's looser mode; SQLite gives
    // the -wal and -shm files the same mode as the database.
    QFile file(m_path);
    if (!file.open(
            QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
        m_error = QStringLiteral("cannot create %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.close();
    return true;
}

bool CacheFile::openAt(const QString &databaseName)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(databaseName);
        // Another instance may hold a lock briefly; don't stall the UI for long on it.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
        if (!db.open()) {
            m_error = db.lastError().text();
            m_replaceable = isReplaceableError(db.lastError());
            return false;
        }
    }
    if (!prepareSchema() || !prepareStatements())
        return false;
    return true;
}

bool CacheFile::prepareSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const auto run = [&](const QString &sql) {
        if (q.exec(sql))
            return true;
        m_error = q.lastError().text();
        m_replaceable = isReplaceableError(q.lastError());
        return false;
    };

    // No integrity check here: it reads every page (see startIntegrityCheck). A file that is not
    // a database at all already fails on the first pragma, which reads the header.
    if (!run(QStringLiteral("PRAGMA journal_mode=WAL"))
        || !run(QStringLiteral("PRAGMA synchronous=NORMAL"))
        || !run(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return false;
    }
    const int version = q.value(0).toInt();
    if (version == SchemaVersion)
        return true;
    const QString ageIndex
        = QStringLiteral("CREATE INDEX IF NOT EXISTS entries_by_age ON entries (fetched_at)");
    if (version == 2) {
        return run(ageIndex) && run(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion));
    }
    if (version == 1) {
        // Version 1 kept no headers; its entries stay valid with none.
        return run(QStringLiteral(
                   "ALTER TABLE entries ADD COLUMN headers BLOB NOT NULL DEFAULT x''"))
            && run(ageIndex) && run(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion));
    }
    if (version != 0) {
        // A cache from another build: its contents are only a copy of the server's, drop them.
        if (!run(QStringLiteral("DROP TABLE IF EXISTS entries"))
            || !run(QStringLiteral("DROP TABLE IF EXISTS snapshots")))
            return false;
    }
    return run(QStringLiteral(
               "CREATE TABLE IF NOT EXISTS entries (workspace TEXT NOT NULL, key BLOB NOT NULL, "
               "body BLOB NOT NULL, fetched_at INTEGER NOT NULL, headers BLOB NOT NULL DEFAULT "
               "x'', "
               "PRIMARY KEY (workspace, key))"))
        && run(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS snapshots (workspace TEXT NOT NULL, key BLOB NOT NULL, "
            "day INTEGER NOT NULL, body BLOB NOT NULL, stored_at INTEGER NOT NULL, "
            "PRIMARY KEY (workspace, key, day))"))
        && run(ageIndex) && run(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion));
}

bool CacheFile::prepareStatements()
{
    m_statements = std::make_unique<Statements>(QSqlDatabase::database(m_connection, false));
    if (m_statements->prepare())
        return true;
    m_error = QStringLiteral("cannot prepare cache statements");
    m_statements.reset();
    return false;
}

void CacheFile::closeDatabase()
{
    // A check still reading this file must be done before the file is closed, moved or removed.
    m_check.waitForFinished();
    m_statements.reset();
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool CacheFile::moveAside()
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    const QString target = m_path + QStringLiteral(".corrupt-") + stamp;
    const QFileInfo info(m_path);
    bool moved = !info.exists() && !info.isSymLink();
    if (!moved)
        moved = info.isDir() ? QDir().rename(m_path, target) : QFile::rename(m_path, target);
    if (!moved && info.isFile())
        moved = QFile::remove(m_path);
    if (!moved) {
        m_error = QStringLiteral("cannot move %1 aside").arg(m_path);
        return false;
    }
    if (QFileInfo::exists(target))
        m_movedAsideTo = target;
    // A WAL that belongs to the damaged file must not be replayed into the fresh one.
    for (const QString &suffix : companionSuffixes()) {
        if (QFileInfo::exists(m_path + suffix) && !QFile::rename(m_path + suffix, target + suffix))
            QFile::remove(m_path + suffix);
    }
    return true;
}

bool CacheFile::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    const QSqlError error = query.lastError();
    m_error = error.text();
    if (isCorruptionError(error))
        m_corrupt = true;
    return false;
}

std::optional<CacheEntry> CacheFile::get(const QString &workspace, const QByteArray &key)
{
    if (!m_statements)
        return std::nullopt;
    QSqlQuery &q = m_statements->get;
    q.bindValue(0, notNull(workspace));
    q.bindValue(1, notNull(key));
    if (!exec(q))
        return std::nullopt;
    std::optional<CacheEntry> entry;
    if (q.next()) {
        entry = CacheEntry {q.value(0).toByteArray(),
            QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
            CacheEntry::decodeHeaders(q.value(2).toByteArray())};
    }
    q.finish();
    return entry;
}

bool CacheFile::put(const QString &workspace, const QByteArray &key, const QByteArray &body,
    const QDateTime &fetchedAt, const QByteArray &headers)
{
    if (!m_statements)
        return false;
    QSqlQuery &q = m_statements->put;
    q.bindValue(0, notNull(workspace));
    q.bindValue(1, notNull(key));
    q.bindValue(2, notNull(body));
    q.bindValue(3, fetchedAt.toMSecsSinceEpoch());
    q.bindValue(4, notNull(headers));
    return exec(q);
}

int CacheFile::invalidate(const QString &workspace, const QByteArray &keyPrefix)
{
    if (!m_statements)
        return -1;
    QSqlQuery &q = keyPrefix.isEmpty() ? m_statements->clearEntries : m_statements->invalidateRange;
    q.bindValue(0, notNull(workspace));
    if (!keyPrefix.isEmpty()) {
        q.bindValue(1, keyPrefix);
        q.bindValue(2, prefixUpperBound(keyPrefix));
    }
    if (!exec(q))
        return -1;
    return q.numRowsAffected();
}

bool CacheFile::clear(const QString &workspace)
{
    if (!m_statements)
        return false;
    m_statements->clearEntries.bindValue(0, notNull(workspace));
    m_statements->clearSnapshots.bindValue(0, notNull(workspace));
    return exec(m_statements->clearEntries) && exec(m_statements->clearSnapshots);
}

bool CacheFile::putSnapshot(const QString &workspace, const QByteArray &key, QDate day,
    const QByteArray &body, const QDateTime &storedAt)
{
    if (!m_statements || !day.isValid())
        return false;
    QSqlQuery &q = m_statements->putSnapshot;
    q.bindValue(0, notNull(workspace));
    q.bindValue(1, notNull(key));
    q.bindValue(2, day.toJulianDay());
    q.bindValue(3, notNull(body));
    q.bindValue(4, storedAt.toMSecsSinceEpoch());
    return exec(q);
}

QList<CacheSnapshot> CacheFile::snapshots(
    const QString &workspace, const QByteArray &key, QDate from, QDate to)
{
    QList<CacheSnapshot> result;
    if (!m_statements || !from.isValid() || !to.isValid())
        return result;
    QSqlQuery &q = m_statements->snapshots;
    q.bindValue(0, notNull(workspace));
    q.bindValue(1, notNull(key));
    q.bindValue(2, from.toJulianDay());
    q.bindValue(3, to.toJulianDay());
    if (!exec(q))
        return result;
    while (q.next()) {
        result.append(
            CacheSnapshot {QDate::fromJulianDay(q.value(0).toLongLong()), q.value(1).toByteArray(),
                QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC)});
    }
    q.finish();
    return result;
}

qint64 CacheFile::payloadBytes(const QString &workspace)
{
    if (!m_statements)
        return 0;
    QSqlQuery &q = m_statements->payload;
    q.bindValue(0, notNull(workspace));
    if (!exec(q) || !q.next())
        return 0;
    const qint64 bytes = q.value(0).toLongLong();
    q.finish();
    return bytes;
}

int CacheFile::enforce(const CachePolicy &policy, const QDateTime &now)
{
    if (!m_statements)
        return -1;
    int removed = 0;
    QSqlQuery &entries = m_statements->expireEntries;
    entries.bindValue(0, now.addDays(-qMax(0, policy.maxAgeDays)).toMSecsSinceEpoch());
    if (!exec(entries))
        return -1;
    removed += qMax(0, entries.numRowsAffected());
    QSqlQuery &snapshots = m_statements->expireSnapshots;
    snapshots.bindValue(0, now.date().addDays(-qMax(0, policy.snapshotMaxAgeDays)).toJulianDay());
    if (!exec(snapshots))
        return -1;
    removed += qMax(0, snapshots.numRowsAffected());

    // Over the bound: the entries fetched longest ago go, as many as it takes to get back to 90 %
    // of it (so the next write does not start the same clean-up again), in one transaction.
    // Freed pages are reused by later writes; the file itself does not shrink.
    const qint64 used = usedBytes();
    if (policy.maxBytes <= 0 || used <= policy.maxBytes)
        return removed;
    const qint64 excess = used - policy.maxBytes / 10 * 9;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QList<qint64> doomed;
    {
        QSqlQuery scan(db);
        scan.setForwardOnly(true);
        if (!scan.exec(QStringLiteral("SELECT rowid, LENGTH(body) + LENGTH(key) + LENGTH(headers) "
                                      "FROM entries ORDER BY fetched_at"))) {
            m_error = scan.lastError().text();
            m_corrupt = m_corrupt || isCorruptionError(scan.lastError());
            return -1;
        }
        qint64 freed = 0;
        while (freed < excess && scan.next()) {
            doomed.append(scan.value(0).toLongLong());
            freed += scan.value(1).toLongLong();
        }
    }
    if (doomed.isEmpty())
        return removed; // only snapshots left: they follow their own age rule
    QSqlQuery drop(db);
    if (!db.transaction() || !drop.prepare(QStringLiteral("DELETE FROM entries WHERE rowid = ?")))
        return -1;
    for (const qint64 rowid : std::as_const(doomed)) {
        drop.bindValue(0, rowid);
        if (!exec(drop)) {
            db.rollback();
            return -1;
        }
    }
    if (!db.commit())
        return -1;
    return removed + int(doomed.size());
}

qint64 CacheFile::usedBytes()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    qint64 pages = 0;
    qint64 pageSize = 0;
    if (q.exec(QStringLiteral("PRAGMA page_count")) && q.next())
        pages = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("PRAGMA freelist_count")) && q.next())
        pages -= q.value(0).toLongLong();
    if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
        pageSize = q.value(0).toLongLong();
    return std::max<qint64>(0, pages) * pageSize;
}

namespace {

// On a worker thread: a connection of its own (Qt SQL connections belong to the thread that made
// them) that never creates the file ("mode=rw"), so a check that starts after the file was removed
// cannot bring back an empty one.
QString checkFile(const QString &path, const QString &connection)
{
    QString damage;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(QStringLiteral("mode=rw"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=1000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA quick_check(1)"))) {
                if (q.next() && q.value(0).toString() != QLatin1String("ok"))
                    damage
                        = QStringLiteral("integrity check failed: %1").arg(q.value(0).toString());
            } else if (isCorruptionError(q.lastError())) {
                damage = q.lastError().text();
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return damage;
}

} // namespace

QFuture<QString> CacheFile::startIntegrityCheck()
{
    if (!m_statements || m_inMemory || !m_hadContent || m_check.isRunning())
        return {};
    auto promise = std::make_shared<QPromise<QString>>();
    m_check = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, path = m_path, connection = m_connection + QStringLiteral("-check")] {
            promise->addResult(checkFile(path, connection));
            promise->finish();
        });
    return m_check;
}

void CacheFile::markCorrupt(const QString &why)
{
    m_corrupt = true;
    m_error = why;
}

} // namespace kakiyo
