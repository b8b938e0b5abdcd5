// The live desk's history in a real cache file: every refresh is a point (no gaps while the app
// runs), and the history stays bounded — today and yesterday in full, older days one point an
// hour, days past HourlyDays one point — with the conversations left out of it.
#include "models/live/TeamHistory.h"
#include "models/store/Cache.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kakiyo;

class tst_TeamHistory : public QObject
{
    Q_OBJECT

private slots:
    void everyRefreshIsAPoint();
    void olderDaysAreThinned();
    void thinningRule();
};

namespace {

TeamSnapshot at(const QDateTime &when, qint64 messages = 0)
{
    TeamSnapshot s;
    s.takenAt = when;
    s.campaigns << TeamSnapshot::CampaignState {QStringLiteral("c1"), QStringLiteral("Q4"),
        QStringLiteral("active"), QStringLiteral("a1"), 10, messages, 1, when};
    s.conversations << TeamSnapshot::ConversationState {
        QStringLiteral("chat1"), QStringLiteral("Bo"), QStringLiteral("c1"), 4, {}, when, when};
    return s;
}

const CachePartition kWhere {QStringLiteral("p"), {}};

} // namespace

void tst_TeamHistory::everyRefreshIsAPoint()
{
    QTemporaryDir dir;
    Cache cache(dir.path());
    TeamHistory history(&cache, kWhere);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime start(now.date(), QTime(0, 5), Qt::UTC);
    for (int i = 0; i < 5; ++i)
        QVERIFY(history.record(at(start.addSecs(i * 15 * 60), i)));
    const QList<TeamSnapshot> points = history.points(now.date(), now.date());
    QCOMPARE(points.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(points.at(i).takenAt, start.addSecs(i * 15 * 60));
        QCOMPARE(points.at(i).campaigns.first().messages, qint64(i));
        QVERIFY(points.at(i).conversations.isEmpty()); // counts, not the conversations
    }
    // Another session reads the same history.
    QCOMPARE(TeamHistory(&cache, kWhere).points(now.date(), now.date()).size(), 5);
}

void tst_TeamHistory::olderDaysAreThinned()
{
    QTemporaryDir dir;
    Cache cache(dir.path());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    // Earlier sessions refreshed every 15 min on three older days (written by sessions that ran
    // on those days, so nothing was thinned yet).
    for (int daysAgo : {1, 5, 40}) {
        TeamHistory earlier(&cache, kWhere);
        const QDateTime first(today.addDays(-daysAgo), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < 12; ++i) // 09:00 .. 11:45: three hours
            earlier.record(at(first.addSecs(i * 15 * 60), i));
    }
    TeamHistory history(&cache, kWhere);
    QVERIFY(history.record(at(QDateTime(today, QTime(0, 1), Qt::UTC))));
    auto count = [&](int daysAgo) {
        return history.points(today.addDays(-daysAgo), today.addDays(-daysAgo)).size();
    };
    QCOMPARE(count(0), qsizetype(1));
    QCOMPARE(count(1), qsizetype(12)); // yesterday: every point
    QCOMPARE(count(5), qsizetype(3)); // one an hour
    QCOMPARE(count(40), qsizetype(1)); // one that day
    // What is kept of an hour or a day is its last point.
    const QList<TeamSnapshot> hourly = history.points(today.addDays(-5), today.addDays(-5));
    QCOMPARE(hourly.first().takenAt.time(), QTime(9, 45));
    QCOMPARE(hourly.last().campaigns.first().messages, qint64(11));
    QCOMPARE(history.points(today.addDays(-40), today.addDays(-40)).first().takenAt.time(),
        QTime(11, 45));
}

void tst_TeamHistory::thinningRule()
{
    const QDate today(2026, 12, 7);
    QList<TeamSnapshot> points;
    for (int minutes : {0, 30, 59, 60, 61, 180})
        points << at(QDateTime(today.addDays(-3), QTime(8, 0), Qt::UTC).addSecs(minutes * 60));
    QCOMPARE(TeamHistory::thinned(points, today, today).size(), points.size());
    QCOMPARE(TeamHistory::thinned(points, today.addDays(-1), today).size(), points.size());
    QCOMPARE(TeamHistory::thinned(points, today.addDays(-3), today).size(), qsizetype(3));
    QCOMPARE(TeamHistory::thinned(points, today.addDays(-TeamHistory::HourlyDays), today).size(),
        qsizetype(1));
}

QTEST_GUILESS_MAIN(tst_TeamHistory)
#include "tst_teamhistory.moc"
