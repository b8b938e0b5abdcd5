#include "sandbox/SandboxServer.h"

#include "sandbox/Areas.h"
#include "sandbox/DncRoutes.h"
#include "sandbox/SandboxState.h"
#include "sandbox/TeamEvent.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <cstdio>

namespace kakiyo::sandbox {

struct SandboxServer::Pending
{
    std::shared_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    Request request;
    QString fullPath; // with /v1 or /__admin
    QByteArray logTarget; // path?query as received
    QHostAddress remote;
    QElapsedTimer timer;
    std::optional<Fault> fault;
    bool hasRate = false;
    RateLimiter::Decision rate;
    bool answered = false;
};

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

bool isDncTier(RateTier tier)
{
    return tier == RateTier::DncRead || tier == RateTier::DncWrite || tier == RateTier::DncBatch;
}

QString tierName(RateTier tier)
{
    switch (tier) {
    case RateTier::High:
        return QStringLiteral("high");
    case RateTier::Medium:
        return QStringLiteral("medium");
    case RateTier::Low:
        return QStringLiteral("low");
    case RateTier::DncRead:
        return QStringLiteral("dnc-read");
    case RateTier::DncWrite:
        return QStringLiteral("dnc-write");
    case RateTier::DncBatch:
        return QStringLiteral("dnc-batch");
    }
    return {};
}

// The documented error body for an injected status without a body of its own.
Response injectedError(int status)
{
    const QString message = QStringLiteral("Injected fault (HTTP %1)").arg(status);
    switch (status) {
    case 400:
        return Response::error(status, QStringLiteral("validation_error"), message);
    case 401:
        return Response::error(status, QStringLiteral("invalid_api_key"), message);
    case 402:
        return Response::error(status, QStringLiteral("insufficient_credits"), message);
    case 403:
        return Response::error(status, QStringLiteral("forbidden"), message);
    case 404:
        return Response::error(status, QStringLiteral("not_found"), message);
    case 409:
        return Response::error(status, QStringLiteral("conflict"), message);
    case 429:
        return Response::error(status, QStringLiteral("rate_limit_exceeded"),
            QStringLiteral("Too many requests. Please try again later."),
            QJsonObject {{"retryAfter", 1}});
    default:
        return Response::error(status,
            status >= 500 ? QStringLiteral("internal_error") : QStringLiteral("injected_fault"),
            message);
    }
}

} // namespace

SandboxServer::SandboxServer(SandboxState &state, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_state(state)
    , m_limiter(state.options.rateWindowMs)
{
}

void SandboxServer::prepare()
{
    const QList<Area> areas = sandboxAreas();
    for (const Area &area : areas) {
        if (area.createSchema)
            area.createSchema(m_state.db);
    }
    m_state.restoreIdSequence();
    // A persisted database (--db) is seeded once; later starts keep what it holds.
    const bool seeded
        = m_state.exists(QStringLiteral("SELECT 1 FROM sandbox_meta WHERE key = 'seeded'"));
    if (!seeded) {
        for (const Area &area : areas) {
            if (area.seed)
                m_state.transaction([&] { area.seed(m_state); });
        }
        m_state.run(QStringLiteral("INSERT INTO sandbox_meta (key, value) VALUES ('seeded', ?)"),
            {QString::number(m_state.options.seed)});
    }
    for (const Area &area : areas) {
        if (area.registerRoutes)
            area.registerRoutes(m_router, m_state);
    }
}

bool SandboxServer::start(QString *error)
{
    // QHttpServer 6.4 (preview): listen on our own QTcpServer, then hand it over with bind().
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(QHostAddress(m_state.options.host), m_state.options.port)) {
        if (error)
            *error = QStringLiteral("Cannot listen on %1:%2: %3")
                         .arg(m_state.options.host)
                         .arg(m_state.options.port)
                         .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_port = tcp->serverPort();
    bind(tcp);
    return true;
}

int SandboxServer::limitFor(RateTier tier) const
{
    if (m_state.options.rateLimit > 0)
        return m_state.options.rateLimit;
    if (m_state.options.profile == Profile::HelpCentre)
        return 60;
    switch (tier) {
    case RateTier::High:
        return 60;
    case RateTier::Medium:
        return 30;
    case RateTier::Low:
        return 15;
    case RateTier::DncRead:
        return 60;
    case RateTier::DncWrite:
        return 30;
    case RateTier::DncBatch:
        return 10;
    }
    return 60;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto pending = std::make_shared<Pending>();
    pending->timer.start();
    pending->responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    pending->socket = socket;
    pending->remote = request.remoteAddress();
    const QUrl url = request.url();
    pending->fullPath = url.path();
    pending->logTarget = url.path(QUrl::FullyEncoded).toUtf8();
    if (url.hasQuery())
        pending->logTarget += '?' + url.query(QUrl::FullyEncoded).toUtf8();

    Request &r = pending->request;
    r.method = methodName(request.method());
    r.query = request.query();
    r.body = request.body();
    for (const auto &h : request.headers())
        r.headers.insert(h.first.toLower(), h.second);

    if (r.body.size() > MaxBodyBytes) {
        finish(pending,
            Response::error(413, QStringLiteral("payload_too_large"),
                QStringLiteral("Request body exceeds the 1 MiB limit")));
        return true;
    }
    if (pending->fullPath == u"/__admin" || pending->fullPath.startsWith(u"/__admin/")) {
        r.path = pending->fullPath.mid(8);
        finish(pending, handleAdmin(pending));
        return true;
    }
    if (pending->fullPath == u"/v1" || pending->fullPath.startsWith(u"/v1/")) {
        r.path = pending->fullPath.mid(3);
        if (r.path.isEmpty())
            r.path = QStringLiteral("/");
        handleApi(pending);
        return true;
    }
    finish(pending,
        Response::error(404, QStringLiteral("not_found"),
            QStringLiteral("No such path %1; the API lives under /v1").arg(pending->fullPath)));
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this only runs if that ever changes.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QJsonDocument(QJsonObject {{"error", "not_found"}, {"message", "Not found"}}),
        QHttpServerResponder::StatusCode::NotFound);
}

