// Ack: the small confirmation most write endpoints answer with — `{message}`, `{id, message}` or
// `{message, status}` (agent relaunch). Everything else in the body is ignored.
#pragma once

#include "models/domain/Decoded.h"

#include <QJsonValue>
#include <QString>

namespace kakiyo {

struct Ack
{
    QString id; // when the endpoint returns one (campaign/agent/product/webhook writes)
    QString message; // the server's sentence, shown as is
    QString status; // e.g. "setup_needed" after an agent relaunch

    static Decoded<Ack> fromJson(const QJsonValue &value, const QString &path = {});
};

} // namespace kakiyo
