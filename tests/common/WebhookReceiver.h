// A minimal HTTP endpoint on 127.0.0.1 that records what the sandbox delivers to a webhook URL
// (method, path, headers, raw body) and answers with a chosen status, for webhook tests.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace kakiyo::test {

struct ReceivedRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

class WebhookReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookReceiver)

public:
    explicit WebhookReceiver(QObject *parent = nullptr);
    bool listen();
    QUrl url(const QString &path = QStringLiteral("/hook")) const;
    void setReplyStatus(int status) { m_status = status; }
    const QList<ReceivedRequest> &received() const { return m_received; }
    void clear() { m_received.clear(); }

signals:
    void requestReceived();

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    QList<ReceivedRequest> m_received;
    int m_status = 200;
};

} // namespace kakiyo::test
