// The webhook test tools in one window: the event catalogue — the test catalogue of GET
// /webhooks/test/events (the legacy names, with their description and category) and the
// subscribable events of GET /webhooks/events — and, for the event chosen, the example payload of
// GET /webhooks/test/example/{event} as indented JSON to read or copy. A subscribable event can
// then be sent to the team's webhooks with that example's data (POST /webhooks/test); the legacy
// names cannot (the API refuses them there), and the window says so instead of offering it.
// Every request goes through WebhooksApi and the scheduler; the catalogue and the examples come
// from the cache when asked before.
#pragma once

#include "models/domain/Webhook.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace kakiyo {

class Connection;

class WebhookExamplesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookExamplesDialog)

public:
    explicit WebhookExamplesDialog(Connection *session, QWidget *parent = nullptr);

    QTreeWidget *eventTree() const { return m_tree; }
    QPlainTextEdit *payloadView() const { return m_payload; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *sendButton() const { return m_send; }

    bool catalogueLoaded() const { return m_pendingLists == 0; }
    // Event ids of each list, as shown.
    QStringList testEventIds() const;
    QStringList subscribableEventIds() const;
    // Shows this event's example (asks the server unless the cache has it).
    bool selectEvent(const QString &id);
    QString shownEvent() const { return m_shown; }
    bool isLoadingExample() const { return m_loadingExample; }
    QString payloadText() const;
    QString exampleState() const;
    // Sends the shown example as a test event (subscribable events only).
    void sendShown();
    bool isSending() const { return m_sending; }
    QString sendResult() const;
    // Puts the payload on the clipboard.
    void copyPayload();

signals:
    void exampleShown(bool ok);
    void sent(bool ok);

private:
    void loadCatalogue();
    void addEvents(QTreeWidgetItem *group, const QList<WebhookEvent> &events, bool subscribable);
    void showExample(const QString &id);
    void setExampleState(const QString &text, bool error);
    void setSendResult(const QString &text, bool error);
    void syncSend();

    Connection *m_connection;
    QObject *m_exampleOwner = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTreeWidgetItem *m_testGroup = nullptr;
    QTreeWidgetItem *m_subscribableGroup = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_state = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_sendResult = nullptr;
    QString m_shown;
    QJsonObject m_shownData;
    bool m_shownSubscribable = false;
    bool m_loadingExample = false;
    bool m_sending = false;
    int m_pendingLists = 0;
};

} // namespace kakiyo
