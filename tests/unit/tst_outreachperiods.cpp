// The outreach figures over time, against a real kakiyo-sandbox: the changes of invitations sent,
// connections made and the acceptance rate over a period (from the daily snapshots the loader
// stores), the senders' 7-day invitations (the same snapshots), an agent whose details carry no
// usage block (the sandbox's "omit" fault), and reading every conversation past the first pages.
// The expected values are computed here from raw JSON read over HTTP (HttpProbe, none of the
// client's decoders) and compared with the model to 0.01.

#include "common/SessionFixture.h"
#include "models/AnalyticsModel.h"
#include "models/OutreachFigures.h"
#include "models/OutreachSnapshot.h"
#include "models/jobs/OutreachLoader.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

struct Counts
{
    qint64 invited = 0;
    qint64 accepted = 0;
};

// The sandbox's conversations, raw: the team's and each campaign's counts by the documented
// status table (1–6 invited, 2–6 accepted), and the chat ids still to invite or only invited.
struct Raw
{
    Counts team;
    QHash<QString, Counts> campaigns;
    QStringList notYetAccepted;
};

double rate(const Counts &c)
{
    return double(c.accepted) * 100.0 / double(c.invited);
}

} // namespace

class tst_OutreachPeriods final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void periodChangesMatchTheSandbox();
    void periodWithoutSnapshotSaysSo();
    void weekFromStoredSnapshots();
    void plannedWeekAboveCeilingWarns();
    void agentWithoutUsageOverHttp();
    void readAllBoundary();
    void readAllCostsOnlyTheRest();

private:
    Raw readRaw();
    QJsonObject agentDetails(const QString &id);
    bool loadModel(
        AnalyticsModel &model, QDate today, bool refresh, int maxPages = 10, bool all = false);

    SessionFixture m_fx {QStringLiteral("outreachperiods")};
};

void tst_OutreachPeriods::initTestCase()
{
    QVERIFY2(m_fx.start({QStringLiteral("--prospects"), QStringLiteral("600")}),
        qPrintable(m_fx.errorString()));
}

void tst_OutreachPeriods::init()
{
    QVERIFY2(m_fx.freshSession(), qPrintable(m_fx.errorString()));
    QVERIFY(m_fx.sandbox->resetRateLimits());
}

Raw tst_OutreachPeriods::readRaw()
{
    Raw raw;
    qint64 total = -1;
    for (qint64 offset = 0; total < 0 || offset < total; offset += 100) {
        const HttpReply reply = m_fx.sandbox->call(
            "GET", QStringLiteral("/prospects/search?limit=100&offset=%1").arg(offset));
        if (reply.status != 200) {
            qWarning() << reply.status << reply.body.left(200);
            return {};
        }
        const QJsonObject page = reply.json.object();
        total = page.value("pagination").toObject().value("total").toInteger();
        const QJsonArray items = page.value("prospects").toArray();
        if (items.isEmpty())
            break;
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            const int status = item.value("status").toInt();
            Counts &c = raw.campaigns[item.value("campaign").toObject().value("id").toString()];
            const bool invited = status >= 1 && status <= 6;
            const bool accepted = status >= 2 && status <= 6;
            raw.team.invited += invited;
            raw.team.accepted += accepted;
            c.invited += invited;
            c.accepted += accepted;
            if (status == 0 || status == 1)
                raw.notYetAccepted << item.value("chatId").toString();
        }
    }
    return raw;
}

QJsonObject tst_OutreachPeriods::agentDetails(const QString &id)
{
    return m_fx.sandbox->call("GET", QStringLiteral("/agents/%1").arg(id)).json.object();
}

bool tst_OutreachPeriods::loadModel(
    AnalyticsModel &model, QDate today, bool refresh, int maxPages, bool all)
{
    OutreachLoader loader(m_fx.connection(), &model);
    loader.setToday(today);
    loader.setMaxPages(maxPages);
    QSignalSpy loaded(&loader, &OutreachLoader::loaded);
    QSignalSpy failed(&loader, &OutreachLoader::failed);
    loader.load(refresh);
    bool ok = false;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(loader.lastError()));
        if (all) {
            loader.loadAll();
            QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 1, 60000);
            QVERIFY2(failed.isEmpty(), qPrintable(loader.lastError()));
        }
        ok = true;
    }();
    return ok;
}

