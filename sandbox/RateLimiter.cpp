#include "sandbox/RateLimiter.h"

namespace kakiyo::sandbox {

RateLimiter::Decision RateLimiter::take(const QString &bucket, int limit, qint64 nowMs)
{
    std::deque<qint64> &times = m_buckets[bucket];
    while (!times.empty() && times.front() + m_windowMs <= nowMs)
        times.pop_front();
    Decision d;
    d.limit = limit;
    if (int(times.size()) >= limit) {
        d.allowed = false;
        d.remaining = 0;
        d.resetAtMs = times.front() + m_windowMs;
        d.retryAfterSeconds = int(std::max<qint64>(1, (d.resetAtMs - nowMs + 999) / 1000));
        return d;
    }
    times.push_back(nowMs);
    d.remaining = limit - int(times.size());
    d.resetAtMs = times.front() + m_windowMs;
    return d;
}

} // namespace kakiyo::sandbox
