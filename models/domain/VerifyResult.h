// VerifyResult: the answer of GET /verify — the key works, and (when sent) the team it belongs to.
#pragma once

#include "models/domain/Decoded.h"

#include <QJsonValue>
#include <QString>

namespace kakiyo {

struct VerifyResult
{
    QString status; // "success"
    QString message; // "API key is valid"
    QString teamId; // optional: AUTH's example omits it

    static Decoded<VerifyResult> fromJson(const QJsonValue &value, const QString &path = {});
};

} // namespace kakiyo