void SandboxServer::handleApi(const std::shared_ptr<Pending> &pending)
{
    Request &r = pending->request;
    const Router::Match match = m_router.match(r.method, r.path);
    if (match.route)
        m_counter.count(QString::fromLatin1(r.method) + u' ' + match.route->pattern);
    else
        m_counter.countUnmatched();

    pending->fault = m_faults.take(r.method, pending->fullPath);
    if (pending->fault) {
        const Fault &f = *pending->fault;
        switch (f.kind) {
        case Fault::Kind::Status: {
            Response resp = f.hasBody ? Response::json(f.status, f.body) : injectedError(f.status);
            // An injected 429 without its own headers still says when to come back.
            if (f.status == 429 && !f.headers.contains(QStringLiteral("Retry-After")))
                resp.setHeader("Retry-After", "1");
            for (auto it = f.headers.begin(); it != f.headers.end(); ++it)
                resp.setHeader(it.key().toLatin1(), it.value().toVariant().toString().toLatin1());
            pending->fault.reset();
            finish(pending, resp);
            return;
        }
        case Fault::Kind::Drop:
            drop(pending);
            return;
        case Fault::Kind::Malformed: {
            Response resp;
            resp.status = 200;
            resp.body = QByteArrayLiteral("{\"malformed\": [1, 2,, \"unterminated");
            resp.setHeader("Content-Type", "application/json");
            pending->fault.reset();
            finish(pending, resp);
            return;
        }
        case Fault::Kind::Delay: {
            QPointer<SandboxServer> self(this);
            QTimer::singleShot(f.delayMs, this, [self, pending, match] {
                if (self)
                    self->runApi(pending, match);
            });
            return;
        }
        case Fault::Kind::Truncated:
        case Fault::Kind::Omit:
            break; // answered normally, changed in finish()
        }
    }
    runApi(pending, match);
}

void SandboxServer::runApi(const std::shared_ptr<Pending> &pending, const Router::Match &match)
{
    Request &r = pending->request;
    if (!match.route) {
        if (match.pathKnown) {
            QByteArray allowed;
            for (const QByteArray &m : match.allowedMethods)
                allowed += (allowed.isEmpty() ? "" : ", ") + m;
            Response resp = Response::error(405, QStringLiteral("method_not_allowed"),
                QStringLiteral("Method %1 is not allowed on %2")
                    .arg(QString::fromLatin1(r.method), r.path));
            if (!allowed.isEmpty())
                resp.setHeader("Allow", allowed);
            finish(pending, resp);
        } else {
            finish(pending,
                Response::error(404, QStringLiteral("not_found"),
                    QStringLiteral("No endpoint %1 %2")
                        .arg(QString::fromLatin1(r.method), r.path)));
        }
        return;
    }
    r.params = match.params;
    const Response denied = checkAccess(pending, *match.route);
    if (denied.status != 0) {
        finish(pending, denied);
        return;
    }
    Response resp;
    try {
        resp = match.route->handler(r);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "internal error in %s %s: %s\n", r.method.constData(),
            qPrintable(match.route->pattern), e.what());
        resp = Response::error(
            500, QStringLiteral("internal_error"), QStringLiteral("An internal error occurred"));
    }
    if (resp.deferred) {
        auto deferred = std::move(resp.deferred);
        QPointer<SandboxServer> self(this);
        deferred([self, pending](Response later) {
            if (self)
                self->finish(pending, std::move(later));
        });
        return;
    }
    finish(pending, std::move(resp));
}

