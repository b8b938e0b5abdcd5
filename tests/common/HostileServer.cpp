#include "HostileServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>
#include <sys/socket.h>

namespace kakiyo::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 302:
        return "Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

QByteArray head(const HostileReply &reply, qint64 contentLength)
{
    QByteArray h = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status)
        + "\r\n";
    bool typed = false;
    for (const auto &[name, value] : reply.headers) {
        h += name + ": " + value + "\r\n";
        typed = typed || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!typed)
        h += "Content-Type: application/json\r\n";
    h += "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
    return h;
}

// Closes with RST instead of FIN: the peer sees "connection reset by peer".
void resetConnection(QTcpSocket *socket)
{
    struct linger hard = {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

} // namespace

QString HostileRequest::route() const
{
    QByteArray p = path;
    if (p.startsWith("/v1"))
        p = p.mid(3);
    return QString::fromLatin1(method + ' ' + p);
}

HostileReply HostileReply::json(int status, const QJsonValue &body)
{
    QJsonDocument doc
        = body.isArray() ? QJsonDocument(body.toArray()) : QJsonDocument(body.toObject());
    return bytes(status, doc.toJson(QJsonDocument::Compact));
}

HostileReply HostileReply::bytes(int status, const QByteArray &body, const QByteArray &contentType)
{
    HostileReply r;
    r.status = status;
    r.body = body;
    r.addHeader(QByteArrayLiteral("Content-Type"), contentType);
    return r;
}

HostileServer::HostileServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            m_buffers.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

HostileServer::~HostileServer()
{
    m_server.close();
}

bool HostileServer::listen(const QHostAddress &address)
{
    return m_server.listen(address, 0);
}

QUrl HostileServer::baseUrl(const QString &host) const
{
    return QUrl(QStringLiteral("http://%1:%2/v1").arg(host).arg(m_server.serverPort()));
}

void HostileServer::resetCounts()
{
    m_total = 0;
    m_byRoute.clear();
}

void HostileServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        HostileRequest request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        const QByteArray target = first.value(1);
        const qsizetype q = target.indexOf('?');
        request.path = q < 0 ? target : target.left(q);
        request.query = q < 0 ? QByteArray() : target.mid(q + 1);
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        ++m_total;
        ++m_byRoute[request.route()];
        emit requestReceived(request.route());
        answer(socket, request);
        if (!m_buffers.contains(socket))
            return; // closed while answering
    }
}

void HostileServer::answer(QTcpSocket *socket, const HostileRequest &request)
{
    const HostileReply reply = m_handler ? m_handler(request) : HostileReply::json(404, {});
    switch (reply.kind) {
    case HostileReply::Kind::Answer:
        socket->write(
            head(reply, reply.contentLength >= 0 ? reply.contentLength : reply.body.size())
            + reply.body);
        if (reply.contentLength >= 0 && reply.contentLength != reply.body.size())
            socket->disconnectFromHost(); // the rest never comes
        return;
    case HostileReply::Kind::Drip: {
        const QByteArray all = head(reply, reply.body.size()) + reply.body;
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        QPointer<QTcpSocket> guard(socket);
        connect(timer, &QTimer::timeout, socket, [guard, timer, all, sent] {
            if (!guard || *sent >= all.size()) {
                timer->stop();
                return;
            }
            guard->write(all.mid((*sent)++, 1));
        });
        timer->start(reply.dripMs);
        return;
    }
    case HostileReply::Kind::Reset: {
        const QByteArray all = head(reply, reply.body.size() + 1000) + reply.body;
        socket->write(all);
        socket->flush();
        m_buffers.remove(socket);
        // A moment later, so the head is on the wire before the reset.
        QTimer::singleShot(50, socket, [socket] { resetConnection(socket); });
        return;
    }
    case HostileReply::Kind::Raw:
        socket->write(reply.body);
        socket->disconnectFromHost();
        return;
    case HostileReply::Kind::Hang:
        return;
    }
}

} // namespace kakiyo::test
