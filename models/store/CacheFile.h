// One profile's cache database (used only by Cache): opens or creates the SQLite file with
// owner-only permissions and WAL, keeps the statements prepared, and notices corruption so Cache
// can replace the file. A file that cannot be created at all falls back to an in-memory database.
// Opening reads only the header and the schema: the full integrity check reads every page (70 ms
// for a 90 MB file), so it runs on a worker thread with its own connection while the first reads
// are already answered (startIntegrityCheck); a statement that trips over damage earlier is caught
// as before.
#pragma once

#include "models/store/CacheEntry.h"
#include "models/store/CachePolicy.h"
#include "models/store/CacheSnapshot.h"

#include <QByteArray>
#include <QDate>
#include <QFuture>
#include <QList>
#include <QString>

class QSqlQuery;
#include <memory>
#include <optional>

namespace kakiyo {

class CacheFile final
{
    Q_DISABLE_COPY_MOVE(CacheFile)

public:
    enum class OpenOutcome
    {
        Opened, // the file was fine (or new)
        Recovered, // the file was damaged; it was moved aside and a fresh one created
        InMemory, // nothing could be created on disk; this session keeps the cache in memory
    };

    explicit CacheFile(const QString &path);
    ~CacheFile();

    // discardExisting: the file was found corrupt while in use; move it aside without re-checking.
    OpenOutcome open(bool discardExisting = false);
    QString path() const { return m_path; }
    QString movedAsideTo() const { return m_movedAsideTo; }
    QString errorString() const { return m_error; }
    // True once a statement failed because the file is corrupt or not a database.
    bool isCorrupt() const { return m_corrupt; }
    bool inMemory() const { return m_inMemory; }

    std::optional<CacheEntry> get(const QString &workspace, const QByteArray &key);
    bool put(const QString &workspace, const QByteArray &key, const QByteArray &body,
        const QDateTime &fetchedAt, const QByteArray &headers = {});
    int invalidate(const QString &workspace, const QByteArray &keyPrefix);
    bool clear(const QString &workspace);
    bool putSnapshot(const QString &workspace, const QByteArray &key, QDate day,
        const QByteArray &body, const QDateTime &storedAt);
    QList<CacheSnapshot> snapshots(
        const QString &workspace, const QByteArray &key, QDate from, QDate to);
    qint64 payloadBytes(const QString &workspace);

    // Removes what the policy says is too old or too much (see CachePolicy). Returns the number
    // of entries and snapshots removed, or -1 on error.
    int enforce(const CachePolicy &policy, const QDateTime &now);
    // Pages in use (not on the free list) times the page size: what the size bound counts.
    qint64 usedBytes();

    // Runs SQLite's quick_check on a worker thread with a connection of its own. The future's
    // result is empty when the file is fine (or could not be checked: busy, removed), else what
    // is wrong. No future (isValid() false) for a file that was new or in memory. Closing this
    // file waits for a running check, so the check never outlives the file it reads.
    QFuture<QString> startIntegrityCheck();
    // The check (or anyone) found the file damaged: Cache replaces it on its next use.
    void markCorrupt(const QString &why);

    // The files SQLite keeps beside the database in WAL mode.
    static QStringList companionSuffixes();

private:
    bool openAt(const QString &databaseName);
    bool createFileOwnerOnly();
    bool prepareSchema();
    bool prepareStatements();
    void closeDatabase();
    bool moveAside();
    bool exec(QSqlQuery &query);

    QString m_path;
    QString m_connection;
    QString m_movedAsideTo;
    QString m_error;
    bool m_corrupt = false;
    bool m_inMemory = false;
    bool m_replaceable = false; // the last open failed because the file is damaged or unreadable
    bool m_hadContent = false; // the file existed with data when opened: worth a check
    QFuture<QString> m_check;
    // Prepared once per open; dropped before the connection is removed.
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};

} // namespace kakiyo
