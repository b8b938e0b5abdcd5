// RequestScheduler with a manual clock and a scripted transport (no sockets): budgets under a
// burst, server hints, retry rules, coalescing, cancellation, priorities, out-of-credits mode and
// the state snapshot. ApiClient's own behaviour is tested against the real sandbox elsewhere.

#include "models/api/ApiRequest.h"
#include "models/api/ManualClock.h"
#include "models/api/RequestScheduler.h"
#include "models/api/Transport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <functional>
#include <map>

using namespace kakiyo;

namespace {

// Answers calls when the test says so, or automatically through `autoAnswer`.
class ScriptedTransport final : public Transport
{
public:
    struct Call
    {
        quint64 id;
        ApiRequest request;
        qint64 sentAt;
        Done done;
    };

    explicit ScriptedTransport(ManualClock *clock)
        : m_clock(clock)
    {
    }

    quint64 start(const ApiRequest &request, Done done) override
    {
        const quint64 id = m_nextId++;
        sent.append({id, request, m_clock->nowMs(), done});
        open.emplace(id, done);
        if (autoAnswer) {
            const ApiResult result = autoAnswer(request);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [this, id, result] { answer(id, result); },
                Qt::QueuedConnection);
        }
        return id;
    }

    void abort(quint64 id) override
    {
        aborted.append(id);
        open.erase(id);
    }

    void answer(quint64 id, const ApiResult &result)
    {
        const auto it = open.find(id);
        if (it == open.end())
            return;
        Done done = it->second;
        open.erase(it);
        done(result);
    }
    void answerLast(const ApiResult &result) { answer(sent.last().id, result); }

    QList<Call> sent;
    std::map<quint64, Done> open;
    QList<quint64> aborted;
    std::function<ApiResult(const ApiRequest &)> autoAnswer;

private:
    ManualClock *m_clock;
    quint64 m_nextId = 1;
};

ApiResult okResult(const QByteArray &body = "{}")
{
    ApiResult r;
    r.ok = true;
    r.httpStatus = 200;
    r.body = body;
    r.json = QJsonDocument::fromJson(body);
    return r;
}

ApiResult httpError(int status, const QByteArray &body = {}, qint64 nowMs = -1)
{
    ApiResult r;
    r.httpStatus = status;
    r.body = body;
    r.error = ApiError::fromHttp(status, body, nowMs);
    return r;
}

ApiResult networkError()
{
    return ApiResult::failure(
        ApiError::fromNetwork(QNetworkReply::RemoteHostClosedError, QStringLiteral("closed")));
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

} // namespace

class tst_RequestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void burstNeverExceedsAnyBucket_data();
    void burstNeverExceedsAnyBucket();
    void serverHintBlocksBucket_data();
    void serverHintBlocksBucket();
    void rateLimitRemainingZeroBlocksUntilReset();
    void writesRetriedOnlyAfter429_data();
    void writesRetriedOnlyAfter429();
    void getsRetriedWithCappedBackoff();
    void decodeErrorsAreNotRetried();
    void identicalGetsAreCoalesced();
    void cancelByOwnerAndOnDestruction();
    void cancelledWriteInFlightStillCounts();
    void priorityOrder();
    void outOfCreditsMode();
    void stateSnapshot();
    void callbacksNeverRunInsideEnqueue();

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ScriptedTransport> m_transport;
    std::unique_ptr<RequestScheduler> m_scheduler;
};

void tst_RequestScheduler::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    m_transport = std::make_unique<ScriptedTransport>(m_clock.get());
    m_scheduler = std::make_unique<RequestScheduler>(m_transport.get(), m_clock.get());
}

void tst_RequestScheduler::cleanup()
{
    m_scheduler.reset();
    m_transport.reset();
    m_clock.reset();
}

