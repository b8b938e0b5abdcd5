// A warm cache read against a network round trip to the sandbox, both through ApiSession (what a
// view pays), plus the raw SQLite Cache::get. Prints the figures.

#include "common/HttpProbe.h"
#include "common/SandboxProcess.h"
#include "models/api/ApiClient.h"
#include "models/api/ApiSession.h"
#include "models/api/RequestScheduler.h"
#include "models/api/UsageMeter.h"
#include "models/store/Cache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>

using namespace kakiyo;

namespace {

double timeCalls(ApiSession &session, const ApiRequest &request, int count, bool *allOk)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        bool done = false;
        session.send(request, nullptr, [&](const ApiResult &r) {
            done = true;
            if (!r.ok)
                *allOk = false;
        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return double(timer.nsecsElapsed()) / count / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("kakiyo-bench"));
    QTemporaryDir dir;
    kakiyo::test::SandboxProcess sandbox(
        {QStringLiteral("--rate-limit"), QStringLiteral("1000000"), QStringLiteral("--quiet")});
    if (!sandbox.start()) {
        std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    Cache cache(dir.path());
    const CachePartition partition {QStringLiteral("bench"), QString()};
    ApiSession session;
    session.setBaseUrl(sandbox.baseUrl());
    session.setApiKey(sandbox.apiKey());
    session.setCache(&cache, partition);
    RatePolicy policy;
    policy.setOverride(1'000'000, 60000);
    session.scheduler()->setPolicy(policy);

    std::printf("bench_cache_vs_network (ApiSession, sandbox on loopback)\n");
    const QList<ApiRequest> requests = {
        ApiRequest::get(QStringLiteral("/agents")),
        ApiRequest::get(QStringLiteral("/prospects/search"), QUrlQuery {{"limit", "100"}}),
    };
    for (ApiRequest request : requests) {
        bool ok = true;
        request.cacheMode = ApiRequest::CacheMode::Refresh;
        timeCalls(session, request, 5, &ok); // warm up connection and cache
        const double network = timeCalls(session, request, 100, &ok);
        request.cacheMode = ApiRequest::CacheMode::CacheFirst;
        const double cached = timeCalls(session, request, 1000, &ok);
        QElapsedTimer raw;
        raw.start();
        qint64 bytes = 0;
        for (int i = 0; i < 1000; ++i)
            bytes
                += cache.get(partition, request.resourceKey()).value_or(CacheEntry {}).body.size();
        const double rawUs = double(raw.nsecsElapsed()) / 1000 / 1000.0;
        // ApiClient alone (no scheduler, no cache, no meter), on its kept-alive connection.
        QElapsedTimer clientOnly;
        clientOnly.start();
        for (int i = 0; i < 20; ++i) {
            bool done = false;
            session.client()->start(request, [&](const ApiResult &) { done = true; });
            while (!done)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        const double clientUs = double(clientOnly.nsecsElapsed()) / 20 / 1000.0;
        std::printf(
            "  %-36s ApiClient alone %8.1f us\n", qPrintable(request.resourceKey()), clientUs);
        // The same round trip with a bare QNetworkAccessManager (no scheduler, no cache), to
        // show what the pipeline itself adds.
        QElapsedTimer bare;
        bare.start();
        QUrl url = sandbox.url(request.path);
        url.setQuery(request.query);
        for (int i = 0; i < 20; ++i)
            kakiyo::test::HttpProbe::send("GET", url, sandbox.apiKey());
        const double bareUs = double(bare.nsecsElapsed()) / 20 / 1000.0;
        std::printf("  %-36s body %7lld B: network via session %8.1f us (bare QNAM %8.1f us), "
                    "cache via session %7.1f us, Cache::get %7.1f us; cache %.0fx faster%s\n",
            qPrintable(request.resourceKey()), bytes / 1000, network, bareUs, cached, rawUs,
            network / cached, ok ? "" : "  [some calls failed]");
    }
    // Storing an answer (every successful GET is written through).
    const QByteArray page(4000, 'x');
    QElapsedTimer putTimer;
    putTimer.start();
    for (int i = 0; i < 50; ++i)
        cache.put(partition, QStringLiteral("/bench/%1").arg(i), page);
    std::printf("  Cache::put of a 4 kB answer: %8.1f us per call\n",
        double(putTimer.nsecsElapsed()) / 50 / 1000.0);
    QElapsedTimer usageTimer;
    usageTimer.start();
    for (int i = 0; i < 50; ++i)
        session.usage()->record(QStringLiteral("bench"), 200);
    std::printf("  UsageMeter::record (persisted): %8.1f us per call\n",
        double(usageTimer.nsecsElapsed()) / 50 / 1000.0);
    return 0;
}
