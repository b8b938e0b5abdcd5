// AgentListModel against a real sandbox, under QAbstractItemModelTester: rows as GET /agents
// lists them, today's usage against the daily limits (one details call per agent, only when
// asked for), the cached answer costing no call, a failed refresh keeping the rows, and an
// update without usage keeping the usage already known.
#include "common/SessionFixture.h"
#include "models/AgentListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_AgentListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void rowsAsListed();
    void usageAgainstDailyLimits();
    void noUsageCallsUnlessAsked();
    void cachedAnswerCostsNoCall();
    void failedRefreshKeepsRows();
    void updateKeepsKnownUsage();
    void usageText();

private:
    SessionFixture m_fx {QStringLiteral("agent-model")};
};

void tst_AgentListModel::initTestCase()
{
    QVERIFY2(m_fx.start({QStringLiteral("--seed"), QStringLiteral("7"),
                 QStringLiteral("--prospects"), QStringLiteral("50")}),
        qPrintable(m_fx.errorString()));
}

void tst_AgentListModel::init()
{
    QVERIFY2(m_fx.freshSession(), qPrintable(m_fx.errorString()));
}

void tst_AgentListModel::rowsAsListed()
{
    const HttpReply reply = m_fx.sandbox->call("GET", QStringLiteral("/agents"));
    QCOMPARE(reply.status, 200);
    const QJsonArray served = reply.json.array();
    QVERIFY(served.size() > 1);

    AgentListModel model(m_fx.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(AgentListModel::ColumnCount));
    model.load(false);
    QVERIFY(model.isLoading());
    QVERIFY(SessionFixture::waitLoaded(model));
    QVERIFY(model.errorText().isEmpty());
    QCOMPARE(model.rowCount(), int(served.size()));
    for (int r = 0; r < model.rowCount(); ++r) {
        const QJsonObject o = served.at(r).toObject();
        QCOMPARE(model.index(r, 0).data(AgentListModel::IdRole).toString(),
            o.value(QLatin1String("id")).toString());
        QCOMPARE(model.index(r, AgentListModel::NameColumn).data().toString(),
            o.value(QLatin1String("name")).toString());
        QCOMPARE(model.index(r, AgentListModel::StatusColumn).data().toString(),
            AgentListModel::statusLabel(o.value(QLatin1String("status")).toString()));
        // The list carries no usage: the usage columns say so instead of showing a zero.
        QCOMPARE(model.index(r, AgentListModel::InvitationsColumn).data().toString(),
            QStringLiteral("—"));
        QVERIFY(!model.index(r, AgentListModel::InvitationsColumn)
                     .data(AgentListModel::UsageFractionRole)
                     .isValid());
    }
    QCOMPARE(model.headerData(AgentListModel::InvitationsColumn, Qt::Horizontal).toString(),
        QStringLiteral("Invitations"));
    QVERIFY(model.headerData(AgentListModel::InvitationsColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("today")));
}

