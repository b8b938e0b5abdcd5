// How much the cache keeps. The cache is only a copy of the server's answers, so old or surplus
// entries can always go: an entry fetched more than maxAgeDays ago is removed, and when the
// file's used size passes maxBytes the entries fetched longest ago go first until it is back under
// 90 % of it. Analytics snapshots (the history behind trend charts) are kept for
// snapshotMaxAgeDays. Enforced after writes (never before the first read of a session), so
// opening the app and showing cached data never waits for a clean-up.
#pragma once

#include <QtGlobal>

namespace kakiyo {

struct CachePolicy
{
    int maxAgeDays = 30;
    qint64 maxBytes = qint64(256) * 1024 * 1024;
    int snapshotMaxAgeDays = 400; // a year of history and a margin
};

} // namespace kakiyo
