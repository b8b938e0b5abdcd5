#pragma once
// Connection: what the window, the item models and the headless commands hold of the Kakiyo API —
// one team, reached with one key at one address, its cache partition and its usage. It owns the
// request pipeline (ApiSession) and lends it only to the resource classes (AgentsApi, ...) through
// ApiCall: nothing above models/api builds a request or sends one itself.
//
// Connections are built in one place, Connection::open(), from the address, the key and the
// profile: the key goes down once, here, and is kept in memory by the client only.

#include "models/api/ApiError.h"
#include "models/store/CachePartition.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace kakiyo {

class ApiSession;
class Cache;
class Clock;
class RequestScheduler;
class ServerGeneration;
class UsageMeter;

class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    struct Settings
    {
        QUrl baseUrl;
        QString apiKey; // never logged, never stored by the connection
        QString profileId; // usage is counted per profile
        Cache *cache = nullptr; // null: answers are not cached
        QString workspaceId; // the cache partition inside the profile's file
        Clock *clock = nullptr; // null: the system clock
        int requestDeadlineMs = 0; // overall bound of one request; 0: the client's default
    };

    // A connection with these settings, or null and the reason in *error (an address the client
    // refuses: plain HTTP to a host other than loopback, or no address at all).
    static std::unique_ptr<Connection> open(const Settings &settings, ApiError *error);

    // Wraps a session the caller owns and keeps alive longer than the connection (tests and
    // benchmarks of the pipeline, which set the session up themselves).
    explicit Connection(ApiSession *session, QObject *parent = nullptr);
    ~Connection() override;

    QUrl baseUrl() const;
    QString profileId() const;
    CachePartition cachePartition() const;
    Cache *cache() const;
    // Moves to another workspace's cache partition (same profile, same cache file).
    void setWorkspace(const QString &workspaceId);
    // Drops every cached answer of the current partition (the user's "clear cache").
    void clearCache();

    UsageMeter *usage() const;
    // The API generation the server runs (detected) and the user's billing choice.
    ServerGeneration *generation() const;
    RequestScheduler *scheduler() const;

    // Drops every pending call made on behalf of `owner`; their handlers never run.
    void cancel(QObject *owner);

    // The pipeline, for ApiCall (the resource classes) and for models/ code that reads the cache.
    ApiSession *session() const { return m_session; }

signals:
    // Every failed call, once (cancellations excluded): the UI shows one banner per category.
    void failed(const kakiyo::ApiError &error);

private:
    ApiSession *m_session = nullptr;
};

} // namespace kakiyo