void tst_AgentListModel::usageAgainstDailyLimits()
{
    AgentListModel model(m_fx.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFetchesUsage(true);
    model.load(false);
    QVERIFY(SessionFixture::waitLoaded(model));
    const int rows = model.rowCount();
    QVERIFY(rows > 1);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(model.agents().cbegin(), model.agents().cend(),
                                 [](const Agent &a) { return a.usage.has_value(); }),
        20000);
    QCOMPARE(m_fx.sandbox->requestCount(QStringLiteral("GET /agents")), 1);
    QCOMPARE(m_fx.sandbox->requestCount(QStringLiteral("GET /agents/{id}")), rows);

    const QLocale locale;
    for (int r = 0; r < rows; ++r) {
        const QString id = model.agent(r).id;
        const HttpReply reply = m_fx.sandbox->call("GET", QStringLiteral("/agents/") + id);
        QCOMPARE(reply.status, 200);
        const QJsonObject o = reply.object();
        const QJsonObject usage = o.value(QLatin1String("usage")).toObject();
        const QJsonObject limits = o.value(QLatin1String("limits")).toObject();
        const int invUsed = usage.value(QLatin1String("invitationsDaily")).toInt();
        const int invMax = limits.value(QLatin1String("invitationsMax")).toInt();
        const int msgUsed = usage.value(QLatin1String("messagesDaily")).toInt();
        const int msgMax = limits.value(QLatin1String("messagesMax")).toInt();
        QVERIFY(invMax > 0);
        QCOMPARE(model.index(r, AgentListModel::InvitationsColumn).data().toString(),
            QStringLiteral("%1 / %2").arg(locale.toString(invUsed), locale.toString(invMax)));
        QCOMPARE(model.index(r, AgentListModel::MessagesColumn).data().toString(),
            QStringLiteral("%1 / %2").arg(locale.toString(msgUsed), locale.toString(msgMax)));
        QCOMPARE(model.index(r, AgentListModel::InvitationsColumn)
                     .data(AgentListModel::UsageFractionRole)
                     .toDouble(),
            double(invUsed) / invMax);
        QCOMPARE(model.index(r, AgentListModel::InvitationsColumn)
                     .data(AgentListModel::RawRole)
                     .toLongLong(),
            qint64(invUsed));
    }

    // A refresh asks again; the rows keep their usage meanwhile (no blinking to "—").
    QVERIFY(m_fx.sandbox->resetRequestCounts());
    model.load(true);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
    QVERIFY(model.agent(0).usage.has_value());
    QTRY_COMPARE_WITH_TIMEOUT(
        m_fx.sandbox->requestCount(QStringLiteral("GET /agents/{id}")), rows, 20000);
    QCOMPARE(m_fx.sandbox->requestCount(QStringLiteral("GET /agents")), 1);
}

void tst_AgentListModel::noUsageCallsUnlessAsked()
{
    AgentListModel model(m_fx.connection());
    model.load(true);
    QVERIFY(SessionFixture::waitLoaded(model));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(m_fx.sandbox->requestCount(QStringLiteral("GET /agents")), 1);
    QCOMPARE(m_fx.sandbox->requestCount(QStringLiteral("GET /agents/{id}")), 0);
}

void tst_AgentListModel::cachedAnswerCostsNoCall()
{
    AgentListModel second(m_fx.connection());
    QVERIFY(m_fx.secondLoadFromCache(second, QStringLiteral("GET /agents")));
}

void tst_AgentListModel::failedRefreshKeepsRows()
{
    AgentListModel model(m_fx.connection());
    model.load(false);
    QVERIFY(SessionFixture::waitLoaded(model));
    const int rows = model.rowCount();
    QVERIFY(rows > 0);
    QVERIFY(
        m_fx.sandbox->injectFault(QJsonObject {{QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("path"), QStringLiteral("/v1/agents")},
            {QStringLiteral("kind"), QStringLiteral("malformed")}, {QStringLiteral("count"), 5}}));
    QSignalSpy failed(&model, &ServerListModel::loadFailed);
    model.load(true);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QVERIFY(!model.isLoading());
    QVERIFY(!model.errorText().isEmpty());
    QCOMPARE(model.rowCount(), rows);
    QVERIFY(m_fx.sandbox->clearFaults());
}

void tst_AgentListModel::updateKeepsKnownUsage()
{
    AgentListModel model(m_fx.connection());
    model.setFetchesUsage(true);
    model.load(false);
    QVERIFY(SessionFixture::waitLoaded(model));
    QTRY_VERIFY_WITH_TIMEOUT(model.agent(0).usage.has_value(), 20000);
    const qint64 used = model.agent(0).usage->invitationsDaily;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Agent a = model.agent(0);
    a.usage.reset();
    a.status = QStringLiteral("paused");
    model.updateAgent(a);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.agent(0).status, QStringLiteral("paused"));
    QVERIFY(model.agent(0).usage.has_value());
    QCOMPARE(model.agent(0).usage->invitationsDaily, used);
    // An unknown id changes nothing.
    a.id = QStringLiteral("no-such-agent");
    model.updateAgent(a);
    QCOMPARE(changed.count(), 1);
}

void tst_AgentListModel::usageText()
{
    const QLocale locale;
    QCOMPARE(AgentListModel::usageText(std::nullopt, 40), QStringLiteral("—"));
    QCOMPARE(AgentListModel::usageText(12, 40),
        QStringLiteral("%1 / %2").arg(locale.toString(12), locale.toString(40)));
    QCOMPARE(AgentListModel::usageText(12, 0), locale.toString(12));
}

QTEST_MAIN(tst_AgentListModel)
#include "tst_agentlistmodel.moc"
