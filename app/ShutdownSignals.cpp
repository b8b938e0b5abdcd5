#include "app/ShutdownSignals.h"

#include "models/api/StopRequest.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace kakiyo {

namespace {

int g_pipe[2] = {-1, -1};

extern "C" void onSignal(int signalNumber)
{
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const auto written = ::write(g_pipe[0], &byte, 1);
}

const int kSignals[] = {SIGTERM, SIGINT, SIGHUP};

} // namespace

void ShutdownSignals::installHandlers()
{
    if (g_pipe[0] >= 0)
        return;
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe) != 0)
        return;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int s : kSignals)
        ::sigaction(s, &action, nullptr);
}

ShutdownSignals::ShutdownSignals(QObject *parent)
    : QObject(parent)
{
    installHandlers();
    if (g_pipe[0] < 0)
        return;
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_pipe[1], &byte, 1) == 1) {
            m_lastSignal = byte;
            emit received(byte);
            // quit() ends the application's exec() (the window); the headless commands wait in
            // local event loops that listen to StopRequest instead.
            StopRequest::instance()->request(byte);
            QCoreApplication::quit();
        }
    });
}

ShutdownSignals::~ShutdownSignals()
{
    for (const int s : kSignals)
        ::signal(s, SIG_DFL);
}

} // namespace kakiyo
