#pragma once
// WorkspaceSearch: GET /prospects/search for a client workspace. The search filters by one
// `campaignId` at a time, so the workspace's rows are its campaigns' searches laid end to end
// (in the order of the campaign list): one page of the workspace asks each campaign once — the
// campaigns the page's rows fall in for their rows, the others with limit 1 for their total —
// and every answer is cached like any search. Never the team's rows filtered afterwards.

#include "models/api/ApiCall.h"
#include "models/domain/Prospect.h"
#include "models/domain/ProspectRequests.h"

#include <QStringList>

namespace kakiyo {

class WorkspaceSearch
{
public:
    explicit WorkspaceSearch(ApiCall call)
        : m_call(call)
    {
    }

    // `campaignIds`: the workspace's campaigns; the query's own campaignId must be empty.
    void search(const ProspectSearchQuery &query, const QStringList &campaignIds, QObject *owner,
        ResultHandler<SearchPage> done, ReadOptions options);
    // The calls search() would make for `query` (a page: offset and limit) given each campaign's
    // total from an earlier answer (SearchPage::partCampaigns/partTotals): the same parts, less
    // those the session's cache answers (options.cache CacheFirst) — a campaign asked only for
    // its total is asked the same way on every page.
    int plannedCalls(const ProspectSearchQuery &query, const QStringList &campaignIds,
        const QList<qint64> &totals, ReadOptions options) const;

private:
    ApiCall m_call;
};

} // namespace kakiyo
