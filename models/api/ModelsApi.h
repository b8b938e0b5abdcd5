#pragma once
// ModelsApi: the AI model catalogue — GET /models and GET /models/{id}.

#include "models/api/ApiCall.h"
#include "models/domain/Model.h"

namespace kakiyo {

class ModelsApi
{
public:
    explicit ModelsApi(ApiCall call)
        : m_call(call)
    {
    }

    void list(QObject *owner, ResultHandler<ModelList> done, ReadOptions options = {});
    void get(
        const QString &id, QObject *owner, ResultHandler<Model> done, ReadOptions options = {});

private:
    ApiCall m_call;
};

} // namespace kakiyo
