// CommandWait: how a headless command waits for an answer. A local event loop that ends when the
// work calls finish(), when the command's time bound passes, or when a stop was requested
// (SIGINT/SIGTERM via StopRequest) — whichever comes first, so no headless wait is unbounded or
// deaf to Ctrl-C. Also holds the time limits the headless commands share (KAKIYO_TIMEOUT).
#pragma once

#include <QEventLoop>
#include <QString>

class QTimer;

namespace kakiyo {

class CommandWait final
{
    Q_DISABLE_COPY_MOVE(CommandWait)

public:
    enum class Outcome
    {
        Finished,
        TimedOut,
        Interrupted,
    };

    // timeoutMs <= 0: no time bound (the stop request still ends the wait).
    explicit CommandWait(int timeoutMs);
    ~CommandWait();

    // Safe to call before run() (run() then returns at once) and more than once.
    void finish();
    // Restarts the time bound from now (for waits bounded by progress rather than in total).
    void restartTimer();
    Outcome run();

    // The per-request deadline and the single-call bound of the headless commands, in ms:
    // KAKIYO_TIMEOUT seconds (decimals allowed), default 60 s.
    static int requestTimeoutMs();
    // The bound of a command that needs one answer: one request deadline plus room for the
    // scheduler's quick retries (backoff 1 + 2 + 4 s) after fast failures.
    static int singleCallBoundMs() { return requestTimeoutMs() + 15000; }
    // Sentences for the two early ends, naming what did not happen.
    static QString timedOutText(int timeoutMs);
    static QString interruptedText();

private:
    QEventLoop m_loop;
    int m_timeoutMs;
    bool m_finished = false;
    bool m_timedOut = false;
    QObject *m_guard = nullptr; // owns the connections and the timer; deleted first
    QTimer *m_timer = nullptr;
};

} // namespace kakiyo