Response SandboxServer::checkAccess(
    const std::shared_ptr<Pending> &pending, const Router::Route &route)
{
    Request &r = pending->request;
    // 1. API key (contract section 2).
    const QByteArray authorization = r.headers.value("authorization").trimmed();
    if (authorization.isEmpty())
        return Response::error(401, QStringLiteral("missing_api_key"),
            QStringLiteral("API key is required: send Authorization: Bearer <key>"));
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return Response::error(401, QStringLiteral("invalid_api_key_format"),
            QStringLiteral("Authorization header must be \"Bearer <key>\""));
    const QString key = QString::fromLatin1(authorization.mid(7).trimmed());
    static const QRegularExpression keyShape(QStringLiteral("^[A-Za-z0-9]{40}$"));
    if (!keyShape.match(key).hasMatch())
        return Response::error(401, QStringLiteral("invalid_api_key_format"),
            QStringLiteral("API key must be 40 letters or digits"));
    if (key != m_state.apiKey)
        return Response::error(
            401, QStringLiteral("invalid_api_key"), QStringLiteral("API key is not recognised"));
    r.teamId = m_state.teamId;
    // 2. Subscription.
    if (!m_state.subscriptionActive)
        return Response::error(403, QStringLiteral("subscription_inactive"),
            QStringLiteral("The team's subscription is inactive"));
    const bool helpCentre = m_state.options.profile == Profile::HelpCentre;
    // 3. Credits (help-centre profile): at zero every call answers 402.
    if (helpCentre && m_state.credits <= 0) {
        if (!m_state.agentsPaused)
            m_state.pauseRunningAgents();
        return Response::error(402, QStringLiteral("insufficient_credits"),
            QStringLiteral("Your team has no credits left; agents have been "
                           "paused. Buy credits to continue."));
    }
    // 4. Rate limit.
    const QString bucket = helpCentre ? QString::fromLatin1(r.method) + u' ' + route.pattern
                                      : QStringLiteral("tier ") + tierName(route.tier);
    pending->rate
        = m_limiter.take(bucket, limitFor(route.tier), QDateTime::currentMSecsSinceEpoch());
    pending->hasRate = true;
    if (!pending->rate.allowed) {
        QJsonObject body {{"error", "rate_limit_exceeded"},
            {"message", "Too many requests. Please try again later."},
            {"retryAfter", pending->rate.retryAfterSeconds}};
        if (isDncTier(route.tier))
            body.insert("resetTime", double(pending->rate.resetAtMs));
        Response resp = Response::json(429, body);
        resp.setHeader("Retry-After", QByteArray::number(pending->rate.retryAfterSeconds));
        return resp;
    }
    // 5. One credit per call; reaching zero pauses the running agents.
    if (helpCentre) {
        --m_state.credits;
        if (m_state.credits <= 0)
            m_state.pauseRunningAgents();
    }
    Response ok;
    ok.status = 0;
    return ok;
}

