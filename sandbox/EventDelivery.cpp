#include "sandbox/EventDelivery.h"

#include "sandbox/SandboxState.h"
#include "sandbox/WebhookDelivery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kakiyo::sandbox {

int EventDelivery::deliver(SandboxState &state, const QString &event, const QJsonObject &data)
{
    const QByteArray payload = QJsonDocument(
        QJsonObject {{"event", event}, {"teamId", state.teamId}, {"timestamp", state.isoNow()},
            {"data", data}}).toJson(QJsonDocument::Compact);
    QSqlQuery q = state.run(QStringLiteral(
        "SELECT id, url, secret, events FROM webhooks WHERE active = 1 ORDER BY created_at, id"));
    int targeted = 0;
    SandboxState *s = &state;
    while (q.next()) {
        const QJsonArray events = QJsonDocument::fromJson(q.value(3).toByteArray()).array();
        if (!events.contains(event) && !events.contains(QStringLiteral("*")))
            continue;
        const QString id = q.value(0).toString();
        ++targeted;
        WebhookDelivery::send(QUrl(q.value(1).toString()), payload, q.value(2).toString(), event,
            [s, id](const DeliveryOutcome &o) { record(*s, id, o); });
    }
    return targeted;
}

void EventDelivery::record(SandboxState &state, const QString &webhookId, const DeliveryOutcome &o)
{
    try {
        const QString now = state.isoNow();
        if (o.delivered) {
            state.run(QStringLiteral("UPDATE webhooks SET success_count = success_count + 1, "
                                     "last_success = ?, consecutive_failures = 0 WHERE id = ?"),
                {now, webhookId});
            // Credit era: a successful delivery costs 2 credits.
            if (state.options.profile == Profile::HelpCentre && !o.simulated)
                state.credits = std::max<qint64>(0, state.credits - 2);
        } else {
            state.run(QStringLiteral("UPDATE webhooks SET failure_count = failure_count + 1, "
                                     "last_failure = ?, consecutive_failures = "
                                     "consecutive_failures + 1, "
                                     "active = CASE WHEN consecutive_failures + 1 >= ? THEN 0 "
                                     "ELSE active END "
                                     "WHERE id = ?"),
                {now, AutoDisableAfterFailures, webhookId});
        }
    } catch (const std::exception &) {
        // The webhook was deleted meanwhile; nothing to record.
    }
}

} // namespace kakiyo::sandbox
