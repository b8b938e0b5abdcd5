// The outreach figures (acceptance rate, per-sender table, pace, heatmap) against a real
// kakiyo-sandbox: the test reads the same data as raw JSON over HTTP (HttpProbe: a plain
// QNetworkAccessManager, none of the client's decoders or models), computes every figure itself
// from the documented status table, and compares with what OutreachLoader put in the model.
// Plus the bad inputs: a campaign with no invitation ("—", never NaN), an agent without a usage
// block, and the ceilings' warnings.

#include "common/SessionFixture.h"
#include "models/AnalyticsModel.h"
#include "models/OutreachFigures.h"
#include "models/jobs/OutreachLoader.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <cmath>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

struct Counts
{
    qint64 invited = 0;
    qint64 accepted = 0;
    qint64 prospects = 0; // from campaign stats
    qint64 replies = 0;
    qint64 messages = 0;
    qint64 qualified = 0;
};

// Percent, as the test computes it: nothing from the client.
double rate(qint64 part, qint64 whole)
{
    return double(part) * 100.0 / double(whole);
}

} // namespace

class tst_Outreach final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void figuresMatchTheSandbox();
    void zeroInvitationCampaignShowsDash();
    void agentWithoutUsageBlock();
    void ceilingsAndSmallSamplesAreMarked();
    void statusRule_data();
    void statusRule();
    void warmCacheCostsNoCall();

private:
    QJsonArray getArray(const QString &path);
    QJsonObject getObject(const QString &path);
    bool loadModel(AnalyticsModel &model, bool refresh);

    SessionFixture m_fx {QStringLiteral("outreach")};
};

void tst_Outreach::initTestCase()
{
    // Few enough conversations that the loader reads them all (6 pages of 100).
    QVERIFY2(m_fx.start({QStringLiteral("--prospects"), QStringLiteral("600")}),
        qPrintable(m_fx.errorString()));
}

void tst_Outreach::init()
{
    QVERIFY2(m_fx.freshSession(), qPrintable(m_fx.errorString()));
}

QJsonArray tst_Outreach::getArray(const QString &path)
{
    const HttpReply reply = m_fx.sandbox->call("GET", path);
    if (reply.status != 200)
        qWarning() << path << reply.status << reply.body.left(200);
    return reply.json.array();
}

QJsonObject tst_Outreach::getObject(const QString &path)
{
    const HttpReply reply = m_fx.sandbox->call("GET", path);
    if (reply.status != 200)
        qWarning() << path << reply.status << reply.body.left(200);
    return reply.json.object();
}

bool tst_Outreach::loadModel(AnalyticsModel &model, bool refresh)
{
    OutreachLoader loader(m_fx.connection(), &model);
    QSignalSpy loaded(&loader, &OutreachLoader::loaded);
    QSignalSpy failed(&loader, &OutreachLoader::failed);
    loader.load(refresh);
    bool ok = false;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(loader.lastError()));
        ok = true;
    }();
    return ok;
}

