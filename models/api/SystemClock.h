#pragma once
// SystemClock: the real time for the scheduler — a monotonic timer anchored at the wall clock
// when it was created, so changing the system time cannot stall or flood the queue.

#include "models/api/Clock.h"

#include <QElapsedTimer>

namespace kakiyo {

class SystemClock final : public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemClock)

public:
    explicit SystemClock(QObject *parent = nullptr);
    qint64 nowMs() const override;

private:
    qint64 m_epochAtStart = 0;
    QElapsedTimer m_elapsed;
};

} // namespace kakiyo
