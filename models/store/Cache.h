// The local answer store that makes repeat questions free: every successful GET body is kept with
// its fetch time (and the headers that belong to it, e.g. pagination) in SQLite, one file per
// profile (created 0600, WAL), partitioned by workspace. Analytics answers can also be kept as one
// snapshot per day for history charts.
//
// How much is kept is bounded by a CachePolicy (age and size; entries fetched longest ago go
// first), enforced after writes so the first read of a session never waits for it.
//
// Main thread only. A corrupted or unreadable file is moved aside (".corrupt-<time>") and a fresh
// cache is started; problem() says so once. Damage is found by the statement that trips over it
// or by the integrity check that runs in the background after a file is opened. If no file can be
// created at all, the cache keeps working in memory for this session. Nothing here ever stores the
// API key.
#pragma once

#include "models/store/CacheEntry.h"
#include "models/store/CachePartition.h"
#include "models/store/CachePolicy.h"
#include "models/store/CacheSnapshot.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace kakiyo {

class CacheFile;

class Cache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Cache)

public:
    // directory empty = QStandardPaths::CacheLocation (created 0700 if missing).
    explicit Cache(const QString &directory = {}, QObject *parent = nullptr);
    ~Cache() override;

    QString directory() const;
    // The SQLite file that holds this profile's partitions.
    QString filePath(const QString &profileId) const;

    // The entry comes back with the headers it was stored with (none for an older entry).
    std::optional<CacheEntry> get(const CachePartition &partition, const QString &key);
    // headers: response headers that belong to the answer (lower-case names), e.g. pagination.
    bool put(const CachePartition &partition, const QString &key, const QByteArray &body,
        const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc(),
        const QMap<QByteArray, QByteArray> &headers = {});
    // Removes every entry whose key starts with keyPrefix (empty prefix = whole partition).
    // Returns how many entries went, or -1 on error.
    int invalidate(const CachePartition &partition, const QString &keyPrefix);
    bool clear(const CachePartition &partition); // entries and snapshots of one workspace
    bool clearProfile(const QString &profileId); // the whole file, e.g. when a profile is removed
    bool clearAll(); // every profile's file in directory()

    // Analytics history: one snapshot per (partition, key, day); a later put for a day replaces it.
    bool putSnapshot(
        const CachePartition &partition, const QString &key, QDate day, const QByteArray &body);
    // Snapshots with from <= day <= to, oldest first.
    QList<CacheSnapshot> snapshots(
        const CachePartition &partition, const QString &key, QDate from, QDate to);

    // Bytes on disk (database + WAL) of one profile's file, or of every profile's file.
    qint64 sizeBytes(const QString &profileId) const;
    qint64 sizeBytes() const;
    // Bytes of cached bodies in one partition (what "clear" would free for that workspace).
    qint64 payloadBytes(const CachePartition &partition);

    void setPolicy(const CachePolicy &policy) { m_policy = policy; }
    CachePolicy policy() const { return m_policy; }
    // Applies the policy to one profile's file now (it also runs by itself after writes).
    // Returns how many entries and snapshots went, or -1 on error.
    int enforcePolicy(const QString &profileId);

    // Closes a profile's file (e.g. before it is removed); it reopens on next use.
    void close(const QString &profileId);

    QString lastError() const;

signals:
    // A user-facing sentence: the cache file was damaged and replaced, or could not be opened.
    void problem(const QString &message);

private:
    CacheFile *fileFor(const QString &profileId);
    void setError(const QString &message);
    void watchIntegrity(const QString &profileId, const std::shared_ptr<CacheFile> &file);
    void wrote(const QString &profileId, qint64 bytes);

    QString m_directory;
    QHash<QString, std::shared_ptr<CacheFile>> m_files;
    // Bytes written per file stem since the policy last ran there (absent: not run this session).
    QHash<QString, qint64> m_writtenSinceEnforced;
    CachePolicy m_policy;
    QString m_lastError;
};

} // namespace kakiyo
