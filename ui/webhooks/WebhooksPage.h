// Webhooks: the team's webhook subscriptions with their delivery health (success and failure
// counts, last success, last failure, on/off) in a table, a details panel for the selected one,
// and the actions the API offers: create and edit (events from the live catalogue, write-only
// secret), enable/disable, delete after confirmation, and sending a test event whose outcome is
// shown in the page.
#pragma once

#include "models/api/ApiError.h"
#include "models/api/Connection.h"
#include "models/domain/Webhook.h"
#include "ui/shell/Page.h"

#include <QPointer>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kakiyo {

class Connection;
class WebhookDialog;
class WebhookExamplesDialog;
class WebhookListModel;
struct WebhookTestResult;

class WebhooksPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhooksPage)

public:
    explicit WebhooksPage(Connection *session, QWidget *parent = nullptr);
    ~WebhooksPage() override;

    void refresh() override;
    void activate() override;

    WebhookListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString selectedWebhookId() const { return m_selectedId; }
    void selectWebhook(const QString &id);

    void createWebhook();
    void editWebhook();
    void setActive(bool active);
    void deleteWebhook();
    // Sends the event chosen in the test panel; the outcome appears under it.
    void sendTest();
    // Brings the test panel's event picker into focus (the palette's "Send test event").
    void focusTest();
    // The test-event catalogue and example payloads (shown, not modal; null once closed).
    WebhookExamplesDialog *openExamples();
    bool testEventsLoaded() const { return m_testEventsLoaded; }
    bool isTesting() const { return m_testing; }

signals:
    void dialogOpened(kakiyo::WebhookDialog *dialog);
    void webhookChanged(const QString &id);
    void testFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Icons and the coloured texts follow the palette (light/dark switch at run time).
    void applyIcons();
    void showDetails(const QString &id);
    void renderDetails(const Webhook &webhook);
    void loadTestEvents();
    void preselectTestEvent(const Webhook &webhook);
    void showTestReport(
        const QString &event, const WebhookTestResult &report, const QDateTime &sentAt);
    void showTestError(const QString &event, const ApiError &error);
    void setMessage(const QString &text, bool problem = false);
    void showThisPage();

    QPointer<Connection> m_connection;
    WebhookListModel *m_model;
    QPointer<WebhookExamplesDialog> m_examples;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_delete = nullptr;
    QComboBox *m_testEvent = nullptr;
    QPushButton *m_sendTest = nullptr;
    QLabel *m_testResult = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_testAction = nullptr;
    std::function<void()> m_renderTest; // redraws the last test outcome
    QString m_selectedId;
    bool m_activated = false;
    bool m_testEventsLoaded = false;
    bool m_testing = false;
};

} // namespace kakiyo