void tst_RequestScheduler::burstNeverExceedsAnyBucket_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("strictest") << int(RatePolicy::Mode::Strictest);
    QTest::newRow("tiered") << int(RatePolicy::Mode::Tiered);
    QTest::newRow("per-endpoint") << int(RatePolicy::Mode::PerEndpoint);
}

void tst_RequestScheduler::burstNeverExceedsAnyBucket()
{
    QFETCH(int, mode);
    RatePolicy policy {RatePolicy::Mode(mode)};
    m_scheduler->setPolicy(policy);
    m_transport->autoAnswer = [](const ApiRequest &) { return okResult(); };

    // 1,000 distinct calls over a mix of endpoints and tiers, all queued at once.
    const QStringList paths
        = {"/prospects/search", "/campaigns", "/verify", "/dnc", "/agents/a1", "/dnc/batch"};
    int answered = 0;
    for (int i = 0; i < 1000; ++i) {
        const QString path = paths.at(i % paths.size());
        ApiRequest request = path == QLatin1String("/dnc/batch")
            ? ApiRequest::post(path, QJsonDocument(QJsonObject {{"i", i}}))
            : ApiRequest::get(path, QUrlQuery {{"n", QString::number(i)}}, Priority::Background);
        m_scheduler->enqueue(request, nullptr, [&answered](const ApiResult &r) {
            QVERIFY(r.ok);
            ++answered;
        });
    }
    settle();
    // Simulated time: at most 2 hours in 500 ms steps.
    for (int step = 0; step < 2 * 3600 * 2 && answered < 1000; ++step) {
        m_clock->advance(500);
        settle();
    }
    QCOMPARE(answered, 1000);
    QCOMPARE(m_transport->sent.size(), 1000);

    // Count sends per bucket in every sliding window ending at a send.
    QHash<QString, QList<qint64>> sendsByBucket;
    QHash<QString, RatePolicy::Limit> limitsById;
    QSet<QString> binding;
    for (const auto &call : m_transport->sent) {
        const auto limits = policy.limitsFor(call.request.method, call.request.path);
        auto strictest = limits.first();
        for (const auto &limit : limits) {
            sendsByBucket[limit.bucketId].append(call.sentAt);
            limitsById.insert(limit.bucketId, limit);
            if (limit.limit < strictest.limit)
                strictest = limit;
        }
        binding.insert(strictest.bucketId);
    }
    for (auto it = sendsByBucket.cbegin(); it != sendsByBucket.cend(); ++it) {
        const int limit = limitsById.value(it.key()).limit;
        const qint64 window = limitsById.value(it.key()).windowMs;
        const QList<qint64> &times = it.value();
        qsizetype first = 0;
        int worst = 0;
        for (qsizetype last = 0; last < times.size(); ++last) {
            while (times.at(first) <= times.at(last) - window)
                ++first;
            worst = std::max(worst, int(last - first + 1));
        }
        QVERIFY2(worst <= limit,
            qPrintable(QStringLiteral("%1: %2 sends in one window, limit %3")
                           .arg(it.key())
                           .arg(worst)
                           .arg(limit)));
        // And the budget is actually used: a bucket that binds (the strictest of a call's
        // buckets) was filled at some point.
        if (binding.contains(it.key()))
            QVERIFY2(worst == limit || times.size() < limit, qPrintable(it.key()));
    }
}

void tst_RequestScheduler::serverHintBlocksBucket_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("waitMs");

    QTest::newRow("body retryAfter s")
        << QByteArray(R"({"error":"rate_limit_exceeded","retryAfter":7})") << qint64(7000);
    QTest::newRow("body resetTime ms")
        << QByteArray(R"({"error":"rate_limit_exceeded","resetTime":RESET})") << qint64(12000);
    QTest::newRow("no hint: backoff")
        << QByteArray(R"({"error":"rate_limit_exceeded"})") << qint64(-1);
}

