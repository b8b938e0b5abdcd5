// The sandbox's areas (auth, agents, campaigns, ..., prospects, DNC, analytics) in start-up order.
// Each area may create tables, seed data and register routes; the server runs every schema step,
// then every seed step (in one transaction each), then registers every area's routes.
#pragma once

#include <QList>
#include <QSqlDatabase>

namespace kakiyo::sandbox {

class Router;
struct SandboxState;

struct Area
{
    const char *name;
    void (*createSchema)(QSqlDatabase &db); // may be null
    void (*seed)(SandboxState &state); // may be null
    void (*registerRoutes)(Router &router, SandboxState &state); // may be null
};

// One explicit list, in order (core before data: prospects reference campaigns).
QList<Area> sandboxAreas();

} // namespace kakiyo::sandbox
