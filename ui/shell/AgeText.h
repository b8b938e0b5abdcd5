// Words for how old a piece of shown data is ("updated 4 min ago"), so every page says it the
// same way and a test can pin the wording.
#pragma once

#include <QDateTime>
#include <QString>

namespace kakiyo {

struct AgeText
{
    // "never updated" for an invalid time; "updated just now" under 45 s; then s/min/h/days.
    static QString describe(const QDateTime &then, const QDateTime &now);
};

} // namespace kakiyo
