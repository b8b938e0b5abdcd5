// The answer of one key store operation: done, no key stored yet, or secure storage unavailable
// (with the backend's reason, for the user). Never carries the key except in a successful load.
#pragma once

#include "models/store/ApiKey.h"

#include <QString>

namespace kakiyo {

struct KeyStoreResult
{
    enum class Status
    {
        Ok,
        NotFound, // load: no key stored for this profile yet
        Unavailable, // no keychain, locked, access denied, D-Bus down, ...: see message
        Invalid, // save: the key is not well formed, nothing was stored
    };

    Status status = Status::Unavailable;
    ApiKey key; // load only, when status == Ok
    QString message; // a sentence for the user when status != Ok

    bool ok() const { return status == Status::Ok; }
};

} // namespace kakiyo
