#include "models/api/ProspectsApi.h"

#include "models/api/ImportNews.h"
#include "models/api/WorkspaceScopeLookup.h"
#include "models/api/WorkspaceSearch.h"

namespace kakiyo {

namespace {
// Everything an added prospect changes besides /prospects itself.
const QStringList kImportInvalidates {QStringLiteral("/campaigns"), QStringLiteral("/analytics")};
} // namespace

void ProspectsApi::add(
    const ProspectCreate &prospect, QObject *owner, ResultHandler<ImportAccepted> done)
{
    const Encoded e = prospect.encode();
    if (!e.ok())
        return m_call.refuse<ImportAccepted>(e.errors, owner, std::move(done));
    ApiRequest request = ApiRequest::post(QStringLiteral("/prospects"), ApiCall::body(e.body));
    request.invalidates = kImportInvalidates;
    m_call.sendJson<ImportAccepted>(request, owner, &ImportAccepted::fromJson, std::move(done));
}

void ProspectsApi::addBatch(const ProspectBatch &batch, QObject *owner,
    ResultHandler<ImportAccepted> done, Priority priority)
{
    const Encoded e = batch.encode();
    if (!e.ok())
        return m_call.refuse<ImportAccepted>(e.errors, owner, std::move(done));
    ApiRequest request
        = ApiRequest::post(QStringLiteral("/prospects/batch"), ApiCall::body(e.body));
    request.invalidates = kImportInvalidates;
    request.priority = priority;
    m_call.sendJson<ImportAccepted>(request, owner, &ImportAccepted::fromJson, std::move(done));
}

void ProspectsApi::addRoundRobin(const RoundRobinBatch &batch, QObject *owner,
    ResultHandler<RoundRobinResult> done, Priority priority)
{
    const Encoded e = batch.encode();
    if (!e.ok())
        return m_call.refuse<RoundRobinResult>(e.errors, owner, std::move(done));
    ApiRequest request
        = ApiRequest::post(QStringLiteral("/prospects/batch/round-robin"), ApiCall::body(e.body));
    request.invalidates = kImportInvalidates;
    request.priority = priority;
    m_call.sendJson<RoundRobinResult>(request, owner, &RoundRobinResult::fromJson, std::move(done));
}

void ProspectsApi::importSalesNavigator(
    const SalesNavigatorImport &import, QObject *owner, ResultHandler<SalesNavigatorRun> done)
{
    const Encoded e = import.encode();
    if (!e.ok())
        return m_call.refuse<SalesNavigatorRun>(e.errors, owner, std::move(done));
    m_call.sendJson<SalesNavigatorRun>(
        ApiRequest::post(QStringLiteral("/prospects/sales-navigator"), ApiCall::body(e.body)),
        owner, &SalesNavigatorRun::fromJson, std::move(done));
}

void ProspectsApi::importStatus(
    const QString &listId, QObject *owner, ResultHandler<ImportStatus> done, ReadOptions options)
{
    if (const FieldErrors errors = ApiCall::checkPathId(QStringLiteral("listId"), listId);
        !errors.isEmpty())
        return m_call.refuse<ImportStatus>(errors, owner, std::move(done));
    const QPointer<ApiSession> session(m_call.session());
    m_call.sendJson<ImportStatus>(
        ApiCall::read(QStringLiteral("/prospects/imports/%1").arg(listId), options), owner,
        &ImportStatus::fromJson,
        ResultHandler<ImportStatus>(
            [session, listId, done = std::move(done)](Result<ImportStatus> r) {
                if (r.ok() && r.value.listId.isEmpty())
                    r.value.listId = listId;
                if (session && r.ok() && !r.fromCache && r.value.isFinished())
                    ImportNews::of(session)->report(r.value);
                if (done)
                    done(r);
            }));
}

void ProspectsApi::listForCampaign(const QString &campaignId, const CampaignProspectQuery &query,
    QObject *owner, ResultHandler<CampaignProspectPage> done, ReadOptions options)
{
    EncodedQuery q = query.encode();
    q.errors += ApiCall::checkPathId(QStringLiteral("campaignId"), campaignId);
    if (!q.ok())
        return m_call.refuse<CampaignProspectPage>(q.errors, owner, std::move(done));
    const int limit = query.limit;
    const qint64 offset = query.cursor.isEmpty() ? query.offset : 0;
    const ApiCall call = m_call;
    WorkspaceScopeLookup(m_call).ifCampaign<CampaignProspectPage>(campaignId, owner,
        std::move(done), options,
        [call, campaignId, q, owner, options, limit, offset](
            ResultHandler<CampaignProspectPage> checked) {
            call.send<CampaignProspectPage>(
                ApiCall::read(
                    QStringLiteral("/prospects/campaign/%1").arg(campaignId), options, q.query),
                owner,
                [limit, offset](const ApiResult &r) {
                    auto page = CampaignProspectPage::fromJson(ApiCall::bodyValue(r),
                        r.header("x-has-more"), r.header("x-next-cursor"), r.header("x-limit"),
                        r.header("x-offset"));
                    // A cached answer (or an older server) has no pagination headers: a full page
                    // may have a successor, reached by offset.
                    if (page.ok() && r.header("x-has-more").isEmpty()
                        && r.header("x-next-cursor").isEmpty()) {
                        page.value.hasMore = page.value.items.size() >= limit;
                        page.value.limit = limit;
                        page.value.offset = offset;
                    }
                    return page;
                },
                std::move(checked));
        });
}

void ProspectsApi::search(const ProspectSearchQuery &query, QObject *owner,
    ResultHandler<SearchPage> done, ReadOptions options)
{
    const EncodedQuery q = query.encode();
    if (!q.ok())
        return m_call.refuse<SearchPage>(q.errors, owner, std::move(done));
    if (options.wholeTeam || m_call.session()->cachePartition().workspaceId.isEmpty())
        return m_call.sendJson<SearchPage>(
            ApiCall::read(QStringLiteral("/prospects/search"), options, q.query), owner,
            &SearchPage::fromJson, std::move(done));
    // A client workspace: only its campaigns' rows, asked with the search's campaign filter.
    // The first page of a fresh read (an export, a refresh) asks for the campaign list afresh and
    // stores it; its later pages reuse that list, so their offsets follow one list and a page
    // costs its campaigns' searches only (SearchPage::callsPerPage).
    // A background read (the open page asked again in place right after the live refresh, which
    // has just read the scope and the campaign list) takes them from the cache too.
    ReadOptions listOptions = options;
    if (query.offset > 0 || options.priority == Priority::Background)
        listOptions.cache = ApiRequest::CacheMode::CacheFirst;
    else if (options.cache == ApiRequest::CacheMode::NetworkOnly)
        listOptions.cache = ApiRequest::CacheMode::Refresh;
    const ApiCall call = m_call;
    WorkspaceScopeLookup(m_call).campaigns(
        owner,
        [call, query, owner, options, done = std::move(done)](
            const Result<WorkspaceScopeLookup::Campaigns> &c) {
            if (!c.ok()) {
                Result<SearchPage> failed;
                failed.error = c.error;
                return done(failed);
            }
            QStringList ids;
            for (const Campaign &campaign : c.value.campaigns)
                ids << campaign.id;
            if (!query.campaignId.isEmpty()) {
                // A campaign of another workspace is refused, not searched or shown empty.
                if (!ids.contains(query.campaignId)) {
                    Result<SearchPage> refused;
                    refused.error
                        = WorkspaceScopeLookup::outsideWorkspace(c.value.scope, query.campaignId);
                    return done(refused);
                }
                ids = QStringList {query.campaignId};
            }
            ProspectSearchQuery all = query;
            all.campaignId.clear();
            WorkspaceSearch(call).search(all, ids, owner, done, options);
        },
        listOptions);
}

void ProspectsApi::details(
    const QString &chatId, QObject *owner, ResultHandler<ChatDetails> done, ReadOptions options)
{
    if (const FieldErrors errors = ApiCall::checkPathId(QStringLiteral("chatId"), chatId);
        !errors.isEmpty())
        return m_call.refuse<ChatDetails>(errors, owner, std::move(done));
    m_call.sendJson<ChatDetails>(
        ApiCall::read(QStringLiteral("/prospects/%1").arg(chatId), options), owner,
        &ChatDetails::fromJson, std::move(done));
}

void ProspectsApi::updateCustomData(const QString &chatId, const CustomDataUpdate &update,
    QObject *owner, ResultHandler<CustomDataResult> done)
{
    Encoded e = update.encode();
    e.errors += ApiCall::checkPathId(QStringLiteral("chatId"), chatId);
    if (!e.ok())
        return m_call.refuse<CustomDataResult>(e.errors, owner, std::move(done));
    m_call.sendJson<CustomDataResult>(
        ApiRequest::patch(
            QStringLiteral("/prospects/%1/custom-data").arg(chatId), ApiCall::body(e.body)),
        owner, &CustomDataResult::fromJson, std::move(done));
}

void ProspectsApi::chatAction(
    const QString &chatId, const char *action, QObject *owner, ResultHandler<Ack> done)
{
    if (const FieldErrors errors = ApiCall::checkPathId(QStringLiteral("chatId"), chatId);
        !errors.isEmpty())
        return m_call.refuse<Ack>(errors, owner, std::move(done));
    ApiRequest request = ApiRequest::post(
        QStringLiteral("/prospects/%1/%2").arg(chatId, QString::fromLatin1(action)));
    request.invalidates = kImportInvalidates;
    m_call.sendJson<Ack>(request, owner, &Ack::fromJson, std::move(done));
}

void ProspectsApi::pause(const QString &chatId, QObject *owner, ResultHandler<Ack> done)
{
    chatAction(chatId, "pause", owner, std::move(done));
}

void ProspectsApi::resume(const QString &chatId, QObject *owner, ResultHandler<Ack> done)
{
    chatAction(chatId, "resume", owner, std::move(done));
}

void ProspectsApi::qualify(const QString &chatId, QObject *owner, ResultHandler<Ack> done)
{
    chatAction(chatId, "qualify", owner, std::move(done));
}

void ProspectsApi::remove(
    const QString &prospectId, QObject *owner, ResultHandler<DeletionResult> done)
{
    if (const FieldErrors errors = ApiCall::checkPathId(QStringLiteral("prospectId"), prospectId);
        !errors.isEmpty())
        return m_call.refuse<DeletionResult>(errors, owner, std::move(done));
    ApiRequest request = ApiRequest::del(QStringLiteral("/prospects/%1").arg(prospectId));
    request.invalidates = kImportInvalidates;
    m_call.sendJson<DeletionResult>(request, owner, &DeletionResult::fromJson, std::move(done));
}

void ProspectsApi::removeMany(
    const BulkDelete &bulk, QObject *owner, ResultHandler<BulkDeleteResult> done)
{
    const Encoded e = bulk.encode();
    if (!e.ok())
        return m_call.refuse<BulkDeleteResult>(e.errors, owner, std::move(done));
    ApiRequest request = ApiRequest::del(QStringLiteral("/prospects"), ApiCall::body(e.body));
    request.invalidates = kImportInvalidates;
    m_call.sendJson<BulkDeleteResult>(request, owner, &BulkDeleteResult::fromJson, std::move(done));
}

} // namespace kakiyo
