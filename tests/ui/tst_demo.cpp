// `--demo`: the first-run "Try the demo" button starts a real kakiyo-sandbox child and connects
// to it; the child goes away when the app does — on a normal exit, on SIGTERM, and even when the
// app is killed outright (PR_SET_PDEATHSIG).
#include "DeskFixture.h"
#include "app/DemoSandbox.h"
#include "ui/shell/Theme.h"
#include "ui/shell/WelcomePage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <csignal>
#include <sys/types.h>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    // A zombie is dead for our purposes; /proc/<pid>/stat says "Z".
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.size() > close + 2 && line.at(close + 2) != 'Z';
}

// Children of pid, from /proc/<pid>/task/*/children.
QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> out;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &t : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks.filePath(t + QStringLiteral("/children")));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &c : f.readAll().split(' ')) {
            if (!c.trimmed().isEmpty())
                out << c.trimmed().toLongLong();
        }
    }
    return out;
}

} // namespace

class tst_Demo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void announcement_data();
    void announcement();
    void tryTheDemoButton();
    void missingProgramSaysSo();
    void childStopsWithTheApp_data();
    void childStopsWithTheApp();
};

void tst_Demo::initTestCase()
{
    isolateSettings();
    Theme::apply(qApp, Theme::Scheme::Light);
}

void tst_Demo::announcement_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("ok");
    const QByteArray key(40, 'a');
    QTest::newRow("documented") << QByteArray(
        "{\"port\":41234,\"baseUrl\":\"http://127.0.0.1:41234/v1\",\"adminUrl\":\"http://"
        "127.0.0.1:41234/__admin\",\"apiKey\":\""
        + key
        + "\",\"teamId\":\"aaaaaaaaaaaaaaaaaaaa\",\"adminToken\":\"t\",\"profile\":\"help-"
          "centre\"}") << true;
    QTest::newRow("extra keys ignored") << QByteArray(
        "{\"baseUrl\":\"http://127.0.0.1:1/v1\",\"apiKey\":\"" + key + "\",\"new\":1}")
                                        << true;
    QTest::newRow("not json") << QByteArray("listening on 41234") << false;
    QTest::newRow("array") << QByteArray("[1,2]") << false;
    QTest::newRow("no baseUrl") << QByteArray("{\"apiKey\":\"" + key + "\"}") << false;
    QTest::newRow("short key") << QByteArray(
        "{\"baseUrl\":\"http://127.0.0.1:1/v1\",\"apiKey\":\"abc\"}")
                               << false;
}

void tst_Demo::announcement()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, ok);
    DemoConnection c;
    QString error;
    QCOMPARE(DemoConnection::fromJsonLine(line, &c, &error), ok);
    if (ok) {
        QCOMPARE(c.apiKey.size(), 40);
        QCOMPARE(c.baseUrl.host(), QStringLiteral("127.0.0.1"));
    } else {
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(QLatin1String("aaaaaaaaaa"))); // never the key
    }
}

void tst_Demo::tryTheDemoButton()
{
    QTemporaryDir cache;
    qint64 pid = 0;
    {
        Desk desk(LaunchOptions {}, cache.path());
        desk.start(false);
        QVERIFY(desk.window()->isWelcomeShown());
        // The tests run from bin/, where kakiyo-sandbox is built: found beside the executable.
        QCOMPARE(DemoSandbox::findProgram(),
            QFileInfo(qEnvironmentVariable("KAKIYO_SANDBOX_BIN")).absoluteFilePath());
        desk.window()->findChild<QPushButton *>(QStringLiteral("tryDemoButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(desk.isConnected(), 60000);
        QVERIFY(!desk.window()->isWelcomeShown());
        pid = desk.demo()->processId();
        QVERIFY(processAlive(pid));
        // The key came from the child's stdout, never its command line.
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        QVERIFY(!cmdline.readAll().contains(desk.demo()->connection().apiKey.toUtf8()));
        desk.window()->goTo(MainWindow::PageId::Campaigns);
        QTRY_VERIFY_WITH_TIMEOUT(desk.window()->currentPage()->updatedAt().isValid(), 20000);
    }
    QTRY_VERIFY(!processAlive(pid));
}

void tst_Demo::missingProgramSaysSo()
{
    DemoSandbox demo;
    QSignalSpy failed(&demo, &DemoSandbox::failed);
    demo.start(QStringLiteral("/nonexistent/kakiyo-sandbox"));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(demo.errorString().contains(QLatin1String("could not start")));
    DemoSandbox none;
    none.start(QString());
    QVERIFY(none.errorString().contains(QLatin1String("not found")));
}

void tst_Demo::childStopsWithTheApp_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM (orderly quit)") << int(SIGTERM);
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
    QTest::newRow("SIGKILL (no chance to clean up)") << int(SIGKILL);
}

void tst_Demo::childStopsWithTheApp()
{
    QFETCH(int, signalNumber);
    const QString desk = qEnvironmentVariable("KAKIYO_DESK_BIN");
    QVERIFY(QFileInfo::exists(desk));
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
        QDir::temp().filePath(QStringLiteral("kakiyo-demo-test-config")));
    app.setProcessEnvironment(env);
    app.start(desk, {QStringLiteral("--demo")});
    QVERIFY(app.waitForStarted());
    // Qt may start helpers of its own (dbus-launch); pick the sandbox by its command line.
    const auto sandboxChild = [&app]() -> qint64 {
        for (const qint64 pid : childrenOf(app.processId())) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains("kakiyo-sandbox"))
                return pid;
        }
        return 0;
    };
    qint64 child = 0;
    QTRY_VERIFY_WITH_TIMEOUT((child = sandboxChild()) != 0, 30000);
    QVERIFY(processAlive(child));
    ::kill(pid_t(app.processId()), signalNumber);
    QVERIFY(app.waitForFinished(15000));
    if (signalNumber != SIGKILL) {
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(child), 10000);
}

QTEST_MAIN(tst_Demo)
#include "tst_demo.moc"
