// Decoded<T>: the outcome of decoding one response body — a value, or the first DecodeError.
#pragma once

#include "models/domain/DecodeError.h"

#include <utility>

namespace kakiyo {

template<typename T> struct Decoded
{
    T value {};
    DecodeError error;

    bool ok() const { return !error.isSet(); }
    explicit operator bool() const { return ok(); }

    static Decoded success(T v)
    {
        Decoded d;
        d.value = std::move(v);
        return d;
    }
    static Decoded failure(DecodeError e)
    {
        Decoded d;
        d.error = std::move(e);
        return d;
    }
};

} // namespace kakiyo