void tst_RequestScheduler::serverHintBlocksBucket()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, waitMs);
    const qint64 t0 = m_clock->nowMs();
    body.replace("RESET", QByteArray::number(t0 + 12000));

    ApiResult final;
    int calls = 0;
    m_scheduler->enqueue(ApiRequest::get("/prospects/search"), nullptr, [&](const ApiResult &r) {
        final = r;
        ++calls;
    });
    settle();
    QCOMPARE(m_transport->sent.size(), 1);
    m_transport->answerLast(httpError(429, body, t0));
    settle();
    QCOMPARE(calls, 0); // will be retried

    // Another call in the same bucket is held back as well.
    m_scheduler->enqueue(
        ApiRequest::get("/prospects/search", {{"q", "x"}}), nullptr, [](const ApiResult &) {});
    settle();
    const qint64 expected = waitMs >= 0 ? waitMs : 1000; // backoff: between base/2 and base
    const SchedulerState blocked = m_scheduler->state();
    QVERIFY(blocked.waitingUntilMs > t0);
    QVERIFY(blocked.waitingUntilMs <= t0 + expected);
    m_clock->advance(waitMs >= 0 ? waitMs - 1 : 499);
    settle();
    QCOMPARE(m_transport->sent.size(), 1);

    m_clock->advance(expected);
    settle();
    QCOMPARE(m_transport->sent.size(), 3);
    QCOMPARE(m_transport->sent.at(1).request.key(), m_transport->sent.at(0).request.key());
    m_transport->answer(m_transport->sent.at(1).id, okResult());
    settle();
    QCOMPARE(calls, 1);
    QVERIFY(final.ok);
    QCOMPARE(final.attempts, 2);
}

