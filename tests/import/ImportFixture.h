#pragma once
// Shared by the sandbox import tests: a sandbox with empty campaigns, CSV generation, running the
// import_worker helper (optionally killing it at a journal step), and reading back what the
// sandbox holds per campaign.

#include "common/SandboxProcess.h"
#include "models/import/LinkedinUrl.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

namespace kakiyo::test {

struct WorkerRun
{
    bool killed = false;
    int exitCode = -1;
    QStringList lines;
    QString finalState() const
    {
        for (const QString &line : lines) {
            if (line.startsWith(u"state "))
                return line.section(u' ', 1, 1);
        }
        return {};
    }
};

inline QStringList campaignIds(SandboxProcess &sandbox, int count)
{
    QStringList ids;
    const HttpReply reply = sandbox.call("GET", QStringLiteral("/campaigns"));
    for (const QJsonValue &c : reply.json.array()) {
        const QString status = c.toObject().value("status").toString();
        if (status != u"draft" && status != u"disabled" && ids.size() < count)
            ids.append(c.toObject().value("id").toString());
    }
    return ids;
}

// Canonical URLs of every prospect in the campaign, with repetitions (duplicates must show).
inline QStringList campaignUrls(SandboxProcess &sandbox, const QString &campaignId)
{
    QStringList urls;
    for (int offset = 0;; offset += 100) {
        const HttpReply reply = sandbox.call("GET",
            QStringLiteral("/prospects/campaign/%1?limit=100&offset=%2")
                .arg(campaignId)
                .arg(offset));
        const QJsonArray items = reply.json.array();
        for (const QJsonValue &item : items) {
            const QJsonObject o = item.toObject();
            const QString url
                = o.value("prospect").toObject().value("url").toString(o.value("url").toString());
            urls.append(LinkedinUrl::normalised(url));
        }
        if (items.size() < 100)
            break;
    }
    return urls;
}

// Runs the worker; when `killAt` ("sending 3") is given, kills it as soon as it prints that step.
inline WorkerRun runWorker(const SandboxProcess &sandbox, const QStringList &args,
    const QString &killAt = {}, int timeoutMs = 45000)
{
    WorkerRun run;
    QProcess process;
    process.setProgram(qEnvironmentVariable("KAKIYO_IMPORT_WORKER"));
    process.setArguments(QStringList {"--base", sandbox.baseUrl().toString()} + args);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start();
    if (!process.waitForStarted(10000))
        return run;
    process.write(sandbox.apiKey().toUtf8() + '\n');
    process.closeWriteChannel();
    QByteArray pending;
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs) {
        process.waitForReadyRead(100);
        pending += process.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(nl));
            pending.remove(0, nl + 1);
            run.lines.append(line);
            if (!killAt.isEmpty() && line == QStringLiteral("step ") + killAt) {
                process.kill();
                process.waitForFinished(5000);
                run.killed = true;
                return run;
            }
        }
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        run.lines.append(QStringLiteral("timeout"));
        return run;
    }
    pending += process.readAllStandardOutput();
    for (const QByteArray &line : pending.split('\n')) {
        if (!line.isEmpty())
            run.lines.append(QString::fromUtf8(line));
    }
    run.exitCode = process.exitCode();
    return run;
}

struct KillPoint
{
    QString step; // journal step to kill at, e.g. "sending 3"
    bool holdRequest = false; // the server delays the batch post: the kill lands mid-request
};