void tst_Outreach::figuresMatchTheSandbox()
{
    AnalyticsModel model;
    QAbstractItemModelTester senderTester(model.outreach()->senders());
    QAbstractItemModelTester acceptanceTester(model.outreach()->acceptance());
    QVERIFY(loadModel(model, true));

    // The sandbox's data, raw.
    QHash<QString, Counts> byCampaign;
    Counts team;
    qint64 total = -1;
    qint64 seen = 0;
    qint64 timedReplies = 0;
    for (qint64 offset = 0; total < 0 || offset < total; offset += 100) {
        const QJsonObject page
            = getObject(QStringLiteral("/prospects/search?limit=100&offset=%1").arg(offset));
        total = page.value("pagination").toObject().value("total").toInteger();
        const QJsonArray items = page.value("prospects").toArray();
        QVERIFY(!items.isEmpty());
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            const int status = item.value("status").toInt();
            Counts &c = byCampaign[item.value("campaign").toObject().value("id").toString()];
            // Invited: 1 Invitation sent .. 6 Unqualified; accepted: 2 .. 6.
            const bool invited = status >= 1 && status <= 6;
            const bool accepted = status >= 2 && status <= 6;
            c.invited += invited;
            c.accepted += accepted;
            team.invited += invited;
            team.accepted += accepted;
            timedReplies += !item.value("stats").toObject().value("lastResponse").isNull();
            ++seen;
        }
    }
    QCOMPARE(seen, total);
    QVERIFY(team.invited > 0);
    QVERIFY(team.accepted < team.invited);

    const auto figures = model.outreach()->figures();
    QVERIFY(figures.has_value());
    QCOMPARE(figures->scanned, total);
    QCOMPARE(figures->team.invited, team.invited);
    QCOMPARE(figures->team.accepted, team.accepted);
    QCOMPARE(figures->repliesTimed, timedReplies);

    // Team row and each campaign of the acceptance table.
    AnalyticsTableModel *acceptance = model.outreach()->acceptance();
    QCOMPARE(acceptance->rowKey(0), QStringLiteral("team"));
    QVERIFY(std::abs(acceptance->raw(0, QStringLiteral("acceptanceRate")).toDouble()
                - rate(team.accepted, team.invited))
        < 0.01);
    const QJsonArray campaigns = getArray(QStringLiteral("/campaigns"));
    QCOMPARE(acceptance->rowCount(), campaigns.size() + 1);
    QHash<QString, Counts> byAgent;
    for (const QJsonValue &v : campaigns) {
        const QJsonObject c = v.toObject();
        const QString id = c.value("id").toString();
        const Counts k = byCampaign.value(id);
        int row = -1;
        for (int r = 0; r < acceptance->rowCount(); ++r)
            if (acceptance->rowKey(r) == id)
                row = r;
        QVERIFY2(row > 0, qPrintable(id));
        QCOMPARE(acceptance->raw(row, QStringLiteral("invited")).toLongLong(), k.invited);
        if (k.invited > 0)
            QVERIFY(std::abs(acceptance->raw(row, QStringLiteral("acceptanceRate")).toDouble()
                        - rate(k.accepted, k.invited))
                < 0.01);
        else
            QVERIFY(!acceptance->raw(row, QStringLiteral("acceptanceRate")).isValid());
        Counts &a = byAgent[c.value("agent").toString()];
        a.invited += k.invited;
        a.accepted += k.accepted;
        const QJsonObject stats = c.value("stats").toObject();
        a.prospects += stats.value("prospects").toInteger();
        a.replies += stats.value("prospectsAnswers").toInteger();
        a.messages += stats.value("messages").toInteger();
        a.qualified += stats.value("qualified").toInteger();
    }

    // One row per agent, each compared with its details and its campaigns' figures.
    AnalyticsTableModel *senders = model.outreach()->senders();
    const QJsonArray agents = getArray(QStringLiteral("/agents"));
    QCOMPARE(senders->rowCount(), agents.size());
    for (int r = 0; r < senders->rowCount(); ++r) {
        const QString id = senders->rowKey(r);
        const QJsonObject details = getObject(QStringLiteral("/agents/%1").arg(id));
        QCOMPARE(
            senders->raw(r, QStringLiteral("name")).toString(), details.value("name").toString());
        const Counts a = byAgent.value(id);
        QCOMPARE(senders->raw(r, QStringLiteral("invited")).toLongLong(), a.invited);
        QCOMPARE(senders->raw(r, QStringLiteral("accepted")).toLongLong(), a.accepted);
        if (a.invited > 0)
            QVERIFY(std::abs(senders->raw(r, QStringLiteral("acceptanceRate")).toDouble()
                        - rate(a.accepted, a.invited))
                < 0.01);
        else
            QVERIFY(!senders->raw(r, QStringLiteral("acceptanceRate")).isValid());
        QCOMPARE(senders->raw(r, QStringLiteral("messages")).toLongLong(), a.messages);
        QCOMPARE(senders->raw(r, QStringLiteral("replies")).toLongLong(), a.replies);
        QCOMPARE(senders->raw(r, QStringLiteral("qualified")).toLongLong(), a.qualified);
        if (a.prospects > 0)
            QVERIFY(std::abs(senders->raw(r, QStringLiteral("replyRate")).toDouble()
                        - rate(a.replies, a.prospects))
                < 0.01);
        const QJsonObject usage = details.value("usage").toObject();
        QCOMPARE(senders->raw(r, QStringLiteral("invitationsToday")).toLongLong(),
            usage.value("invitationsDaily").toInteger());
        QCOMPARE(senders->raw(r, QStringLiteral("invitationsMonth")).toLongLong(),
            usage.value("invitations").toInteger());
        QCOMPARE(senders->raw(r, QStringLiteral("status")).toString(),
            details.value("status").toString());
    }
}

