#include "models/api/CampaignsApi.h"

#include "models/api/WorkspaceScopeLookup.h"

namespace kakiyo {

template<typename T, typename Decode>
void CampaignsApi::sendFor(const QString &id, const ApiRequest &request, QObject *owner,
    Decode decode, ResultHandler<T> done, ReadOptions options)
{
    const ApiCall call = m_call;
    WorkspaceScopeLookup(m_call).ifCampaign<T>(id, owner, std::move(done), options,
        [call, request, owner, decode](ResultHandler<T> checked) {
            call.sendJson<T>(request, owner, decode, std::move(checked));
        });
}

void CampaignsApi::list(QObject *owner, ResultHandler<QList<Campaign>> done, ReadOptions options)
{
    WorkspaceScopeLookup(m_call).list<Campaign>(QStringLiteral("/campaigns"), owner,
        std::move(done), options, [](const WorkspaceScope &scope, const QList<Campaign> &all) {
            return scope.campaigns(all);
        });
}

void CampaignsApi::create(
    const CampaignCreate &campaign, QObject *owner, ResultHandler<CampaignCreated> done)
{
    const Encoded e = campaign.encode();
    if (!e.ok())
        return m_call.refuse<CampaignCreated>(e.errors, owner, std::move(done));
    m_call.sendJson<CampaignCreated>(
        ApiRequest::post(QStringLiteral("/campaigns"), ApiCall::body(e.body)), owner,
        &CampaignCreated::fromJson, std::move(done));
}

void CampaignsApi::update(
    const QString &id, const CampaignUpdate &changes, QObject *owner, ResultHandler<Ack> done)
{
    Encoded e = changes.encode();
    e.errors += ApiCall::checkPathId(QStringLiteral("id"), id);
    if (!e.ok())
        return m_call.refuse<Ack>(e.errors, owner, std::move(done));
    sendFor<Ack>(id,
        ApiRequest::put(QStringLiteral("/campaigns/%1").arg(id), ApiCall::body(e.body)), owner,
        &Ack::fromJson, std::move(done));
}

void CampaignsApi::remove(const QString &id, QObject *owner, ResultHandler<DeletionResult> done)
{
    if (const FieldErrors errors = ApiCall::checkPathId(QStringLiteral("id"), id);
        !errors.isEmpty())
        return m_call.refuse<DeletionResult>(errors, owner, std::move(done));
    ApiRequest request = ApiRequest::del(QStringLiteral("/campaigns/%1").arg(id));
    // The delete cascades to the campaign's prospects and analytics.
    request.invalidates = {QStringLiteral("/prospects"), QStringLiteral("/analytics")};
    sendFor<DeletionResult>(id, request, owner, &DeletionResult::fromJson, std::move(done));
}

void CampaignsApi::pause(const QString &id, QObject *owner, ResultHandler<Ack> done)
{
    if (const FieldErrors errors = ApiCall::checkPathId(QStringLiteral("id"), id);
        !errors.isEmpty())
        return m_call.refuse<Ack>(errors, owner, std::move(done));
    sendFor<Ack>(id, ApiRequest::post(QStringLiteral("/campaigns/%1/pause").arg(id)), owner,
        &Ack::fromJson, std::move(done));
}

void CampaignsApi::resume(const QString &id, QObject *owner, ResultHandler<Ack> done)
{
    if (const FieldErrors errors = ApiCall::checkPathId(QStringLiteral("id"), id);
        !errors.isEmpty())
        return m_call.refuse<Ack>(errors, owner, std::move(done));
    sendFor<Ack>(id, ApiRequest::post(QStringLiteral("/campaigns/%1/resume").arg(id)), owner,
        &Ack::fromJson, std::move(done));
}

void CampaignsApi::stats(
    const QString &id, QObject *owner, ResultHandler<CampaignStats> done, ReadOptions options)
{
    if (const FieldErrors errors = ApiCall::checkPathId(QStringLiteral("id"), id);
        !errors.isEmpty())
        return m_call.refuse<CampaignStats>(errors, owner, std::move(done));
    sendFor<CampaignStats>(id,
        ApiCall::read(QStringLiteral("/campaigns/%1/stats").arg(id), options), owner,
        &CampaignStats::fromJson, std::move(done), options);
}

} // namespace kakiyo
