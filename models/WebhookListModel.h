// The team's webhooks (GET /webhooks) as a table: name and URL, subscribed events, on/off, and the
// delivery health the server tracks (success and failure counts, last success, last failure).
// Cached answer first (ServerListModel); DisplayRole is formatted text, RawRole the sort value.
#pragma once

#include "models/ServerListModel.h"
#include "models/domain/Webhook.h"

namespace kakiyo {

class WebhookListModel final : public ServerListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookListModel)

public:
    enum Column
    {
        NameColumn,
        EventsColumn,
        ActiveColumn,
        DeliveriesColumn, // health over the success and failure counts
        LastDeliveryColumn, // last success over last failure
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RawRole,
        HealthRole, // Health as int
        ActiveRole,
    };
    // What the delivery record says, worst first for sorting.
    enum class Health
    {
        Failing, // the latest delivery attempt failed
        NeverDelivered, // no attempt recorded yet
        Healthy, // the latest delivery attempt succeeded
    };
    Q_ENUM(Health)

    explicit WebhookListModel(Connection *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<Webhook> &webhooks() const { return m_webhooks; }
    Webhook webhook(int row) const { return m_webhooks.value(row); }
    int rowOf(const QString &id) const;
    // Replaces one webhook's values after a write, without a reset.
    void updateWebhook(const Webhook &webhook);

    static Health health(const Webhook &webhook);
    static QString healthLabel(Health health);
    // "All events" for the wildcard, else the event ids.
    static QString eventsSummary(const QStringList &events);

protected:
    void fetch(const ReadOptions &options, quint64 ticket) override;

private:
    QList<Webhook> m_webhooks;
};

} // namespace kakiyo
