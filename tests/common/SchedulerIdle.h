// "Nothing more was sent" checks that cannot pass by looking too early: instead of waiting a fixed
// time and hoping a wrong call would have arrived by then, wait until the scheduler has nothing
// queued, nothing on the wire and no retry pending. Every call goes through the scheduler the
// moment it is made, so from then on a wrong call would already have been counted.
#pragma once

#include "models/api/RequestScheduler.h"

#include <QTest>

namespace kakiyo::test {

inline bool isIdle(RequestScheduler &scheduler)
{
    const SchedulerState s = scheduler.state();
    return s.queued == 0 && s.inFlight == 0 && s.waitingUntilMs == 0;
}

// Waits (up to timeoutMs) until the scheduler is idle; false if it never was.
inline bool waitIdle(RequestScheduler &scheduler, int timeoutMs = 20000)
{
    bool ok = false;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(isIdle(scheduler), timeoutMs);
        ok = true;
    }();
    return ok;
}

} // namespace kakiyo::test
