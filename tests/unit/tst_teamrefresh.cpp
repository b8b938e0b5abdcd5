// What one background refresh costs and reads, against the real sandbox. In a client workspace
// it reads the team's most recent conversations once and keeps the workspace's (never one search
// per campaign), so it costs the same bounded number of calls whatever the workspace holds; and
// the cost the refresh plan shows the user is what the UsageMeter really counts.
#include "common/SessionFixture.h"
#include "models/api/UsageMeter.h"
#include "models/live/AutoRefresh.h"
#include "models/live/TeamRefresh.h"

#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_TeamRefresh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void workspaceReadsTheTeamOnce();
    void meterCountsWhatThePlanSays_data();
    void meterCountsWhatThePlanSays();
    void onByDefaultHourlyWhereCallsCost();

private:
    QJsonValue get(const QString &path);
    // The seeded workspace with the most campaigns (so a search per campaign would show).
    QString busiestWorkspace(QSet<QString> *campaignIds);
    std::optional<TeamSnapshot> refresh();

    SessionFixture m_fx {QStringLiteral("teamrefresh")};
};

void tst_TeamRefresh::initTestCase()
{
    QVERIFY2(m_fx.start({"--seed", "4", "--prospects", "400", "--rate-limit", "100000"}),
        qPrintable(m_fx.errorString()));
}

void tst_TeamRefresh::init()
{
    QVERIFY2(m_fx.freshSession(), qPrintable(m_fx.errorString()));
}

QJsonValue tst_TeamRefresh::get(const QString &path)
{
    const HttpReply r = m_fx.sandbox->call("GET", path);
    if (r.status != 200)
        qWarning("GET %s answered %d", qPrintable(path), r.status);
    return r.json.isArray() ? QJsonValue(r.json.array()) : QJsonValue(r.json.object());
}

QString tst_TeamRefresh::busiestWorkspace(QSet<QString> *campaignIds)
{
    QHash<QString, QString> agentOfCampaign;
    for (const QJsonValue &v : get(QStringLiteral("/campaigns")).toArray()) {
        const QJsonObject c = v.toObject();
        const QJsonValue agent = c.value("agent");
        agentOfCampaign.insert(c.value("id").toString(),
            agent.isObject() ? agent.toObject().value("id").toString() : agent.toString());
    }
    QString best;
    for (const QJsonValue &v :
        get(QStringLiteral("/workspaces")).toObject().value("workspaces").toArray()) {
        QSet<QString> agents;
        for (const QJsonValue &id : v.toObject().value("agentIds").toArray())
            agents.insert(id.toString());
        QSet<QString> campaigns;
        for (auto it = agentOfCampaign.cbegin(); it != agentOfCampaign.cend(); ++it) {
            if (agents.contains(it.value()))
                campaigns.insert(it.key());
        }
        if (campaigns.size() > campaignIds->size()) {
            *campaignIds = campaigns;
            best = v.toObject().value("id").toString();
        }
    }
    return best;
}

std::optional<TeamSnapshot> tst_TeamRefresh::refresh()
{
    TeamRefresh job(m_fx.connection());
    QSignalSpy done(&job, &TeamRefresh::finished);
    QSignalSpy failed(&job, &TeamRefresh::failed);
    job.start({});
    if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 20000)
        || done.isEmpty())
        return std::nullopt;
    return done.first().first().value<TeamSnapshot>();
}

