#include "models/api/RequestScheduler.h"

#include "models/api/Clock.h"
#include "models/api/Transport.h"

#include <QDateTime>
#include <QMetaMethod>
#include <QRandomGenerator>
#include <algorithm>
#include <limits>

namespace kakiyo {

namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::max();
// The longest a server hint (Retry-After, X-RateLimit-Reset) may block a bucket: the limits are
// per minute, so a far longer wait is a broken or hostile answer, and obeying it would stall
// every later call of the same kind for days.
constexpr qint64 kMaxServerBlockMs = 15 * 60 * 1000;

bool ownerAlive(const QPointer<QObject> &owner, bool hadOwner)
{
    return !hadOwner || !owner.isNull();
}

} // namespace

RequestScheduler::RequestScheduler(Transport *transport, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_clock(clock)
{
    qRegisterMetaType<kakiyo::SchedulerState>();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timerDueMs = 0;
        pump();
    });
    connect(m_clock, &Clock::advanced, this, &RequestScheduler::schedulePump);
}

RequestScheduler::~RequestScheduler()
{
    for (auto &[id, job] : m_jobs) {
        if (job->inFlight)
            m_transport->abort(job->transportId);
    }
    for (auto it = m_watchedOwners.cbegin(); it != m_watchedOwners.cend(); ++it)
        disconnect(it.value());
}

void RequestScheduler::setPolicy(const RatePolicy &policy)
{
    m_policy = policy;
    m_buckets.clear();
    for (auto &[id, job] : m_jobs)
        resolveBuckets(*job);
    schedulePump();
}

void RequestScheduler::setMaxInFlight(int n)
{
    m_maxInFlight = std::max(1, n);
    schedulePump();
}

QStringList RequestScheduler::bucketsFor(const ApiRequest &request) const
{
    QStringList ids;
    for (const RatePolicy::Limit &limit : m_policy.limitsFor(request.method, request.path))
        ids.append(limit.bucketId);
    return ids;
}

void RequestScheduler::resolveBuckets(Job &job)
{
    job.limits = m_policy.limitsFor(job.request.method, job.request.path);
    job.buckets.clear();
    for (const RatePolicy::Limit &limit : std::as_const(job.limits))
        job.buckets.append(&bucket(limit));
}

RateBucket &RequestScheduler::bucket(const RatePolicy::Limit &limit)
{
    auto it = m_buckets.find(limit.bucketId);
    if (it == m_buckets.end())
        it = m_buckets
                 .emplace(limit.bucketId,
                     RateBucket(limit.bucketId, limit.limit, limit.windowMs, m_policy.marginMs()))
                 .first;
    return it->second;
}

void RequestScheduler::enqueue(const ApiRequest &request, QObject *owner, Done done)
{
    Waiter waiter {QPointer<QObject>(owner), owner != nullptr, std::move(done)};

    if (m_outOfCredits && request.priority != Priority::Interactive) {
        const ApiResult refused = ApiResult::failure(ApiError::make(ApiError::Category::Credits,
            QStringLiteral("Out of credits: only calls you start yourself are sent"),
            QStringLiteral("out_of_credits")));
        QMetaObject::invokeMethod(
            this,
            [waiter, refused] {
                if (ownerAlive(waiter.owner, waiter.hadOwner) && waiter.done)
                    waiter.done(refused);
            },
            Qt::QueuedConnection);
        return;
    }

    if (owner)
        watchOwner(owner);

    if (!request.isWrite()) {
        const QString key = request.key();
        const auto found = m_coalesce.constFind(key);
        if (found != m_coalesce.cend()) {
            const auto jobIt = m_jobs.find(found.value());
            if (jobIt != m_jobs.end()) {
                Job &job = *jobIt->second;
                job.waiters.append(std::move(waiter));
                if (int(request.priority) < int(job.request.priority))
                    job.request.priority = request.priority;
                schedulePump();
                noteStateChange();
                return;
            }
        }
    }

    auto job = std::make_shared<Job>();
    job->id = m_nextJobId++;
    job->request = request;
    if (!request.isWrite()) {
        job->coalesceKey = request.key();
        m_coalesce.insert(job->coalesceKey, job->id);
    }
    resolveBuckets(*job);
    job->waiters.append(std::move(waiter));
    m_jobs.emplace(job->id, job);
    schedulePump();
    noteStateChange();
}

