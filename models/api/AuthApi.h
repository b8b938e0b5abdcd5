#pragma once
// AuthApi: the key check, GET /verify. Used by the key dialog and `kakiyo-desk key set` before a
// key is stored; never answered from the cache by default.

#include "models/api/ApiCall.h"
#include "models/domain/VerifyResult.h"

namespace kakiyo {

class AuthApi
{
public:
    explicit AuthApi(ApiCall call)
        : m_call(call)
    {
    }

    void verify(QObject *owner, ResultHandler<VerifyResult> done,
        ReadOptions options = {Priority::Interactive, ApiRequest::CacheMode::NetworkOnly});

private:
    ApiCall m_call;
};

} // namespace kakiyo
