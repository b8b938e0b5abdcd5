// The catalogue of misbehaviours the hostile-server tests put every headless command and window
// model through: each one a HostileServer handler that answers every path the same bad way.
#pragma once

#include "HostileServer.h"

#include <QList>
#include <QString>
#include <functional>

namespace kakiyo::test {

struct HostileFault
{
    QString name;
    // The handler for the server under test; `other` is a second server on another host name
    // (localhost instead of 127.0.0.1) that a redirect points to and that must never be asked.
    std::function<HostileServer::Handler(HostileServer *other)> make;
};

QList<HostileFault> hostileFaults();

} // namespace kakiyo::test