// Starts the worker once per point and kills it there (each start after the first must resume
// the same import), then runs it once more to the end into `last`. `postPath` is the batch
// route a held request delays ("/v1/prospects/batch" or ".../round-robin"). False with the
// reason at the end of `log` when a kill or a resume did not happen as planned.
inline bool killAndResume(SandboxProcess &sandbox, const QStringList &args,
    const QList<KillPoint> &points, const QString &postPath, WorkerRun *last, QStringList *log)
{
    int kills = 0;
    for (const KillPoint &point : points) {
        if (point.holdRequest
            && !sandbox.injectFault(QJsonObject {{"method", "POST"}, {"path", postPath},
                {"count", 1}, {"kind", "delay"}, {"delayMs", 1500}})) {
            log->append(QStringLiteral("could not inject the delay"));
            return false;
        }
        const WorkerRun run = runWorker(sandbox, args, point.step);
        log->append(QStringLiteral("--- kill at %1: %2").arg(point.step).arg(run.killed));
        *log += run.lines;
        if (!run.killed)
            return false;
        ++kills;
        if (point.holdRequest) {
            QTest::qWait(1800); // let the held request finish (or not) on the server
            if (!sandbox.clearFaults())
                return false;
        }
        if (kills > 1 && !run.lines.value(0).startsWith(u"resumed")) {
            log->append(QStringLiteral("the restart did not resume"));
            return false;
        }
    }
    *last = runWorker(sandbox, args);
    *log += last->lines;
    return last->lines.value(0).startsWith(u"resumed");
}

// A CSV of `total` rows: valid unique people, and among them invalid URLs, missing names,
// duplicates (other spellings), people on the local DNC list, people on the server's DNC list
// and profiles the server cannot enrich. `expected` receives the canonical URLs that must end up
// in the campaign; `localDnc` and `serverDnc` the URLs to put on each list.
struct GeneratedCsv
{
    QByteArray bytes;
    QSet<QString> expected;
    int validRows = 0; // rows that pass local validation (sent)
    QStringList localDnc;
    QStringList serverDnc;
};

inline GeneratedCsv generateCsv(int total, const QString &tag)
{
    GeneratedCsv g;
    g.bytes = "First Name,Last Name,Company,Title,Person Linkedin Url\r\n";
    for (int i = 0; i < total; ++i) {
        const QString slug = QStringLiteral("%1-person-%2").arg(tag).arg(i);
        QString url = QStringLiteral("https://www.linkedin.com/in/%1/").arg(slug);
        QString first = QStringLiteral("First%1").arg(i);
        QString last = QStringLiteral("Last %1").arg(i);
        const QString canonical = QStringLiteral("https://linkedin.com/in/") + slug;
        bool valid = true;
        bool lands = true;
        switch (i % 25) {
        case 3: // bad URL
            url = QStringLiteral("https://www.linkedin.com/company/%1").arg(slug);
            valid = lands = false;
            break;
        case 7: // missing name
            first.clear();
            last = QStringLiteral("  ");
            valid = lands = false;
            break;
        case 11: // duplicate of the previous row, other spelling
            url = QStringLiteral("http://fr.linkedin.com/in/%1?trk=x")
                      .arg(QStringLiteral("%1-person-%2").arg(tag).arg(i - 1).toUpper());
            valid = lands = false;
            break;
        case 15: // on the local (cached) DNC list: never sent
            g.localDnc.append(QStringLiteral("linkedin.com/in/%1").arg(slug));
            valid = lands = false;
            break;
        case 19: // on the server's DNC list only: sent, skipped there
            g.serverDnc.append(canonical);
            lands = false;
            break;
        case 23: // profile the server cannot enrich
            url = QStringLiteral("https://linkedin.com/in/%1-no-such-profile").arg(slug);
            lands = false;
            break;
        default:
            break;
        }
        if (valid)
            ++g.validRows;
        if (lands)
            g.expected.insert(canonical);
        g.bytes += QStringLiteral("%1,%2,\"Acme, Inc\",CTO,%3\r\n").arg(first, last, url).toUtf8();
    }
    return g;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline bool addServerDnc(SandboxProcess &sandbox, const QStringList &urls)
{
    if (urls.isEmpty())
        return true;
    QJsonArray entries;
    for (const QString &url : urls)
        entries.append(QJsonObject {{"url", url}});
    const HttpReply reply
        = sandbox.call("POST", QStringLiteral("/dnc/batch"), QJsonObject {{"entries", entries}});
    return reply.status == 201 || reply.status == 200;
}

} // namespace kakiyo::test
