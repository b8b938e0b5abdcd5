// One cached answer: the raw body of a successful GET and when it was fetched, so a view can say
// how old what it shows is.
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace kakiyo {

struct CacheEntry
{
    QByteArray body;
    QDateTime fetchedAt; // UTC

    // Whole seconds between fetchedAt and now (never negative, even if the clock went back).
    qint64 ageSeconds(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return qMax<qint64>(0, fetchedAt.secsTo(now));
    }
};

} // namespace kakiyo