void tst_OutreachPeriods::periodChangesMatchTheSandbox()
{
    const QDate today = QDate::currentDate();
    const QDate weekAgo = today.addDays(-7);

    // A week ago: the app loads the figures (and stores that day's snapshot).
    const Raw before = readRaw();
    QVERIFY(before.team.invited > 0);
    {
        AnalyticsModel then;
        QVERIFY(loadModel(then, weekAgo, true));
        QCOMPARE(then.outreach()->figures()->team.invited, before.team.invited);
    }

    // During the week prospects accept and qualify: 40 conversations not yet accepted move to
    // Qualified (5), which counts as invited and accepted.
    QVERIFY(before.notYetAccepted.size() >= 40);
    for (int i = 0; i < 40; ++i) {
        const HttpReply r = m_fx.sandbox->call("POST",
            QStringLiteral("/prospects/%1/qualify").arg(before.notYetAccepted[i]), QJsonObject {});
        QVERIFY2(r.status == 200, r.body.constData());
    }
    QVERIFY(m_fx.sandbox->resetRateLimits());
    const Raw after = readRaw();
    QVERIFY(after.team.invited > before.team.invited);
    QVERIFY(after.team.accepted - before.team.accepted == 40);

    // Today, the last 7 days (today and the six before): the period starts the day after the
    // snapshot, which is the end of the previous period of equal length.
    AnalyticsModel model;
    QAbstractItemModelTester tester(model.outreach()->acceptance());
    QVERIFY(loadModel(model, today, true));
    model.setRange(today.addDays(-6), today);
    OutreachTables *tables = model.outreach();
    QVERIFY(tables->previous().has_value());
    QCOMPARE(tables->previous()->day, weekAgo);
    QVERIFY(!tables->previousPeriodMissing());

    AnalyticsTableModel *acceptance = tables->acceptance();
    const int invitedChange = acceptance->columnOf(QStringLiteral("invitedChange"));
    const int acceptedChange = acceptance->columnOf(QStringLiteral("acceptedChange"));
    const int rateChange = acceptance->columnOf(QStringLiteral("rateChange"));
    auto check = [&](int row, const Counts &was, const Counts &now) {
        QCOMPARE(acceptance->raw(row, invitedChange).toLongLong(), now.invited - was.invited);
        QCOMPARE(acceptance->raw(row, acceptedChange).toLongLong(), now.accepted - was.accepted);
        if (was.invited > 0 && now.invited > 0) {
            const double expected = rate(now) - rate(was);
            const double got = acceptance->raw(row, rateChange).toDouble();
            QVERIFY2(std::abs(got - expected) <= 0.01,
                qPrintable(QStringLiteral("%1: %2 vs %3")
                               .arg(acceptance->rowKey(row))
                               .arg(got)
                               .arg(expected)));
        }
    };
    QCOMPARE(acceptance->rowKey(0), QStringLiteral("team"));
    check(0, before.team, after.team);
    int campaignsChanged = 0;
    for (int r = 1; r < acceptance->rowCount(); ++r) {
        const QString id = acceptance->rowKey(r);
        check(r, before.campaigns.value(id), after.campaigns.value(id));
        campaignsChanged += acceptance->raw(r, acceptedChange).toLongLong() > 0;
    }
    QVERIFY(campaignsChanged > 1);
}

void tst_OutreachPeriods::periodWithoutSnapshotSaysSo()
{
    const QDate today = QDate::currentDate();
    {
        AnalyticsModel then;
        QVERIFY(loadModel(then, today.addDays(-7), true));
    }
    AnalyticsModel model;
    QVERIFY(loadModel(model, today, true));
    // 30 days: nothing was stored on its first day or the day before — no change, and why.
    model.setRange(today.addDays(-29), today);
    OutreachTables *tables = model.outreach();
    QVERIFY(tables->previousPeriodMissing());
    QVERIFY(!tables->previous().has_value());
    QVERIFY2(tables->noChangeReason().contains(QLatin1String("previous 30 days")),
        qPrintable(tables->noChangeReason()));
    AnalyticsTableModel *acceptance = tables->acceptance();
    const int change = acceptance->columnOf(QStringLiteral("invitedChange"));
    QVERIFY(!acceptance->raw(0, change).isValid());
    QCOMPARE(acceptance->index(0, change).data().toString(), QStringLiteral("—"));
    QVERIFY(acceptance->index(0, change)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("No data for the previous 30 days")));
    // Only the snapshot of the period's first day or the day before counts, never an older one.
    model.setRange(today.addDays(-6), today);
    QVERIFY(tables->previous().has_value());
    model.setRange(today.addDays(-7), today);
    QVERIFY(tables->previous().has_value()); // its first day itself
    model.setRange(today.addDays(-8), today);
    QVERIFY(tables->previousPeriodMissing());
}

