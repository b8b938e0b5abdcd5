#include "models/api/SystemClock.h"

#include <QDateTime>

namespace kakiyo {

SystemClock::SystemClock(QObject *parent)
    : Clock(parent)
    , m_epochAtStart(QDateTime::currentMSecsSinceEpoch())
{
    m_elapsed.start();
}

qint64 SystemClock::nowMs() const
{
    return m_epochAtStart + m_elapsed.elapsed();
}

} // namespace kakiyo
