#pragma once
// RequestScheduler: the only place that decides when an API call leaves. It keeps the queue in
// priority order (interactive > prefetch > background), spends from the rate buckets RatePolicy
// names and never sends a call a bucket says would be refused, obeys the server's hints
// (Retry-After, body retryAfter / resetTime, X-RateLimit-Remaining / -Reset) by blocking the
// buckets until then, coalesces identical GETs, retries (GETs with capped exponential backoff and
// jitter on 429/5xx/network errors; writes only after a 429, where the server refused them), and
// cancels by owner. After an HTTP 402 it enters "out of credits" mode: prefetch and background
// calls fail with a Credits error until a call succeeds again or clearOutOfCredits() is called.
//
// Callbacks run exactly once and never inside enqueue(); a cancelled caller is never called.

#include "models/api/ApiRequest.h"
#include "models/api/ApiResult.h"
#include "models/api/RateBucket.h"
#include "models/api/RatePolicy.h"
#include "models/api/SchedulerState.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <map>
#include <memory>

namespace kakiyo {

class Clock;
class Transport;

class RequestScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestScheduler)

public:
    using Done = std::function<void(const ApiResult &)>;
    // Seen once per network answer (each attempt), before retries are decided; UsageMeter hooks
    // in here.
    using Observer = std::function<void(const ApiRequest &, const ApiResult &)>;

    struct Retry
    {
        int maxAttempts = 4; // total attempts per call, including the first
        qint64 baseDelayMs = 1000; // first backoff; doubles per attempt
        qint64 maxDelayMs = 30000; // cap of one backoff
        qint64 max429WaitMs = 120000; // a 429 asking for longer than this is not retried
    };

    // `transport` and `clock` must outlive the scheduler.
    RequestScheduler(Transport *transport, Clock *clock, QObject *parent = nullptr);
    ~RequestScheduler() override;

    void setPolicy(const RatePolicy &policy);
    RatePolicy policy() const { return m_policy; }
    void setRetry(const Retry &retry) { m_retry = retry; }
    Retry retry() const { return m_retry; }
    void setMaxInFlight(int n);
    int maxInFlight() const { return m_maxInFlight; }
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    // Queues a call. `owner` may be null (nobody can cancel it then); when the owner is
    // destroyed its calls are cancelled.
    void enqueue(const ApiRequest &request, QObject *owner, Done done);
    void cancel(QObject *owner);
    void cancelAll(); // e.g. when the profile changes; nobody is called back

    bool outOfCredits() const { return m_outOfCredits; }
    void clearOutOfCredits();

    SchedulerState state();
    // The bucket ids a request spends from (for tests and the status bar).
    QStringList bucketsFor(const ApiRequest &request) const;

signals:
    void stateChanged(const kakiyo::SchedulerState &state);
    void outOfCreditsChanged(bool outOfCredits);

private:
    struct Waiter
    {
        QPointer<QObject> owner;
        bool hadOwner = false;
        Done done;
    };
    struct Job
    {
        quint64 id = 0;
        ApiRequest request;
        QString coalesceKey; // empty for writes
        QList<RatePolicy::Limit> limits; // the buckets it spends from
        QList<RateBucket *> buckets; // the same, resolved (owned by m_buckets)
        QList<Waiter> waiters;
        int attempts = 0;
        qint64 notBefore = 0;
        bool inFlight = false;
        quint64 transportId = 0;
    };

    void pump();
    void schedulePump();
    void armTimer(qint64 dueMs);
    RateBucket &bucket(const RatePolicy::Limit &limit);
    void resolveBuckets(Job &job);
    bool bucketsAllow(const Job &job, qint64 now, qint64 *nextAt);
    void send(Job &job, qint64 now);
    void onFinished(quint64 jobId, const ApiResult &result);
    void applyHints(const Job &job, const ApiResult &result, qint64 now);
    qint64 backoffMs(int attempts) const;
    // By value on purpose: keeps the job alive while m_jobs lets go of it.
    // NOLINTNEXTLINE(performance-unnecessary-value-param)
    void finish(std::shared_ptr<Job> job, const ApiResult &result);
    void rejectCreditsWork();
    void watchOwner(QObject *owner);
    void noteStateChange();
    void setOutOfCredits(bool on);

    Transport *m_transport;
    Clock *m_clock;
    RatePolicy m_policy;
    Retry m_retry;
    Observer m_observer;
    int m_maxInFlight = 4;
    quint64 m_nextJobId = 1;
    std::map<quint64, std::shared_ptr<Job>> m_jobs; // ordered by id = arrival order
    QHash<QString, quint64> m_coalesce; // GET key -> job id (queued or in flight)
    std::map<QString, RateBucket> m_buckets; // node-based: Job::buckets pointers stay valid
    QHash<QObject *, QMetaObject::Connection> m_watchedOwners;
    QTimer m_timer;
    qint64 m_timerDueMs = 0;
    bool m_pumpQueued = false;
    bool m_stateQueued = false;
    bool m_outOfCredits = false;
    int m_inFlight = 0;
};

} // namespace kakiyo
