// The refresh plan's cost per profile generation: for the help centre's rules (60/min per
// endpoint, 1 credit per call) and the current ones (tiered per team, no credits), the calls per
// hour and credits per day of the default and the shortest allowed interval, and the share each
// rate bucket gives to background refreshes (the plan keeps every share at or below 10 %), for
// the team and for a client workspace (one call more: the scope).
//
// Then a compressed hour against a live team (kakiyo-sandbox --activity): rate windows of one
// second stand for one minute, so 60 real seconds are one hour of the plan at its shortest
// interval, with the user clicking through lists meanwhile (one interactive read per simulated
// minute). The sandbox's own log counts the 429s; there must be none. Before it, one refresh in
// a client workspace and one for the team: the calls the UsageMeter counted must be the plan's.
#include "common/ConnectionOf.h"
#include "common/SandboxProcess.h"
#include "models/api/AgentsApi.h"
#include "models/api/ApiSession.h"
#include "models/api/Connection.h"
#include "models/api/RequestScheduler.h"
#include "models/api/UsageMeter.h"
#include "models/live/AlertInbox.h"
#include "models/live/RefreshPlan.h"
#include "models/live/TeamRefresh.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace kakiyo;

namespace {

constexpr int Compression = 60; // one real second = one simulated minute

void printPlan(const char *generation, RatePolicy::Mode mode, bool credits, bool inWorkspace)
{
    const RatePolicy policy(mode);
    const int shortest = RefreshPlan::shortestInterval(policy, inWorkspace);
    for (int minutes : {RefreshPlan::defaultInterval(policy, credits, inWorkspace), shortest}) {
        const RefreshPlan plan(policy, minutes, credits, inWorkspace);
        std::printf("%-12s %-10s %s%s\n", generation, inWorkspace ? "workspace" : "team",
            qPrintable(plan.summary()),
            minutes == shortest ? "  (shortest allowed)" : "  (default)");
        for (const RefreshPlan::BucketShare &s : plan.shares())
            std::printf("    %-40s %4d of %5d calls/hour = %5.2f %%\n", qPrintable(s.bucketId),
                s.callsPerHour, s.capacityPerHour, s.share * 100.0);
    }
}

struct HourRun
{
    int refreshes = 0;
    int failedRefreshes = 0;
    int userCalls = 0;
    int tooMany = 0; // 429 answers in the sandbox's log
    int requests = 0;
    int teamRefreshCalls = 0; // what the UsageMeter counted for one refresh
    int workspaceRefreshCalls = 0;
};

// One refresh, waited for; the calls the session's UsageMeter counted meanwhile.
int measuredRefresh(Connection *connection, TeamRefresh &refresh)
{
    const int before = connection->usage()->calls();
    refresh.start({});
    QElapsedTimer clock;
    clock.start();
    while (refresh.isRunning() && clock.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return connection->usage()->calls() - before;
}

HourRun compressedHour(const QString &profile, RatePolicy::Mode mode, int seconds)
{
    HourRun run;
    test::SandboxProcess sandbox(
        {QStringLiteral("--profile"), profile, QStringLiteral("--rate-window-ms"),
            QString::number(60000 / Compression), QStringLiteral("--activity"),
            QString::number(Compression), QStringLiteral("--seed"), QStringLiteral("3")});
    if (!sandbox.start()) {
        std::printf("sandbox did not start: %s\n", qPrintable(sandbox.errorString()));
        return run;
    }
    QTemporaryDir dir;
    ApiSession session;
    session.setBaseUrl(sandbox.baseUrl());
    session.setApiKey(sandbox.apiKey());
    // The client's buckets run on the same compressed windows as the server's.
    RatePolicy policy(mode);
    policy.setOverride(mode == RatePolicy::Mode::PerEndpoint ? 60 : 15, 60000 / Compression);
    session.scheduler()->setPolicy(policy);
    Connection *connection = test::connectionOf(&session);

    const int interval = RefreshPlan::shortestInterval(RatePolicy(mode));
    AlertInbox inbox(dir.path(), {QStringLiteral("bench"), {}}, QStringLiteral("bench"));
    TeamRefresh refresh(connection);
    // The plan's cost against the meter, in a client workspace and for the team.
    const QJsonArray workspaces = sandbox.call("GET", QStringLiteral("/workspaces"))
                                      .json.object()
                                      .value("workspaces")
                                      .toArray();
    if (!workspaces.isEmpty()) {
        connection->setWorkspace(workspaces.first().toObject().value("id").toString());
        run.workspaceRefreshCalls = measuredRefresh(connection, refresh);
        connection->setWorkspace({});
    }
    run.teamRefreshCalls = measuredRefresh(connection, refresh);
    QObject::connect(&refresh, &TeamRefresh::finished, [&](const TeamSnapshot &s) {
        ++run.refreshes;
        inbox.update(s);
    });
    QObject::connect(
        &refresh, &TeamRefresh::failed, [&](const ApiError &) { ++run.failedRefreshes; });
    QTimer refreshTimer;
    refreshTimer.setInterval(interval * 60 * 1000 / Compression);
    QObject::connect(&refreshTimer, &QTimer::timeout, [&] { refresh.start(inbox.lastSnapshot()); });
    QTimer userTimer; // the user opens the agents page once a simulated minute
    userTimer.setInterval(60 * 1000 / Compression);
    QObject context;
    QObject::connect(&userTimer, &QTimer::timeout, [&] {
        ++run.userCalls;
        AgentsApi(connection)
            .list(&context, [](const Result<QList<Agent>> &) {},
                {Priority::Interactive, ApiRequest::CacheMode::Refresh});
    });
    refresh.start(inbox.lastSnapshot());
    refreshTimer.start();
    userTimer.start();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < qint64(seconds) * 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    refreshTimer.stop();
    userTimer.stop();
    while (refresh.isRunning() && clock.elapsed() < qint64(seconds + 10) * 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const QList<QByteArray> lines = sandbox.stderrLog().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("GET /v1") || line.startsWith("POST /v1"))
            ++run.requests;
        if (line.contains(" 429 "))
            ++run.tooMany;
    }
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("Refresh plan per profile generation (cap: %.0f %% of any bucket)\n",
        RefreshPlan::MaxBucketShare * 100.0);
    for (bool inWorkspace : {false, true}) {
        printPlan("help-centre", RatePolicy::Mode::PerEndpoint, true, inWorkspace);
        printPlan("current", RatePolicy::Mode::Tiered, false, inWorkspace);
        printPlan("strictest", RatePolicy::Mode::Strictest, true, inWorkspace);
    }

    const int seconds = qEnvironmentVariableIsSet("BENCH_SECONDS")
        ? qEnvironmentVariableIntValue("BENCH_SECONDS")
        : 60;
    int failures = 0;
    for (const auto &[profile, mode] : {std::pair {"help-centre", RatePolicy::Mode::PerEndpoint},
             std::pair {"current", RatePolicy::Mode::Tiered}}) {
        const HourRun r = compressedHour(QString::fromLatin1(profile), mode, seconds);
        std::printf("compressed hour (%d s real, --activity %d) on %s: %d refreshes (%d failed), "
                    "%d user reads, %d requests, %d x 429\n",
            seconds, Compression, profile, r.refreshes, r.failedRefreshes, r.userCalls, r.requests,
            r.tooMany);
        const RatePolicy policy(mode);
        const int teamPlan = RefreshPlan(policy, 15, false).callsPerRefresh();
        const int workspacePlan = RefreshPlan(policy, 15, false, true).callsPerRefresh();
        std::printf("  calls per refresh counted by the UsageMeter: team %d (plan %d), workspace "
                    "%d (plan %d)\n",
            r.teamRefreshCalls, teamPlan, r.workspaceRefreshCalls, workspacePlan);
        if (r.tooMany != 0 || r.refreshes == 0 || r.teamRefreshCalls != teamPlan
            || r.workspaceRefreshCalls != workspacePlan)
            ++failures;
    }
    return failures == 0 ? 0 : 1;
}
