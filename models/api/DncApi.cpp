#include "models/api/DncApi.h"

#include "models/api/WorkspaceScopeLookup.h"

namespace kakiyo {

void DncApi::list(
    const DncListQuery &query, QObject *owner, ResultHandler<DncListPage> done, ReadOptions options)
{
    const EncodedQuery q = query.encode();
    if (!q.ok())
        return m_call.refuse<DncListPage>(q.errors, owner, std::move(done));
    if (options.wholeTeam || m_call.session()->cachePartition().workspaceId.isEmpty())
        return m_call.sendJson<DncListPage>(ApiCall::read(QStringLiteral("/dnc"), options, q.query),
            owner, &DncListPage::fromJson, std::move(done));
    // A client workspace: the entries of its client team and of the agency's own team (they
    // protect every client's campaigns); those filed under another client's team are dropped.
    // `served` keeps the server's count, so paging goes on as if nothing were dropped.
    const ApiCall call = m_call;
    WorkspaceScopeLookup(m_call).scope(
        owner,
        [call, query = q.query, owner, options, done = std::move(done)](
            const Result<WorkspaceScope> &s) {
            if (!s.ok()) {
                Result<DncListPage> failed;
                failed.error = s.error;
                return done(failed);
            }
            const WorkspaceScope scope = s.value;
            call.sendJson<DncListPage>(ApiCall::read(QStringLiteral("/dnc"), options, query), owner,
                &DncListPage::fromJson,
                ResultHandler<DncListPage>([scope, done](Result<DncListPage> r) {
                    r.value.entries = scope.dnc(r.value.entries);
                    done(r);
                }));
        },
        options);
}

void DncApi::add(const DncUrl &entry, QObject *owner, ResultHandler<DncEntry> done)
{
    const Encoded e = entry.encode();
    if (!e.ok())
        return m_call.refuse<DncEntry>(e.errors, owner, std::move(done));
    m_call.sendJson<DncEntry>(ApiRequest::post(QStringLiteral("/dnc"), ApiCall::body(e.body)),
        owner, &DncEntry::fromJson, std::move(done));
}

void DncApi::check(
    const DncUrl &entry, QObject *owner, ResultHandler<DncCheck> done, ReadOptions options)
{
    const EncodedQuery q = entry.encodeQuery();
    if (!q.ok())
        return m_call.refuse<DncCheck>(q.errors, owner, std::move(done));
    m_call.sendJson<DncCheck>(ApiCall::read(QStringLiteral("/dnc/check"), options, q.query), owner,
        &DncCheck::fromJson, std::move(done));
}

void DncApi::addBatch(const DncBatch &batch, QObject *owner, ResultHandler<DncBatchResult> done)
{
    const Encoded e = batch.encode();
    if (!e.ok())
        return m_call.refuse<DncBatchResult>(e.errors, owner, std::move(done));
    m_call.sendJson<DncBatchResult>(
        ApiRequest::post(QStringLiteral("/dnc/batch"), ApiCall::body(e.body)), owner,
        &DncBatchResult::fromJson, std::move(done));
}

void DncApi::remove(const QString &id, QObject *owner, ResultHandler<Ack> done)
{
    if (const FieldErrors errors = ApiCall::checkPathId(QStringLiteral("id"), id);
        !errors.isEmpty())
        return m_call.refuse<Ack>(errors, owner, std::move(done));
    m_call.sendJson<Ack>(
        ApiRequest::del(QStringLiteral("/dnc/%1").arg(id)), owner,
        [](const QJsonValue &v, const QString &path) {
            QString message;
            const auto data = unwrapDnc(v, &message);
            if (!data.ok())
                return Decoded<Ack>::failure(data.error);
            auto ack = Ack::fromJson(data.value, path);
            if (ack.ok() && ack.value.message.isEmpty())
                ack.value.message = message;
            return ack;
        },
        std::move(done));
}

} // namespace kakiyo
