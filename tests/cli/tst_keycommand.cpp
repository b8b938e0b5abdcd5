// `kakiyo-desk key set|status|remove` end to end: the real binary against a real kakiyo-sandbox
// and a real (throw-away) Secret Service keyring — this test runs inside
// tests/scripts/with-keyring.sh, which also gives it a fresh HOME.
#include "common/SandboxProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QtTest>

using kakiyo::test::SandboxProcess;

class tst_KeyCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void setStatusRemove();
    void badFormatStoresNothing_data();
    void badFormatStoresNothing();
    void wrongKeyIsRefused();
    void keyOnCommandLineIsRefused();
    void keyNeverWrittenUnderHome();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run desk(const QStringList &args, const QByteArray &input = {});
    void expectNoKeyIn(const Run &r, const QString &key);

    SandboxProcess m_sandbox;
    QStringList m_keysUsed;
};

void tst_KeyCommand::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("KAKIYO_DESK_BIN"), "KAKIYO_DESK_BIN is not set");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_keysUsed << m_sandbox.apiKey();
}

tst_KeyCommand::Run tst_KeyCommand::desk(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KAKIYO_API_KEY"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("KAKIYO_DESK_BIN"), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void tst_KeyCommand::expectNoKeyIn(const Run &r, const QString &key)
{
    QVERIFY2(!r.out.contains(key.toUtf8()), "the key appeared on stdout");
    QVERIFY2(!r.err.contains(key.toUtf8()), "the key appeared on stderr");
}

void tst_KeyCommand::setStatusRemove()
{
    const QString url = m_sandbox.baseUrl().toString();
    const QString key = m_sandbox.apiKey();
    const QStringList where
        = {QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("--base-url"), url};

    Run r = desk(QStringList {QStringLiteral("key"), QStringLiteral("set")} + where,
        "  " + key.toUtf8() + "\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(m_sandbox.teamId().toUtf8()), r.out.constData());
    expectNoKeyIn(r, key);

    // status: the profile remembers the base URL, shows the redacted key and verifies it live.
    QVERIFY(m_sandbox.resetRequestCounts());
    r = desk({QStringLiteral("key"), QStringLiteral("status"), QStringLiteral("--profile"),
        QStringLiteral("work")});
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    QVERIFY2(r.out.contains(url.toUtf8()), r.out.constData());
    QVERIFY2(r.out.contains("Verify: ok"), r.out.constData());
    QVERIFY2(r.out.contains(key.left(4).toUtf8()), r.out.constData());
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("GET /verify")), 1);
    expectNoKeyIn(r, key);

    r = desk({QStringLiteral("key"), QStringLiteral("remove"), QStringLiteral("--profile"),
        QStringLiteral("work")});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = desk({QStringLiteral("key"), QStringLiteral("status"), QStringLiteral("--profile"),
        QStringLiteral("work")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("none stored"), r.out.constData());
}

void tst_KeyCommand::badFormatStoresNothing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("empty") << QByteArray() << QByteArray("no key");
    QTest::newRow("short") << QByteArray("abc123") << QByteArray("kakiyo-desk:");
    QTest::newRow("symbols") << QByteArray(40, '$') << QByteArray("kakiyo-desk:");
    QTest::newRow("too long") << QByteArray(41, 'a') << QByteArray("kakiyo-desk:");
}

void tst_KeyCommand::badFormatStoresNothing()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, message);
    QVERIFY(m_sandbox.resetRequestCounts());
    const Run r = desk(
        {QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("--profile"),
            QStringLiteral("bad"), QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()},
        input);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), r.err.constData());
    if (!input.isEmpty())
        QVERIFY2(!r.err.contains(input), "the malformed input was echoed");
    // Checked locally: no call, and no profile was created.
    QCOMPARE(m_sandbox.requestCounts().value(QStringLiteral("total")).toInt(), 0);
    const Run status = desk({QStringLiteral("key"), QStringLiteral("status"),
        QStringLiteral("--profile"), QStringLiteral("bad")});
    QVERIFY2(status.out.contains("not created yet"), status.out.constData());
}

void tst_KeyCommand::wrongKeyIsRefused()
{
    const QString wrong = m_sandbox.teamId() + QStringLiteral("WRONGWRONGWRONGWRONG");
    m_keysUsed << wrong;
    const Run r = desk(
        {QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("--profile"),
            QStringLiteral("wrong"), QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()},
        wrong.toUtf8());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("401"), r.err.constData());
    expectNoKeyIn(r, wrong);
    const Run status = desk({QStringLiteral("key"), QStringLiteral("status"),
        QStringLiteral("--profile"), QStringLiteral("wrong")});
    QCOMPARE(status.exitCode, 1);
    QVERIFY2(!status.out.contains("Verify: ok"), status.out.constData());
}

void tst_KeyCommand::keyOnCommandLineIsRefused()
{
    const Run r = desk({QStringLiteral("key"), QStringLiteral("set"), m_sandbox.apiKey()});
    QCOMPARE(r.exitCode, 2);
    expectNoKeyIn(r, m_sandbox.apiKey());
}

void tst_KeyCommand::keyNeverWrittenUnderHome()
{
    // Runs last: every file the commands above left in the wrapper's throw-away folder (HOME
    // and the XDG config/data/cache folders beside it: settings, cache) is free of every key
    // used. The keyring's own file is encrypted.
    const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    QVERIFY2(!config.isEmpty(), "run inside tests/scripts/with-keyring.sh");
    const QString home = QFileInfo(config).absolutePath();
    QVERIFY(QDir::homePath().startsWith(home));
    int files = 0;
    QDirIterator it(
        home, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.readAll();
        ++files;
        for (const QString &key : std::as_const(m_keysUsed))
            QVERIFY2(!content.contains(key.toUtf8()), qPrintable(path));
    }
    QVERIFY(files > 0); // at least the profiles' settings file
}

QTEST_GUILESS_MAIN(tst_KeyCommand)
#include "tst_keycommand.moc"
