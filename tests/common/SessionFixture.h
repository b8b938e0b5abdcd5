// A real sandbox and an ApiSession (and its Connection) on it with its own cache, for tests of the
// item models and the API layer:
//   initTestCase(): QVERIFY2(m_fx.start({"--prospects", "50"}), qPrintable(m_fx.errorString()));
//   init():         QVERIFY2(m_fx.freshSession(), qPrintable(m_fx.errorString()));
// freshSession() gives a new session over an empty cache named after the current test function
// (so no test sees what another cached) and resets the sandbox's request counters and faults.
#pragma once

#include "common/ConnectionOf.h"
#include "common/SandboxProcess.h"
#include "models/ServerListModel.h"
#include "models/api/ApiSession.h"
#include "models/store/Cache.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace kakiyo::test {

class SessionFixture
{
public:
    explicit SessionFixture(QString partition)
        : m_partition(std::move(partition))
    {
    }

    // Starts the sandbox with these arguments (--quiet is added).
    bool start(QStringList sandboxArguments)
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
            return false;
        }
        sandboxArguments << QStringLiteral("--quiet");
        sandbox = std::make_unique<SandboxProcess>(sandboxArguments);
        if (!sandbox->start()) {
            m_error = sandbox->errorString();
            return false;
        }
        return true;
    }

    bool freshSession()
    {
        session.reset();
        m_cachePath = m_dir.filePath(QStringLiteral("cache-%1").arg(QTest::currentTestFunction()));
        cache = std::make_unique<Cache>(m_cachePath);
        session = std::make_unique<ApiSession>();
        if (!connect(*session, cache.get()))
            return false;
        if (!sandbox->resetRequestCounts() || !sandbox->clearFaults()) {
            m_error = QStringLiteral("the sandbox did not reset its counters and faults");
            return false;
        }
        return true;
    }

    // Points another session (the app started again) at the sandbox and a cache, in the same
    // cache partition as the fixture's own session.
    bool connect(ApiSession &other, Cache *otherCache)
    {
        const ApiError error = other.setBaseUrl(sandbox->baseUrl());
        if (error.isError()) {
            m_error = error.message;
            return false;
        }
        other.setApiKey(sandbox->apiKey());
        other.setCache(otherCache, CachePartition {m_partition, {}});
        return true;
    }

    // What the models and jobs take: a view of the fixture's session.
    Connection *connection() { return connectionOf(session.get()); }

    // The folder of the current session's cache (to open it again as a restarted app would).
    QString cachePath() const { return m_cachePath; }
    QString errorString() const { return m_error; }

    // Waits (up to 20 s) until the model has loaded at least once and no load is running.
    static bool waitLoaded(const ServerListModel &model)
    {
        bool ok = false;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(model.hasLoaded() && !model.isLoading(), 20000);
            ok = true;
        }();
        return ok;
    }

    // A list shown, then shown again by `again` (a new page, the app restarted): the first load
    // asks the server (one call to `route`, e.g. "GET /agents"), the second is answered by the
    // cache without a call and has rows. `again` is a new model on this session, not loaded yet.
    template<typename Model> bool secondLoadFromCache(Model &again, const QString &route)
    {
        bool ok = false;
        [&] {
            {
                Model first(connection());
                first.load(false);
                QVERIFY(waitLoaded(first));
                QVERIFY(!first.isFromCache());
            }
            QCOMPARE(sandbox->requestCount(route), 1);
            again.load(false);
            QVERIFY(waitLoaded(again));
            QVERIFY(again.isFromCache());
            QVERIFY(again.rowCount() > 0);
            QCOMPARE(sandbox->requestCount(route), 1);
            ok = true;
        }();
        return ok;
    }

private:
    QTemporaryDir m_dir; // declared first: removed after everything that uses it is gone
    QString m_partition;
    QString m_cachePath;
    QString m_error;

public:
    std::unique_ptr<SandboxProcess> sandbox;
    std::unique_ptr<Cache> cache;
    std::unique_ptr<ApiSession> session;
};

} // namespace kakiyo::test
