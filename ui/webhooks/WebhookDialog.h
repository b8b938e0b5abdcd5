// Creates a webhook (POST /webhooks) or edits one (PUT /webhooks/{id}): name, URL (https, or
// plain http to this computer only), the events to subscribe to as a checkable list from
// GET /webhooks/events (cached), and a write-only secret. Problems are shown next to the field
// that causes them, both the ones found while typing and the ones the server answers with; the
// dialog closes only when the server has accepted the change.
#pragma once

#include "models/domain/Webhook.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kakiyo {

class Connection;

class WebhookDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDialog)

public:
    // editing: nullptr to create a new webhook.
    WebhookDialog(Connection *session, const Webhook *editing, QWidget *parent = nullptr);

    bool isEditing() const { return !m_original.id.isEmpty(); }
    bool eventsLoaded() const { return m_eventsLoaded; }
    QStringList checkedEvents() const;
    void setEventChecked(const QString &event, bool checked);
    WebhookCreate createBody() const;
    WebhookUpdate updateBody() const;
    // Field ("name", "url", "events", "secret", "" for the form) → what is wrong with it.
    QHash<QString, QString> problems() const;
    // The id of the webhook the server accepted (after accepted()).
    QString savedId() const { return m_savedId; }

    // Whether a URL may receive deliveries; the reason in plain words when not.
    static QString urlProblem(const QString &url);

signals:
    void eventsReady();

private:
    void loadEvents();
    void revalidate();
    void save();
    void showProblems(const QHash<QString, QString> &problems);
    QLabel *addErrorLabel(const QString &objectName);

    Connection *m_connection;
    Webhook m_original;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QListWidget *m_events = nullptr;
    QLineEdit *m_secret = nullptr;
    QHash<QString, QLabel *> m_errorLabels; // field → label under it
    QSet<QString> m_touched; // fields the user changed (errors of the others wait)
    QPushButton *m_save = nullptr;
    QString m_savedId;
    bool m_eventsLoaded = false;
    bool m_saving = false;
};

} // namespace kakiyo
