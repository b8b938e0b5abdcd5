#include "models/api/ManualClock.h"

namespace kakiyo {

ManualClock::ManualClock(qint64 startMs, QObject *parent)
    : Clock(parent)
    , m_now(startMs)
{
}

void ManualClock::advance(qint64 ms)
{
    if (ms <= 0)
        return;
    m_now += ms;
    emit advanced();
}

void ManualClock::setNow(qint64 ms)
{
    advance(ms - m_now);
}

} // namespace kakiyo