void tst_OutreachPeriods::weekFromStoredSnapshots()
{
    const QDate today = QDate::currentDate();
    const QJsonArray agents = m_fx.sandbox->call("GET", QStringLiteral("/agents")).json.array();
    QVERIFY(agents.size() >= 2);
    const QString busy = agents[0].toObject().value("id").toString();
    const QString quiet = agents[1].toObject().value("id").toString();

    // Three earlier days of sending, each loaded by the app that day; day -2 is never loaded.
    QHash<QString, qint64> expected;
    const QList<std::pair<int, int>> days {{-4, 70}, {-3, 65}, {-1, 72}, {0, 20}};
    for (const auto &[offset, sent] : days) {
        QCOMPARE(m_fx.sandbox->admin("PUT", QStringLiteral("/agents/%1").arg(busy),
                     {{"usage", QJsonObject {{"invitationsDaily", sent}}}}),
            200);
        QVERIFY(m_fx.sandbox->resetRateLimits());
        for (const QString &id : {busy, quiet})
            expected[id]
                += agentDetails(id).value("usage").toObject().value("invitationsDaily").toInteger();
        // One search page is enough here (the week comes from the agents' details), and keeps
        // the four loads inside the search tier's 15 calls a minute.
        AnalyticsModel model;
        QVERIFY(loadModel(model, today.addDays(offset), true, 1));
        if (offset != 0)
            continue;
        AnalyticsTableModel *senders = model.outreach()->senders();
        const int week = senders->columnOf(QStringLiteral("invitationsWeek"));
        QVERIFY(week >= 0);
        for (int r = 0; r < senders->rowCount(); ++r) {
            const QString id = senders->rowKey(r);
            if (id != busy && id != quiet)
                continue;
            QCOMPARE(senders->raw(r, week).toLongLong(), expected.value(id));
            const QString tip = senders->index(r, week).data(Qt::ToolTipRole).toString();
            // 4 of the 7 days: the tooltip says the sum may be low.
            QVERIFY2(tip.contains(QLatin1String("From 4 of the last 7 days")), qPrintable(tip));
            QVERIFY(tip.contains(QLatin1String("200 a week")));
        }
        int busyRow = -1;
        for (int r = 0; r < senders->rowCount(); ++r)
            if (senders->rowKey(r) == busy)
                busyRow = r;
        QVERIFY(busyRow >= 0);
        QCOMPARE(expected.value(busy), 70 + 65 + 72 + 20);
        QCOMPARE(senders->cellState(busyRow, week), AnalyticsTableModel::CellState::Warning);
        QVERIFY(
            senders->cellNote(busyRow, week).contains(QLatin1String("~200 invitations a week")));
    }
}

void tst_OutreachPeriods::plannedWeekAboveCeilingWarns()
{
    // 40 a day is within the daily ceiling, but on seven working days it is 280 a week.
    Agent a;
    a.id = QStringLiteral("agent_every_day_0001");
    a.name = QStringLiteral("Every day");
    a.limits.invitationsMax = 40;
    a.workingHours.days = QStringLiteral("1:1:1:1:1:1:1");
    a.usage = AgentUsage {};
    const OutreachFigures f = OutreachFigures::compute({a}, {}, {}, 0, {2026, 12, 7});
    QCOMPARE(f.senders[0].plannedWeekly(), 280);
    QVERIFY(f.senders[0].warnings().join(u' ').contains(QLatin1String("280 invitations a week")));
    OutreachTables tables;
    tables.setFigures(f);
    const int limit = tables.senders()->columnOf(QStringLiteral("dailyLimit"));
    QCOMPARE(tables.senders()->cellState(0, limit), AnalyticsTableModel::CellState::Warning);
    QVERIFY(tables.senders()->cellNote(0, limit).contains(QLatin1String("280")));
    // Five days at 40 is the ceiling itself: no warning.
    a.workingHours.days = QStringLiteral("1:1:1:1:1:0:0");
    tables.setFigures(OutreachFigures::compute({a}, {}, {}, 0, {2026, 12, 7}));
    QCOMPARE(tables.senders()->cellState(0, limit), AnalyticsTableModel::CellState::Normal);
}

