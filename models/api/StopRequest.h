// StopRequest: the process-wide "stop now" (SIGINT, SIGTERM, SIGHUP). QCoreApplication::quit()
// only ends the application's own exec(); a headless command waits in local QEventLoops, which
// quit() never reaches. So ShutdownSignals raises this instead, and every headless wait loop
// connects to requested() and ends its work there (cancelling calls, discarding half-written
// files, leaving journals resumable). Lives in the API layer so that models and item loaders
// that run their own loops can see it too. Main thread only.
#pragma once

#include <QObject>

namespace kakiyo {

class StopRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopRequest)

public:
    static StopRequest *instance();

    // Idempotent: only the first request is announced.
    void request(int signalNumber);
    bool isRequested() const { return m_signal != 0; }
    int signalNumber() const { return m_signal; }

signals:
    void requested(int signalNumber);

private:
    StopRequest() = default;
    int m_signal = 0;
};

} // namespace kakiyo
