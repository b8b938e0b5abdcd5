// DecodeError: why a response body could not be turned into a domain value. It names the field by
// its path from the body's root (`items[3].prospect.name`) so the user and a bug report can tell
// exactly which part of the server's answer was unexpected.
#pragma once

#include <QString>

namespace kakiyo {

struct DecodeError
{
    QString path; // e.g. "prospects[3].prospect.name"; empty = the body itself
    QString problem; // e.g. "expected string, got number"

    bool isSet() const { return !problem.isEmpty(); }
    QString toString() const
    {
        return path.isEmpty() ? problem : path + QStringLiteral(": ") + problem;
    }
};

} // namespace kakiyo
