#include "models/api/PromptsApi.h"

namespace kakiyo {

void PromptsApi::list(QObject *owner, ResultHandler<QList<Prompt>> done, ReadOptions options)
{
    m_call.sendJson<QList<Prompt>>(ApiCall::read(QStringLiteral("/prompts"), options), owner,
        &Prompt::listFromJson, std::move(done));
}

void PromptsApi::create(const PromptCreate &prompt, QObject *owner, ResultHandler<Ack> done)
{
    const Encoded e = prompt.encode();
    if (!e.ok())
        return m_call.refuse<Ack>(e.errors, owner, std::move(done));
    m_call.sendJson<Ack>(ApiRequest::post(QStringLiteral("/prompts"), ApiCall::body(e.body)), owner,
        &Ack::fromJson, std::move(done));
}

void PromptsApi::get(
    const QString &id, QObject *owner, ResultHandler<Prompt> done, ReadOptions options)
{
    if (const FieldErrors errors = ApiCall::checkPathId(QStringLiteral("id"), id);
        !errors.isEmpty())
        return m_call.refuse<Prompt>(errors, owner, std::move(done));
    m_call.sendJson<Prompt>(ApiCall::read(QStringLiteral("/prompts/%1").arg(id), options), owner,
        &Prompt::fromJson, std::move(done));
}

void PromptsApi::update(
    const QString &id, const PromptUpdate &changes, QObject *owner, ResultHandler<Ack> done)
{
    Encoded e = changes.encode();
    e.errors += ApiCall::checkPathId(QStringLiteral("id"), id);
    if (!e.ok())
        return m_call.refuse<Ack>(e.errors, owner, std::move(done));
    m_call.sendJson<Ack>(
        ApiRequest::put(QStringLiteral("/prompts/%1").arg(id), ApiCall::body(e.body)), owner,
        // The response is not documented: any object (or an empty body) is a success.
        [](const QJsonValue &v, const QString &path) {
            return v.isUndefined() ? Decoded<Ack>::success({}) : Ack::fromJson(v, path);
        },
        std::move(done));
}

} // namespace kakiyo
