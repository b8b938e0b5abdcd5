// The request and response values every sandbox route handler works with. Handlers are plain
// functions from a parsed Request to a Response; the server does sockets, auth, limits and faults.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <functional>
#include <optional>

namespace kakiyo::sandbox {

struct Response;

struct Request
{
    QByteArray method; // "GET"
    QString path; // without the /v1 prefix, e.g. "/prospects/abc"
    QUrlQuery query;
    QHash<QString, QString> params; // path parameters by name, e.g. params["chatId"]
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QString teamId; // authenticated team

    // Parses the body as a JSON object. On failure fills *error with the documented 400
    // (validation_error: "Request body must be a JSON object" / "Malformed JSON ...").
    // An empty body counts as {} when emptyIsObject is true (POST endpoints without a body).
    std::optional<QJsonObject> jsonObject(Response *error, bool emptyIsObject = false) const;
    // Query parameter as text; an absent parameter gives a null QString.
    QString queryValue(const QString &name) const;
};

struct Response
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // A handler that must wait for something (e.g. delivering a webhook test event) leaves the
    // body empty and sets this; the server calls it with a function that sends the final answer.
    std::function<void(std::function<void(Response)>)> deferred;

    static Response json(int status, const QJsonValue &value);
    // {error, message} plus details[] when given.
    static Response error(
        int status, const QString &code, const QString &message, const QJsonArray &details = {});
    // Same with extra top-level keys (e.g. currentStatus, validEvents).
    static Response error(
        int status, const QString &code, const QString &message, const QJsonObject &extra);
    // DNC success envelope {error:null, data, message?}.
    static Response dnc(int status, const QJsonValue &data, const QString &message = {});
    static Response notFound(
        const QString &message, const QString &code = QStringLiteral("not_found"));

    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
};

// Rate-limit bucket a route belongs to (contract section 4). In the current profile the limits are
// per team: High 60, Medium 30, Low 15, DncRead 60, DncWrite 30, DncBatch 10 per minute. In the
// help-centre profile every route has its own bucket of 60 per minute.
enum class RateTier
{
    High,
    Medium,
    Low,
    DncRead,
    DncWrite,
    DncBatch
};

} // namespace kakiyo::sandbox
