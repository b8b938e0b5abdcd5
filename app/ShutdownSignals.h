// Turns SIGTERM, SIGINT and SIGHUP into an orderly QCoreApplication::quit() and a
// StopRequest (which the headless commands' local event loops obey), so destructors run and the
// demo sandbox child is stopped. The handler only writes a byte to a socket pair (the one
// async-signal-safe way out); a QSocketNotifier picks it up in the event loop.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace kakiyo {

class ShutdownSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShutdownSignals)

public:
    // Call first thing in main(), before QApplication exists (its constructor may already fork
    // helpers): a signal that arrives before the event loop runs is kept and acted on then.
    static void installHandlers();

    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

    int lastSignal() const { return m_lastSignal; }

signals:
    void received(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
    int m_lastSignal = 0;
};

} // namespace kakiyo
