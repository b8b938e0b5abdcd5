#include "models/WebhookListModel.h"

#include "models/api/WebhooksApi.h"

#include <QLocale>
#include <algorithm>

namespace kakiyo {

namespace {
// Short enough for a table cell: "27 Nov 05:51", with the year only when it is not this one.
QString when(const QDateTime &t)
{
    if (!t.isValid())
        return WebhookListModel::tr("never");
    const QDateTime local = t.toLocalTime();
    const bool thisYear = local.date().year() == QDate::currentDate().year();
    return QLocale().toString(
        local, thisYear ? QStringLiteral("d MMM HH:mm") : QStringLiteral("d MMM yyyy"));
}

} // namespace

WebhookListModel::WebhookListModel(Connection *session, QObject *parent)
    : ServerListModel(session, ColumnCount, parent)
{
}

int WebhookListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_webhooks.size());
}

WebhookListModel::Health WebhookListModel::health(const Webhook &w)
{
    const bool failed = w.lastFailure.isValid() || w.failureCount > 0;
    const bool succeeded = w.lastSuccess.isValid() || w.successCount > 0;
    if (!failed && !succeeded)
        return Health::NeverDelivered;
    if (!failed)
        return Health::Healthy;
    if (!succeeded)
        return Health::Failing;
    // Both happened: the latest one decides (counts alone cannot say which came last).
    if (w.lastFailure.isValid() && w.lastSuccess.isValid())
        return w.lastFailure > w.lastSuccess ? Health::Failing : Health::Healthy;
    return w.lastFailure.isValid() ? Health::Failing : Health::Healthy;
}

QString WebhookListModel::healthLabel(Health health)
{
    switch (health) {
    case Health::Failing:
        return tr("Failing");
    case Health::NeverDelivered:
        return tr("Never delivered");
    case Health::Healthy:
        return tr("Healthy");
    }
    return {};
}

QString WebhookListModel::eventsSummary(const QStringList &events)
{
    if (events.contains(QStringLiteral("*")))
        return tr("All events");
    if (events.isEmpty())
        return tr("—");
    if (events.size() == 1)
        return events.first();
    return tr("%1\n+ %n more", nullptr, int(events.size() - 1)).arg(events.first());
}

QVariant WebhookListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Webhook &w = m_webhooks.at(index.row());
    switch (role) {
    case IdRole:
        return w.id;
    case HealthRole:
        return int(health(w));
    case ActiveRole:
        return w.active;
    case Qt::AccessibleTextRole:
        // The two-line cells read as one phrase.
        return data(index, Qt::DisplayRole)
            .toString()
            .replace(QLatin1Char('\n'), QStringLiteral(", "));
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return w.name.isEmpty() ? w.url : QStringLiteral("%1\n%2").arg(w.name, w.url);
        case EventsColumn:
            return eventsSummary(w.events);
        case ActiveColumn:
            return w.active ? tr("On") : tr("Off");
        case DeliveriesColumn:
            return tr("%1\n%2 ok · %3 failed")
                .arg(healthLabel(health(w)), QLocale().toString(w.successCount),
                    QLocale().toString(w.failureCount));
        case LastDeliveryColumn:
            return tr("✓ %1\n✗ %2").arg(when(w.lastSuccess), when(w.lastFailure));
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return w.url;
        case LastDeliveryColumn: {
            const QLocale locale;
            auto exact = [&locale](const QDateTime &t) {
                return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::LongFormat)
                                   : tr("never");
            };
            return tr("Last success: %1\nLast failure: %2")
                .arg(exact(w.lastSuccess), exact(w.lastFailure));
        }
        case EventsColumn:
            return w.events.join(QLatin1Char('\n'));
        case DeliveriesColumn:
            return healthLabel(health(w));
        }
        break;
    case RawRole:
        switch (index.column()) {
        case NameColumn:
            return w.name.toLower();
        case EventsColumn:
            return w.events.contains(QStringLiteral("*")) ? 1000 : int(w.events.size());
        case ActiveColumn:
            return w.active;
        case DeliveriesColumn:
            // Failing first when sorted ascending, then by the number of failures.
            return qint64(health(w)) * 1'000'000'000 - w.failureCount;
        case LastDeliveryColumn:
            // The latest attempt, whichever way it went.
            return std::max(w.lastSuccess, w.lastFailure);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant WebhookListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Webhook");
    case EventsColumn:
        return tr("Events");
    case ActiveColumn:
        return tr("Active");
    case DeliveriesColumn:
        return tr("Deliveries");
    case LastDeliveryColumn:
        return tr("Last delivery");
    }
    return {};
}

QHash<int, QByteArray> WebhookListModel::roleNames() const
{
    QHash<int, QByteArray> names = ServerListModel::roleNames();
    names.insert(IdRole, "webhookId");
    names.insert(RawRole, "raw");
    names.insert(HealthRole, "health");
    names.insert(ActiveRole, "active");
    return names;
}

int WebhookListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_webhooks.size(); ++i) {
        if (m_webhooks.at(i).id == id)
            return i;
    }
    return -1;
}

void WebhookListModel::updateWebhook(const Webhook &webhook)
{
    const int row = rowOf(webhook.id);
    if (row < 0)
        return;
    m_webhooks[row] = webhook;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void WebhookListModel::fetch(const ReadOptions &options, quint64 ticket)
{
    WebhooksApi(connection())
        .list(this,
            completion<QList<Webhook>>(ticket,
                [this](const QList<Webhook> &list) {
                    beginResetModel();
                    m_webhooks = list;
                    endResetModel();
                }),
            options);
}

} // namespace kakiyo
