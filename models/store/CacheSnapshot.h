// One day's copy of an analytics answer, kept so trends across days need no extra calls.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>

namespace kakiyo {

struct CacheSnapshot
{
    QDate day;
    QByteArray body;
    QDateTime storedAt; // UTC; the latest put for a day wins
};

} // namespace kakiyo
