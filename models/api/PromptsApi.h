#pragma once
// PromptsApi: GET/POST /prompts and the newer GET/PUT /prompts/{id} with the prompt's sections.
// POST returns no id; callers re-list to find the new prompt.

#include "models/api/ApiCall.h"
#include "models/domain/Ack.h"
#include "models/domain/Prompt.h"

namespace kakiyo {

class PromptsApi
{
public:
    explicit PromptsApi(ApiCall call)
        : m_call(call)
    {
    }

    void list(QObject *owner, ResultHandler<QList<Prompt>> done, ReadOptions options = {});
    void create(const PromptCreate &prompt, QObject *owner, ResultHandler<Ack> done);
    void get(
        const QString &id, QObject *owner, ResultHandler<Prompt> done, ReadOptions options = {});
    void update(
        const QString &id, const PromptUpdate &changes, QObject *owner, ResultHandler<Ack> done);

private:
    ApiCall m_call;
};

} // namespace kakiyo
