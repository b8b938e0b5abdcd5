#include "app/CommandWait.h"

#include "models/api/StopRequest.h"

#include <QTimer>
#include <algorithm>
#include <cmath>

namespace kakiyo {

CommandWait::CommandWait(int timeoutMs)
    : m_timeoutMs(timeoutMs)
    , m_guard(new QObject)
{
    QObject::connect(
        StopRequest::instance(), &StopRequest::requested, m_guard, [this](int) { m_loop.quit(); });
    if (m_timeoutMs > 0) {
        m_timer = new QTimer(m_guard);
        m_timer->setSingleShot(true);
        QObject::connect(m_timer, &QTimer::timeout, m_guard, [this] {
            m_timedOut = true;
            m_loop.quit();
        });
        m_timer->start(m_timeoutMs);
    }
}

CommandWait::~CommandWait()
{
    delete m_guard;
}

void CommandWait::finish()
{
    m_finished = true;
    m_loop.quit();
}

void CommandWait::restartTimer()
{
    if (m_timer)
        m_timer->start(m_timeoutMs);
}

CommandWait::Outcome CommandWait::run()
{
    while (!m_finished && !m_timedOut && !StopRequest::instance()->isRequested())
        m_loop.exec();
    if (m_finished)
        return Outcome::Finished;
    if (StopRequest::instance()->isRequested())
        return Outcome::Interrupted;
    return Outcome::TimedOut;
}

int CommandWait::requestTimeoutMs()
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("KAKIYO_TIMEOUT").toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0)
        return 60000;
    return int(std::clamp(seconds * 1000.0, 100.0, 24.0 * 3600 * 1000));
}

QString CommandWait::timedOutText(int timeoutMs)
{
    return QStringLiteral("no answer within %1 s (KAKIYO_TIMEOUT sets the limit); nothing was "
                          "written")
        .arg((timeoutMs + 999) / 1000);
}

QString CommandWait::interruptedText()
{
    return QStringLiteral("interrupted; nothing was written");
}

} // namespace kakiyo
