// The agency's master view against a real sandbox: for every workspace, the figures of
// WorkspaceSummaryModel equal those computed here straight from the sandbox's JSON over HTTP
// (GET /workspaces, /agents, /campaigns and every page of /prospects/search) — counts exactly,
// rates to 0.01 %. A workspace with no agent shows zeros, not the team's data. The sweep's cost is
// known before it runs, and a second sweep within the freshness window costs no call.

#include "common/HttpProbe.h"
#include "common/SessionFixture.h"
#include "models/WorkspaceSummaryModel.h"
#include "models/jobs/WorkspaceSweep.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace kakiyo;
using kakiyo::test::SessionFixture;

namespace {

struct Expected
{
    int agents = 0;
    int attention = 0;
    int active = 0;
    qint64 prospects = 0;
    qint64 invited = 0;
    qint64 accepted = 0;
    qint64 replied = 0;
    qint64 qualified = 0;
};

} // namespace

class tst_WorkspaceSweep : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void planBeforeAnythingIsCached();
    void figuresEqualTheSandboxs();
    void secondSweepComesFromTheCache();
    void sweepInsideAWorkspaceComparesThemAll();

private:
    QJsonValue get(const QString &path);
    QHash<QString, Expected> expectedFromSandbox();
    bool sweep(WorkspaceSweep &sweep);

    SessionFixture m_fx {QStringLiteral("sweep")};
    QString m_emptyId;
    qint64 m_conversations = 0;
};

QJsonValue tst_WorkspaceSweep::get(const QString &path)
{
    const test::HttpReply r = m_fx.sandbox->call("GET", path);
    if (r.status != 200)
        qWarning("GET %s answered %d", qPrintable(path), r.status);
    return r.json.isArray() ? QJsonValue(r.json.array()) : QJsonValue(r.json.object());
}

void tst_WorkspaceSweep::initTestCase()
{
    QVERIFY2(
        m_fx.start({QStringLiteral("--agents"), QStringLiteral("7"), QStringLiteral("--campaigns"),
            QStringLiteral("10"), QStringLiteral("--prospects"), QStringLiteral("450")}),
        qPrintable(m_fx.errorString()));
    // The seed gives two workspaces with one agent each. Add a second agent to the first, put
    // one of its agents in a state that needs attention, and add a workspace with no agent.
    const QJsonArray workspaces
        = get(QStringLiteral("/workspaces")).toObject().value("workspaces").toArray();
    QCOMPARE(workspaces.size(), 2);
    const QString first = workspaces.at(0).toObject().value("id").toString();
    QSet<QString> assigned;
    for (const QJsonValue &w : workspaces) {
        for (const QJsonValue &id : w.toObject().value("agentIds").toArray())
            assigned.insert(id.toString());
    }
    QString freeAgent;
    for (const QJsonValue &a : get(QStringLiteral("/agents")).toArray()) {
        const QString id = a.toObject().value("id").toString();
        if (!assigned.contains(id) && freeAgent.isEmpty())
            freeAgent = id;
    }
    QVERIFY(!freeAgent.isEmpty());
    QCOMPARE(
        m_fx.sandbox->call("POST", QStringLiteral("/workspaces/%1/agents/%2").arg(first, freeAgent))
            .status,
        200);
    QCOMPARE(m_fx.sandbox->admin("PUT", QStringLiteral("/agents/%1").arg(freeAgent),
                 QJsonObject {{"status", "auth_needed"}}),
        200);
    const test::HttpReply created = m_fx.sandbox->call(
        "POST", QStringLiteral("/workspaces"), QJsonObject {{"name", "Empty Co"}});
    QCOMPARE(created.status, 201);
    m_emptyId = created.json.object().value("id").toString();
    if (m_emptyId.isEmpty())
        m_emptyId = created.json.object().value("workspace").toObject().value("id").toString();
    QVERIFY(!m_emptyId.isEmpty());
    QVERIFY(m_fx.sandbox->resetRateLimits());
}

void tst_WorkspaceSweep::init()
{
    QVERIFY2(m_fx.freshSession(), qPrintable(m_fx.errorString()));
}

