// `kakiyo-desk watch --once` end to end: the real binary against a real kakiyo-sandbox, in a
// throw-away HOME. Two runs with three replies and one agent alert injected between them: the
// second reports exactly those four as new (exit 3), the first none of them; every run says on
// stderr how many calls it spent, and that stays within the bound.
#include "common/DeskProcess.h"
#include "common/HttpProbe.h"
#include "common/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using kakiyo::test::HttpReply;
using kakiyo::test::SandboxProcess;

class tst_WatchCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secondRunReportsExactlyWhatHappened();
    void workspacesAreWatchedApart();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run : kakiyo::test::DeskRun
    {
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
        int calls() const
        {
            const QRegularExpression re(QStringLiteral("watch: (\\d+) calls"));
            const auto m = re.match(QString::fromUtf8(err));
            return m.hasMatch() ? m.captured(1).toInt() : -1;
        }
    };
    Run watch(const QStringList &extra);
    static QSet<QString> ids(const QJsonArray &alerts);

    SandboxProcess m_sandbox {{QStringLiteral("--prospects"), QStringLiteral("300"),
        QStringLiteral("--seed"), QStringLiteral("13"), QStringLiteral("--quiet")}};
    QTemporaryDir m_home;
};

void tst_WatchCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("KAKIYO_DESK_BIN"), "KAKIYO_DESK_BIN is not set");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

tst_WatchCommand::Run tst_WatchCommand::watch(const QStringList &extra)
{
    return {kakiyo::test::runDesk(m_home.path(),
        QStringList {
            QStringLiteral("watch"), QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()}
            + extra,
        m_sandbox.apiKey())};
}

QSet<QString> tst_WatchCommand::ids(const QJsonArray &alerts)
{
    QSet<QString> out;
    for (const QJsonValue &a : alerts)
        out.insert(a.toObject().value("id").toString());
    return out;
}

void tst_WatchCommand::secondRunReportsExactlyWhatHappened()
{
    QVERIFY(m_sandbox.resetRequestCounts());
    const Run first = watch({QStringLiteral("--once"), QStringLiteral("--json")});
    QVERIFY2(first.exitCode == 0 || first.exitCode == 3, first.err.constData());
    QCOMPARE(first.calls(), 4);
    QCOMPARE(m_sandbox.requestCounts().value("total").toInt(), 4); // what it printed is true
    const QJsonObject before = first.json();
    QVERIFY2(before.value("new").isArray(), first.out.constData());

    QStringList chats;
    for (int i = 0; i < 3; ++i) {
        QJsonObject applied;
        QCOMPARE(m_sandbox.admin("POST", "/events", {{"type", "reply"}}, &applied), 201);
        chats << applied.value("chatId").toString();
    }
    QJsonObject agentEvent;
    QCOMPARE(m_sandbox.admin("POST", "/events", {{"type", "agent-alert"}, {"kind", "restriction"}},
                 &agentEvent),
        201);
    const QString agentId = agentEvent.value("agentId").toString();

    // None of them was in the first run's report.
    for (const QJsonValue &v : before.value("current").toArray()) {
        const QString subject = v.toObject().value("subjectId").toString();
        QVERIFY(!chats.contains(subject));
        QVERIFY(
            !(subject == agentId && v.toObject().value("kind").toString() == u"agent-attention"));
    }

    QVERIFY(m_sandbox.resetRequestCounts());
    const Run second = watch({QStringLiteral("--once"), QStringLiteral("--json")});
    QVERIFY2(second.exitCode == 3, second.err.constData());
    QCOMPARE(second.calls(), 4);
    QCOMPARE(m_sandbox.requestCounts().value("total").toInt(), 4);
    const QJsonArray fresh = second.json().value("new").toArray();
    QCOMPARE(fresh.size(), 4);
    QSet<QString> replies;
    int agentAlerts = 0;
    for (const QJsonValue &v : fresh) {
        const QJsonObject a = v.toObject();
        if (a.value("kind").toString() == u"new-reply")
            replies.insert(a.value("subjectId").toString());
        else if (a.value("kind").toString() == u"agent-attention"
            && a.value("subjectId").toString() == agentId)
            ++agentAlerts;
    }
    QCOMPARE(replies, QSet<QString>(chats.cbegin(), chats.cend()));
    QCOMPARE(agentAlerts, 1);
    // The new ones are current too; the first run's were not new again.
    QVERIFY(ids(second.json().value("current").toArray()).contains(ids(fresh)));
    QVERIFY(!ids(fresh).intersects(ids(before.value("new").toArray())));

    // A third run with nothing happening: nothing new, exit 0, plain text works too.
    const Run third = watch({QStringLiteral("--once")});
    QVERIFY2(third.exitCode == 0, third.err.constData() + third.out);
    QVERIFY2(third.out.startsWith("0 new"), third.out.constData());
}

void tst_WatchCommand::workspacesAreWatchedApart()
{
    // A workspace of the sandbox's own, by name: its state is kept apart from the team's.
    const HttpReply listed = m_sandbox.call("GET", QStringLiteral("/workspaces"));
    QCOMPARE(listed.status, 200);
    const QJsonObject first = listed.json.object().value("workspaces").toArray().first().toObject();
    const QString id = first.value("id").toString();
    QVERIFY(!id.isEmpty());
    const Run a = watch({QStringLiteral("--once"), QStringLiteral("--json"),
        QStringLiteral("--workspace"), first.value("name").toString()});
    QVERIFY2(a.exitCode == 0 || a.exitCode == 3, a.err.constData());
    QCOMPARE(a.json().value("workspace").toString(), id);
    const Run again = watch(
        {QStringLiteral("--once"), QStringLiteral("--json"), QStringLiteral("--workspace"), id});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(again.json().value("new").toArray().size(), 0);

    // An unknown workspace is a wrong command line, said clearly, before any refresh.
    const Run unknown = watch({QStringLiteral("--once"), QStringLiteral("--workspace"),
        QStringLiteral("no-such-client")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("no workspace \"no-such-client\""), unknown.err.constData());
}

void tst_WatchCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown") << QStringList {QStringLiteral("--once"), QStringLiteral("--bogus")};
    QTest::newRow("no workspace") << QStringList {QStringLiteral("--workspace")};
    QTest::newRow("bad interval") << QStringList {
        QStringLiteral("--interval"), QStringLiteral("0")};
}

void tst_WatchCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QVERIFY(m_sandbox.resetRequestCounts());
    const Run r = watch(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("Usage: kakiyo-desk watch"));
    QCOMPARE(m_sandbox.requestCounts().value("total").toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_WatchCommand)
#include "tst_watchcommand.moc"
