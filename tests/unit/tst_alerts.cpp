// Alerts derived from what changed, against the real sandbox: each kind appears after the event
// that causes it (POST /__admin/events), exactly once, and not before; a dismissed alert stays
// dismissed after the app starts again. The rules the sandbox cannot reach quickly (48 h idle,
// low credits at the current burn) are checked on snapshots built by hand.
#include "common/SessionFixture.h"
#include "models/live/AlertEngine.h"
#include "models/live/AlertInbox.h"
#include "models/live/AutoRefresh.h"
#include "models/live/TeamHistory.h"
#include "models/live/TeamRefresh.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_Alerts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void eachKindOnceAfterItsEvent_data();
    void eachKindOnceAfterItsEvent();
    void firstLookRaisesNoEvents();
    void dismissedStaysDismissedAfterRestart();
    void standingAlertLeavesWhenResolved();
    void idleCampaignWithReason();
    void creditsLow_data();
    void creditsLow();
    void dismissalsOfGoneAlertsAreForgotten();
    void snapshotRoundTrip();
    void autoRefreshKeepsSnapshotsAndPlan();
    void intervalChangeIsNoAbsence();

private:
    // One refresh through the real pipeline; the new alerts it raised in `inbox`.
    QList<Alert> refresh(AlertInbox &inbox);
    static QStringList kinds(const QList<Alert> &alerts);

    SessionFixture m_fx {QStringLiteral("alerts")};
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Alerts::initTestCase()
{
    QVERIFY2(m_fx.start({"--seed", "9", "--prospects", "300", "--rate-limit", "100000"}),
        qPrintable(m_fx.errorString()));
}

