#include "models/api/WorkspaceSearch.h"

#include "models/api/ApiSession.h"
#include "models/store/Cache.h"

#include <QDateTime>
#include <algorithm>
#include <memory>

namespace kakiyo {

namespace {

QString searchPath()
{
    return QStringLiteral("/prospects/search");
}

// What campaign `campaignId` is asked for a page, when `collected` of the page's rows are found
// and the campaigns before it hold `before` rows: its rows of the page, or (page full) only its
// total, with limit 1.
ProspectSearchQuery partOf(
    const ProspectSearchQuery &page, const QString &campaignId, qint64 collected, qint64 before)
{
    ProspectSearchQuery q = page;
    q.campaignId = campaignId;
    const qint64 wanted = page.limit - collected;
    if (wanted > 0) {
        q.offset = qMax<qint64>(0, page.offset - before);
        q.limit = int(wanted);
    } else {
        q.offset = 0;
        q.limit = 1;
    }
    return q;
}

struct Walk
{
    ProspectSearchQuery query;
    QStringList campaignIds;
    ReadOptions options;
    ResultHandler<SearchPage> done;
    int next = 0; // index of the campaign to ask
    qint64 before = 0; // rows of the campaigns already asked
    SearchPage page;
    bool fromCache = true;
    QDateTime fetchedAt;
};

void step(const ApiCall &call, QObject *owner, const std::shared_ptr<Walk> &walk)
{
    if (walk->next >= walk->campaignIds.size()) {
        Result<SearchPage> out;
        walk->page.hasMore = walk->page.offset + walk->page.items.size() < walk->page.total;
        out.value = walk->page;
        out.fromCache = walk->fromCache;
        out.fetchedAt = walk->fetchedAt;
        return walk->done(out);
    }
    const qint64 wanted = walk->query.limit - walk->page.items.size();
    const ProspectSearchQuery q = partOf(
        walk->query, walk->campaignIds.at(walk->next), walk->page.items.size(), walk->before);
    const EncodedQuery encoded = q.encode();
    if (!encoded.ok())
        return call.refuse<SearchPage>(encoded.errors, owner, walk->done);
    call.sendJson<SearchPage>(ApiCall::read(searchPath(), walk->options, encoded.query), owner,
        &SearchPage::fromJson,
        ResultHandler<SearchPage>([call, owner, walk, wanted](const Result<SearchPage> &r) {
            if (!r.ok()) {
                Result<SearchPage> failed;
                failed.error = r.error;
                failed.httpStatus = r.httpStatus;
                return walk->done(failed);
            }
            walk->fromCache = walk->fromCache && r.fromCache;
            if (r.fetchedAt.isValid()
                && (!walk->fetchedAt.isValid() || r.fetchedAt < walk->fetchedAt))
                walk->fetchedAt = r.fetchedAt; // the page is as old as its oldest part
            if (wanted > 0)
                walk->page.items += r.value.items.mid(0, int(wanted));
            walk->before += r.value.total;
            walk->page.total += r.value.total;
            walk->page.partTotals << r.value.total;
            walk->page.availableQualifications = r.value.availableQualifications;
            ++walk->next;
            step(call, owner, walk);
        }));
}

} // namespace

void WorkspaceSearch::search(const ProspectSearchQuery &query, const QStringList &campaignIds,
    QObject *owner, ResultHandler<SearchPage> done, ReadOptions options)
{
    auto walk = std::make_shared<Walk>();
    walk->query = query;
    walk->campaignIds = campaignIds;
    walk->options = options;
    walk->done = std::move(done);
    walk->page.limit = query.limit;
    walk->page.offset = query.offset;
    walk->page.callsPerPage = int(campaignIds.size());
    walk->page.partCampaigns = campaignIds;
    step(m_call, owner, walk);
}

int WorkspaceSearch::plannedCalls(const ProspectSearchQuery &query, const QStringList &campaignIds,
    const QList<qint64> &totals, ReadOptions options) const
{
    ApiSession *session = m_call.session();
    Cache *cache = options.cache == ApiRequest::CacheMode::CacheFirst && session ? session->cache()
                                                                                 : nullptr;
    qint64 collected = 0;
    qint64 before = 0;
    int calls = 0;
    for (int i = 0; i < campaignIds.size(); ++i) {
        const qint64 total = totals.value(i);
        const ProspectSearchQuery q = partOf(query, campaignIds.at(i), collected, before);
        const ApiRequest request = ApiCall::read(searchPath(), options, q.encode().query);
        if (!cache || !cache->get(session->cachePartition(), request.resourceKey()))
            ++calls;
        if (query.limit - collected > 0)
            collected += std::clamp<qint64>(total - q.offset, 0, q.limit);
        before += total;
    }
    return calls;
}

} // namespace kakiyo
