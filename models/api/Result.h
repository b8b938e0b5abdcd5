#pragma once
// Result<T>: the one typed answer a resource class reports — a decoded domain value, or the
// ApiError that stopped it (a client-side validation failure, an HTTP/network failure, or a
// Decode error naming the field the server got wrong) — plus where the answer came from.

#include "models/api/ApiError.h"

#include <QDateTime>
#include <functional>

namespace kakiyo {

template<typename T> struct Result
{
    T value {};
    ApiError error; // category None when ok
    int httpStatus = 0;
    bool fromCache = false;
    QDateTime fetchedAt; // when the server produced the answer (UTC)

    bool ok() const { return !error.isError(); }
    explicit operator bool() const { return ok(); }
};

// The callback every resource method takes; runs once, asynchronously, unless the owner is gone.
template<typename T> using ResultHandler = std::function<void(const Result<T> &)>;

} // namespace kakiyo
