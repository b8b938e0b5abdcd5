// Webhook: a subscription the team registered (GET /webhooks), the event catalogues (GET
// /webhooks/events and the legacy GET /webhooks/test/events), the result of a test send and the
// example payload of GET /webhooks/test/example/{event}; plus the create/update/test bodies.
#pragma once

#include "models/domain/Decoded.h"
#include "models/domain/FormCheck.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kakiyo {

struct Webhook
{
    QString id;
    QString name;
    QString url;
    QStringList events;
    bool active = true;
    QDateTime lastSuccess;
    QDateTime lastFailure;
    qint64 successCount = 0;
    qint64 failureCount = 0;
    QDateTime createdAt;
    QString message; // on the 201 of POST /webhooks

    static Decoded<Webhook> fromJson(const QJsonValue &value, const QString &path = {});
    static Decoded<QList<Webhook>> listFromJson(const QJsonValue &value, const QString &path = {});
};

struct WebhookEvent
{
    QString id; // e.g. "linkedin.message.received"
    QString name;
    QString description; // test catalogue only
    QString category; // test catalogue only

    static Decoded<WebhookEvent> fromJson(const QJsonValue &value, const QString &path = {});
    static Decoded<QList<WebhookEvent>> listFromJson(
        const QJsonValue &value, const QString &path = {});
};

struct WebhookTestResult
{
    QString message;
    QString event;
    qint64 webhooksCount = 0;
    QList<Webhook> webhooks; // id, name, url of each webhook the test went to

    static Decoded<WebhookTestResult> fromJson(const QJsonValue &value, const QString &path = {});
};

struct WebhookExample
{
    QString event;
    QDateTime timestamp;
    QJsonObject data;
    QString teamId; // `team.id` (legacy) or `teamId`
    QString teamName;

    static Decoded<WebhookExample> fromJson(const QJsonValue &value, const QString &path = {});
};

// The subscribable vocabulary (OA enum), `*` included.
QStringList subscribableWebhookEvents();

// POST /webhooks
struct WebhookCreate
{
    QString name;
    QString url;
    QString secret; // optional; enables X-Kakiyo-Signature
    QStringList events;

    Encoded encode() const;
};

// PUT /webhooks/{id}
struct WebhookUpdate
{
    std::optional<QString> name;
    std::optional<QString> url;
    std::optional<QString> secret;
    std::optional<QStringList> events;
    std::optional<bool> active;

    Encoded encode() const;
};

// POST /webhooks/test
struct WebhookTest
{
    QString event; // subscribable events except `*`
    QJsonObject data;

    Encoded encode() const;
};

} // namespace kakiyo
