#include "models/jobs/WorkspaceSweep.h"

#include "models/api/AgentsApi.h"
#include "models/api/ApiCall.h"
#include "models/api/CampaignsApi.h"
#include "models/api/Connection.h"
#include "models/api/ProspectsApi.h"
#include "models/api/UsageMeter.h"
#include "models/api/WorkspacesApi.h"
#include "models/jobs/LoadFailure.h"
#include "models/store/Cache.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace kakiyo {

namespace {

ProspectSearchQuery pageQuery(qint64 offset)
{
    ProspectSearchQuery query;
    query.limit = WorkspaceSweep::PageSize;
    query.offset = offset;
    return query;
}

ApiRequest pageRequest(qint64 offset)
{
    return ApiCall::read(QStringLiteral("/prospects/search"), {}, pageQuery(offset).encode().query);
}

const QString kLists[]
    = {QStringLiteral("/workspaces"), QStringLiteral("/agents"), QStringLiteral("/campaigns")};

} // namespace

QString WorkspaceSweep::Plan::text() const
{
    QString s
        = pagesKnown ? tr("%n call(s)", nullptr, calls) : tr("at least %n call(s)", nullptr, calls);
    if (fromCache > 0)
        s += tr(" (%n answer(s) fresh in the cache, free)", nullptr, fromCache);
    s += creditsApply ? tr(" · %n credit(s)", nullptr, credits())
                      : tr(" · no credits for calls on this server");
    if (!pagesKnown)
        s += tr(" · one more call per 100 conversations after the first 100");
    return s;
}

WorkspaceSweep::WorkspaceSweep(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

ApiRequest::CacheMode WorkspaceSweep::modeFor(const ApiRequest &request, bool *fresh) const
{
    *fresh = false;
    Cache *cache = m_connection ? m_connection->cache() : nullptr;
    if (cache) {
        const auto entry = cache->get(m_connection->cachePartition(), request.resourceKey());
        *fresh = entry && entry->fetchedAt.isValid()
            && entry->fetchedAt.msecsTo(QDateTime::currentDateTimeUtc()) < m_freshForMs;
    }
    return *fresh ? ApiRequest::CacheMode::CacheFirst : ApiRequest::CacheMode::Refresh;
}

ApiRequest::CacheMode WorkspaceSweep::modeForPage(qint64 offset) const
{
    bool fresh = false;
    return modeFor(pageRequest(offset), &fresh);
}

WorkspaceSweep::Plan WorkspaceSweep::plan() const
{
    Plan p;
    if (!m_connection)
        return p;
    p.creditsApply = !m_connection->usage() || m_connection->usage()->callsCostCredits();
    const auto count = [&p, this](const ApiRequest &request) {
        bool fresh = false;
        modeFor(request, &fresh);
        if (fresh)
            ++p.fromCache;
        else
            ++p.calls;
        return fresh;
    };
    for (const QString &path : kLists)
        count(ApiCall::read(path, {}));
    // The conversation count: from the first search page in the cache, fresh or not.
    if (Cache *cache = m_connection->cache()) {
        if (const auto entry
            = cache->get(m_connection->cachePartition(), pageRequest(0).resourceKey())) {
            const Decoded<SearchPage> first
                = SearchPage::fromJson(QJsonDocument::fromJson(entry->body).object());
            if (first.ok()) {
                p.pagesKnown = true;
                p.conversations = first.value.total;
            }
        }
    }
    const qint64 pages
        = p.pagesKnown ? std::max<qint64>(1, (p.conversations + PageSize - 1) / PageSize) : 1;
    for (qint64 i = 0; i < pages; ++i) {
        if (!count(pageRequest(i * PageSize)))
            ++p.searchPages;
    }
    return p;
}

void WorkspaceSweep::run()
{
    if (!m_connection)
        return;
    const quint64 generation = ++m_generation;
    m_workspaces.clear();
    m_agents.clear();
    m_campaigns.clear();
    m_conversations.clear();
    m_oldest = {};
    m_lastError.clear();
    m_pending = 4;
    setRunning(true);
    bool fresh = false;
    // The user asked for this sweep and saw its cost: interactive, like a page's refresh. It
    // compares every workspace, so it reads the whole team whichever workspace is current.
    const auto options = [this, &fresh](const QString &path) {
        return ReadOptions {
            Priority::Interactive, modeFor(ApiCall::read(path, {}), &fresh), /*wholeTeam=*/true};
    };
    WorkspacesApi(m_connection.data())
        .list(
            this,
            [this, generation](const Result<WorkspaceList> &r) {
                if (generation != m_generation || !accept(r.error, tr("workspaces")))
                    return;
                m_workspaces = r.value.workspaces;
                note(r.fetchedAt);
                partDone();
            },
            options(kLists[0]));
    AgentsApi(m_connection.data())
        .list(
            this,
            [this, generation](const Result<QList<Agent>> &r) {
                if (generation != m_generation || !accept(r.error, tr("agents")))
                    return;
                m_agents = r.value;
                note(r.fetchedAt);
                partDone();
            },
            options(kLists[1]));
    CampaignsApi(m_connection.data())
        .list(
            this,
            [this, generation](const Result<QList<Campaign>> &r) {
                if (generation != m_generation || !accept(r.error, tr("campaigns")))
                    return;
                m_campaigns = r.value;
                note(r.fetchedAt);
                partDone();
            },
            options(kLists[2]));
    page(0);
}

void WorkspaceSweep::page(qint64 offset)
{
    const quint64 generation = m_generation;
    ProspectsApi(m_connection.data())
        .search(pageQuery(offset), this,
            [this, generation, offset](const Result<SearchPage> &r) {
                if (generation != m_generation || !accept(r.error, tr("conversations")))
                    return;
                m_conversations += r.value.items;
                note(r.fetchedAt);
                const qint64 next = offset + r.value.items.size();
                emit progress(next, r.value.total);
                // Stop at the end, or on an empty page (no progress).
                if (r.value.items.isEmpty() || next >= r.value.total)
                    partDone();
                else
                    page(next);
            },
            {Priority::Interactive, modeForPage(offset), /*wholeTeam=*/true});
}

void WorkspaceSweep::note(const QDateTime &fetchedAt)
{
    if (fetchedAt.isValid() && (!m_oldest.isValid() || fetchedAt < m_oldest))
        m_oldest = fetchedAt;
}

void WorkspaceSweep::partDone()
{
    if (--m_pending > 0)
        return;
    m_summaries = WorkspaceSummary::compute(m_workspaces, m_agents, m_campaigns, m_conversations);
    m_dataTime = m_oldest.isValid() ? m_oldest : QDateTime::currentDateTimeUtc();
    setRunning(false);
    emit finished();
}

bool WorkspaceSweep::accept(const ApiError &error, const QString &what)
{
    if (!error.isError())
        return true;
    fail(LoadFailure::describe(error, what));
    return false;
}

void WorkspaceSweep::fail(const QString &message)
{
    ++m_generation; // the other parts' answers are dropped
    m_lastError = message;
    setRunning(false);
    emit failed(message);
}

void WorkspaceSweep::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    emit runningChanged(running);
}

} // namespace kakiyo