void tst_RequestScheduler::rateLimitRemainingZeroBlocksUntilReset()
{
    const qint64 t0 = m_clock->nowMs();
    m_scheduler->enqueue(ApiRequest::get("/campaigns"), nullptr, [](const ApiResult &) {});
    settle();
    ApiResult result = okResult("[]");
    result.headers.insert("x-ratelimit-limit", "60");
    result.headers.insert("x-ratelimit-remaining", "0");
    result.headers.insert("x-ratelimit-reset", "20"); // seconds from now
    m_transport->answerLast(result);
    settle();

    int done = 0;
    m_scheduler->enqueue(
        ApiRequest::get("/campaigns/c1/stats"), nullptr, [&](const ApiResult &) { ++done; });
    m_scheduler->enqueue(ApiRequest::get("/campaigns", {{"limit", "5"}}), nullptr,
        [&](const ApiResult &) { ++done; });
    settle();
    // Another endpoint's bucket is not affected by the endpoint's remaining count.
    QCOMPARE(m_transport->sent.size(), 2);
    QCOMPARE(m_transport->sent.last().request.path, QStringLiteral("/campaigns/c1/stats"));
    m_clock->advance(19'000);
    settle();
    QCOMPARE(m_transport->sent.size(), 2);
    m_clock->advance(1'000);
    settle();
    QCOMPARE(m_transport->sent.size(), 3);
    QVERIFY(m_transport->sent.last().sentAt >= t0 + 20'000);

    // The documented form: epoch seconds.
    ApiResult epoch = okResult("[]");
    epoch.headers.insert("x-ratelimit-remaining", "0");
    epoch.headers.insert(
        "x-ratelimit-reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + 30));
    m_transport->answerLast(epoch);
    settle();
    m_scheduler->enqueue(ApiRequest::get("/campaigns", {{"limit", "6"}}), nullptr,
        [&](const ApiResult &) { ++done; });
    settle();
    QCOMPARE(m_transport->sent.size(), 3);
    m_clock->advance(28'000);
    settle();
    QCOMPARE(m_transport->sent.size(), 3);
    m_clock->advance(3'000);
    settle();
    QCOMPARE(m_transport->sent.size(), 4);
}

void tst_RequestScheduler::writesRetriedOnlyAfter429_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("failure"); // status, 0 = dropped connection
    QTest::addColumn<int>("expectedSends");

    for (const QByteArray &method :
        {QByteArray("POST"), QByteArray("PUT"), QByteArray("PATCH"), QByteArray("DELETE")}) {
        QTest::addRow("%s 500", method.constData()) << method << 500 << 1;
        QTest::addRow("%s 503", method.constData()) << method << 503 << 1;
        QTest::addRow("%s dropped", method.constData()) << method << 0 << 1;
        QTest::addRow("%s 409", method.constData()) << method << 409 << 1;
        QTest::addRow("%s 429", method.constData()) << method << 429 << 2;
    }
    QTest::newRow("GET 500") << QByteArray("GET") << 500 << 2;
    QTest::newRow("GET dropped") << QByteArray("GET") << 0 << 2;
    QTest::newRow("GET 404") << QByteArray("GET") << 404 << 1;
    QTest::newRow("GET 429") << QByteArray("GET") << 429 << 2;
}

void tst_RequestScheduler::writesRetriedOnlyAfter429()
{
    QFETCH(QByteArray, method);
    QFETCH(int, failure);
    QFETCH(int, expectedSends);

    ApiRequest request;
    request.method = method;
    request.path = QStringLiteral("/campaigns/c1");
    ApiResult final;
    int calls = 0;
    m_scheduler->enqueue(request, nullptr, [&](const ApiResult &r) {
        final = r;
        ++calls;
    });
    settle();
    QCOMPARE(m_transport->sent.size(), 1);
    m_transport->answerLast(
        failure == 0 ? networkError() : httpError(failure, R"({"retryAfter":1})"));
    settle();
    m_clock->advance(60'000);
    settle();
    QCOMPARE(m_transport->sent.size(), expectedSends);
    if (expectedSends == 2) {
        QCOMPARE(calls, 0);
        m_transport->answerLast(okResult());
        settle();
        QVERIFY(final.ok);
    } else {
        QVERIFY(!final.ok);
        QCOMPARE(final.attempts, 1);
    }
    QCOMPARE(calls, 1);
}

void tst_RequestScheduler::getsRetriedWithCappedBackoff()
{
    RequestScheduler::Retry retry;
    retry.maxAttempts = 6;
    retry.baseDelayMs = 1000;
    retry.maxDelayMs = 4000;
    m_scheduler->setRetry(retry);
    m_transport->autoAnswer = [](const ApiRequest &) { return httpError(503); };

    ApiResult final;
    int calls = 0;
    m_scheduler->enqueue(ApiRequest::get("/agents"), nullptr, [&](const ApiResult &r) {
        final = r;
        ++calls;
    });
    settle();
    for (int i = 0; i < 200 && calls == 0; ++i) {
        m_clock->advance(100);
        settle();
    }
    QCOMPARE(calls, 1);
    QCOMPARE(final.error.category, ApiError::Category::Server);
    QCOMPARE(final.attempts, 6);
    QCOMPARE(m_transport->sent.size(), 6);
    // Gaps: step = min(4000, 1000 * 2^(n-1)), waited between step/2 and step (100 ms steps).
    for (int n = 1; n < 6; ++n) {
        const qint64 gap = m_transport->sent.at(n).sentAt - m_transport->sent.at(n - 1).sentAt;
        const qint64 step = std::min<qint64>(4000, 1000LL << (n - 1));
        QVERIFY2(gap >= step / 2 && gap <= step + 100,
            qPrintable(QStringLiteral("gap %1 for step %2").arg(gap).arg(step)));
    }
}

void tst_RequestScheduler::decodeErrorsAreNotRetried()
{
    ApiResult bad;
    bad.httpStatus = 200;
    bad.error = ApiError::make(ApiError::Category::Decode, QStringLiteral("bad json"));
    m_transport->autoAnswer = [bad](const ApiRequest &) { return bad; };
    ApiResult final;
    m_scheduler->enqueue(
        ApiRequest::get("/agents"), nullptr, [&](const ApiResult &r) { final = r; });
    QTRY_COMPARE(final.error.category, ApiError::Category::Decode);
    m_clock->advance(60'000);
    settle();
    QCOMPARE(m_transport->sent.size(), 1);
}

void tst_RequestScheduler::identicalGetsAreCoalesced()
{
    QObject a, b, c;
    QList<QByteArray> bodies;
    auto collect = [&](const ApiResult &r) { bodies.append(r.body); };
    m_scheduler->enqueue(
        ApiRequest::get("/prospects/search", {{"limit", "100"}, {"offset", "0"}}), &a, collect);
    m_scheduler->enqueue(ApiRequest::get("/prospects/search", {{"offset", "0"}, {"limit", "100"}},
                             Priority::Background),
        &b, collect);
    settle();
    QCOMPARE(m_transport->sent.size(), 1);
    // Joining while in flight is coalesced too.
    m_scheduler->enqueue(
        ApiRequest::get("/prospects/search", {{"limit", "100"}, {"offset", "0"}}), &c, collect);
    // Different query, or a write, is its own call.
    m_scheduler->enqueue(
        ApiRequest::get("/prospects/search", {{"limit", "100"}, {"offset", "100"}}), &a, collect);
    m_scheduler->enqueue(ApiRequest::post("/prospects/c1/pause"), &a, collect);
    m_scheduler->enqueue(ApiRequest::post("/prospects/c1/pause"), &a, collect);
    settle();
    QCOMPARE(m_transport->sent.size(), 4);
    m_transport->answer(m_transport->sent.first().id, okResult(R"({"page":1})"));
    settle();
    QCOMPARE(bodies.size(), 3);
    for (const QByteArray &body : bodies)
        QCOMPARE(body, QByteArray(R"({"page":1})"));
    // Finished: the next identical GET is a new call.
    m_scheduler->enqueue(
        ApiRequest::get("/prospects/search", {{"limit", "100"}, {"offset", "0"}}), &a, collect);
    settle();
    QCOMPARE(m_transport->sent.size(), 5);
}

void tst_RequestScheduler::cancelByOwnerAndOnDestruction()
{
    m_scheduler->setMaxInFlight(1);
    auto *owner = new QObject;
    QObject other;
    int ownerCalls = 0;
    int otherCalls = 0;
    m_scheduler->enqueue(
        ApiRequest::get("/agents"), owner, [&](const ApiResult &) { ++ownerCalls; });
    m_scheduler->enqueue(
        ApiRequest::get("/campaigns"), owner, [&](const ApiResult &) { ++ownerCalls; });
    m_scheduler->enqueue(
        ApiRequest::get("/products"), &other, [&](const ApiResult &) { ++otherCalls; });
    settle();
    QCOMPARE(m_transport->sent.size(), 1); // /agents in flight
    const quint64 inFlight = m_transport->sent.first().id;

    delete owner; // cancels both: aborts the GET on the wire, drops the queued one
    settle();
    QVERIFY(m_transport->aborted.contains(inFlight));
    QCOMPARE(m_transport->sent.size(), 2);
    QCOMPARE(m_transport->sent.last().request.path, QStringLiteral("/products"));
    m_transport->answerLast(okResult());
    settle();
    QCOMPARE(ownerCalls, 0);
    QCOMPARE(otherCalls, 1);

    // Explicit cancel; a coalesced GET survives while another owner still waits.
    QObject x, y;
    int xCalls = 0, yCalls = 0;
    m_scheduler->enqueue(ApiRequest::get("/models"), &x, [&](const ApiResult &) { ++xCalls; });
    m_scheduler->enqueue(ApiRequest::get("/models"), &y, [&](const ApiResult &) { ++yCalls; });
    settle();
    m_scheduler->cancel(&x);
    settle();
    QCOMPARE(m_transport->aborted.size(), 1);
    m_transport->answerLast(okResult());
    settle();
    QCOMPARE(xCalls, 0);
    QCOMPARE(yCalls, 1);
    QCOMPARE(m_scheduler->state().queued, 0);
    QCOMPARE(m_scheduler->state().inFlight, 0);
}

void tst_RequestScheduler::cancelledWriteInFlightStillCounts()
{
    QObject owner;
    int calls = 0;
    m_scheduler->enqueue(
        ApiRequest::post("/agents/a/pause"), &owner, [&](const ApiResult &) { ++calls; });
    settle();
    QCOMPARE(m_transport->sent.size(), 1);
    m_scheduler->cancel(&owner);
    settle();
    // A write on the wire is not aborted (it may already have happened) but nobody is told.
    QVERIFY(m_transport->aborted.isEmpty());
    QCOMPARE(m_scheduler->state().inFlight, 1);
    m_transport->answerLast(okResult());
    settle();
    QCOMPARE(calls, 0);
    QCOMPARE(m_scheduler->state().inFlight, 0);
}

void tst_RequestScheduler::priorityOrder()
{
    m_scheduler->setMaxInFlight(1);
    QStringList order;
    auto track = [&](const ApiRequest &r) {
        m_scheduler->enqueue(r, nullptr, [&order, r](const ApiResult &) { order << r.path; });
    };
    track(ApiRequest::get("/b1", {}, Priority::Background));
    track(ApiRequest::get("/p1", {}, Priority::Prefetch));
    track(ApiRequest::get("/b2", {}, Priority::Background));
    track(ApiRequest::get("/i1", {}, Priority::Interactive));
    track(ApiRequest::get("/p2", {}, Priority::Prefetch));
    track(ApiRequest::get("/i2", {}, Priority::Interactive));
    for (int i = 0; i < 6; ++i) {
        settle();
        QCOMPARE(m_transport->open.size(), size_t(1));
        m_transport->answerLast(okResult());
    }
    settle();
    QCOMPARE(order, QStringList({"/i1", "/i2", "/p1", "/p2", "/b1", "/b2"}));

    // A coalesced interactive caller lifts a queued background GET.
    order.clear();
    track(ApiRequest::get("/x", {}, Priority::Interactive)); // occupies the slot
    track(ApiRequest::get("/p3", {}, Priority::Prefetch));
    track(ApiRequest::get("/b3", {}, Priority::Background));
    track(ApiRequest::get("/b3", {}, Priority::Interactive));
    for (int i = 0; i < 3; ++i) {
        settle();
        m_transport->answerLast(okResult());
    }
    settle();
    QCOMPARE(order, QStringList({"/x", "/b3", "/b3", "/p3"}));
}

void tst_RequestScheduler::outOfCreditsMode()
{
    QSignalSpy modeSpy(m_scheduler.get(), &RequestScheduler::outOfCreditsChanged);
    m_scheduler->setMaxInFlight(1);
    ApiResult background, interactive, prefetchLater;
    m_scheduler->enqueue(ApiRequest::get("/agents"), nullptr, [](const ApiResult &) {});
    m_scheduler->enqueue(ApiRequest::get("/campaigns", {}, Priority::Background), nullptr,
        [&](const ApiResult &r) { background = r; });
    settle();
    m_transport->answerLast(
        httpError(402, R"({"error":"insufficient_credits","message":"No credits"})"));
    settle();
    QCOMPARE(modeSpy.size(), 1);
    QVERIFY(m_scheduler->outOfCredits());
    QVERIFY(m_scheduler->state().outOfCredits);
    // The queued background call is refused without a network call.
    QCOMPARE(background.error.category, ApiError::Category::Credits);
    QCOMPARE(m_transport->sent.size(), 1);

    m_scheduler->enqueue(ApiRequest::get("/products", {}, Priority::Prefetch), nullptr,
        [&](const ApiResult &r) { prefetchLater = r; });
    m_scheduler->enqueue(
        ApiRequest::get("/verify"), nullptr, [&](const ApiResult &r) { interactive = r; });
    settle();
    QCOMPARE(prefetchLater.error.category, ApiError::Category::Credits);
    QCOMPARE(m_transport->sent.size(), 2); // the interactive call still goes
    m_transport->answerLast(okResult()); // credits were topped up
    settle();
    QVERIFY(interactive.ok);
    QVERIFY(!m_scheduler->outOfCredits());
    QCOMPARE(modeSpy.size(), 2);

    // And the explicit way out.
    m_scheduler->enqueue(
        ApiRequest::get("/agents", {{"x", "1"}}), nullptr, [](const ApiResult &) {});
    settle();
    m_transport->answerLast(httpError(402));
    settle();
    QVERIFY(m_scheduler->outOfCredits());
    m_scheduler->clearOutOfCredits();
    QVERIFY(!m_scheduler->outOfCredits());
    ApiResult afterClear;
    m_scheduler->enqueue(ApiRequest::get("/products", {}, Priority::Background), nullptr,
        [&](const ApiResult &r) { afterClear = r; });
    settle();
    QCOMPARE(m_transport->sent.size(), 4);
}

void tst_RequestScheduler::stateSnapshot()
{
    m_scheduler->setPolicy(RatePolicy(RatePolicy::Mode::Tiered));
    QSignalSpy spy(m_scheduler.get(), &RequestScheduler::stateChanged);
    for (int i = 0; i < 20; ++i)
        m_scheduler->enqueue(ApiRequest::get("/prospects/search", {{"o", QString::number(i)}}),
            nullptr, [](const ApiResult &) {});
    settle();
    QVERIFY(spy.size() >= 1);
    SchedulerState s = spy.last().first().value<SchedulerState>();
    QCOMPARE(s.inFlight, 4); // default concurrency
    QCOMPARE(s.queued, 16);
    QCOMPARE(s.buckets.size(), 1);
    QCOMPARE(s.buckets.first().id, QStringLiteral("tier:low"));
    QCOMPARE(s.buckets.first().limit, 15);
    QCOMPARE(s.buckets.first().remaining, 11);
    QCOMPARE(s.waitingUntilMs, qint64(0)); // waiting for a free slot, not for time

    m_transport->autoAnswer = [](const ApiRequest &) { return okResult(); };
    while (!m_transport->open.empty())
        m_transport->answer(m_transport->open.begin()->first, okResult());
    QTRY_COMPARE(m_scheduler->state().queued, 5);
    QTRY_COMPARE(m_scheduler->state().inFlight, 0);
    s = m_scheduler->state();
    QCOMPARE(s.buckets.first().remaining, 0);
    QCOMPARE(s.queued, 5);
    QCOMPARE(s.inFlight, 0);
    // The next token returns one window (plus margin) after the first send.
    QCOMPARE(s.waitingUntilMs,
        m_transport->sent.first().sentAt + 60'000 + m_scheduler->policy().marginMs());
}

void tst_RequestScheduler::callbacksNeverRunInsideEnqueue()
{
    bool inside = true;
    bool calledInside = false;
    int calls = 0;
    m_scheduler->enqueue(ApiRequest::get("/x"), nullptr, [](const ApiResult &) {});
    m_scheduler->cancelAll();
    // Out-of-credits refusals are answered later, not from within enqueue().
    m_transport->autoAnswer = [](const ApiRequest &) { return httpError(402); };
    m_scheduler->enqueue(ApiRequest::get("/y"), nullptr, [](const ApiResult &) {});
    QTRY_VERIFY(m_scheduler->outOfCredits());
    m_scheduler->enqueue(
        ApiRequest::get("/z", {}, Priority::Background), nullptr, [&](const ApiResult &) {
            calledInside = inside;
            ++calls;
        });
    inside = false;
    QTRY_COMPARE(calls, 1);
    QVERIFY(!calledInside);
}

QTEST_GUILESS_MAIN(tst_RequestScheduler)
#include "tst_requestscheduler.moc"
