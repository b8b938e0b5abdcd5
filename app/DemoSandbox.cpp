#include "app/DemoSandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace kakiyo {

bool DemoConnection::fromJsonLine(const QByteArray &line, DemoConnection *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line.trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("the demo server's first line is not a JSON object");
        return false;
    }
    const QJsonObject o = doc.object();
    DemoConnection c;
    c.port = o.value(QLatin1String("port")).toInt();
    c.baseUrl = QUrl(o.value(QLatin1String("baseUrl")).toString());
    c.adminUrl = QUrl(o.value(QLatin1String("adminUrl")).toString());
    c.apiKey = o.value(QLatin1String("apiKey")).toString();
    c.adminToken = o.value(QLatin1String("adminToken")).toString();
    c.teamId = o.value(QLatin1String("teamId")).toString();
    c.profile = o.value(QLatin1String("profile")).toString();
    if (!c.baseUrl.isValid() || c.baseUrl.host().isEmpty()) {
        *error = QStringLiteral("the demo server did not say where it listens (baseUrl)");
        return false;
    }
    if (c.apiKey.size() != 40) {
        *error = QStringLiteral("the demo server announced no usable API key");
        return false;
    }
    if (c.port <= 0)
        c.port = c.baseUrl.port();
    *out = c;
    return true;
}

DemoSandbox::DemoSandbox(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // The request log on stderr is for developers; the demo user does not need it.
    m_process.setStandardErrorFile(QProcess::nullDevice());
    // If we die without running destructors (SIGKILL, crash), the kernel sends SIGTERM to the
    // child. Runs in the child between fork and exec: async-signal-safe calls only.
    const pid_t parentPid = ::getpid();
    m_process.setChildProcessModifier([parentPid] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parentPid) // parent already gone before prctl took effect
            ::_exit(1);
    });
    m_startTimeout.setSingleShot(true);
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("the demo server did not start within %1 s")
                 .arg(m_startTimeout.interval() / 1000));
        stop();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoSandbox::readAnnouncement);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(QStringLiteral("could not start the demo server (%1): %2")
                     .arg(m_process.program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        m_startTimeout.stop();
        if (m_stopping)
            return;
        const QString why = status == QProcess::CrashExit
            ? QStringLiteral("the demo server crashed")
            : QStringLiteral("the demo server exited (code %1)").arg(code);
        if (m_ready) {
            m_ready = false;
            emit lost(why);
        } else {
            fail(why + QStringLiteral(" before it was ready"));
        }
    });
}

DemoSandbox::~DemoSandbox()
{
    stop();
}

QString DemoSandbox::findProgram()
{
    const QString name = QStringLiteral("kakiyo-sandbox");
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    const QFileInfo info(beside);
    if (info.isFile() && info.isExecutable())
        return info.absoluteFilePath();
    return QStandardPaths::findExecutable(name);
}

QStringList DemoSandbox::defaultArguments()
{
    return {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
        QStringLiteral("7"), QStringLiteral("--prospects"), QStringLiteral("5000"),
        QStringLiteral("--import-delay-ms"), QStringLiteral("150"),
        // The demo team lives: one simulated hour per real minute (replies, alerts, ...).
        QStringLiteral("--activity"), QStringLiteral("60"), QStringLiteral("--quiet")};
}

void DemoSandbox::start(const QString &program, const QStringList &arguments)
{
    m_ready = false;
    m_failed = false;
    m_stopping = false;
    m_error.clear();
    m_stdout.clear();
    if (program.isEmpty()) {
        fail(QStringLiteral("kakiyo-sandbox was not found beside kakiyo-desk or on PATH"));
        return;
    }
    m_startTimeout.start(30000);
    m_process.start(program, arguments, QIODevice::ReadOnly);
}

bool DemoSandbox::waitUntilReady(int timeoutMs)
{
    if (m_ready)
        return true;
    if (m_failed)
        return false;
    QEventLoop loop;
    connect(this, &DemoSandbox::ready, &loop, &QEventLoop::quit);
    connect(this, &DemoSandbox::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!m_ready && !m_failed) {
        fail(QStringLiteral("the demo server did not start within %1 s").arg(timeoutMs / 1000));
        stop();
    }
    return m_ready;
}

void DemoSandbox::stop()
{
    m_startTimeout.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    m_ready = false;
}

void DemoSandbox::readAnnouncement()
{
    if (m_ready || m_failed || m_stopping) {
        m_process.readAllStandardOutput(); // stdout stays quiet after the first line; drain anyway
        return;
    }
    m_stdout += m_process.readAllStandardOutput();
    const qsizetype nl = m_stdout.indexOf('\n');
    if (nl < 0) {
        if (m_stdout.size() > 64 * 1024) {
            fail(QStringLiteral("the demo server wrote an unexpected first line"));
            stop();
        }
        return;
    }
    QString error;
    DemoConnection c;
    const QByteArray line = m_stdout.left(nl);
    m_stdout.clear();
    if (!DemoConnection::fromJsonLine(line, &c, &error)) {
        fail(error);
        stop();
        return;
    }
    m_startTimeout.stop();
    m_connection = c;
    m_ready = true;
    emit ready();
}

void DemoSandbox::fail(const QString &message)
{
    if (m_failed || m_ready)
        return;
    m_failed = true;
    m_error = message;
    emit failed(message);
}

} // namespace kakiyo