void RequestScheduler::watchOwner(QObject *owner)
{
    if (m_watchedOwners.contains(owner))
        return;
    m_watchedOwners.insert(owner, connect(owner, &QObject::destroyed, this, [this, owner] {
        m_watchedOwners.remove(owner);
        cancel(owner);
    }));
}

void RequestScheduler::cancel(QObject *owner)
{
    if (!owner)
        return;
    std::vector<quint64> drop;
    for (auto &[id, job] : m_jobs) {
        const auto before = job->waiters.size();
        job->waiters.removeIf([owner](const Waiter &w) {
            return w.hadOwner && (w.owner.isNull() || w.owner.data() == owner);
        });
        if (job->waiters.isEmpty() && before > 0)
            drop.push_back(id);
    }
    for (quint64 id : drop) {
        auto it = m_jobs.find(id);
        std::shared_ptr<Job> job = it->second;
        if (job->inFlight) {
            // A write on the wire may already have taken effect: let it finish (nobody is told).
            if (job->request.isWrite())
                continue;
            m_transport->abort(job->transportId);
            --m_inFlight;
        }
        if (!job->coalesceKey.isEmpty() && m_coalesce.value(job->coalesceKey) == id)
            m_coalesce.remove(job->coalesceKey);
        m_jobs.erase(it);
    }
    if (!drop.empty()) {
        schedulePump();
        noteStateChange();
    }
}

void RequestScheduler::cancelAll()
{
    for (auto &[id, job] : m_jobs) {
        if (job->inFlight)
            m_transport->abort(job->transportId);
    }
    m_jobs.clear();
    m_coalesce.clear();
    m_inFlight = 0;
    noteStateChange();
}

void RequestScheduler::schedulePump()
{
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &RequestScheduler::pump, Qt::QueuedConnection);
}

bool RequestScheduler::bucketsAllow(const Job &job, qint64 now, qint64 *nextAt)
{
    qint64 at = now;
    for (RateBucket *b : job.buckets)
        at = std::max(at, b->nextSendAt(now));
    *nextAt = at;
    return at <= now;
}

void RequestScheduler::pump()
{
    m_pumpQueued = false;
    const qint64 now = m_clock->nowMs();
    qint64 nextDue = kNever;

    // One pass per priority level, in arrival order within a level: what the user waits for gets
    // the free slots first; a call whose bucket is spent never blocks a call in another bucket.
    for (int level = int(Priority::Interactive);
         level <= int(Priority::Background) && m_inFlight < m_maxInFlight; ++level) {
        for (auto &[id, jobPtr] : m_jobs) {
            if (m_inFlight >= m_maxInFlight)
                break;
            Job &job = *jobPtr;
            if (job.inFlight || job.waiters.isEmpty() || int(job.request.priority) != level)
                continue;
            if (job.notBefore > now) {
                nextDue = std::min(nextDue, job.notBefore);
                continue;
            }
            qint64 at = 0;
            if (!bucketsAllow(job, now, &at)) {
                nextDue = std::min(nextDue, at);
                continue;
            }
            send(job, now);
        }
    }
    if (nextDue != kNever)
        armTimer(nextDue);
    noteStateChange();
}

void RequestScheduler::armTimer(qint64 dueMs)
{
    const qint64 now = m_clock->nowMs();
    if (m_timer.isActive() && m_timerDueMs != 0 && m_timerDueMs <= dueMs)
        return;
    m_timerDueMs = dueMs;
    const qint64 delay = std::clamp<qint64>(dueMs - now, 0, std::numeric_limits<int>::max());
    m_timer.start(int(delay));
}