Response SandboxServer::handleAdmin(const std::shared_ptr<Pending> &pending)
{
    const Request &r = pending->request;
    if (!pending->remote.isLoopback())
        return Response::error(403, QStringLiteral("forbidden"),
            QStringLiteral("The admin API answers on loopback only"));
    if (r.headers.value("x-admin-token") != m_state.adminToken.toUtf8())
        return Response::error(
            401, QStringLiteral("unauthorized"), QStringLiteral("Missing or wrong X-Admin-Token"));
    auto body = [&]() -> std::optional<QJsonObject> {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (!doc.isObject())
            return std::nullopt;
        return doc.object();
    };
    const QByteArray &m = r.method;
    const QString &p = r.path;
    auto badBody = [] {
        return Response::error(
            400, QStringLiteral("validation_error"), QStringLiteral("Body must be a JSON object"));
    };
    if (p == u"/faults") {
        if (m == "POST") {
            const auto json = body();
            if (!json)
                return badBody();
            QString error;
            const auto fault = Fault::fromJson(*json, &error);
            if (!fault)
                return Response::error(400, QStringLiteral("validation_error"), error);
            m_faults.add(*fault);
            return Response::json(201, QJsonObject {{"ok", true}, {"fault", fault->toJson()}});
        }
        if (m == "DELETE") {
            m_faults.clear();
            return Response::json(200, QJsonObject {{"ok", true}});
        }
        if (m == "GET") {
            QJsonArray list;
            for (const Fault &f : m_faults.faults())
                list.append(f.toJson());
            return Response::json(200, QJsonObject {{"faults", list}});
        }
    } else if (p == u"/events") {
        if (m == "POST") {
            const auto json = body();
            if (!json)
                return badBody();
            int status = 400;
            QString error;
            const auto applied = TeamEvent::apply(m_state, *json, &status, &error);
            if (!applied)
                return Response::error(status,
                    status == 400 ? QStringLiteral("validation_error")
                                  : (status == 404 ? QStringLiteral("not_found")
                                                   : QStringLiteral("conflict")),
                    error);
            return Response::json(201, *applied);
        }
    } else if (p == u"/dnc") {
        if (m == "POST") {
            const auto json = body();
            if (!json)
                return badBody();
            return fileDncUnderTeam(m_state, *json);
        }
    } else if (p == u"/requests") {
        if (m == "GET")
            return Response::json(200, m_counter.toJson());
        if (m == "DELETE") {
            m_counter.reset();
            return Response::json(200, QJsonObject {{"ok", true}});
        }
    } else if (p == u"/credits") {
        if (m == "PUT" || m == "POST") {
            const auto json = body();
            if (!json || !json->value("credits").isDouble()
                || json->value("credits").toDouble() < 0)
                return Response::error(400, QStringLiteral("validation_error"),
                    QStringLiteral("credits must be a number ≥ 0"));
            m_state.credits = qint64(json->value("credits").toDouble());
            if (m_state.credits <= 0)
                m_state.pauseRunningAgents();
            else
                m_state.agentsPaused = false;
            return Response::json(200, QJsonObject {{"credits", double(m_state.credits)}});
        }
        if (m == "GET")
            return Response::json(200, QJsonObject {{"credits", double(m_state.credits)}});
    } else if (p == u"/subscription") {
        if (m == "PUT" || m == "POST") {
            const auto json = body();
            const bool hasActive = json && json->value("active").isBool();
            const bool hasAgency = json && json->value("agency").isBool();
            if (!json || (!hasActive && !hasAgency) || (json->contains("active") && !hasActive)
                || (json->contains("agency") && !hasAgency))
                return Response::error(400, QStringLiteral("validation_error"),
                    QStringLiteral("active and agency must be booleans (at least one of them)"));
            if (hasActive)
                m_state.subscriptionActive = json->value("active").toBool();
            if (hasAgency)
                m_state.agencyPlan = json->value("agency").toBool();
            return Response::json(200,
                QJsonObject {
                    {"active", m_state.subscriptionActive}, {"agency", m_state.agencyPlan}});
        }
    } else if (p == u"/rate-limits") {
        if (m == "DELETE") {
            m_limiter.clear();
            return Response::json(200, QJsonObject {{"ok", true}});
        }
    } else if (p.startsWith(u"/agents/")) {
        // Test hook: put an agent into any status (e.g. "ended", which no API call reaches),
        // and/or set its usage counters (invitations a day / this month), as days pass.
        if (m == "PUT" || m == "POST") {
            const auto json = body();
            static const QStringList statuses {"setup_needed", "auth_needed", "auth_in_progress",
                "running", "paused", "disabled", "ended"};
            const bool hasUsage = json && json->value("usage").isObject();
            if (!json
                || (!statuses.contains(json->value("status").toString())
                    && (json->contains("status") || !hasUsage)))
                return Response::error(400, QStringLiteral("validation_error"),
                    QStringLiteral("status must be one of %1").arg(statuses.join(u", ")));
            const QString id = p.mid(8);
            if (hasUsage) {
                const QJsonObject usage = json->value("usage").toObject();
                for (const auto &[key, column] :
                    {std::pair {"invitationsDaily", "usage_invitations_daily"},
                        std::pair {"invitations", "usage_invitations"}}) {
                    if (!usage.contains(QLatin1String(key)))
                        continue;
                    const int n = usage.value(QLatin1String(key)).toInt(-1);
                    if (n < 0)
                        return Response::error(400, QStringLiteral("validation_error"),
                            QStringLiteral("usage.%1 must be a count").arg(QLatin1String(key)));
                    QSqlQuery q = m_state.run(
                        QStringLiteral("UPDATE agents SET %1 = ? WHERE id = ?").arg(column),
                        {n, id});
                    if (q.numRowsAffected() <= 0)
                        return Response::error(
                            404, QStringLiteral("not_found"), QStringLiteral("Agent not found"));
                }
                if (!json->contains("status"))
                    return Response::json(200, QJsonObject {{"id", id}, {"usage", usage}});
            }
            QSqlQuery q = m_state.run(QStringLiteral("UPDATE agents SET status = ? WHERE id = ?"),
                {json->value("status").toString(), id});
            if (q.numRowsAffected() <= 0)
                return Response::error(
                    404, QStringLiteral("not_found"), QStringLiteral("Agent not found"));
            if (json->value("clearAlerts").toBool())
                m_state.run(QStringLiteral("DELETE FROM agent_alerts WHERE agent_id = ?"), {id});
            return Response::json(200, QJsonObject {{"id", id}, {"status", json->value("status")}});
        }
    } else if (p == u"/state") {
        if (m == "GET") {
            return Response::json(200,
                QJsonObject {{"profile", m_state.options.profileName()},
                    {"credits", double(m_state.credits)}, {"teamId", m_state.teamId},
                    {"agentsPaused", m_state.agentsPaused},
                    {"subscriptionActive", m_state.subscriptionActive},
                    {"agencyPlan", m_state.agencyPlan}, {"rateLimit", m_state.options.rateLimit},
                    {"rateWindowMs", m_state.options.rateWindowMs},
                    {"activity", m_state.options.activity},
                    {"activityEvents", double(m_state.activityEvents)},
                    {"seed", QString::number(m_state.options.seed)},
                    {"pendingFaults", int(m_faults.faults().size())},
                    {"routes", int(m_router.routes().size())}});
        }
    } else {
        return Response::error(
            404, QStringLiteral("not_found"), QStringLiteral("No admin endpoint %1").arg(p));
    }
    return Response::error(405, QStringLiteral("method_not_allowed"),
        QStringLiteral("Method %1 is not allowed on /__admin%2").arg(QString::fromLatin1(m), p));
}

