#include "models/domain/Ack.h"

#include "models/domain/JsonReader.h"

namespace kakiyo {

Decoded<Ack> Ack::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    Ack a;
    a.id = r.optString("id");
    a.message = r.optString("message");
    a.status = r.optString("status");
    return r.finish(std::move(a));
}

} // namespace kakiyo
