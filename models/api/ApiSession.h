#pragma once
// ApiSession: the front door to the Kakiyo API for the rest of the app. It wires one ApiClient
// (the network), one RequestScheduler (budget, priorities, retries), one UsageMeter (calls and
// credits), one ServerGeneration (which API generation answers) and the profile's cache partition
// together. Resource classes (AgentsApi, ...) call send(); nothing else in the app talks to the
// network.
//
// send() semantics:
//  - GET with CacheMode::CacheFirst and a cached entry: answered from the cache (fromCache, with
//    fetchedAt and the pagination headers it was stored with), costs no call. Otherwise queued with
//    the scheduler; a successful GET is stored.
//  - A successful write invalidates the cached GETs under its path's first segment (plus
//    ApiRequest::invalidates).
//  - `done` runs exactly once, always asynchronously (never inside send()), unless the owner is
//    destroyed or cancel(owner) is called first: then it never runs.
//  - Every failure is also announced once through failed() (one place for the UI's banner).

#include "models/api/ApiRequest.h"
#include "models/api/ApiResult.h"
#include "models/api/Priority.h"
#include "models/domain/WorkspaceScope.h"
#include "models/store/CachePartition.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

namespace kakiyo {

class ApiClient;
class Cache;
class Clock;
class RequestScheduler;
class ServerGeneration;
class UsageMeter;

class ApiSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiSession)

public:
    using Done = std::function<void(const ApiResult &)>;

    // `clock` null = the system clock. The session owns client, scheduler and meter.
    explicit ApiSession(QObject *parent = nullptr, Clock *clock = nullptr);
    ~ApiSession() override;

    // Connection settings. setBaseUrl refuses plain HTTP to anything but loopback and returns
    // the Config error saying so (the previous URL stays).
    ApiError setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const;
    void setApiKey(const QString &apiKey); // kept in memory only, never logged
    bool hasApiKey() const;
    // Usage is counted per profile (CachePartition::profileId).
    void setProfileId(const QString &profileId);
    QString profileId() const;
    // Answers are cached in `partition` (profile + workspace); cache null = no caching. The
    // usage profile follows partition.profileId.
    void setCache(Cache *cache, const CachePartition &partition);
    CachePartition cachePartition() const { return m_partition; }
    Cache *cache() const { return m_cache; }

    // The workspace scope last resolved for the current partition (WorkspaceScopeLookup): what
    // the models say when a client workspace leaves them empty. Reset when the partition changes.
    WorkspaceScope scope() const { return m_scope; }
    void setScope(const WorkspaceScope &scope) { m_scope = scope; }

    void send(const ApiRequest &request, QObject *owner, const Done &done);
    void cancel(QObject *owner); // drops every pending call of this owner; their done never runs

    // Drops all cached answers of the current partition (user "clear cache").
    void clearCache();

    ApiClient *client() const { return m_client; }
    RequestScheduler *scheduler() const { return m_scheduler; }
    UsageMeter *usage() const { return m_usage; }
    // Which API generation the server runs, learnt from its answers (decides credits).
    ServerGeneration *generation() const { return m_generation; }

    // GET path prefixes a successful write makes stale: its first segment, the areas whose
    // figures it changes (e.g. prospects -> campaigns, analytics) and request.invalidates.
    static QStringList stalePrefixes(const ApiRequest &request);
    // The headers stored with a cached answer: those that describe the answer itself
    // (X-Has-More, X-Next-Cursor, X-Limit, X-Offset), never rate-limit state.
    static QMap<QByteArray, QByteArray> cachedHeaders(const ApiResult &result);

signals:
    // Every failed call, once (cancellations excluded); the UI shows one banner per category.
    void failed(const kakiyo::ApiError &error);

private:
    void observe(const ApiRequest &request, const ApiResult &result);

    ApiClient *m_client = nullptr;
    RequestScheduler *m_scheduler = nullptr;
    UsageMeter *m_usage = nullptr;
    ServerGeneration *m_generation = nullptr;
    Cache *m_cache = nullptr;
    CachePartition m_partition;
    WorkspaceScope m_scope;
    QString m_profileId;
    Clock *m_ownClock = nullptr;
};

} // namespace kakiyo
