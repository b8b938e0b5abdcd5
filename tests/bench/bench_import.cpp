// bench_import: parse + map + validate 100,000 CSV rows (the offline half of an import) and write
// them to a fresh journal; prints wall time, rows per second and peak RSS (VmHWM) per stage.
// Then the online half: 10,000 rows imported end to end into a kakiyo-sandbox that allows 60
// calls per window (the window scaled down from 60 s to KAKIYO_BENCH_RATE_WINDOW_MS, default
// 6,000 ms, so the run takes seconds); prints the wall time against the floor the rate limit
// sets for ceil(10,000/100) batch calls, extrapolated to the real 60 s window, and the number of
// 429 answers received (target: zero).
#include "common/ConnectionOf.h"
#include "common/SandboxProcess.h"
#include "models/api/ApiClient.h"
#include "models/api/ApiSession.h"
#include "models/api/RatePolicy.h"
#include "models/api/RequestScheduler.h"
#include "models/import/ImportJournal.h"
#include "models/import/ImportPlan.h"
#include "models/import/ImportPreparation.h"
#include "models/import/ImportReport.h"
#include "models/import/ImportRunner.h"
#include "models/import/SessionImportCalls.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <ctime>

using namespace kakiyo;

namespace {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

std::clock_t cpuStart = 0;

// Wall time is shared with whatever else the machine runs; CPU time is this process's own.
void print(const char *stage, qint64 ms, int rows, qint64 bytes = 0)
{
    const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    std::printf("%-32s wall %6lld ms  cpu %6.0f ms  %9.0f rows/s (cpu)  %6.1f MB/s (cpu)  "
                "peak RSS %lld KiB\n",
        stage, static_cast<long long>(ms), cpuMs, cpuMs > 0 ? rows * 1000.0 / cpuMs : 0.0,
        cpuMs > 0 && bytes > 0 ? bytes / 1048.576 / cpuMs : 0.0,
        static_cast<long long>(peakRssKb()));
}

// 10,000 valid rows into one campaign of a rate-limited sandbox. Returns false on failure.
bool endToEnd()
{
    const int rows = 10000;
    const int limit = 60;
    const qint64 windowMs = qEnvironmentVariableIsSet("KAKIYO_BENCH_RATE_WINDOW_MS")
        ? qEnvironmentVariableIntValue("KAKIYO_BENCH_RATE_WINDOW_MS")
        : 6000;
    test::SandboxProcess sandbox(
        {QStringLiteral("--prospects"), QStringLiteral("0"), QStringLiteral("--rate-limit"),
            QString::number(limit), QStringLiteral("--rate-window-ms"), QString::number(windowMs),
            QStringLiteral("--import-delay-ms"), QStringLiteral("20"), QStringLiteral("--quiet")});
    if (!sandbox.start()) {
        std::printf("end to end: sandbox did not start: %s\n", qPrintable(sandbox.errorString()));
        return false;
    }
    const test::HttpReply campaigns = sandbox.call("GET", QStringLiteral("/campaigns"));
    QString campaign;
    for (const QJsonValue &c : campaigns.json.array()) {
        const QString status = c.toObject().value(QLatin1String("status")).toString();
        if (campaign.isEmpty() && status != u"draft" && status != u"disabled")
            campaign = c.toObject().value(QLatin1String("id")).toString();
    }
    if (campaign.isEmpty() || !sandbox.resetRequestCounts() || !sandbox.resetRateLimits())
        return false;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("e2e.csv"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        QByteArray bytes = "Name,LinkedIn URL,Company\n";
        for (int i = 0; i < rows; ++i)
            bytes += "Person " + QByteArray::number(i) + ",https://www.linkedin.com/in/bench-"
                + QByteArray::number(i) + "/,Acme\n";
        file.write(bytes);
    }

    ApiSession session;
    session.setBaseUrl(sandbox.baseUrl());
    session.setApiKey(sandbox.apiKey());
    // What the Desk runs against a server known to have other limits: the strictest rule set,
    // every bucket at the server's limit and window.
    RatePolicy policy(RatePolicy::Mode::Strictest);
    policy.setOverride(limit, windowMs);
    session.scheduler()->setPolicy(policy);
    int answers429 = 0;
    if (auto *network = session.client()->findChild<QNetworkAccessManager *>()) {
        QObject::connect(network, &QNetworkAccessManager::finished, [&](QNetworkReply *reply) {
            answers429 += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 429;
        });
    }

    QElapsedTimer timer;
    timer.start();
    const auto preview = ImportPreparation::previewFile(path);
    const PreparedImport prepared = ImportPreparation::prepareFile(path, preview.mapping);
    const ImportPlan plan
        = ImportPlan::make(ImportTarget::campaign(campaign), prepared.validCount());
    ImportJournal journal;
    if (!journal.open(dir.filePath(QStringLiteral("e2e.sqlite"))))
        return false;
    const qint64 id = journal.create(path, prepared, plan);
    const qint64 offlineMs = timer.elapsed();
    SessionImportCalls calls(kakiyo::test::connectionOf(&session));
    ImportRunner runner(&calls, &journal);
    QObject::connect(&runner, &ImportRunner::finished, [] { QCoreApplication::exit(0); });
    timer.restart();
    if (id < 0 || !runner.start(id))
        return false;
    QCoreApplication::exec();
    const qint64 runMs = timer.elapsed();

    const ImportReport report = ImportReport::fromJournal(journal, id);
    const int posts = sandbox.requestCount(QStringLiteral("POST /prospects/batch"));
    const int polls = sandbox.requestCount(QStringLiteral("GET /prospects/imports/{listId}"));
    const int batches = int(plan.batches.size());
    const qint64 floorMs = ImportPlan::floorMs(batches, limit, windowMs);
    const double steadyMs = double(batches) / limit * windowMs; // at the limit, no burst
    const double scale = 60000.0 / windowMs;
    std::printf("end to end: %d rows, %d batch calls, limit %d per %lld ms (%s)\n", rows, batches,
        limit, static_cast<long long>(windowMs),
        windowMs == 60000 ? "the real window" : "window scaled down from 60 s");
    std::printf(
        "  offline (preview + validate + journal)  %lld ms\n", static_cast<long long>(offlineMs));
    std::printf("  run: state %s, wall %lld ms; imported %d, other outcomes %d\n",
        qPrintable(ImportRunner::stateName(runner.state())), static_cast<long long>(runMs),
        report.count(QStringLiteral("imported")),
        int(report.lines.size()) - report.count(QStringLiteral("imported")));
    std::printf("  floor for %d batch calls: %lld ms (first window's burst) / %.0f ms (steady "
                "rate); wall / steady floor = %.2f\n",
        batches, static_cast<long long>(floorMs), steadyMs, runMs / steadyMs);
    std::printf("  extrapolated to 60 calls/min: wall ~%.0f s vs floor %.0f s (burst) / %.0f s "
                "(steady)\n",
        runMs * scale / 1000.0, floorMs * scale / 1000.0, steadyMs * scale / 1000.0);
    std::printf("  calls seen by the sandbox: %d batch posts, %d status polls; 429 answers "
                "received: %d\n",
        posts, polls, answers429);
    return runner.state() == ImportRunner::State::Finished
        && report.count(QStringLiteral("imported")) == rows;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leads.csv"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QByteArray chunk = "\xEF\xBB\xBF"
                           "First Name;Last Name;Title;Company;Person Linkedin Url;Notes\r\n";
        for (int i = 0; i < rows; ++i) {
            const QByteArray n = QByteArray::number(i);
            chunk += "Firstname" + n + ";Lastname;Head of Sales;\"Acme; Inc " + n + "\";";
            switch (i % 50) {
            case 1:
                chunk += "https://www.linkedin.com/company/acme";
                break;
            case 2:
                chunk += "https://fr.linkedin.com/in/PERSON-" + QByteArray::number(i - 2) + "/";
                break;
            default:
                chunk += "https://www.linkedin.com/in/person-" + n + "?trk=x";
            }
            chunk += (i % 100 == 0) ? ";\"two\r\nlines\"\r\n" : ";plain note\r\n";
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }
    const qint64 size = QFileInfo(path).size();
    std::printf("bench_import: %d rows, %.1f MB file; peak RSS at start %lld KiB\n", rows,
        size / 1048576.0, static_cast<long long>(peakRssKb()));

    QElapsedTimer timer;
    timer.start();
    cpuStart = std::clock();
    const ImportPreparation::Preview preview = ImportPreparation::previewFile(path);
    print("preview + mapping detection", timer.elapsed(), int(preview.rows.size()));

    QStringList dnc;
    for (int i = 0; i < 5000; ++i)
        dnc.append(QStringLiteral("linkedin.com/in/person-%1").arg(i * 20 + 7));
    timer.restart();
    cpuStart = std::clock();
    const PreparedImport prepared = ImportPreparation::prepareFile(
        path, preview.mapping, QSet<QString>(dnc.begin(), dnc.end()));
    const qint64 prepareMs = timer.elapsed();
    print("parse + validate (+ SHA-256)", prepareMs, int(prepared.rows.size()), size);
    std::printf("  rows %lld, valid %d, rejected %d (bad url %d, duplicate %d, dnc %d)\n",
        static_cast<long long>(prepared.rows.size()), prepared.validCount(),
        prepared.rejectedCount(), prepared.count(LeadRow::Rejection::BadUrl),
        prepared.count(LeadRow::Rejection::Duplicate),
        prepared.count(LeadRow::Rejection::OnDncList));

    ImportJournal journal;
    if (!journal.open(dir.filePath(QStringLiteral("journal.sqlite"))))
        return 1;
    const ImportPlan plan
        = ImportPlan::make(ImportTarget::campaign(QStringLiteral("c")), prepared.validCount());
    timer.restart();
    cpuStart = std::clock();
    const qint64 id = journal.create(path, prepared, plan);
    print("journal create (one transaction)", timer.elapsed(), int(prepared.rows.size()));
    timer.restart();
    cpuStart = std::clock();
    const auto back = journal.rows(id);
    print("journal read back", timer.elapsed(), int(back.size()));
    const ImportPlan::Preview p = plan.preview();
    std::printf("  plan: %d batch calls, ~%d status polls, %lld credits, floor %lld s at 60/min\n",
        p.batchCalls, p.statusPolls, static_cast<long long>(p.credits),
        static_cast<long long>(p.minimumMs / 1000));
    if (id <= 0 || prepared.rows.size() != rows)
        return 1;
    std::printf("\n");
    return endToEnd() ? 0 : 1;
}
