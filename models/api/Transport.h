#pragma once
// Transport: the one thing the scheduler needs from the network — start a request and later get
// its result, or abort it. ApiClient is the real one; scheduler tests plug in a scripted one so
// budget, retry and priority rules can be checked with a manual clock and no sockets.

#include "models/api/ApiResult.h"

#include <functional>

namespace kakiyo {

struct ApiRequest;

class Transport
{
public:
    using Done = std::function<void(const ApiResult &)>;
    virtual ~Transport() = default;
    // Starts the call; `done` runs exactly once, later (never inside start), unless aborted.
    // Returns an id for abort().
    virtual quint64 start(const ApiRequest &request, Done done) = 0;
    // Stops the call; its `done` is not called any more.
    virtual void abort(quint64 id) = 0;
};

} // namespace kakiyo
