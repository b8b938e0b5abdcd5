#pragma once
// ApiCall: the shared plumbing of the resource classes (AgentsApi, CampaignsApi, ...). It refuses a
// request whose body failed client-side validation before it costs a call, sends the rest through
// ApiSession, and decodes the answer into a Result<T> with one of the domain decoders.

#include "models/api/ApiRequest.h"
#include "models/api/ApiResult.h"
#include "models/api/ApiSession.h"
#include "models/api/Result.h"
#include "models/domain/Decoded.h"
#include "models/domain/FieldError.h"
#include "models/domain/FormCheck.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaObject>
#include <QPointer>
#include <utility>

namespace kakiyo {

class Connection;

// How a GET is asked: its urgency and how it may use the local cache.
struct ReadOptions
{
    Priority priority = Priority::Interactive;
    ApiRequest::CacheMode cache = ApiRequest::CacheMode::CacheFirst;
    // Lists are scoped to the session's workspace (WorkspaceScope); true asks for the whole team
    // (the Workspaces page, which assigns any of the team's agents).
    bool wholeTeam = false;
};

class ApiCall
{
public:
    // Both convert implicitly, so a resource class is made from either: AgentsApi(connection).
    ApiCall(ApiSession *session) // NOLINT(google-explicit-constructor)
        : m_session(session)
    {
    }
    ApiCall(const Connection *connection); // NOLINT(google-explicit-constructor)

    ApiSession *session() const { return m_session; }

    // The error a refused form produces: category Validation, no HTTP status, one detail per field.
    static ApiError validationError(const FieldErrors &errors);
    // Checks an id used as a path segment (non-empty, no '/', no dot segment, no whitespace).
    static FieldErrors checkPathId(const QString &field, const QString &id);
    // The answer body as a JSON value (object, array, or undefined for an empty body).
    static QJsonValue bodyValue(const ApiResult &result);
    static ApiError decodeError(const DecodeError &error, int httpStatus);
    // A GET request with the caller's read options.
    static ApiRequest read(
        const QString &path, const ReadOptions &options, const QUrlQuery &query = {});
    // A JSON body for a write.
    static QJsonDocument body(const QJsonObject &object) { return QJsonDocument(object); }

    // Sends `request`; decodes a successful answer with `decode(const ApiResult &) -> Decoded<T>`.
    template<typename T, typename Decode>
    void send(const ApiRequest &request, QObject *owner, Decode decode, ResultHandler<T> done) const
    {
        m_session->send(request, owner,
            [decode = std::move(decode), done = std::move(done)](const ApiResult &r) {
                Result<T> out;
                out.httpStatus = r.httpStatus;
                out.fromCache = r.fromCache;
                out.fetchedAt = r.fetchedAt;
                if (!r.ok) {
                    out.error = r.error;
                } else {
                    Decoded<T> d = decode(r);
                    if (d.ok())
                        out.value = std::move(d.value);
                    else
                        out.error = decodeError(d.error, r.httpStatus);
                }
                if (done)
                    done(out);
            });
    }

    // The common case: decode the body with `T::fromJson`-style `decode(const QJsonValue &)`.
    template<typename T, typename Decode>
    void sendJson(
        const ApiRequest &request, QObject *owner, Decode decode, ResultHandler<T> done) const
    {
        send<T>(
            request, owner,
            [decode = std::move(decode)](
                const ApiResult &r) { return decode(bodyValue(r), QString()); },
            std::move(done));
    }

    // Reports `errors` to `done` asynchronously (like every other answer) without a network call.
    template<typename T>
    void refuse(const FieldErrors &errors, QObject *owner, ResultHandler<T> done) const
    {
        Result<T> out;
        out.error = validationError(errors);
        const QPointer<QObject> guard(owner);
        const bool hadOwner = owner != nullptr;
        QMetaObject::invokeMethod(
            m_session,
            [guard, hadOwner, out, done = std::move(done)] {
                if ((!hadOwner || guard) && done)
                    done(out);
            },
            Qt::QueuedConnection);
    }

private:
    ApiSession *m_session;
};

} // namespace kakiyo
