#pragma once
// ApiClient: the app's only QNetworkAccessManager. It turns an ApiRequest into HTTPS with the
// bearer key, JSON body, User-Agent "KakiyoDesk/<version>", two time limits (an idle transfer
// timeout, and an overall deadline per request, because a server that drips one byte at a time
// resets the idle timer forever) and the
// same-origin redirect policy (the key never follows a redirect to another host), and turns the
// reply into one ApiResult. It refuses a plain-HTTP base URL unless the host is loopback, never
// ignores TLS errors, caps the body size, and deleteLater()s every reply.
//
// The key lives only in memory here; redact() masks it (and any bearer token) in text meant for
// logs, and nothing this class logs contains it.

#include "models/api/ApiError.h"
#include "models/api/Transport.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace kakiyo {

class ApiClient final : public QObject, public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // Returns an error of category Config (and keeps the old URL) for an unusable URL: not
    // http/https, no host, or plain http to a host that is not loopback.
    ApiError setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    static ApiError checkBaseUrl(const QUrl &baseUrl);

    void setApiKey(const QString &apiKey);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

    // Idle limit: no byte for this long ends the call (Timeout).
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    int transferTimeoutMs() const { return m_timeoutMs; }
    // Overall limit: a call that has not been fully answered this long after it left is aborted
    // (Timeout), however steadily bytes arrive. <= 0 = none.
    void setRequestDeadlineMs(int ms) { m_deadlineMs = ms; }
    int requestDeadlineMs() const { return m_deadlineMs; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    static QByteArray userAgent();
    // Text safe for a log: the current key, "Bearer <anything>" and Authorization values masked.
    QString redact(const QString &text) const;
    static QString redactSecret(const QString &text, const QString &secret);

    // Transport
    quint64 start(const ApiRequest &request, Done done) override;
    void abort(quint64 id) override;

    int inFlight() const { return int(m_calls.size()); }

private:
    struct Call
    {
        QPointer<QNetworkReply> reply;
        Done done;
        QTimer *deadline = nullptr; // owned by the reply
        bool timedOut = false;
        bool tooLarge = false;
        bool aborted = false;
    };

    void finished(quint64 id);
    void deliverLater(Done done, const ApiResult &result);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    int m_timeoutMs = 30000;
    int m_deadlineMs = 60000;
    qint64 m_maxBodyBytes = 32 * 1024 * 1024;
    quint64 m_nextId = 1;
    QHash<quint64, Call> m_calls;
};

} // namespace kakiyo
