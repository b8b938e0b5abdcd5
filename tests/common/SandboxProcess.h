// Starts a real kakiyo-sandbox ($KAKIYO_SANDBOX_BIN) as a child process for a test, reads its
// start-up line (port, key, admin token) and offers synchronous admin calls (faults, request
// counts, credits). The process is killed in the destructor.
#pragma once

#include "HttpProbe.h"

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace kakiyo::test {

class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &extraArgs = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    bool start(int timeoutMs = 20000); // false + errorString() on failure
    void stop();
    bool isRunning() const;
    QString errorString() const;

    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1
    QUrl rootUrl() const; // http://127.0.0.1:PORT
    quint16 port() const { return m_port; }
    QString apiKey() const { return m_apiKey; }
    QString teamId() const { return m_teamId; }
    QString adminToken() const { return m_adminToken; }
    QString profile() const { return m_profile; }
    QJsonObject startupInfo() const { return m_hello; }
    // baseUrl() + path (path starts with '/'; may carry a query).
    QUrl url(const QString &path) const;
    // One authenticated API call (body sent as compact JSON unless undefined), synchronous.
    HttpReply call(const QByteArray &method, const QString &path,
        const QJsonValue &body = QJsonValue(QJsonValue::Undefined)) const;

    // Admin helpers, synchronous (own QNetworkAccessManager + local event loop):
    bool injectFault(const QJsonObject &fault); // POST /__admin/faults
    bool clearFaults();
    QJsonObject requestCounts(); // GET /__admin/requests
    int requestCount(const QString &route); // e.g. "GET /prospects/search"
    bool resetRequestCounts();
    bool setCredits(qint64 credits);
    bool setSubscriptionActive(bool active);
    bool resetRateLimits(); // DELETE /__admin/rate-limits
    QJsonObject adminState();
    // Generic admin call; returns the HTTP status (0 on network failure) and the JSON body.
    int admin(const QByteArray &method, const QString &path, const QJsonObject &body = {},
        QJsonObject *reply = nullptr);

    QByteArray stderrLog() const; // everything the sandbox wrote to stderr so far

private:
    QStringList m_args;
    mutable QProcess m_process;
    mutable QByteArray m_stderr;
    QString m_error;
    QJsonObject m_hello;
    quint16 m_port = 0;
    QString m_apiKey;
    QString m_teamId;
    QString m_adminToken;
    QString m_profile;
};

} // namespace kakiyo::test
