// The team's history as the live desk saw it: one point per refresh (a TeamSnapshot without its
// conversations: agents, campaigns with their counts, webhooks, credits), so history has no gaps
// while the app runs — not only a point when a page happened to fetch. Kept in the cache's
// snapshot table under CacheKey, one body per day holding that day's points, oldest first.
// Bounded: today's and yesterday's points are all kept (FullDays), older days are thinned to the
// last point of each hour, and days older than HourlyDays to their last point; the cache's own
// policy ends the days past its retention. Thinning runs once a day (thinOnce), not per refresh.
#pragma once

#include "models/live/TeamSnapshot.h"
#include "models/store/CachePartition.h"

#include <QDate>
#include <QList>

namespace kakiyo {

class Cache;

class TeamHistory final
{
public:
    static constexpr const char *CacheKey = "live/team";
    static constexpr int FullDays = 2; // today and yesterday: every refresh
    static constexpr int HourlyDays = 30; // then one an hour; older: one a day

    TeamHistory(Cache *cache, const CachePartition &where);

    // Adds the refresh's point to its day (UTC), and thins the older days once a day.
    bool record(const TeamSnapshot &snapshot);
    // The points taken on from..to (UTC days), oldest first.
    QList<TeamSnapshot> points(QDate from, QDate to) const;

    // What thinning keeps of one day's points, given today (both UTC days). Pure.
    static QList<TeamSnapshot> thinned(const QList<TeamSnapshot> &points, QDate day, QDate today);

private:
    void thinOnce(QDate today);
    QList<TeamSnapshot> day(QDate day) const;
    bool put(QDate day, const QList<TeamSnapshot> &points);

    Cache *m_cache;
    CachePartition m_where;
    QDate m_thinnedOn; // the day thinning last ran (this session)
};

} // namespace kakiyo