void tst_Outreach::zeroInvitationCampaignShowsDash()
{
    AnalyticsModel model;
    QVERIFY(loadModel(model, false));
    // The sandbox seeds no lead into draft campaigns: no invitation, no rate.
    AnalyticsTableModel *acceptance = model.outreach()->acceptance();
    int zero = -1;
    for (int r = 1; r < acceptance->rowCount(); ++r)
        if (acceptance->raw(r, QStringLiteral("invited")).toLongLong() == 0)
            zero = r;
    QVERIFY2(zero > 0, "the sandbox has a campaign without invitations");
    const int column = acceptance->columnOf(QStringLiteral("acceptanceRate"));
    QVERIFY(!acceptance->raw(zero, column).isValid());
    QCOMPARE(acceptance->index(zero, column).data().toString(), QStringLiteral("—"));
    QVERIFY(!acceptance->index(zero, column)
                 .data()
                 .toString()
                 .contains(QLatin1String("nan"), Qt::CaseInsensitive));
    QVERIFY(!acceptance->index(zero, column).data(Qt::ToolTipRole).toString().isEmpty());
    // Its pace: nothing to invite at no pace, no division.
    AnalyticsTableModel *pace = model.outreach()->pace();
    for (int r = 0; r < pace->rowCount(); ++r)
        for (int c = 0; c < pace->columnCount(); ++c) {
            const QString text = pace->index(r, c).data().toString();
            QVERIFY2(!text.contains(QLatin1String("nan"), Qt::CaseInsensitive)
                    && !text.contains(QLatin1String("inf"), Qt::CaseInsensitive),
                qPrintable(text));
        }
}

void tst_Outreach::agentWithoutUsageBlock()
{
    Agent bare;
    bare.id = QStringLiteral("agent_without_usage1");
    bare.name = QStringLiteral("No Usage");
    bare.status = QStringLiteral("running");
    Campaign campaign;
    campaign.id = QStringLiteral("campaign_zero_invite");
    campaign.name = QStringLiteral("Fresh");
    campaign.status = QStringLiteral("active");
    campaign.agentId = bare.id;
    const OutreachFigures f = OutreachFigures::compute({bare}, {campaign}, {}, 0, {2026, 12, 7});
    QCOMPARE(f.senders.size(), 1);
    QVERIFY(!f.senders[0].hasUsage);
    QVERIFY(f.senders[0].warnings().isEmpty());
    QVERIFY(!f.team.acceptanceRate().has_value());
    QVERIFY(!f.campaigns[0].daysLeft.has_value());

    AnalyticsModel model;
    model.outreach()->setFigures(f);
    AnalyticsTableModel *senders = model.outreach()->senders();
    const int today = senders->columnOf(QStringLiteral("invitationsToday"));
    QCOMPARE(senders->index(0, today).data().toString(), QStringLiteral("—"));
    QVERIFY(senders->index(0, today)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("no usage block")));
    QCOMPARE(senders->index(0, senders->columnOf(QStringLiteral("acceptanceRate"))).data(),
        QVariant(QStringLiteral("—")));
    QCOMPARE(senders->index(0, senders->columnOf(QStringLiteral("replyRate"))).data(),
        QVariant(QStringLiteral("—")));
}

