// Sends one request through an ApiSession and waits for its single answer, for the client tests
// that talk to a real sandbox. A request that does not answer in time comes back as Cancelled.
#pragma once

#include "models/api/ApiSession.h"

#include <QElapsedTimer>
#include <QTest>

namespace kakiyo::test {

inline ApiResult call(ApiSession &session, const ApiRequest &request, int timeoutMs = 20000)
{
    ApiResult result;
    bool done = false;
    QObject owner;
    session.send(request, &owner, [&](const ApiResult &r) {
        result = r;
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < timeoutMs)
        QTest::qWait(2);
    if (!done)
        result.error
            = ApiError::make(ApiError::Category::Cancelled, QStringLiteral("test waited too long"));
    return result;
}

} // namespace kakiyo::test
