// The Connection over a test's own ApiSession: tests of the pipeline set their session up by hand
// (clock, cache, faults) and hand the models and jobs, which take a Connection, a view of it. The
// connection is a child of the session, made once and kept as long as the session lives.
#pragma once

#include "models/api/ApiSession.h"
#include "models/api/Connection.h"

namespace kakiyo::test {

inline Connection *connectionOf(ApiSession *session)
{
    if (auto *c = session->findChild<Connection *>(QString(), Qt::FindDirectChildrenOnly))
        return c;
    return new Connection(session, session);
}

} // namespace kakiyo::test