void SandboxServer::finish(const std::shared_ptr<Pending> &pending, Response response)
{
    if (pending->answered)
        return;
    pending->answered = true;
    if (pending->hasRate && m_state.options.profile == Profile::HelpCentre) {
        response.setHeader("X-RateLimit-Limit", QByteArray::number(pending->rate.limit));
        response.setHeader("X-RateLimit-Remaining", QByteArray::number(pending->rate.remaining));
        response.setHeader(
            "X-RateLimit-Reset", QByteArray::number((pending->rate.resetAtMs + 999) / 1000));
    }
    if (pending->fault && pending->fault->kind == Fault::Kind::Truncated)
        response.body.truncate(response.body.size() / 2);
    if (pending->fault && pending->fault->kind == Fault::Kind::Omit) {
        QJsonObject object = QJsonDocument::fromJson(response.body).object();
        if (object.contains(pending->fault->omitKey)) {
            object.remove(pending->fault->omitKey);
            response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
    }
    if (response.header("Content-Type").isEmpty())
        response.setHeader("Content-Type", "application/json");
    log(*pending, QByteArray::number(response.status));
    if (!pending->socket || pending->socket->state() != QAbstractSocket::ConnectedState)
        return; // the client gave up (e.g. timed out during an injected delay)
    QHttpServerResponder &out = *pending->responder;
    out.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &h : std::as_const(response.headers))
        out.writeHeader(h.first, h.second);
    out.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    out.writeBody(response.body);
}

void SandboxServer::drop(const std::shared_ptr<Pending> &pending)
{
    pending->answered = true;
    log(*pending, "dropped");
    // Abort outside the server's read handler, which still holds the socket.
    // QNetworkAccessManager silently resends a request whose connection closed before an answer
    // began, so a bare close would be invisible to clients. Sending the head of an answer and then
    // closing mid-body reads as a dropped connection on every HTTP client.
    QPointer<QTcpSocket> socket = pending->socket;
    if (!socket)
        return;
    socket->write(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n{\"");
    QTimer::singleShot(0, this, [socket] {
        if (socket)
            socket->disconnectFromHost();
    });
}

void SandboxServer::log(const Pending &pending, const QByteArray &outcome) const
{
    if (m_state.options.quiet)
        return;
    const QByteArray line = pending.request.method + ' ' + pending.logTarget + ' ' + outcome + ' '
        + QByteArray::number(pending.timer.elapsed()) + "ms\n";
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace kakiyo::sandbox
