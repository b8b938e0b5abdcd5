// HostileServer: a misbehaving stand-in for the Kakiyo API on 127.0.0.1, for the hostile-server
// tests. A QTcpServer speaking just enough HTTP/1.1 to read requests (keep-alive included) and
// answer each with what the test's handler says: a normal answer, an answer dripped one byte at a
// time, a connection reset mid-answer, raw bytes that are not valid HTTP, or nothing at all. It
// counts requests per route ("GET /prospects/search", path without the /v1 prefix) so tests can
// bound how many calls a command spends.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>
#include <functional>

class QTcpSocket;

namespace kakiyo::test {

struct HostileRequest
{
    QByteArray method;
    QByteArray path; // without the query, with the /v1 prefix as sent
    QByteArray query;
    QByteArray body;
    QString route() const; // "GET /prospects/search"
};

struct HostileReply
{
    enum class Kind
    {
        Answer, // status, headers, body, all at once
        Drip, // the same, one byte every dripMs
        Reset, // the head and part of the body, then a TCP reset
        Raw, // `body` as it is (not HTTP), then close
        Hang, // read the request, never answer
    };
    Kind kind = Kind::Answer;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int dripMs = 2000;
    // Answer only: say this Content-Length instead of the body's (a truncated answer).
    qint64 contentLength = -1;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }

    static HostileReply json(int status, const QJsonValue &body);
    static HostileReply bytes(int status, const QByteArray &body,
        const QByteArray &contentType = QByteArrayLiteral("application/json"));
};

class HostileServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileServer)

public:
    using Handler = std::function<HostileReply(const HostileRequest &)>;

    explicit HostileServer(QObject *parent = nullptr);
    ~HostileServer() override;

    // `host` 127.0.0.1 by default; the API lives under /v1 like the real one.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    QUrl baseUrl(const QString &host = QStringLiteral("127.0.0.1")) const;
    quint16 port() const { return m_server.serverPort(); }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    int requests() const { return m_total; }
    int requests(const QString &route) const { return m_byRoute.value(route); }
    void resetCounts();

signals:
    void requestReceived(const QString &route);

private:
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const HostileRequest &request);

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_total = 0;
    QHash<QString, int> m_byRoute;
};

} // namespace kakiyo::test
