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

// How one test delivery went, when the server says so (the sandbox does; the published API only
// lists the webhooks a test went to).
struct WebhookDelivery
{
    QString id;
    QString name;
    QString url;
    std::optional<bool> delivered; // unset: the server did not report the outcome
    bool simulated = false; // the server did not contact the URL (sandbox, non-loopback URL)
    int statusCode = 0; // the endpoint's HTTP status; 0 when it never answered
    qint64 durationMs = -1; // of the last attempt
    QString error;
    int attempts = 0; // 0: not reported

    static Decoded<WebhookDelivery> fromJson(const QJsonValue &value, const QString &path = {});
};

struct WebhookTestResult
{
    static constexpr int DocumentedRetries = 3; // after a failed first attempt (contract 10.5)

    QString message;
    QString event;
    qint64 webhooksCount = 0;
    QList<Webhook> webhooks; // id, name, url of each webhook the test went to
    QList<WebhookDelivery> deliveries; // the same webhooks, with their outcome when reported

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
