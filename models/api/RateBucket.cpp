#include "models/api/RateBucket.h"

#include <algorithm>

namespace kakiyo {

RateBucket::RateBucket(const QString &id, int limit, qint64 windowMs, qint64 marginMs)
    : m_id(id)
    , m_limit(std::max(1, limit))
    , m_windowMs(std::max<qint64>(1, windowMs))
    , m_marginMs(std::max<qint64>(0, marginMs))
{
}

void RateBucket::prune(qint64 nowMs)
{
    // A send at t occupies the window until t + window + margin.
    while (!m_sends.empty() && m_sends.front() + m_windowMs + m_marginMs <= nowMs)
        m_sends.pop_front();
    if (m_serverRemaining >= 0 && nowMs >= m_serverResetAt)
        m_serverRemaining = -1;
}

int RateBucket::sendsInWindow(qint64 nowMs)
{
    prune(nowMs);
    return int(m_sends.size());
}

int RateBucket::remaining(qint64 nowMs)
{
    prune(nowMs);
    if (nowMs < m_blockedUntil)
        return 0;
    int left = std::max(0, m_limit - int(m_sends.size()));
    if (m_serverRemaining >= 0)
        left = std::min(left, m_serverRemaining);
    return left;
}

bool RateBucket::canSend(qint64 nowMs)
{
    return remaining(nowMs) > 0;
}

qint64 RateBucket::nextSendAt(qint64 nowMs)
{
    prune(nowMs);
    qint64 at = nowMs;
    at = std::max(at, m_blockedUntil);
    if (m_serverRemaining == 0)
        at = std::max(at, m_serverResetAt);
    if (int(m_sends.size()) >= m_limit) {
        // The oldest send that must leave the window before one more fits.
        const qint64 frees = m_sends[m_sends.size() - size_t(m_limit)] + m_windowMs + m_marginMs;
        at = std::max(at, frees);
    }
    return at;
}

void RateBucket::take(qint64 nowMs)
{
    prune(nowMs);
    m_sends.push_back(nowMs);
    if (m_serverRemaining > 0)
        --m_serverRemaining;
}

void RateBucket::blockUntil(qint64 untilMs)
{
    m_blockedUntil = std::max(m_blockedUntil, untilMs);
}

void RateBucket::setServerRemaining(int remaining, qint64 resetAtMs)
{
    if (remaining < 0)
        return;
    m_serverRemaining = remaining;
    m_serverResetAt = resetAtMs;
}

} // namespace kakiyo
