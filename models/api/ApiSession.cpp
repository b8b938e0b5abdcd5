#include "models/api/ApiSession.h"

#include "models/api/ApiClient.h"
#include "models/api/RatePolicy.h"
#include "models/api/RequestScheduler.h"
#include "models/api/ServerGeneration.h"
#include "models/api/SystemClock.h"
#include "models/api/UsageMeter.h"
#include "models/store/Cache.h"

namespace kakiyo {

ApiSession::ApiSession(QObject *parent, Clock *clock)
    : QObject(parent)
{
    qRegisterMetaType<kakiyo::ApiError>();
    if (!clock) {
        m_ownClock = new SystemClock(this);
        clock = m_ownClock;
    }
    m_client = new ApiClient(this);
    m_usage = new UsageMeter(this);
    m_generation = new ServerGeneration(this);
    m_usage->setGeneration(m_generation);
    m_scheduler = new RequestScheduler(m_client, clock, this);
    m_scheduler->setObserver(
        [this](const ApiRequest &request, const ApiResult &result) { observe(request, result); });
}

ApiSession::~ApiSession()
{
    // The scheduler aborts its calls while the client still exists.
    delete m_scheduler;
    m_scheduler = nullptr;
}

ApiError ApiSession::setBaseUrl(const QUrl &baseUrl)
{
    ApiError error = m_client->setBaseUrl(baseUrl);
    m_generation->setServer(m_profileId, m_client->baseUrl());
    return error;
}

QUrl ApiSession::baseUrl() const
{
    return m_client->baseUrl();
}

void ApiSession::setApiKey(const QString &apiKey)
{
    m_client->setApiKey(apiKey);
}

bool ApiSession::hasApiKey() const
{
    return m_client->hasApiKey();
}

void ApiSession::setProfileId(const QString &profileId)
{
    m_profileId = profileId;
    m_usage->setProfileId(profileId);
    m_generation->setServer(profileId, m_client->baseUrl());
}

QString ApiSession::profileId() const
{
    return m_profileId;
}

void ApiSession::setCache(Cache *cache, const CachePartition &partition)
{
    m_cache = cache;
    if (partition.workspaceId != m_partition.workspaceId)
        m_scope = {};
    m_partition = partition;
    if (!partition.profileId.isEmpty())
        setProfileId(partition.profileId);
}

void ApiSession::clearCache()
{
    if (m_cache)
        m_cache->clear(m_partition);
}

void ApiSession::send(const ApiRequest &request, QObject *owner, const Done &done)
{
    if (!request.isWrite() && m_cache && request.cacheMode == ApiRequest::CacheMode::CacheFirst) {
        if (const std::optional<CacheEntry> entry
            = m_cache->get(m_partition, request.resourceKey())) {
            ApiResult cached;
            cached.body = entry->body;
            QJsonParseError parseError;
            cached.json = QJsonDocument::fromJson(entry->body, &parseError);
            // An unreadable entry is ignored and fetched again.
            if (parseError.error == QJsonParseError::NoError || entry->body.trimmed().isEmpty()) {
                cached.ok = true;
                cached.httpStatus = 200;
                cached.fromCache = true;
                cached.fetchedAt = entry->fetchedAt;
                cached.headers = entry->headers;
                const QPointer<QObject> guard(owner);
                const bool hadOwner = owner != nullptr;
                QMetaObject::invokeMethod(
                    this,
                    [guard, hadOwner, done, cached] {
                        if ((!hadOwner || guard) && done)
                            done(cached);
                    },
                    Qt::QueuedConnection);
                return;
            }
        }
    }
    const QPointer<ApiSession> self(this);
    m_scheduler->enqueue(request, owner, [self, done](const ApiResult &result) {
        if (self && !result.ok && result.error.category != ApiError::Category::Cancelled)
            emit self->failed(result.error);
        if (done)
            done(result);
    });
}

void ApiSession::cancel(QObject *owner)
{
    m_scheduler->cancel(owner);
}

QStringList ApiSession::stalePrefixes(const ApiRequest &request)
{
    const QString group = RatePolicy::groupFor(request.path);
    QStringList prefixes {QLatin1Char('/') + group};
    // Writes that change figures shown elsewhere.
    if (group == QLatin1String("prospects"))
        prefixes << QStringLiteral("/campaigns") << QStringLiteral("/analytics");
    else if (group == QLatin1String("campaigns"))
        prefixes << QStringLiteral("/analytics") << QStringLiteral("/prospects");
    else if (group == QLatin1String("agents"))
        prefixes << QStringLiteral("/campaigns") << QStringLiteral("/workspaces");
    else if (group == QLatin1String("workspaces"))
        prefixes << QStringLiteral("/agents");
    for (const QString &extra : request.invalidates) {
        if (!prefixes.contains(extra))
            prefixes << extra;
    }
    return prefixes;
}

QMap<QByteArray, QByteArray> ApiSession::cachedHeaders(const ApiResult &result)
{
    // Pagination describes the page itself; rate-limit headers describe the moment of the call
    // and would be wrong when the page is read again later.
    static const QByteArray kept[] = {"x-has-more", "x-next-cursor", "x-limit", "x-offset"};
    QMap<QByteArray, QByteArray> headers;
    for (const QByteArray &name : kept) {
        const auto it = result.headers.constFind(name);
        if (it != result.headers.constEnd())
            headers.insert(name, it.value());
    }
    return headers;
}

void ApiSession::observe(const ApiRequest &request, const ApiResult &result)
{
    // What the answer says about the server first: it decides whether this call cost a credit.
    m_generation->observe(request, result);
    // Count what reached the network (local refusals like "no key" cost nothing).
    const ApiError::Category category = result.error.category;
    if (result.httpStatus > 0 || category == ApiError::Category::Network
        || category == ApiError::Category::Timeout || category == ApiError::Category::Tls)
        m_usage->record(RatePolicy::groupFor(request.path), result.httpStatus, result.error.code);

    // An assignment (or any workspace change) may move agents: the scope is resolved again.
    if (result.ok && request.isWrite() && request.path.startsWith(QLatin1String("/workspaces")))
        m_scope = {};
    if (!m_cache || !result.ok)
        return;
    if (!request.isWrite()) {
        if (request.cacheMode != ApiRequest::CacheMode::NetworkOnly)
            m_cache->put(m_partition, request.resourceKey(), result.body,
                result.fetchedAt.isValid() ? result.fetchedAt : QDateTime::currentDateTimeUtc(),
                cachedHeaders(result));
        return;
    }
    for (const QString &prefix : stalePrefixes(request))
        m_cache->invalidate(m_partition, prefix);
}

} // namespace kakiyo
