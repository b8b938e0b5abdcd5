#include "models/domain/VerifyResult.h"

#include "models/domain/JsonReader.h"

namespace kakiyo {

Decoded<VerifyResult> VerifyResult::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    VerifyResult v;
    v.status = r.optString("status");
    v.message = r.optString("message");
    v.teamId = r.optString("teamId");
    return r.finish(std::move(v));
}

} // namespace kakiyo
