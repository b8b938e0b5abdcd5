// The API calls the Analytics page spends to open a 90-day period for a team of 7 agents and 10
// campaigns (1,500 conversations), with a cold cache and then with a warm one (the app started
// again on the same cache). The outreach loader reads the 1,000 most recent conversations (10
// search pages) of the 1,500 and offers to read the rest, saying what it costs; "read all" clicks
// that button (cold: after a first opening; warm: everything already cached). Counted by the
// sandbox itself (its per-route request counters), so nothing the client does can hide a call.
// Prints the figures per route.

#include "common/ConnectionOf.h"
#include "common/SandboxProcess.h"
#include "models/AnalyticsModel.h"
#include "models/api/ApiSession.h"
#include "models/api/RequestScheduler.h"
#include "models/jobs/AnalyticsModelLoader.h"
#include "models/jobs/OutreachLoader.h"
#include "models/store/Cache.h"
#include "ui/analytics/AnalyticsPage.h"
#include "ui/analytics/AnalyticsView.h"
#include "ui/analytics/DateRangeBar.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>

using namespace kakiyo;

namespace {

struct Opening
{
    int calls = 0;
    QJsonObject byRoute;
    qint64 ms = 0;
    bool ok = false;
    QString offer; // the read-all button's text, as the user saw it before clicking
};

// Opens the page on a new session over `cache`, picks the last 90 days, waits until everything
// it asked for has arrived, and reads the sandbox's counters. With readAll, the counters start
// when the read-all button is clicked, after the page has opened.
Opening open(test::SandboxProcess &sandbox, Cache &cache, bool readAll = false)
{
    Opening o;
    sandbox.resetRequestCounts();
    ApiSession session;
    session.setBaseUrl(sandbox.baseUrl());
    session.setApiKey(sandbox.apiKey());
    session.setCache(&cache, CachePartition {QStringLiteral("bench"), QString()});
    // Count calls, not wait for the rate tiers.
    RatePolicy policy;
    policy.setOverride(1'000'000, 60000);
    session.scheduler()->setPolicy(policy);

    QElapsedTimer timer;
    timer.start();
    AnalyticsPage page(test::connectionOf(&session));
    page.resize(1280, 900);
    page.view()->dateRange()->setPreset(DateRangeBar::Last90Days);
    bool outreach = false;
    bool campaign = false;
    QObject::connect(page.outreachLoader(), &OutreachLoader::loaded, [&] { outreach = true; });
    QObject::connect(
        page.loader(), &AnalyticsModelLoader::campaignLoaded, [&] { campaign = true; });
    page.activate();
    while ((!outreach || !campaign || page.loader()->isBusy()) && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (readAll) {
        QPushButton *button = page.view()->readAllButton();
        o.offer = button->isVisibleTo(page.view()) ? button->text() : QStringLiteral("(no offer)");
        sandbox.resetRequestCounts();
        timer.restart();
        outreach = false;
        button->click();
        while (!outreach && timer.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        const auto figures = page.model()->outreach()->figures();
        o.ok = outreach && figures && figures->isComplete();
        if (figures)
            o.offer += QStringLiteral(" → %1 of %2 read").arg(figures->scanned).arg(figures->total);
    }
    o.ms = timer.elapsed();
    o.ok = outreach && campaign && page.model()->hasOverview() && (!readAll || o.ok);
    o.byRoute = sandbox.requestCounts().value("byRoute").toObject();
    for (auto it = o.byRoute.begin(); it != o.byRoute.end(); ++it)
        o.calls += it.value().toInt();
    return o;
}

void print(const char *name, const Opening &o)
{
    std::printf(
        "%-5s %3d calls in %5lld ms%s\n", name, o.calls, o.ms, o.ok ? "" : "  (INCOMPLETE)");
    for (auto it = o.byRoute.begin(); it != o.byRoute.end(); ++it)
        std::printf("        %3d  %s\n", it.value().toInt(), qPrintable(it.key()));
    if (!o.offer.isEmpty())
        std::printf("        offer: %s\n", qPrintable(o.offer));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("kakiyo-bench"));
    QTemporaryDir dir;
    test::SandboxProcess sandbox(
        {QStringLiteral("--agents"), QStringLiteral("7"), QStringLiteral("--campaigns"),
            QStringLiteral("10"), QStringLiteral("--prospects"), QStringLiteral("1500"),
            QStringLiteral("--rate-limit"), QStringLiteral("1000000"), QStringLiteral("--quiet")});
    if (!sandbox.start()) {
        std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    Cache cache(dir.path());
    std::printf("bench_analytics_calls: open Analytics, last 90 days, 10 campaigns, 7 agents, "
                "1,500 conversations (calls counted by the sandbox)\n");
    const Opening cold = open(sandbox, cache);
    print("cold", cold);
    const Opening warm = open(sandbox, cache);
    print("warm", warm);
    const Opening allCold = open(sandbox, cache, true);
    std::printf("read all (first pages cached, the rest not):\n");
    print("", allCold);
    const Opening allWarm = open(sandbox, cache, true);
    std::printf("read all again (everything cached):\n");
    print("", allWarm);
    return cold.ok && warm.ok && allCold.ok && allWarm.ok ? 0 : 1;
}
