#pragma once
// RateBucket: the call budget of one rate-limit bucket. It is a token bucket whose tokens come
// back exactly one window after they were spent (a sliding-window log): at most `limit` sends in
// any window of `windowMs`, which is safe against servers counting in fixed windows as well as in
// rolling ones. Server hints narrow it further: a block until a time (Retry-After, resetTime) and
// the server's own remaining count until its reset (X-RateLimit-Remaining / -Reset).

#include <QString>
#include <deque>

namespace kakiyo {

class RateBucket
{
public:
    RateBucket() = default;
    RateBucket(const QString &id, int limit, qint64 windowMs, qint64 marginMs = 0);

    QString id() const { return m_id; }
    int limit() const { return m_limit; }
    qint64 windowMs() const { return m_windowMs; }

    bool canSend(qint64 nowMs);
    int remaining(qint64 nowMs); // calls that may leave now (0 while blocked)
    qint64 nextSendAt(qint64 nowMs); // earliest time canSend() becomes true (nowMs if already)
    void take(qint64 nowMs); // one call left now

    void blockUntil(qint64 untilMs); // server said: nothing before this (keeps the later block)
    qint64 blockedUntil(qint64 nowMs) const { return m_blockedUntil > nowMs ? m_blockedUntil : 0; }
    void setServerRemaining(int remaining, qint64 resetAtMs);
    int sendsInWindow(qint64 nowMs);

private:
    void prune(qint64 nowMs);

    QString m_id;
    int m_limit = 60;
    qint64 m_windowMs = 60000;
    qint64 m_marginMs = 0; // extra wait before a token returns (server clocks lag ours)
    std::deque<qint64> m_sends; // send times still inside the window, oldest first
    qint64 m_blockedUntil = 0;
    int m_serverRemaining = -1; // -1 = no hint
    qint64 m_serverResetAt = 0;
};

} // namespace kakiyo