void RequestScheduler::send(Job &job, qint64 now)
{
    for (RateBucket *b : std::as_const(job.buckets))
        b->take(now);
    job.inFlight = true;
    ++job.attempts;
    ++m_inFlight;
    const quint64 jobId = job.id;
    job.transportId = m_transport->start(
        job.request, [this, jobId](const ApiResult &result) { onFinished(jobId, result); });
}

qint64 RequestScheduler::backoffMs(int attempts) const
{
    // Capped exponential backoff with "equal jitter": half fixed, half random, so a crowd of
    // retries spreads out but never comes back sooner than half the step.
    const int exponent = std::clamp(attempts - 1, 0, 20);
    const qint64 step = std::min(m_retry.maxDelayMs, m_retry.baseDelayMs << exponent);
    const qint64 half = std::max<qint64>(1, step / 2);
    return half + qint64(QRandomGenerator::global()->bounded(quint32(half + 1)));
}

void RequestScheduler::applyHints(const Job &job, const ApiResult &result, qint64 now)
{
    const QList<RatePolicy::Limit> &limits = job.limits;
    if (limits.isEmpty())
        return;

    // X-RateLimit-Remaining / -Reset describe the most specific bucket.
    const std::optional<qint64> remaining = result.headerNumber("x-ratelimit-remaining");
    if (remaining) {
        qint64 resetAt = now + limits.first().windowMs;
        if (const std::optional<qint64> reset = result.headerNumber("x-ratelimit-reset")) {
            const qint64 wall = QDateTime::currentMSecsSinceEpoch();
            if (*reset > 100'000'000'000LL) // epoch milliseconds
                resetAt = now + std::max<qint64>(0, *reset - wall);
            else if (*reset > 1'000'000'000LL) // epoch seconds (the documented form)
                resetAt = now + std::max<qint64>(0, *reset * 1000 - wall);
            else // seconds from now
                resetAt = now + std::max<qint64>(0, *reset * 1000);
        }
        resetAt = std::min(resetAt, now + kMaxServerBlockMs);
        RateBucket &first = *job.buckets.first();
        first.setServerRemaining(int(std::clamp<qint64>(*remaining, 0, 1'000'000)), resetAt);
        if (*remaining <= 0)
            first.blockUntil(resetAt);
    }

    if (result.httpStatus == 429) {
        // The server refused: every bucket this call spends from waits, whichever rule applied.
        const qint64 wait = std::min(kMaxServerBlockMs,
            result.error.retryAfterMs >= 0 ? result.error.retryAfterMs : backoffMs(job.attempts));
        for (RateBucket *b : job.buckets)
            b->blockUntil(now + wait);
    }
}

void RequestScheduler::onFinished(quint64 jobId, const ApiResult &answer)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    std::shared_ptr<Job> job = it->second;
    job->inFlight = false;
    job->transportId = 0;
    --m_inFlight;
    const qint64 now = m_clock->nowMs();

    ApiResult result = answer;
    result.attempts = job->attempts;
    applyHints(*job, result, now);
    if (m_observer)
        m_observer(job->request, result);

    if (result.httpStatus == 402)
        setOutOfCredits(true);
    else if (result.ok && m_outOfCredits)
        setOutOfCredits(false);

    bool retry = false;
    qint64 notBefore = now;
    const int maxAttempts
        = job->request.maxAttempts > 0 ? job->request.maxAttempts : m_retry.maxAttempts;
    if (job->attempts < maxAttempts && !job->waiters.isEmpty()) {
        const ApiError::Category category = result.error.category;
        if (result.httpStatus == 429) {
            const qint64 wait = result.error.retryAfterMs;
            retry = wait <= m_retry.max429WaitMs;
            // The buckets are blocked until the hint; without one, back off.
            notBefore = now + (wait >= 0 ? wait : backoffMs(job->attempts));
        } else if (!job->request.isWrite()
            && (result.httpStatus >= 500 || category == ApiError::Category::Network
                || category == ApiError::Category::Timeout)) {
            retry = true;
            notBefore = now + backoffMs(job->attempts);
        }
        if (retry && m_outOfCredits && job->request.priority != Priority::Interactive)
            retry = false;
    }

    if (retry) {
        job->notBefore = notBefore;
        schedulePump();
        noteStateChange();
        return;
    }
    finish(job, result);
}

// NOLINTNEXTLINE(performance-unnecessary-value-param): the copy keeps the job alive past erase().
void RequestScheduler::finish(std::shared_ptr<Job> job, const ApiResult &result)
{
    m_jobs.erase(job->id);
    if (!job->coalesceKey.isEmpty() && m_coalesce.value(job->coalesceKey) == job->id)
        m_coalesce.remove(job->coalesceKey);
    schedulePump();
    noteStateChange();
    const QList<Waiter> waiters = job->waiters;
    for (const Waiter &waiter : waiters) {
        if (ownerAlive(waiter.owner, waiter.hadOwner) && waiter.done)
            waiter.done(result);
    }
}

void RequestScheduler::setOutOfCredits(bool on)
{
    if (m_outOfCredits == on)
        return;
    m_outOfCredits = on;
    if (on)
        rejectCreditsWork();
    emit outOfCreditsChanged(on);
    noteStateChange();
}

void RequestScheduler::clearOutOfCredits()
{
    setOutOfCredits(false);
    schedulePump();
}

void RequestScheduler::rejectCreditsWork()
{
    std::vector<std::shared_ptr<Job>> rejected;
    for (auto &[id, job] : m_jobs) {
        if (!job->inFlight && job->request.priority != Priority::Interactive)
            rejected.push_back(job);
    }
    if (rejected.empty())
        return;
    const ApiResult refused = ApiResult::failure(ApiError::make(ApiError::Category::Credits,
        QStringLiteral("Out of credits: only calls you start yourself are sent"),
        QStringLiteral("out_of_credits")));
    // Answer later: we may be inside another job's completion.
    for (const auto &job : rejected) {
        m_jobs.erase(job->id);
        if (!job->coalesceKey.isEmpty() && m_coalesce.value(job->coalesceKey) == job->id)
            m_coalesce.remove(job->coalesceKey);
        QMetaObject::invokeMethod(
            this,
            [job, refused] {
                for (const Waiter &waiter : job->waiters) {
                    if (ownerAlive(waiter.owner, waiter.hadOwner) && waiter.done)
                        waiter.done(refused);
                }
            },
            Qt::QueuedConnection);
    }
}

void RequestScheduler::noteStateChange()
{
    // The snapshot walks the queue: only build it when someone listens.
    static const QMetaMethod signal = QMetaMethod::fromSignal(&RequestScheduler::stateChanged);
    if (m_stateQueued || !isSignalConnected(signal))
        return;
    m_stateQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_stateQueued = false;
            emit stateChanged(state());
        },
        Qt::QueuedConnection);
}

SchedulerState RequestScheduler::state()
{
    SchedulerState s;
    const qint64 now = m_clock->nowMs();
    s.nowMs = now;
    s.inFlight = m_inFlight;
    s.outOfCredits = m_outOfCredits;
    qint64 earliest = kNever;
    bool someoneReady = false;
    for (auto &[id, job] : m_jobs) {
        if (job->inFlight || job->waiters.isEmpty())
            continue;
        ++s.queued;
        qint64 at = 0;
        bucketsAllow(*job, now, &at);
        at = std::max(at, job->notBefore);
        if (at <= now)
            someoneReady = true;
        earliest = std::min(earliest, at);
    }
    if (s.queued > 0 && !someoneReady && earliest != kNever)
        s.waitingUntilMs = earliest;
    for (auto &[id, b] : m_buckets) // std::map: sorted by id
        s.buckets.append({id, b.limit(), b.windowMs(), b.remaining(now), b.blockedUntil(now)});
    return s;
}

} // namespace kakiyo
