#include "SandboxProcess.h"

#include "HttpProbe.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcessEnvironment>

namespace kakiyo::test {

SandboxProcess::SandboxProcess(const QStringList &extraArgs)
    : m_args(extraArgs)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // Drain stderr as it comes so the child never blocks on a full pipe.
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
        [this] { m_stderr += m_process.readAllStandardError(); });
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool SandboxProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QString SandboxProcess::errorString() const
{
    return m_error;
}

bool SandboxProcess::start(int timeoutMs)
{
    const QString program = qEnvironmentVariable("KAKIYO_SANDBOX_BIN");
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        m_error = QStringLiteral("KAKIYO_SANDBOX_BIN is not set to an executable (\"%1\")")
                      .arg(program);
        return false;
    }
    QStringList args = m_args;
    if (!args.contains(QStringLiteral("--port")))
        args << QStringLiteral("--port") << QStringLiteral("0");
    m_process.start(program, args);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("Could not start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    QByteArray out;
    const QDeadlineTimer deadline(timeoutMs);
    while (!out.contains('\n')) {
        if (deadline.hasExpired() || m_process.state() != QProcess::Running) {
            m_stderr += m_process.readAllStandardError();
            m_error = QStringLiteral("kakiyo-sandbox printed no start-up line (%1): %2")
                          .arg(m_process.state() == QProcess::Running ? QStringLiteral("timeout")
                                                                      : QStringLiteral("exited"),
                              QString::fromUtf8(m_stderr.right(2000)));
            stop();
            return false;
        }
        m_process.waitForReadyRead(
            int(std::max<qint64>(1, std::min<qint64>(200, deadline.remainingTime()))));
        out += m_process.readAllStandardOutput();
    }
    const QByteArray line = out.left(out.indexOf('\n'));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (!doc.isObject()) {
        m_error = QStringLiteral("Start-up line is not JSON: %1").arg(QString::fromUtf8(line));
        stop();
        return false;
    }
    m_hello = doc.object();
    m_port = quint16(m_hello.value("port").toInt());
    m_apiKey = m_hello.value("apiKey").toString();
    m_teamId = m_hello.value("teamId").toString();
    m_adminToken = m_hello.value("adminToken").toString();
    m_profile = m_hello.value("profile").toString();
    if (m_port == 0 || m_apiKey.isEmpty()) {
        m_error
            = QStringLiteral("Start-up line lacks port or apiKey: %1").arg(QString::fromUtf8(line));
        stop();
        return false;
    }
    return true;
}

QUrl SandboxProcess::rootUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QUrl SandboxProcess::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port));
}

QUrl SandboxProcess::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1%2").arg(m_port).arg(path));
}

HttpReply SandboxProcess::call(
    const QByteArray &method, const QString &path, const QJsonValue &body) const
{
    if (body.isUndefined())
        return HttpProbe::send(method, url(path), m_apiKey);
    return HttpProbe::sendJson(method, url(path), m_apiKey, body);
}

int SandboxProcess::admin(
    const QByteArray &method, const QString &path, const QJsonObject &body, QJsonObject *reply)
{
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/__admin%2").arg(m_port).arg(path));
    const QByteArray payload = (method == "GET" || method == "DELETE") && body.isEmpty()
        ? QByteArray()
        : QJsonDocument(body).toJson(QJsonDocument::Compact);
    const HttpReply r = HttpProbe::send(
        method, url, {}, payload, {{"X-Admin-Token", m_adminToken.toUtf8()}}, 10000);
    if (reply)
        *reply = r.json.object();
    return r.status;
}

bool SandboxProcess::injectFault(const QJsonObject &fault)
{
    return admin("POST", QStringLiteral("/faults"), fault) == 201;
}

bool SandboxProcess::clearFaults()
{
    return admin("DELETE", QStringLiteral("/faults")) == 200;
}

QJsonObject SandboxProcess::requestCounts()
{
    QJsonObject reply;
    admin("GET", QStringLiteral("/requests"), {}, &reply);
    return reply;
}

int SandboxProcess::requestCount(const QString &route)
{
    return requestCounts().value("byRoute").toObject().value(route).toInt();
}

bool SandboxProcess::resetRequestCounts()
{
    return admin("DELETE", QStringLiteral("/requests")) == 200;
}

bool SandboxProcess::setCredits(qint64 credits)
{
    return admin("PUT", QStringLiteral("/credits"), QJsonObject {{"credits", double(credits)}})
        == 200;
}

bool SandboxProcess::setSubscriptionActive(bool active)
{
    return admin("PUT", QStringLiteral("/subscription"), QJsonObject {{"active", active}}) == 200;
}

bool SandboxProcess::resetRateLimits()
{
    return admin("DELETE", QStringLiteral("/rate-limits")) == 200;
}

QJsonObject SandboxProcess::adminState()
{
    QJsonObject reply;
    admin("GET", QStringLiteral("/state"), {}, &reply);
    return reply;
}

QByteArray SandboxProcess::stderrLog() const
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

} // namespace kakiyo::test