void tst_OutreachPeriods::agentWithoutUsageOverHttp()
{
    const QJsonArray agents = m_fx.sandbox->call("GET", QStringLiteral("/agents")).json.array();
    QVERIFY(agents.size() >= 2);
    const QString bare = agents[0].toObject().value("id").toString();
    QVERIFY(m_fx.sandbox->injectFault(
        {{"path", "/v1/agents/" + bare}, {"kind", "omit"}, {"key", "usage"}}));
    AnalyticsModel model;
    QAbstractItemModelTester tester(model.outreach()->senders());
    QVERIFY(loadModel(model, QDate::currentDate(), true));
    const OutreachFigures f = *model.outreach()->figures();
    AnalyticsTableModel *senders = model.outreach()->senders();
    int withUsage = 0;
    for (int r = 0; r < f.senders.size(); ++r) {
        const OutreachFigures::Sender &s = f.senders[r];
        QCOMPARE(senders->rowKey(r), s.agentId);
        if (s.agentId != bare) {
            withUsage += s.hasUsage;
            continue;
        }
        QVERIFY(!s.hasUsage);
        QVERIFY(!s.invitationsWeek.has_value());
        for (const char *key : {"invitationsToday", "invitationsWeek", "invitationsMonth"}) {
            const QModelIndex cell = senders->index(r, senders->columnOf(QLatin1String(key)));
            QCOMPARE(cell.data().toString(), QStringLiteral("—"));
            QVERIFY(
                cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("no usage block")));
        }
        // Its conversations still count.
        QVERIFY(senders->raw(r, QStringLiteral("invited")).isValid());
    }
    QCOMPARE(withUsage, int(f.senders.size()) - 1);
    // The snapshot of the day leaves the unknown sender out rather than storing zeros.
    const auto stored = m_fx.cache->snapshots(m_fx.connection()->cachePartition(),
        QString::fromLatin1(OutreachSnapshot::CacheKey), QDate::currentDate(),
        QDate::currentDate());
    QCOMPARE(stored.size(), 1);
    const auto snapshot = OutreachSnapshot::fromJson(stored[0].body, stored[0].day);
    QVERIFY(snapshot.has_value());
    QVERIFY(!snapshot->senders.contains(bare));
    QCOMPARE(snapshot->senders.size(), withUsage);
}

void tst_OutreachPeriods::readAllBoundary()
{
    const QDate today = QDate::currentDate();
    // 600 conversations, 6 pages: a bound of exactly 6 pages reads them all.
    {
        AnalyticsModel model;
        QVERIFY(loadModel(model, today, true, 6));
        QVERIFY(model.outreach()->figures()->isComplete());
        QCOMPARE(model.outreach()->figures()->scanned, 600);
        QCOMPARE(m_fx.sandbox->requestCount(QStringLiteral("GET /prospects/search")), 6);
    }
}

void tst_OutreachPeriods::readAllCostsOnlyTheRest()
{
    const QDate today = QDate::currentDate();
    // One page fewer than the team has: 500 of 600, and the rest costs one call.
    AnalyticsModel partial;
    QVERIFY(loadModel(partial, today, true, 5));
    const OutreachFigures first = *partial.outreach()->figures();
    QVERIFY(!first.isComplete());
    QCOMPARE(first.scanned, 500);
    QCOMPARE(first.total, 600);
    QCOMPARE(OutreachLoader::callsToRead(first.total - first.scanned), 1);
    QCOMPARE(OutreachLoader::callsToRead(1), 1);
    QCOMPARE(OutreachLoader::callsToRead(100), 1);
    QCOMPARE(OutreachLoader::callsToRead(101), 2);
    QCOMPARE(OutreachLoader::callsToRead(0), 0);
    QCOMPARE(m_fx.sandbox->requestCount(QStringLiteral("GET /prospects/search")), 5);
    // Reading all: the five pages come from the cache, one call for the sixth.
    QVERIFY(m_fx.sandbox->resetRequestCounts());
    AnalyticsModel all;
    QVERIFY(loadModel(all, today, false, 5, true));
    QCOMPARE(m_fx.sandbox->requestCount(QStringLiteral("GET /prospects/search")), 1);
    const OutreachFigures whole = *all.outreach()->figures();
    QVERIFY(whole.isComplete());
    QCOMPARE(whole.scanned, 600);
    const Raw raw = readRaw();
    QCOMPARE(whole.team.invited, raw.team.invited);
    QCOMPARE(whole.team.accepted, raw.team.accepted);
}

QTEST_GUILESS_MAIN(tst_OutreachPeriods)
#include "tst_outreachperiods.moc"
