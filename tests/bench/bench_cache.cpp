// Cache figures: a warm 100 KB read (what opening a view with a warm cache costs instead of a
// network round trip), a miss, writes, prefix invalidation, daily snapshots, and opening a
// large cache file (the integrity check at open). Prints figures; asserts nothing about time.
#include "models/store/Cache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace kakiyo;

namespace {

struct Figure
{
    double medianUs;
    double p95Us;
    double meanUs;
};

Figure measure(int runs, const std::function<void(int)> &once)
{
    std::vector<double> samples;
    samples.reserve(runs);
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        once(i);
        samples.push_back(timer.nsecsElapsed() / 1000.0);
    }
    double sum = 0;
    for (double s : samples)
        sum += s;
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2],
        samples[std::min(samples.size() - 1, samples.size() * 95 / 100)], sum / samples.size()};
}

void print(const char *what, int runs, const Figure &f)
{
    std::printf("  %-46s %6d runs  median %9.1f us  p95 %9.1f us  mean %9.1f us\n", what, runs,
        f.medianUs, f.p95Us, f.meanUs);
}

QByteArray jsonLikeBody(int size)
{
    QByteArray body = R"({"data":[)";
    int i = 0;
    while (body.size() < size - 64)
        body += QByteArrayLiteral(R"({"id":"69724b7100331796aae2","name":"Prospect )")
            + QByteArray::number(i++) + QByteArrayLiteral(R"(","status":"active"},)");
    body.chop(1);
    body += "]}";
    return body.leftJustified(size, ' ');
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    volatile qint64 sink = 0; // keeps reads from being optimised away

    std::printf("bench_cache (SQLite, WAL, one file per profile)\n");
    Cache cache(dir.path());
    const CachePartition partition {QStringLiteral("bench"), QStringLiteral("ws")};
    const QByteArray big = jsonLikeBody(100 * 1024);
    const QByteArray small = jsonLikeBody(2 * 1024);
    const QString warmKey = QStringLiteral("GET /v1/prospects/search?limit=100&offset=0");

    cache.put(partition, warmKey, big);
    for (int i = 0; i < 2000; ++i) // a realistic neighbourhood of other entries
        cache.put(partition, QStringLiteral("GET /v1/prospects/%1").arg(i), small);

    const int reads = 2000;
    print("get, warm 100 KB entry", reads,
        measure(reads, [&](int) { sink = sink + cache.get(partition, warmKey)->body.size(); }));
    print("get, warm 2 KB entry", reads, measure(reads, [&](int i) {
        sink = sink
            + cache.get(partition, QStringLiteral("GET /v1/prospects/%1").arg(i % 2000))
                  ->body.size();
    }));
    print("get, miss", reads, measure(reads, [&](int i) {
        sink = sink + cache.get(partition, QStringLiteral("GET /v1/nothing/%1").arg(i)).has_value();
    }));
    const int writes = 500;
    print("put, 100 KB, replacing one key", writes,
        measure(writes, [&](int) { cache.put(partition, warmKey, big); }));
    print("put, 100 KB, new keys", writes, measure(writes, [&](int i) {
        cache.put(partition, QStringLiteral("GET /v1/pages/%1").arg(i), big);
    }));
    print("put, 2 KB, new keys", writes * 4, measure(writes * 4, [&](int i) {
        cache.put(partition, QStringLiteral("GET /v1/small/%1").arg(i), small);
    }));

    // Invalidation after a write: a resource's 100 cached children among thousands of entries.
    const int rounds = 50;
    for (int round = 0; round < rounds; ++round) {
        const QString base = QStringLiteral("GET /v1/agents/a%1/").arg(round);
        for (int j = 0; j < 100; ++j)
            cache.put(partition, base + QStringLiteral("x%1").arg(j), small);
    }
    int removed = 0;
    print("invalidate prefix (100 of ~9000 entries)", rounds, measure(rounds, [&](int round) {
        removed += cache.invalidate(partition, QStringLiteral("GET /v1/agents/a%1/").arg(round));
    }));
    std::printf(
        "  (entries removed by those invalidations: %d, expected %d)\n", removed, rounds * 100);
    print("invalidate prefix, nothing matches", rounds, measure(rounds, [&](int round) {
        sink = sink + cache.invalidate(partition, QStringLiteral("GET /v1/webhooks/%1").arg(round));
    }));

    const QDate today = QDate::currentDate();
    print("putSnapshot, 20 KB", 365, measure(365, [&](int i) {
        cache.putSnapshot(partition, QStringLiteral("GET /v1/analytics/overview"),
            today.addDays(-i), jsonLikeBody(20 * 1024));
    }));
    print("snapshots, 90 days of 20 KB", 100, measure(100, [&](int) {
        sink = sink
            + cache
                  .snapshots(partition, QStringLiteral("GET /v1/analytics/overview"),
                      today.addDays(-89), today)
                  .size();
    }));

    const qint64 bytes = cache.sizeBytes(partition.profileId);
    cache.close(partition.profileId);
    print("first get after reopening the file", 1,
        measure(1, [&](int) { sink = sink + cache.get(partition, warmKey).has_value(); }));
    std::printf("  cache file size: %.1f MB\n", bytes / (1024.0 * 1024.0));
    return 0;
}
