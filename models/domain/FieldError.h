// FieldError: one client-side validation failure of a request body, named by its field path so a
// form can put the message next to the input that caused it.
#pragma once

#include <QList>
#include <QString>

namespace kakiyo {

struct FieldError
{
    QString field; // e.g. "prospects[4].url"
    QString message; // e.g. "must be a LinkedIn profile URL"

    bool operator==(const FieldError &) const = default;
};

using FieldErrors = QList<FieldError>;

} // namespace kakiyo