QHash<QString, Expected> tst_WorkspaceSweep::expectedFromSandbox()
{
    QHash<QString, bool> attention;
    for (const QJsonValue &v : get(QStringLiteral("/agents")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString status = a.value("status").toString();
        attention.insert(a.value("id").toString(),
            !a.value("alerts").toArray().isEmpty() || status == "auth_needed"
                || status == "setup_needed" || status == "disabled");
    }
    QHash<QString, QString> agentOfCampaign;
    QHash<QString, QString> statusOfCampaign;
    for (const QJsonValue &v : get(QStringLiteral("/campaigns")).toArray()) {
        const QJsonObject c = v.toObject();
        const QJsonValue agent = c.value("agent");
        agentOfCampaign.insert(c.value("id").toString(),
            agent.isObject() ? agent.toObject().value("id").toString() : agent.toString());
        statusOfCampaign.insert(c.value("id").toString(), c.value("status").toString());
    }
    QList<QJsonObject> chats;
    qint64 total = 1;
    for (qint64 offset = 0; offset < total; offset += 100) {
        const QJsonObject page
            = get(QStringLiteral("/prospects/search?limit=100&offset=%1").arg(offset)).toObject();
        total = qint64(page.value("pagination").toObject().value("total").toDouble());
        for (const QJsonValue &v : page.value("prospects").toArray())
            chats << v.toObject();
    }
    m_conversations = total;

    QHash<QString, Expected> out;
    for (const QJsonValue &v :
        get(QStringLiteral("/workspaces")).toObject().value("workspaces").toArray()) {
        const QJsonObject w = v.toObject();
        Expected e;
        QSet<QString> agents;
        for (const QJsonValue &id : w.value("agentIds").toArray()) {
            if (attention.contains(id.toString())) {
                agents.insert(id.toString());
                ++e.agents;
                e.attention += attention.value(id.toString()) ? 1 : 0;
            }
        }
        QSet<QString> campaigns;
        for (auto it = agentOfCampaign.cbegin(); it != agentOfCampaign.cend(); ++it) {
            if (agents.contains(it.value())) {
                campaigns.insert(it.key());
                e.active += statusOfCampaign.value(it.key()) == "active" ? 1 : 0;
            }
        }
        for (const QJsonObject &chat : chats) {
            if (!campaigns.contains(chat.value("campaign").toObject().value("id").toString()))
                continue;
            const int status = chat.value("status").toInt();
            ++e.prospects;
            e.invited += status >= 1 && status <= 6;
            e.accepted += status >= 2 && status <= 6;
            e.replied += chat.value("hasResponded").toBool();
            e.qualified += chat.value("qualification").toString() == "qualified";
        }
        out.insert(w.value("id").toString(), e);
    }
    return out;
}

bool tst_WorkspaceSweep::sweep(WorkspaceSweep &sweep)
{
    QSignalSpy done(&sweep, &WorkspaceSweep::finished);
    QSignalSpy failed(&sweep, &WorkspaceSweep::failed);
    sweep.run();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), 60000); }();
    if (!failed.isEmpty())
        qWarning("sweep failed: %s", qPrintable(failed.first().first().toString()));
    return !done.isEmpty();
}

void tst_WorkspaceSweep::planBeforeAnythingIsCached()
{
    WorkspaceSweep sweep(m_fx.connection());
    const WorkspaceSweep::Plan plan = sweep.plan();
    QCOMPARE(plan.calls, 4); // three lists and the first search page
    QCOMPARE(plan.fromCache, 0);
    QVERIFY(!plan.pagesKnown);
    QVERIFY(plan.creditsApply); // nothing known about the server yet: the cautious count
    QCOMPARE(plan.credits(), 4);
    QVERIFY(plan.text().contains(QLatin1String("at least")));
    QCOMPARE(m_fx.sandbox->requestCounts().value("total").toInt(), 0); // planning is free
}

