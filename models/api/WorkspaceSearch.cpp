#include "models/api/WorkspaceSearch.h"

#include <QDateTime>
#include <memory>

namespace kakiyo {

namespace {

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
    ProspectSearchQuery q = walk->query;
    q.campaignId = walk->campaignIds.at(walk->next);
    const qint64 wanted = walk->query.limit - walk->page.items.size();
    if (wanted > 0) {
        q.offset = qMax<qint64>(0, walk->query.offset - walk->before);
        q.limit = int(wanted);
    } else {
        q.offset = 0; // only its total is needed
        q.limit = 1;
    }
    const EncodedQuery encoded = q.encode();
    if (!encoded.ok())
        return call.refuse<SearchPage>(encoded.errors, owner, walk->done);
    call.sendJson<SearchPage>(
        ApiCall::read(QStringLiteral("/prospects/search"), walk->options, encoded.query), owner,
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
    step(m_call, owner, walk);
}

} // namespace kakiyo