void tst_TeamRefresh::workspaceReadsTheTeamOnce()
{
    QSet<QString> campaigns;
    const QString workspace = busiestWorkspace(&campaigns);
    QVERIFY(!workspace.isEmpty());
    QVERIFY2(campaigns.size() >= 2, "the seed should give a workspace several campaigns");
    // The team's 100 most recent conversations, as the search orders them.
    QStringList expected;
    const QJsonArray recent
        = get(QStringLiteral("/prospects/search?limit=%1").arg(TeamRefresh::Conversations))
              .toObject()
              .value("prospects")
              .toArray();
    QCOMPARE(recent.size(), TeamRefresh::Conversations);
    for (const QJsonValue &v : recent) {
        // Either shape of a search item (ProspectSearchItem::fromJson).
        const QJsonObject chat = v.toObject();
        QString campaign = chat.value("campaign").toObject().value("id").toString();
        if (campaign.isEmpty())
            campaign = chat.value("campaignId").toString();
        if (campaigns.contains(campaign))
            expected << chat.value(chat.contains("prospect") ? "id" : "chatId").toString();
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < recent.size()); // the other workspaces' rows are left out

    m_fx.connection()->setWorkspace(workspace);
    QVERIFY(m_fx.sandbox->resetRequestCounts());
    const std::optional<TeamSnapshot> snapshot = refresh();
    QVERIFY(snapshot);
    const QJsonObject counts = m_fx.sandbox->requestCounts();
    QCOMPARE(counts.value("total").toInt(), TeamRefresh::WorkspaceCalls);
    QCOMPARE(m_fx.sandbox->requestCount(QStringLiteral("GET /prospects/search")), 1);

    QStringList got;
    for (const TeamSnapshot::ConversationState &c : snapshot->conversations)
        got << c.chatId;
    QCOMPARE(got, expected);
    for (const TeamSnapshot::CampaignState &c : snapshot->campaigns)
        QVERIFY2(campaigns.contains(c.id), qPrintable(c.id));
    QCOMPARE(snapshot->campaigns.size(), campaigns.size());
    m_fx.connection()->setWorkspace({});
}

void tst_TeamRefresh::meterCountsWhatThePlanSays_data()
{
    QTest::addColumn<bool>("inWorkspace");
    QTest::newRow("team") << false;
    QTest::newRow("client workspace") << true;
}

void tst_TeamRefresh::meterCountsWhatThePlanSays()
{
    QFETCH(bool, inWorkspace);
    if (inWorkspace) {
        QSet<QString> campaigns;
        m_fx.connection()->setWorkspace(busiestWorkspace(&campaigns));
    }
    QTemporaryDir dir;
    AutoRefresh live(m_fx.connection(), dir.path());
    live.setIntervalMinutes(15);
    live.start();
    const RefreshPlan plan = live.plan();
    QVERIFY(m_fx.connection()->usage()->callsCostCredits()); // nothing known: counted as costing
    UsageMeter *meter = m_fx.connection()->usage();
    const int callsBefore = meter->calls();
    const int creditsBefore = meter->credits();

    QSignalSpy refreshed(&live, &AutoRefresh::refreshed);
    live.refreshNow();
    QVERIFY(refreshed.wait(20000));
    const int calls = meter->calls() - callsBefore;
    const int credits = meter->credits() - creditsBefore;
    QCOMPARE(calls, plan.callsPerRefresh());
    QCOMPARE(credits, plan.callsPerRefresh());
    // Every 15 min: 4 refreshes an hour, 96 a day.
    QCOMPARE(plan.callsPerHour(), calls * 4);
    QCOMPARE(plan.creditsPerDay(), credits * 96);
    QCOMPARE(plan.summary(),
        QStringLiteral("auto-refresh every 15 min · %1 calls/hour · %2 credits/day")
            .arg(calls * 4)
            .arg(credits * 96));
    live.setIntervalMinutes(RefreshPlan::DefaultIntervalMinutes);
    m_fx.connection()->setWorkspace({});
}

void tst_TeamRefresh::onByDefaultHourlyWhereCallsCost()
{
    // A profile that never chose: the help centre's sandbox (calls cost credits) refreshes
    // hourly; the user's choice, once made, is kept.
    QSettings().remove(
        QStringLiteral("live/%1/refreshMinutes").arg(m_fx.connection()->profileId()));
    QTemporaryDir dir;
    AutoRefresh live(m_fx.connection(), dir.path());
    QCOMPARE(live.intervalMinutes(), RefreshPlan::CreditDefaultIntervalMinutes);
    QCOMPARE(live.plan().summary(),
        QStringLiteral("auto-refresh every 60 min · 4 calls/hour · 96 credits/day"));
    live.setIntervalMinutes(0);
    QCOMPARE(AutoRefresh(m_fx.connection(), dir.path()).intervalMinutes(), 0);
    live.setIntervalMinutes(RefreshPlan::DefaultIntervalMinutes);
}

QTEST_GUILESS_MAIN(tst_TeamRefresh)
#include "tst_teamrefresh.moc"
