#include "models/api/Connection.h"

#include "models/api/ApiClient.h"
#include "models/api/ApiSession.h"

namespace kakiyo {

std::unique_ptr<Connection> Connection::open(const Settings &settings, ApiError *error)
{
    auto *session = new ApiSession(nullptr, settings.clock);
    const ApiError urlError = session->setBaseUrl(settings.baseUrl);
    if (urlError.isError()) {
        delete session;
        if (error)
            *error = urlError;
        return nullptr;
    }
    session->setApiKey(settings.apiKey);
    if (settings.requestDeadlineMs > 0)
        session->client()->setRequestDeadlineMs(settings.requestDeadlineMs);
    session->setProfileId(settings.profileId);
    // Without a cache the partition still names the workspace the data is scoped to.
    session->setCache(settings.cache, CachePartition {settings.profileId, settings.workspaceId});
    auto connection = std::make_unique<Connection>(session);
    session->setParent(connection.get());
    return connection;
}

Connection::Connection(ApiSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    Q_ASSERT(session);
    connect(session, &ApiSession::failed, this, &Connection::failed);
}

Connection::~Connection()
{
    // An owned session goes first (as a child it would go after this object's signals are gone,
    // but its pending calls must be aborted while the connection is whole).
    if (m_session && m_session->parent() == this)
        delete m_session;
}

QUrl Connection::baseUrl() const
{
    return m_session->baseUrl();
}

QString Connection::profileId() const
{
    return m_session->profileId();
}

CachePartition Connection::cachePartition() const
{
    return m_session->cachePartition();
}

Cache *Connection::cache() const
{
    return m_session->cache();
}

void Connection::setWorkspace(const QString &workspaceId)
{
    CachePartition partition = m_session->cachePartition();
    if (partition.profileId.isEmpty())
        partition.profileId = m_session->profileId();
    partition.workspaceId = workspaceId;
    m_session->setCache(m_session->cache(), partition);
}

void Connection::clearCache()
{
    m_session->clearCache();
}

UsageMeter *Connection::usage() const
{
    return m_session->usage();
}

ServerGeneration *Connection::generation() const
{
    return m_session->generation();
}

RequestScheduler *Connection::scheduler() const
{
    return m_session->scheduler();
}

void Connection::cancel(QObject *owner)
{
    m_session->cancel(owner);
}

} // namespace kakiyo
