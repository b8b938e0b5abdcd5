#include "models/api/StopRequest.h"

namespace kakiyo {

StopRequest *StopRequest::instance()
{
    // Never destroyed: connections made late in shutdown must still find it.
    static StopRequest *stop = new StopRequest;
    return stop;
}

void StopRequest::request(int signalNumber)
{
    if (m_signal != 0)
        return;
    m_signal = signalNumber > 0 ? signalNumber : 1;
    emit requested(m_signal);
}

} // namespace kakiyo