void tst_Alerts::init()
{
    QVERIFY2(m_fx.freshSession(), qPrintable(m_fx.errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

namespace {

// Stands in the result list for a refresh that did not finish, so comparisons fail loudly.
Alert broken(const QString &why)
{
    Alert a;
    a.id = why;
    a.title = why;
    return a;
}

} // namespace

QList<Alert> tst_Alerts::refresh(AlertInbox &inbox)
{
    TeamRefresh job(m_fx.connection());
    QSignalSpy done(&job, &TeamRefresh::finished);
    QSignalSpy failed(&job, &TeamRefresh::failed);
    job.start(inbox.lastSnapshot());
    if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 20000)) {
        qWarning("refresh did not finish");
        return {broken(QStringLiteral("timeout"))};
    }
    if (!failed.isEmpty()) {
        qWarning(
            "refresh failed: %s", qPrintable(failed.first().first().value<ApiError>().message));
        return {broken(QStringLiteral("failed"))};
    }
    return inbox.update(done.first().first().value<TeamSnapshot>());
}

QStringList tst_Alerts::kinds(const QList<Alert> &alerts)
{
    QStringList out;
    for (const Alert &a : alerts)
        out << Alert::kindName(a.kind);
    return out;
}

void tst_Alerts::eachKindOnceAfterItsEvent_data()
{
    QTest::addColumn<QList<QJsonObject>>("events");
    QTest::addColumn<QString>("kind");
    QTest::newRow("reply") << QList<QJsonObject> {{{"type", "reply"}}} << "new-reply";
    QTest::newRow("qualified") << QList<QJsonObject> {{{"type", "qualified"}}} << "newly-qualified";
    QTest::newRow("restriction") << QList<QJsonObject> {{{"type", "agent-alert"},
        {"kind", "restriction"}}} << "agent-attention";
    QTest::newRow("verification code")
        << QList<QJsonObject> {{{"type", "agent-alert"}, {"kind", "verification"}}}
        << "agent-attention";
    QTest::newRow("campaign completed")
        << QList<QJsonObject> {{{"type", "campaign-completed"}}} << "campaign-completed";
    QTest::newRow("webhook failure")
        << QList<QJsonObject> {{{"type", "webhook-failure"}}} << "webhook-failing";
    QTest::newRow("webhook disabled")
        << QList<QJsonObject> {{{"type", "webhook-failure"}, {"disable", true}}}
        << "webhook-disabled";
    QTest::newRow("out of credits")
        << QList<QJsonObject> {{{"type", "credits"}, {"credits", 0}}} << "out-of-credits";
}

void tst_Alerts::eachKindOnceAfterItsEvent()
{
    QFETCH(QList<QJsonObject>, events);
    QFETCH(QString, kind);
    AlertInbox inbox(m_dir->path(), {QStringLiteral("p"), {}}, QStringLiteral("desk"));
    refresh(inbox); // the first look: standing situations only
    QCOMPARE(kinds(refresh(inbox)), QStringList()); // nothing changed, nothing new
    // The seeded team already has standing alerts (agents needing attention, a disabled
    // webhook): the event adds exactly one more of its kind.
    const QList<Alert> standing = inbox.current();
    const qsizetype before = kinds(standing).count(kind);

    for (const QJsonObject &e : events) {
        QJsonObject reply;
        QCOMPARE(m_fx.sandbox->admin("POST", "/events", e, &reply), 201);
    }
    const QList<Alert> raised = refresh(inbox);
    QCOMPARE(kinds(raised), QStringList {kind});
    QVERIFY(!raised.first().id.isEmpty());
    QVERIFY(!raised.first().title.isEmpty());
    if (kind != u"out-of-credits")
        QVERIFY(!raised.first().subjectId.isEmpty()); // it links to what it is about
    // A standing alert about the same subject (the agent restricted earlier now also needs a
    // code) is replaced by the new situation, not kept beside it.
    const bool replaces = std::any_of(standing.cbegin(), standing.cend(), [&](const Alert &a) {
        return a.kind == raised.first().kind && a.subjectId == raised.first().subjectId;
    });
    QCOMPARE(kinds(inbox.current()).count(kind), before + (replaces ? 0 : 1));
    QCOMPARE(kinds(refresh(inbox)), QStringList()); // once

    if (kind == u"out-of-credits")
        QVERIFY(m_fx.sandbox->setCredits(100000));
}

void tst_Alerts::firstLookRaisesNoEvents()
{
    QJsonObject reply;
    QCOMPARE(m_fx.sandbox->admin("POST", "/events", {{"type", "reply"}}, &reply), 201);
    AlertInbox inbox(m_dir->path(), {QStringLiteral("p"), {}}, QStringLiteral("desk"));
    const QStringList first = kinds(refresh(inbox));
    QVERIFY2(!first.contains(u"new-reply"), qPrintable(first.join(u',')));
}

void tst_Alerts::dismissedStaysDismissedAfterRestart()
{
    const CachePartition where {QStringLiteral("p"), QStringLiteral("ws1")};
    QString dismissedId;
    {
        AlertInbox inbox(m_dir->path(), where, QStringLiteral("desk"));
        QVERIFY(inbox.load());
        refresh(inbox);
        QJsonObject reply;
        QCOMPARE(m_fx.sandbox->admin("POST", "/events", {{"type", "reply"}}, &reply), 201);
        const QList<Alert> raised = refresh(inbox);
        QCOMPARE(raised.size(), 1);
        dismissedId = raised.first().id;
        inbox.dismiss(dismissedId);
        QVERIFY(inbox.save());
    }
    AlertInbox again(m_dir->path(), where, QStringLiteral("desk"));
    QVERIFY(again.load());
    QVERIFY(again.isDismissed(dismissedId));
    for (const Alert &a : again.current())
        QVERIFY(a.id != dismissedId);
    QCOMPARE(kinds(refresh(again)), QStringList());
    // Another reader of the same profile and workspace (watch) honours it too.
    AlertInbox watch(m_dir->path(), where, QStringLiteral("watch"));
    QVERIFY(watch.load());
    QVERIFY(watch.isDismissed(dismissedId));
    // Another workspace does not.
    AlertInbox other(
        m_dir->path(), {QStringLiteral("p"), QStringLiteral("ws2")}, QStringLiteral("desk"));
    QVERIFY(other.load());
    QVERIFY(!other.isDismissed(dismissedId));
}

void tst_Alerts::standingAlertLeavesWhenResolved()
{
    AlertInbox inbox(m_dir->path(), {QStringLiteral("p"), {}}, QStringLiteral("desk"));
    refresh(inbox);
    QJsonObject applied;
    QCOMPARE(m_fx.sandbox->admin(
                 "POST", "/events", {{"type", "agent-alert"}, {"kind", "verification"}}, &applied),
        201);
    const QString agentId = applied.value("agentId").toString();
    QCOMPARE(kinds(refresh(inbox)), QStringList {"agent-attention"});
    QCOMPARE(m_fx.sandbox->admin(
                 "PUT", "/agents/" + agentId, {{"status", "running"}, {"clearAlerts", true}}),
        200);
    refresh(inbox);
    for (const Alert &a : inbox.current())
        QVERIFY(!(a.kind == Alert::Kind::AgentAttention && a.subjectId == agentId));
}

namespace {

TeamSnapshot team(const QDateTime &at)
{
    TeamSnapshot s;
    s.takenAt = at;
    s.agents << TeamSnapshot::AgentState {QStringLiteral("a1"), QStringLiteral("Ada"),
        QStringLiteral("running"), {}, 5, 40, QStringLiteral("1:1:1:1:1:1:1"),
        QStringLiteral("00:00"), QStringLiteral("23:59"), 0};
    s.campaigns << TeamSnapshot::CampaignState {QStringLiteral("c1"), QStringLiteral("Q4"),
        QStringLiteral("active"), QStringLiteral("a1"), 10, 7, 1, at};
    return s;
}

} // namespace

void tst_Alerts::idleCampaignWithReason()
{
    const QDateTime start = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    TeamSnapshot before = team(start);
    // 47 h later with no message: not idle yet.
    TeamSnapshot after = TeamSnapshot::fromTeam({}, {}, {}, {}, before, start.addSecs(47 * 3600));
    after.agents = before.agents;
    after.campaigns = before.campaigns; // same counts: the idle clock keeps running
    QVERIFY(!kinds(AlertEngine::derive(before, after)).contains(u"campaign-idle"));
    after.takenAt = start.addSecs(48 * 3600);
    QList<Alert> alerts = AlertEngine::derive(before, after);
    QCOMPARE(kinds(alerts), QStringList {"campaign-idle"});
    QVERIFY2(
        alerts.first().detail.contains(u"out of prospects"), qPrintable(alerts.first().detail));
    // The agent hit its daily limit: that is the likely reason.
    after.agents[0].messagesDaily = 40;
    QVERIFY(AlertEngine::derive(before, after).first().detail.contains(u"daily message limit"));
    after.agents[0].status = QStringLiteral("paused");
    after.agents[0].alerts << QStringLiteral("restricted: LinkedIn restricted this account");
    const QStringList both = kinds(AlertEngine::derive(before, after));
    QVERIFY(both.contains(u"agent-attention"));
    QVERIFY(both.contains(u"campaign-idle"));
    for (const Alert &a : AlertEngine::derive(before, after)) {
        if (a.kind == Alert::Kind::CampaignIdle)
            QVERIFY2(a.detail.contains(u"restricted"), qPrintable(a.detail));
    }
}

void tst_Alerts::creditsLow_data()
{
    QTest::addColumn<qint64>("left");
    QTest::addColumn<qint64>("reference");
    QTest::addColumn<double>("perDay");
    QTest::addColumn<bool>("low");
    QTest::newRow("plenty") << qint64(5000) << qint64(10000) << 100.0 << false;
    QTest::newRow("below 20 %") << qint64(1999) << qint64(10000) << 10.0 << true;
    QTest::newRow("exactly 20 %") << qint64(2000) << qint64(10000) << 10.0 << false;
    QTest::newRow("under 3 days") << qint64(5000) << qint64(10000) << 2000.0 << true;
    QTest::newRow("3 days") << qint64(6000) << qint64(10000) << 2000.0 << false;
    QTest::newRow("no burn known") << qint64(3000) << qint64(0) << 0.0 << false;
}

void tst_Alerts::creditsLow()
{
    QFETCH(qint64, left);
    QFETCH(qint64, reference);
    QFETCH(double, perDay);
    QFETCH(bool, low);
    TeamSnapshot s = team(QDateTime::currentDateTimeUtc());
    s.creditsLeft = left;
    s.creditsReference = reference;
    s.creditsPerDay = perDay;
    QCOMPARE(kinds(AlertEngine::derive({}, s)).contains(u"credits-low"), low);
}

void tst_Alerts::dismissalsOfGoneAlertsAreForgotten()
{
    const CachePartition where {QStringLiteral("p"), QStringLiteral("ws1")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TeamSnapshot restricted = team(now);
    restricted.agents[0].status = QStringLiteral("paused");
    restricted.agents[0].alerts << QStringLiteral("restricted: LinkedIn restricted this account");
    TeamSnapshot twoAgents = restricted;
    TeamSnapshot::AgentState other = restricted.agents[0];
    other.id = QStringLiteral("a2");
    other.name = QStringLiteral("Bea");
    twoAgents.agents << other;
    QString gone;
    QString standing;
    {
        AlertInbox inbox(m_dir->path(), where, QStringLiteral("desk"));
        QVERIFY(inbox.load());
        const QList<Alert> raised = inbox.update(twoAgents);
        QCOMPARE(raised.size(), 2);
        for (const Alert &a : raised) {
            inbox.dismiss(a.id, now);
            (a.subjectId == u"a1" ? gone : standing) = a.id;
        }
        QVERIFY(inbox.save());
    }
    // a1 is fixed the next day; a2 stays restricted. A day later both dismissals remain (a1's
    // situation could come back), also for the other reader of the profile.
    auto later = [&](int days) {
        TeamSnapshot s = team(now.addDays(days));
        s.agents[0] = other;
        return s;
    };
    {
        AlertInbox inbox(m_dir->path(), where, QStringLiteral("desk"));
        QVERIFY(inbox.load());
        QVERIFY(inbox.update(later(1)).isEmpty());
        QVERIFY(inbox.save());
        QVERIFY(inbox.isDismissed(gone));
        QVERIFY(inbox.isDismissed(standing));
    }
    // A month later the gone alert's dismissal is forgotten, on disk too, even though another
    // reader (watch) still has it in its copy of the file's contents; the standing one's stays.
    AlertInbox watch(m_dir->path(), where, QStringLiteral("watch"));
    QVERIFY(watch.load());
    QVERIFY(watch.isDismissed(gone));
    {
        AlertInbox inbox(m_dir->path(), where, QStringLiteral("desk"));
        QVERIFY(inbox.load());
        QVERIFY(inbox.update(later(AlertInbox::DismissalDays + 1)).isEmpty());
        QVERIFY(!inbox.isDismissed(gone));
        QVERIFY(inbox.isDismissed(standing));
        QCOMPARE(inbox.dismissedCount(), 1);
        QVERIFY(inbox.save());
    }
    watch.update(later(AlertInbox::DismissalDays + 1));
    QVERIFY(watch.save());
    AlertInbox again(m_dir->path(), where, QStringLiteral("desk"));
    QVERIFY(again.load());
    QVERIFY(!again.isDismissed(gone));
    QVERIFY(again.isDismissed(standing));
    QCOMPARE(again.dismissedCount(), 1);
    // The still-standing alert neither left the list nor came back as new after 30 days.
    QVERIFY(again.update(later(AlertInbox::DismissalDays + 2)).isEmpty());
    QVERIFY(again.current().isEmpty());
}

void tst_Alerts::snapshotRoundTrip()
{
    TeamSnapshot s = team(QDateTime(QDate(2026, 12, 1), QTime(8, 30), Qt::UTC));
    s.conversations << TeamSnapshot::ConversationState {QStringLiteral("chat1"),
        QStringLiteral("Bo"), QStringLiteral("c1"), 4, QStringLiteral("inProgress"),
        s.takenAt.addSecs(-60), s.takenAt.addSecs(-60)};
    s.webhooks << TeamSnapshot::WebhookState {
        QStringLiteral("w1"), QStringLiteral("CRM"), false, 4, s.takenAt};
    s.outOfCredits = true;
    s.creditsLeft = 12;
    const TeamSnapshot back = TeamSnapshot::fromJson(s.toJson());
    QCOMPARE(back.toJson(), s.toJson());
    QCOMPARE(AlertEngine::derive(s, back).size(), AlertEngine::derive(s, s).size());
}

void tst_Alerts::autoRefreshKeepsSnapshotsAndPlan()
{
    AutoRefresh live(m_fx.connection(), m_dir->path());
    live.setIntervalMinutes(0);
    QVERIFY(live.plan().isStopped());
    QCOMPARE(live.plan().summary(), QStringLiteral("auto-refresh off"));
    live.setIntervalMinutes(30);
    QCOMPARE(live.intervalMinutes(), 30);
    QCOMPARE(live.plan().callsPerHour(), 8);
    live.start();
    QCOMPARE(m_fx.sandbox->requestCounts().value("total").toInt(), 0); // starting costs nothing

    QSignalSpy refreshed(&live, &AutoRefresh::refreshed);
    live.refreshNow();
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(m_fx.sandbox->requestCounts().value("total").toInt(), TeamRefresh::TeamCalls);
    // Every refresh is a point in the history, not only the day's last.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const TeamHistory history(m_fx.cache.get(), m_fx.connection()->cachePartition());
    QCOMPARE(history.points(today.addDays(-1), today.addDays(1)).size(), 1);
    live.refreshNow();
    QVERIFY(refreshed.wait(20000));
    const QList<TeamSnapshot> points = history.points(today.addDays(-1), today.addDays(1));
    QCOMPARE(points.size(), 2);
    QVERIFY(points.at(0).takenAt < points.at(1).takenAt);
    QVERIFY(!points.at(1).campaigns.isEmpty());

    // A dismissal through the live desk is on disk at once.
    QVERIFY(!live.inbox().current().isEmpty()); // the seeded team has agents needing attention
    const QString id = live.inbox().current().first().id;
    live.dismiss(id);
    AlertInbox reread(m_dir->path(), m_fx.connection()->cachePartition(), QStringLiteral("desk"));
    QVERIFY(reread.load());
    QVERIFY(reread.isDismissed(id));
    live.setIntervalMinutes(RefreshPlan::DefaultIntervalMinutes);
}

void tst_Alerts::intervalChangeIsNoAbsence()
{
    AutoRefresh live(m_fx.connection(), m_dir->path());
    live.setIntervalMinutes(30);
    live.start();
    QVERIFY(!live.hasPreviousSession()); // a first session
    QSignalSpy refreshed(&live, &AutoRefresh::refreshed);
    QSignalSpy away(&live, &AutoRefresh::awaySummary);
    live.refreshNow();
    QVERIFY(refreshed.wait(20000));
    // The user picks another pace: the session goes on, the last refresh is no absence.
    live.setIntervalMinutes(60);
    QVERIFY(!live.hasPreviousSession());
    live.setIntervalMinutes(0);
    live.setIntervalMinutes(15);
    QJsonObject reply;
    QCOMPARE(m_fx.sandbox->admin("POST", "/events", {{"type", "reply"}}, &reply), 201);
    live.refreshNow();
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(refreshed.count(), 2);
    QVERIFY(kinds(live.inbox().current()).contains(u"new-reply")); // compared as usual
    QCOMPARE(away.count(), 0); // emitted, if at all, in the same call as refreshed
    live.setIntervalMinutes(RefreshPlan::DefaultIntervalMinutes);
}

QTEST_GUILESS_MAIN(tst_Alerts)
#include "tst_alerts.moc"
