#include "models/api/ModelsApi.h"

namespace kakiyo {

void ModelsApi::list(QObject *owner, ResultHandler<ModelList> done, ReadOptions options)
{
    m_call.sendJson<ModelList>(ApiCall::read(QStringLiteral("/models"), options), owner,
        &ModelList::fromJson, std::move(done));
}

void ModelsApi::get(
    const QString &id, QObject *owner, ResultHandler<Model> done, ReadOptions options)
{
    if (const FieldErrors errors = ApiCall::checkPathId(QStringLiteral("id"), id);
        !errors.isEmpty())
        return m_call.refuse<Model>(errors, owner, std::move(done));
    m_call.sendJson<Model>(ApiCall::read(QStringLiteral("/models/%1").arg(id), options), owner,
        &Model::fromJson, std::move(done));
}

} // namespace kakiyo
