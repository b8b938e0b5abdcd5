// ResourceHarness: what the tst_resources_* tests share — a real kakiyo-sandbox in a given
// profile, an ApiSession pointed at it on a ManualClock (so the client's own rate budget never
// makes a test sit out a 60-second window: when the scheduler says "waiting until T", the clock
// jumps to T), and run(), which performs one resource call and waits for its Result.
#pragma once

#include "common/SandboxProcess.h"
#include "models/api/ApiSession.h"
#include "models/api/ManualClock.h"
#include "models/api/RequestScheduler.h"
#include "models/api/Result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>
#include <memory>
#include <optional>

namespace kakiyo::test {

class ResourceHarness
{
public:
    explicit ResourceHarness(QString profile, QStringList extraArgs = {})
        : m_profile(std::move(profile))
        , m_args(std::move(extraArgs))
    {
    }

    bool start(QString *error)
    {
        QStandardPaths::setTestModeEnabled(true);
        // The server's limiter is not under test here; the client's budget still applies.
        QStringList args {QStringLiteral("--profile"), m_profile, QStringLiteral("--rate-limit"),
            QStringLiteral("100000"), QStringLiteral("--quiet")};
        args += m_args;
        m_sandbox = std::make_unique<SandboxProcess>(args);
        if (!m_sandbox->start()) {
            *error = m_sandbox->errorString();
            return false;
        }
        m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
        m_session = std::make_unique<ApiSession>(nullptr, m_clock.get());
        const ApiError e = m_session->setBaseUrl(m_sandbox->baseUrl());
        if (e.isError()) {
            *error = e.message;
            return false;
        }
        m_session->setApiKey(m_sandbox->apiKey());
        m_session->setProfileId(QStringLiteral("resources-") + m_profile);
        return true;
    }

    const QString &profile() const { return m_profile; }
    SandboxProcess &sandbox() { return *m_sandbox; }
    ApiSession *session() { return m_session.get(); }

    // Starts a call with `start(owner, handler)` and waits for its one Result.
    template<typename T, typename Start> Result<T> run(Start start, int timeoutMs = 30000)
    {
        std::optional<Result<T>> out;
        {
            QObject owner;
            start(&owner, ResultHandler<T>([&out](const Result<T> &r) { out = r; }));
            QElapsedTimer timer;
            timer.start();
            while (!out && timer.elapsed() < timeoutMs) {
                const SchedulerState s = m_session->scheduler()->state();
                if (s.waitingUntilMs > m_clock->nowMs())
                    m_clock->setNow(s.waitingUntilMs + 1);
                QTest::qWait(5);
            }
        }
        if (!out) {
            Result<T> r;
            r.error = ApiError::make(
                ApiError::Category::Cancelled, QStringLiteral("test gave up waiting"));
            return r;
        }
        return *out;
    }

    // "NotFound", "Validation", ... for readable failure messages.
    template<typename T> static QByteArray describe(const Result<T> &r)
    {
        return (ApiError::categoryName(r.error.category) + QStringLiteral(" ")
            + QString::number(r.error.httpStatus) + QStringLiteral(" ") + r.error.code
            + QStringLiteral(": ") + r.error.message)
            .toUtf8();
    }

private:
    QString m_profile;
    QStringList m_args;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ApiSession> m_session;
};

} // namespace kakiyo::test

// Runs a test object once per sandbox profile (help-centre, then current).
#define KAKIYO_RESOURCE_TEST_MAIN(TestClass)                                                       \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        int rc = 0;                                                                                \
        for (const char *profile : {"help-centre", "current"}) {                                   \
            TestClass test {QString::fromLatin1(profile)};                                         \
            rc |= QTest::qExec(&test, argc, argv);                                                 \
        }                                                                                          \
        return rc;                                                                                 \
    }
