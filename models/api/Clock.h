#pragma once
// Clock: where the scheduler reads the time. The system clock is monotonic but counts in
// wall-clock milliseconds since the epoch (so a server's `resetTime` can be compared with it);
// ManualClock lets tests move time by hand and wakes the scheduler when they do.

#include <QObject>

namespace kakiyo {

class Clock : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Clock() override = default;
    virtual qint64 nowMs() const = 0; // ms since the Unix epoch, never going backwards

signals:
    // Emitted when time jumped without a timer running (manual clock); the scheduler re-checks.
    void advanced();
};

} // namespace kakiyo
