// The API calls the agency's master view (WorkspaceSweep) spends for a team with N client
// workspaces — 10 agents spread over them, 15 campaigns, 1,200 conversations — with a cold cache
// and then a warm one (the sweep run again within its freshness window), against both API
// generations. Calls are counted by the sandbox itself (its per-route counters), with the
// client's real rate policy (no override), so the figures include any waiting the budget needs.
// Prints calls per workspace, the share of each rate bucket the cold sweep used, the calls the
// server refused with 429 (requests beyond the sweep's own: nothing else retries here), and what
// the usage meter counted (calls, credits where the server charges them).

#include "common/ConnectionOf.h"
#include "common/HttpProbe.h"
#include "common/SandboxProcess.h"
#include "models/api/ApiSession.h"
#include "models/api/RequestScheduler.h"
#include "models/api/ServerGeneration.h"
#include "models/api/UsageMeter.h"
#include "models/jobs/WorkspaceSweep.h"
#include "models/store/Cache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>

using namespace kakiyo;

namespace {

constexpr int kWorkspaces = 6;

// Brings the seeded team (2 workspaces) to kWorkspaces, each with agents assigned round-robin.
bool setUp(test::SandboxProcess &sandbox)
{
    for (int i = 2; i < kWorkspaces; ++i) {
        if (sandbox
                .call("POST", QStringLiteral("/workspaces"),
                    QJsonObject {{"name", QStringLiteral("Client %1").arg(i + 1)}})
                .status
            != 201)
            return false;
    }
    const QJsonArray workspaces = sandbox.call("GET", QStringLiteral("/workspaces"))
                                      .json.object()
                                      .value("workspaces")
                                      .toArray();
    const QJsonArray agents = sandbox.call("GET", QStringLiteral("/agents")).json.array();
    if (workspaces.size() != kWorkspaces)
        return false;
    for (int i = 0; i < agents.size(); ++i) {
        const QString ws = workspaces.at(i % kWorkspaces).toObject().value("id").toString();
        const QString agent = agents.at(i).toObject().value("id").toString();
        sandbox.call("POST", QStringLiteral("/workspaces/%1/agents/%2").arg(ws, agent));
    }
    // The set-up's writes must not eat the budget the sweep is measured against.
    return sandbox.resetRateLimits() && sandbox.resetRequestCounts();
}

struct Run
{
    bool ok = false;
    int calls = 0; // counted by the sandbox
    int expected = 0; // what the plan said
    int needed = 0; // the sweep's own requests: 3 lists + one per 100 conversations
    qint64 ms = 0;
    QList<SchedulerState::Bucket> buckets;
    int meterCalls = 0;
    int meterCredits = 0;
    QString generation;
};

Run sweepOnce(test::SandboxProcess &sandbox, Cache &cache)
{
    Run run;
    sandbox.resetRequestCounts();
    ApiSession session;
    session.setBaseUrl(sandbox.baseUrl());
    session.setApiKey(sandbox.apiKey());
    session.setCache(&cache, CachePartition {QStringLiteral("bench-") + sandbox.profile(), {}});
    WorkspaceSweep sweep(test::connectionOf(&session));
    const WorkspaceSweep::Plan plan = sweep.plan();
    run.expected = plan.calls;
    bool done = false;
    QObject::connect(&sweep, &WorkspaceSweep::finished, [&] { done = run.ok = true; });
    QObject::connect(&sweep, &WorkspaceSweep::failed, [&](const QString &message) {
        std::fprintf(stderr, "sweep failed: %s\n", qPrintable(message));
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    sweep.run();
    while (!done && timer.elapsed() < 180000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    run.ms = timer.elapsed();
    run.ok = run.ok && sweep.summaries().size() == kWorkspaces;
    run.calls = sandbox.requestCounts().value("total").toInt();
    run.needed = 3
        + int(
            (sweep.conversationsRead() + WorkspaceSweep::PageSize - 1) / WorkspaceSweep::PageSize);
    run.buckets = session.scheduler()->state().buckets;
    session.usage()->flush();
    run.meterCalls = session.usage()->calls();
    run.meterCredits = session.usage()->credits();
    run.generation = ServerGeneration::describe(session.generation()->detected());
    return run;
}

void print(const char *name, const Run &r)
{
    std::printf("  %-5s %3d calls (%.1f per workspace) in %6lld ms%s\n", name, r.calls,
        double(r.calls) / kWorkspaces, r.ms, r.ok ? "" : "  (INCOMPLETE)");
    std::printf("        usage meter today: %d calls, %d credits; server: %s\n", r.meterCalls,
        r.meterCredits, qPrintable(r.generation));
}

bool benchProfile(const QString &profile)
{
    test::SandboxProcess sandbox({QStringLiteral("--profile"), profile, QStringLiteral("--agents"),
        QStringLiteral("10"), QStringLiteral("--campaigns"), QStringLiteral("15"),
        QStringLiteral("--prospects"), QStringLiteral("1200"), QStringLiteral("--quiet")});
    if (!sandbox.start() || !setUp(sandbox)) {
        std::fprintf(stderr, "sandbox (%s) not ready: %s\n", qPrintable(profile),
            qPrintable(sandbox.errorString()));
        return false;
    }
    QTemporaryDir dir;
    Cache cache(dir.path());
    std::printf("profile %s: %d workspaces, 10 agents, 15 campaigns, 1,200 conversations\n",
        qPrintable(profile), kWorkspaces);
    const Run cold = sweepOnce(sandbox, cache);
    print("cold", cold);
    // Requests beyond the sweep's own are retries after a 429 (no fault is injected here).
    const int refused = cold.calls - cold.needed;
    std::printf("        planned before the run: at least %d calls; refused with 429: %d\n",
        cold.expected, refused);
    for (const SchedulerState::Bucket &b : cold.buckets)
        std::printf("        bucket %-40s %3d of %3d per %llds used (%.0f %%)\n", qPrintable(b.id),
            b.limit - b.remaining, b.limit, b.windowMs / 1000,
            b.limit > 0 ? 100.0 * (b.limit - b.remaining) / b.limit : 0.0);
    const Run warm = sweepOnce(sandbox, cache);
    print("warm", warm);
    return cold.ok && warm.ok && refused == 0 && warm.calls == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("kakiyo-bench"));
    std::printf(
        "bench_master_view: the agency master view's sweep (calls counted by the sandbox)\n");
    const bool current = benchProfile(QStringLiteral("current"));
    const bool helpCentre = benchProfile(QStringLiteral("help-centre"));
    return current && helpCentre ? 0 : 1;
}
