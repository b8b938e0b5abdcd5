#include "models/api/AuthApi.h"

namespace kakiyo {

void AuthApi::verify(QObject *owner, ResultHandler<VerifyResult> done, ReadOptions options)
{
    m_call.sendJson<VerifyResult>(ApiCall::read(QStringLiteral("/verify"), options), owner,
        &VerifyResult::fromJson, std::move(done));
}

} // namespace kakiyo
