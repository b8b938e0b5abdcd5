// One profile's cache database (used only by Cache): opens or creates the SQLite file with
// owner-only permissions and WAL, checks it, keeps the statements prepared, and notices corruption
// so Cache can replace the file. A file that cannot be created at all falls back to an in-memory
// database.
#pragma once

#include "models/store/CacheEntry.h"
#include "models/store/CacheSnapshot.h"

#include <QByteArray>
#include <QDate>
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
    // Prepared once per open; dropped before the connection is removed.
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};

} // namespace kakiyo
