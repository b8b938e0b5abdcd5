// The sandbox's HTTP front: routes /v1 requests through auth, subscription, rate limits, credits
// and injected faults to the area handlers, serves the loopback admin API under /__admin, answers
// unknown paths and methods with JSON errors, and logs one line per request to stderr.
#pragma once

#include "sandbox/FaultPlan.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/RequestCounter.h"
#include "sandbox/Router.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QPointer>

class QTcpSocket;
class QHttpServerResponder;

namespace kakiyo::sandbox {

struct SandboxState;

class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

    explicit SandboxServer(SandboxState &state, QObject *parent = nullptr);

    // Creates the schema, seeds, registers routes. Throws on SQL failure.
    void prepare();
    // Listens on options.host:options.port; false and *error on failure.
    bool start(QString *error);
    quint16 port() const { return m_port; }
    Router &router() { return m_router; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending; // one request on its way to an answer

    void handleApi(const std::shared_ptr<Pending> &pending);
    void runApi(const std::shared_ptr<Pending> &pending, const Router::Match &match);
    Response handleAdmin(const std::shared_ptr<Pending> &pending);
    Response checkAccess(const std::shared_ptr<Pending> &pending, const Router::Route &route);
    void finish(const std::shared_ptr<Pending> &pending, Response response);
    void drop(const std::shared_ptr<Pending> &pending);
    void log(const Pending &pending, const QByteArray &outcome) const;
    int limitFor(RateTier tier) const;

    SandboxState &m_state;
    Router m_router;
    RateLimiter m_limiter;
    FaultPlan m_faults;
    RequestCounter m_counter;
    quint16 m_port = 0;
};

} // namespace kakiyo::sandbox
