#pragma once
// CampaignsApi: GET/POST /campaigns, PUT/DELETE /campaigns/{id}, pause, resume and stats.
// The list is asked without parameters (the contract's Decision 4: the full list).

#include "models/api/ApiCall.h"
#include "models/domain/Ack.h"
#include "models/domain/Campaign.h"
#include "models/domain/DeletionResult.h"

namespace kakiyo {

class CampaignsApi
{
public:
    explicit CampaignsApi(ApiCall call)
        : m_call(call)
    {
    }

    void list(QObject *owner, ResultHandler<QList<Campaign>> done, ReadOptions options = {});
    void create(
        const CampaignCreate &campaign, QObject *owner, ResultHandler<CampaignCreated> done);
    void update(
        const QString &id, const CampaignUpdate &changes, QObject *owner, ResultHandler<Ack> done);
    void remove(const QString &id, QObject *owner, ResultHandler<DeletionResult> done);
    void pause(const QString &id, QObject *owner, ResultHandler<Ack> done);
    void resume(const QString &id, QObject *owner, ResultHandler<Ack> done);
    void stats(const QString &id, QObject *owner, ResultHandler<CampaignStats> done,
        ReadOptions options = {});

private:
    // Sends a request about one campaign, refused without a call in a client workspace that does
    // not own it (WorkspaceScopeLookup::ifCampaign).
    template<typename T, typename Decode>
    void sendFor(const QString &id, const ApiRequest &request, QObject *owner, Decode decode,
        ResultHandler<T> done, ReadOptions options = {});

    ApiCall m_call;
};

} // namespace kakiyo
