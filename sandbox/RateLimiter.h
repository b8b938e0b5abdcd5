// Rolling-window request limits (contract section 4): one bucket per key (per endpoint in the
// help-centre profile, per team tier in the current one), each remembering its request times.
#pragma once

#include <QHash>
#include <QString>
#include <deque>

namespace kakiyo::sandbox {

class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetAtMs = 0; // epoch ms when the oldest counted request leaves the window
        int retryAfterSeconds = 0; // when refused: whole seconds until a slot frees (≥ 1)
    };

    explicit RateLimiter(int windowMs = 60000)
        : m_windowMs(windowMs)
    {
    }

    // Counts one request against bucket (if allowed) and says whether it may proceed.
    Decision take(const QString &bucket, int limit, qint64 nowMs);
    int windowMs() const { return m_windowMs; }
    void clear() { m_buckets.clear(); }

private:
    int m_windowMs;
    QHash<QString, std::deque<qint64>> m_buckets;
};

} // namespace kakiyo::sandbox
