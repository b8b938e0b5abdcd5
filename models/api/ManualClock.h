#pragma once
// ManualClock: a clock for tests that only moves when told to. advance() emits advanced(), which
// makes the scheduler send whatever became due.

#include "models/api/Clock.h"

namespace kakiyo {

class ManualClock final : public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualClock)

public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000, QObject *parent = nullptr);
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms);
    void setNow(qint64 ms); // never earlier than now

private:
    qint64 m_now;
};

} // namespace kakiyo
