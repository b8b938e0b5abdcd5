// Scheduler overhead per request: enqueue -> bucket check -> send -> answer -> callback, with an
// in-process transport that answers at once, so only the scheduler's own bookkeeping is measured.
// Also the cost of a pump over a long queue held back by the budget (the 1,000-call burst case).

#include "models/api/ApiRequest.h"
#include "models/api/ManualClock.h"
#include "models/api/RequestScheduler.h"
#include "models/api/Transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace kakiyo;

namespace {

class InstantTransport final : public Transport
{
public:
    quint64 start(const ApiRequest &, Done done) override
    {
        const quint64 id = ++m_id;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [done] {
                ApiResult r;
                r.ok = true;
                r.httpStatus = 200;
                done(r);
            },
            Qt::QueuedConnection);
        return id;
    }
    void abort(quint64) override { }

private:
    quint64 m_id = 0;
};

double runUnlimited(int count, bool distinct)
{
    ManualClock clock;
    InstantTransport transport;
    RequestScheduler scheduler(&transport, &clock);
    RatePolicy policy;
    policy.setOverride(1'000'000'000, 60000); // measure bookkeeping, not waiting
    scheduler.setPolicy(policy);
    scheduler.setMaxInFlight(64);
    int answered = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const QString path = distinct ? QStringLiteral("/prospects/c%1").arg(i)
                                      : QStringLiteral("/prospects/search");
        scheduler.enqueue(
            ApiRequest::get(path), nullptr, [&answered](const ApiResult &) { ++answered; });
    }
    while (answered < count)
        QCoreApplication::processEvents();
    return double(timer.nsecsElapsed()) / count / 1000.0;
}

double pumpOverBlockedQueue(int queued)
{
    ManualClock clock;
    InstantTransport transport;
    RequestScheduler scheduler(&transport, &clock);
    scheduler.setPolicy(RatePolicy(RatePolicy::Mode::Tiered));
    int answered = 0;
    for (int i = 0; i < queued; ++i)
        scheduler.enqueue(ApiRequest::get(QStringLiteral("/prospects/search"),
                              QUrlQuery {{"offset", QString::number(i * 100)}}),
            nullptr, [&answered](const ApiResult &) { ++answered; });
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    // The budget (15/min) is spent; every clock tick re-checks the whole queue.
    const int ticks = 200;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < ticks; ++i) {
        clock.advance(1); // nothing becomes due: pure scan cost
        QCoreApplication::processEvents();
    }
    return double(timer.nsecsElapsed()) / ticks / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("bench_scheduler (RequestScheduler, in-process transport)\n");
    for (int n : {1000, 10000}) {
        std::printf(
            "  %6d distinct GETs, no rate wait: %8.2f us per request\n", n, runUnlimited(n, true));
    }
    std::printf("  %6d identical GETs (coalesced): %8.2f us per request\n", 10000,
        runUnlimited(10000, false));
    for (int q : {100, 1000}) {
        std::printf("  pump over %5d calls held by the budget: %8.2f us per pump\n", q,
            pumpOverBlockedQueue(q));
    }
    return 0;
}