void tst_Outreach::ceilingsAndSmallSamplesAreMarked()
{
    Agent busy;
    busy.id = QStringLiteral("agent_busy_000000001");
    busy.name = QStringLiteral("Busy");
    busy.usage = AgentUsage {};
    busy.usage->invitationsDaily = 41;
    busy.usage->invitations = 801;
    busy.limits.invitationsMax = 45;
    busy.workingHours.days = QStringLiteral("1:1:1:1:1:0:0");
    Agent calm = busy;
    calm.id = QStringLiteral("agent_calm_000000001");
    calm.usage->invitationsDaily = 40;
    calm.usage->invitations = 800;
    calm.limits.invitationsMax = 36; // 36 × 5 × 52 / 12 = 780 a month
    Campaign c;
    c.id = QStringLiteral("campaign_small_000001");
    c.agentId = busy.id;
    c.status = QStringLiteral("active");
    QList<ProspectSearchItem> few;
    for (int i = 0; i < 10; ++i) {
        ProspectSearchItem item;
        item.status = i < 4 ? 2 : 1;
        item.campaign.id = c.id;
        few << item;
    }
    AnalyticsModel model;
    model.outreach()->setFigures(
        OutreachFigures::compute({busy, calm}, {c}, few, few.size(), {2026, 12, 7}));
    AnalyticsTableModel *t = model.outreach()->senders();
    using State = AnalyticsTableModel::CellState;
    auto state = [&](int row, const char *key) {
        return State(t->index(row, t->columnOf(QString::fromLatin1(key)))
                         .data(AnalyticsTableModel::CellStateRole)
                         .toInt());
    };
    QCOMPARE(state(0, "invitationsToday"), State::Warning);
    QCOMPARE(state(0, "invitationsMonth"), State::Warning);
    QCOMPARE(state(0, "dailyLimit"), State::Warning);
    QCOMPARE(state(0, "plannedMonthly"), State::Warning);
    QCOMPARE(state(0, "acceptanceRate"), State::LowSample); // 10 invitations < 50
    QVERIFY(t->index(0, t->columnOf(QStringLiteral("acceptanceRate")))
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("fewer than 50")));
    QCOMPARE(t->raw(0, QStringLiteral("acceptanceRate")).toDouble(), 40.0);
    // Exactly at the ceilings is within them.
    QCOMPARE(state(1, "invitationsToday"), State::Normal);
    QCOMPARE(state(1, "invitationsMonth"), State::Normal);
    QCOMPARE(state(1, "dailyLimit"), State::Normal);
    QCOMPARE(state(1, "plannedMonthly"), State::Normal);
    QCOMPARE(t->raw(1, QStringLiteral("plannedMonthly")).toLongLong(), 780);
}

void tst_Outreach::statusRule_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("invited");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("0 not started") << 0 << false << false;
    QTest::newRow("1 invitation sent") << 1 << true << false;
    QTest::newRow("2 accepted") << 2 << true << true;
    QTest::newRow("3 contacted") << 3 << true << true;
    QTest::newRow("4 replied") << 4 << true << true;
    QTest::newRow("5 qualified") << 5 << true << true;
    QTest::newRow("6 unqualified") << 6 << true << true;
    QTest::newRow("7 skipped") << 7 << false << false;
    QTest::newRow("502 invites disabled") << 502 << false << false;
    QTest::newRow("505 cooldown") << 505 << false << false;
    QTest::newRow("-1 unknown") << -1 << false << false;
}

void tst_Outreach::statusRule()
{
    QFETCH(int, status);
    QFETCH(bool, invited);
    QFETCH(bool, accepted);
    QCOMPARE(OutreachFigures::isInvited(status), invited);
    QCOMPARE(OutreachFigures::isAccepted(status), accepted);
}

void tst_Outreach::warmCacheCostsNoCall()
{
    AnalyticsModel cold;
    QVERIFY(loadModel(cold, false));
    const int coldCalls = m_fx.sandbox->requestCount(QStringLiteral("GET /prospects/search"));
    QCOMPARE(coldCalls, 6); // 600 conversations in pages of 100
    QVERIFY2(m_fx.sandbox->resetRequestCounts(), "reset");
    AnalyticsModel warm;
    QVERIFY(loadModel(warm, false));
    const QJsonObject byRoute = m_fx.sandbox->requestCounts().value("byRoute").toObject();
    int calls = 0;
    for (auto it = byRoute.begin(); it != byRoute.end(); ++it)
        calls += it.value().toInt();
    QVERIFY2(calls == 0, QJsonDocument(byRoute).toJson(QJsonDocument::Compact).constData());
    QCOMPARE(warm.outreach()->figures()->team.invited, cold.outreach()->figures()->team.invited);
}

QTEST_GUILESS_MAIN(tst_Outreach)
#include "tst_outreach.moc"
