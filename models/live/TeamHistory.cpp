#include "models/live/TeamHistory.h"

#include "models/store/Cache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kakiyo {

namespace {

QList<TeamSnapshot> decode(const QByteArray &body)
{
    QList<TeamSnapshot> out;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    // The first version stored the day's last snapshot alone, as an object.
    const QJsonArray points = doc.isObject() && !doc.object().contains("points")
        ? QJsonArray {doc.object()}
        : doc.object().value("points").toArray();
    for (const QJsonValue &v : points) {
        const TeamSnapshot s = TeamSnapshot::fromJson(v.toObject());
        if (s.isValid())
            out << s;
    }
    return out;
}

} // namespace

TeamHistory::TeamHistory(Cache *cache, const CachePartition &where)
    : m_cache(cache)
    , m_where(where)
{
}

QList<TeamSnapshot> TeamHistory::day(QDate day) const
{
    QList<TeamSnapshot> out;
    for (const CacheSnapshot &stored :
        m_cache->snapshots(m_where, QString::fromLatin1(CacheKey), day, day))
        out += decode(stored.body);
    return out;
}

bool TeamHistory::put(QDate day, const QList<TeamSnapshot> &points)
{
    QJsonArray array;
    for (const TeamSnapshot &s : points)
        array.append(s.toJson());
    return m_cache->putSnapshot(m_where, QString::fromLatin1(CacheKey), day,
        QJsonDocument(QJsonObject {{"points", array}}).toJson(QJsonDocument::Compact));
}

bool TeamHistory::record(const TeamSnapshot &snapshot)
{
    if (!m_cache || !snapshot.isValid())
        return false;
    TeamSnapshot point = snapshot;
    point.conversations.clear(); // the alert inbox keeps the last ones; history needs counts
    const QDate today = point.takenAt.toUTC().date();
    QList<TeamSnapshot> points = day(today);
    points << point;
    const bool ok = put(today, points);
    thinOnce(today);
    return ok;
}

QList<TeamSnapshot> TeamHistory::points(QDate from, QDate to) const
{
    QList<TeamSnapshot> out;
    if (!m_cache)
        return out;
    for (const CacheSnapshot &stored :
        m_cache->snapshots(m_where, QString::fromLatin1(CacheKey), from, to))
        out += decode(stored.body);
    return out;
}

QList<TeamSnapshot> TeamHistory::thinned(const QList<TeamSnapshot> &points, QDate day, QDate today)
{
    const qint64 age = day.daysTo(today);
    if (age < FullDays)
        return points;
    QList<TeamSnapshot> out;
    for (const TeamSnapshot &s : points) {
        // Points arrive oldest first: a later one of the same slot replaces the earlier.
        const bool sameSlot = !out.isEmpty()
            && (age >= HourlyDays
                || out.constLast().takenAt.time().hour() == s.takenAt.time().hour());
        if (sameSlot)
            out.last() = s;
        else
            out << s;
    }
    return out;
}

void TeamHistory::thinOnce(QDate today)
{
    if (m_thinnedOn == today)
        return;
    m_thinnedOn = today;
    const QString key = QString::fromLatin1(CacheKey);
    // Every stored day before yesterday whose points are more than thinning keeps.
    for (const CacheSnapshot &stored :
        m_cache->snapshots(m_where, key, QDate(1970, 1, 1), today.addDays(-FullDays))) {
        const QList<TeamSnapshot> points = decode(stored.body);
        const QList<TeamSnapshot> kept = thinned(points, stored.day, today);
        if (kept.size() < points.size())
            put(stored.day, kept);
    }
}

} // namespace kakiyo