void tst_WorkspaceSweep::figuresEqualTheSandboxs()
{
    WorkspaceSweep sweep(m_fx.connection());
    WorkspaceSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(this->sweep(sweep));
    model.setSummaries(sweep.summaries(), sweep.dataTime());
    const QHash<QString, Expected> expected = expectedFromSandbox();
    QCOMPARE(model.rowCount(), int(expected.size()));
    QCOMPARE(model.rowCount(), 3);
    qint64 prospectsInWorkspaces = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const int row = model.rowOf(it.key());
        QVERIFY2(row >= 0, qPrintable(it.key()));
        const auto rawAt = [&](int column) {
            return model.index(row, column).data(WorkspaceSummaryModel::RawRole);
        };
        const Expected &e = it.value();
        QCOMPARE(rawAt(WorkspaceSummaryModel::AgentsColumn).toInt(), e.agents);
        QCOMPARE(rawAt(WorkspaceSummaryModel::AttentionColumn).toInt(), e.attention);
        QCOMPARE(rawAt(WorkspaceSummaryModel::ActiveCampaignsColumn).toInt(), e.active);
        QCOMPARE(rawAt(WorkspaceSummaryModel::ProspectsColumn).toLongLong(), e.prospects);
        QCOMPARE(rawAt(WorkspaceSummaryModel::InvitedColumn).toLongLong(), e.invited);
        QCOMPARE(rawAt(WorkspaceSummaryModel::RepliesColumn).toLongLong(), e.replied);
        QCOMPARE(rawAt(WorkspaceSummaryModel::QualifiedColumn).toLongLong(), e.qualified);
        const double acceptance = rawAt(WorkspaceSummaryModel::AcceptanceColumn).toDouble();
        const double replyRate = rawAt(WorkspaceSummaryModel::ReplyRateColumn).toDouble();
        if (e.invited == 0)
            QCOMPARE(acceptance, -1.0);
        else
            QVERIFY2(qAbs(acceptance - 100.0 * double(e.accepted) / double(e.invited)) < 0.01,
                qPrintable(QString::number(acceptance)));
        if (e.prospects == 0)
            QCOMPARE(replyRate, -1.0);
        else
            QVERIFY2(qAbs(replyRate - 100.0 * double(e.replied) / double(e.prospects)) < 0.01,
                qPrintable(QString::number(replyRate)));
        prospectsInWorkspaces += e.prospects;
    }
    // The figures are not trivially zero, and not the team's.
    QVERIFY(prospectsInWorkspaces > 0);
    QVERIFY(prospectsInWorkspaces < m_conversations);
    QVERIFY(expected.value(m_emptyId).agents == 0);
    const int empty = model.rowOf(m_emptyId);
    QCOMPARE(model.index(empty, WorkspaceSummaryModel::ProspectsColumn).data().toString(),
        QStringLiteral("0"));
    QCOMPARE(model.index(empty, WorkspaceSummaryModel::AcceptanceColumn).data().toString(),
        QStringLiteral("—"));
    QVERIFY(!model.index(empty, WorkspaceSummaryModel::NameColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
    // One workspace has an agent needing attention (set up in initTestCase).
    bool someAttention = false;
    for (int r = 0; r < model.rowCount(); ++r)
        someAttention |= model.index(r, 0).data(WorkspaceSummaryModel::NeedsAttentionRole).toBool();
    QVERIFY(someAttention);
}

void tst_WorkspaceSweep::secondSweepComesFromTheCache()
{
    WorkspaceSweep first(m_fx.connection());
    QVERIFY(sweep(first));
    const int pages = int((m_conversations + 99) / 100);
    QVERIFY(pages > 1);
    const int afterFirst = m_fx.sandbox->requestCounts().value("total").toInt();
    QCOMPARE(afterFirst, 3 + pages);

    WorkspaceSweep second(m_fx.connection());
    const WorkspaceSweep::Plan warm = second.plan();
    QVERIFY(warm.pagesKnown);
    QCOMPARE(warm.conversations, m_conversations);
    QCOMPARE(warm.calls, 0);
    QCOMPARE(warm.fromCache, 3 + pages);
    QVERIFY(sweep(second));
    QCOMPARE(m_fx.sandbox->requestCounts().value("total").toInt(), afterFirst);
    QCOMPARE(second.summaries().size(), first.summaries().size());

    // Older than the freshness window: everything is asked again, and the plan says so.
    second.setFreshForMs(0);
    const WorkspaceSweep::Plan stale = second.plan();
    QCOMPARE(stale.calls, 3 + pages);
    QCOMPARE(stale.searchPages, pages);
    QVERIFY(stale.pagesKnown);
}

void tst_WorkspaceSweep::sweepInsideAWorkspaceComparesThemAll()
{
    // With a client workspace current, lists are scoped to it; the comparison must still read the
    // whole team, or every other workspace would show zeros.
    const QHash<QString, Expected> expected = expectedFromSandbox();
    QString client;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (it.value().prospects > 0)
            client = it.key();
    }
    QVERIFY(!client.isEmpty());
    m_fx.connection()->setWorkspace(client);
    WorkspaceSweep sweep(m_fx.connection());
    QVERIFY(this->sweep(sweep));
    QCOMPARE(sweep.summaries().size(), expected.size());
    int withProspects = 0;
    for (const WorkspaceSummary &s : sweep.summaries()) {
        QVERIFY2(expected.contains(s.workspaceId), qPrintable(s.workspaceId));
        QCOMPARE(s.tally.prospects, expected.value(s.workspaceId).prospects);
        withProspects += s.tally.prospects > 0 ? 1 : 0;
    }
    QVERIFY(withProspects >= 2);
}

QTEST_GUILESS_MAIN(tst_WorkspaceSweep)
#include "tst_workspacesweep.moc"
