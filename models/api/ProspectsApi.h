#pragma once
// ProspectsApi: every /prospects endpoint — adding (single, batch ≤100, round-robin, Sales
// Navigator), the import status to poll, the campaign list (cursor/has-more from headers), the
// team-wide search, one conversation, its custom data, pause/resume/qualify, and deletes.

#include "models/api/ApiCall.h"
#include "models/domain/Ack.h"
#include "models/domain/ChatDetails.h"
#include "models/domain/DeletionResult.h"
#include "models/domain/ImportStatus.h"
#include "models/domain/Prospect.h"
#include "models/domain/ProspectRequests.h"

namespace kakiyo {

class ProspectsApi
{
public:
    explicit ProspectsApi(ApiCall call)
        : m_call(call)
    {
    }

    void add(const ProspectCreate &prospect, QObject *owner, ResultHandler<ImportAccepted> done);
    // Bulk work (the import engine) passes Priority::Background so interactive calls go first.
    void addBatch(const ProspectBatch &batch, QObject *owner, ResultHandler<ImportAccepted> done,
        Priority priority = Priority::Interactive);
    void addRoundRobin(const RoundRobinBatch &batch, QObject *owner,
        ResultHandler<RoundRobinResult> done, Priority priority = Priority::Interactive);
    void importSalesNavigator(
        const SalesNavigatorImport &import, QObject *owner, ResultHandler<SalesNavigatorRun> done);
    // Import progress changes by the second: always asked of the server, never stored.
    void importStatus(const QString &listId, QObject *owner, ResultHandler<ImportStatus> done,
        ReadOptions options = {Priority::Interactive, ApiRequest::CacheMode::NetworkOnly});
    void listForCampaign(const QString &campaignId, const CampaignProspectQuery &query,
        QObject *owner, ResultHandler<CampaignProspectPage> done, ReadOptions options = {});
    void search(const ProspectSearchQuery &query, QObject *owner, ResultHandler<SearchPage> done,
        ReadOptions options = {});
    void details(const QString &chatId, QObject *owner, ResultHandler<ChatDetails> done,
        ReadOptions options = {});
    void updateCustomData(const QString &chatId, const CustomDataUpdate &update, QObject *owner,
        ResultHandler<CustomDataResult> done);
    void pause(const QString &chatId, QObject *owner, ResultHandler<Ack> done);
    void resume(const QString &chatId, QObject *owner, ResultHandler<Ack> done);
    void qualify(const QString &chatId, QObject *owner, ResultHandler<Ack> done);
    // Deletes are keyed by the prospect id (not the chat id).
    void remove(const QString &prospectId, QObject *owner, ResultHandler<DeletionResult> done);
    void removeMany(
        const BulkDelete &request, QObject *owner, ResultHandler<BulkDeleteResult> done);

private:
    void chatAction(
        const QString &chatId, const char *action, QObject *owner, ResultHandler<Ack> done);

    ApiCall m_call;
};

} // namespace kakiyo
