// The headless commands against a hostile server (tests/common/HostileServer answering every
// path with one misbehaviour): slow drip, huge body, deep nesting, truncated / invalid UTF-8 /
// HTML / empty / wrongly typed 200 answers, a redirect to another host, 429 and 500 forever,
// resets and raw garbage. Every command must end on its own, in bounded time and calls, with a
// "kakiyo-desk:" sentence on stderr, a non-zero exit, no crash, no output file and no key in
// its output. Then the paginations that contradict themselves (export --table prospects), an
// import whose status the client does not know, and SIGINT/SIGTERM against a slow server.
#include "common/HostileFaults.h"
#include "common/HostileServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <functional>
#include <memory>

using kakiyo::test::HostileFault;
using kakiyo::test::HostileReply;
using kakiyo::test::HostileRequest;
using kakiyo::test::HostileServer;

namespace {

const QString kKey = QStringLiteral("abcdefghij0123456789ABCDEFGHIJ0123456789");
// Per-request deadline of the runs (KAKIYO_TIMEOUT): short, so the bounds are quick to reach.
const QString kTimeout = QStringLiteral("1");
// What any run may take at most here: one call's bound (1 s + 15 s) plus start-up.
constexpr qint64 kRunBoundMs = 25000;

QJsonObject searchItem(int i)
{
    return QJsonObject {{"id", QStringLiteral("prospect_%1").arg(i)},
        {"chatId", QStringLiteral("chat_%1").arg(i)}, {"name", QStringLiteral("Person %1").arg(i)},
        {"url", QStringLiteral("https://linkedin.com/in/person-%1").arg(i)}, {"status", 1},
        {"qualification", "qualified"}};
}

// A search page: rows [from, from + count), with the given pagination block.
QJsonObject searchPage(int from, int count, qint64 total, bool hasMore)
{
    QJsonArray rows;
    for (int i = from; i < from + count; ++i)
        rows.append(searchItem(i));
    return QJsonObject {{"prospects", rows},
        {"pagination",
            QJsonObject {
                {"total", total}, {"limit", 100}, {"offset", from}, {"hasMore", hasMore}}}};
}

int offsetOf(const HostileRequest &r)
{
    for (const QByteArray &part : r.query.split('&')) {
        if (part.startsWith("offset="))
            return part.mid(7).toInt();
    }
    return 0;
}

struct Command
{
    QString name;
    QStringList args; // after the base URL
    QString output; // the file it must not leave behind ("" = none)
    QByteArray input; // standard input
};

struct Run
{
    QString command;
    std::unique_ptr<HostileServer> server;
    std::unique_ptr<HostileServer> other;
    std::unique_ptr<QProcess> process;
    QElapsedTimer clock;
    qint64 tookMs = -1;
    QString output;
};

} // namespace

class tst_HostileServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCommandEndsCleanly_data();
    void everyCommandEndsCleanly();
    void contradictoryPagesKeepTheRowsAndFail_data();
    void contradictoryPagesKeepTheRowsAndFail();
    void cappedPagesAreFollowedByHasMore();
    void rateLimitGivenUpSaysSo();
    void unknownImportStatusStallsAndResumes();
    void signalStopsCommand_data();
    void signalStopsCommand();
    void signalStopsImportResumably();

private:
    QList<Command> commands(const QString &tag) const;
    QProcessEnvironment environment(const QString &timeout = kTimeout) const;
    void start(Run &run, const QString &baseUrl, const Command &command,
        const QString &timeout = kTimeout);
    static bool waitAll(std::vector<std::unique_ptr<Run>> &runs, qint64 timeoutMs);
    QString writeCsv(const QString &name, int rows) const;

    QTemporaryDir m_dir;
};

void tst_HostileServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(qEnvironmentVariable("KAKIYO_DESK_BIN")).isExecutable(),
        "KAKIYO_DESK_BIN is not set");
}

QString tst_HostileServer::writeCsv(const QString &name, int rows) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("Full Name,Company,Person Linkedin Url\n");
    for (int i = 0; i < rows; ++i)
        f.write(QStringLiteral("Person %1,Acme,https://www.linkedin.com/in/%2-hostile-%1/\n")
                    .arg(i)
                    .arg(name.section(u'.', 0, 0))
                    .toUtf8());
    return path;
}

QList<Command> tst_HostileServer::commands(const QString &tag) const
{
    const QString dir = m_dir.filePath(tag);
    QDir().mkpath(dir);
    const QString csv = writeCsv(tag + QStringLiteral(".csv"), 5);
    auto out = [&](const QString &file) { return dir + u'/' + file; };
    return {
        {"export prospects",
            {"export", "--table", "prospects", "--format", "csv", "-o", out("prospects.csv")},
            out("prospects.csv"), {}},
        {"export campaigns",
            {"export", "--table", "campaigns", "--format", "csv", "-o", out("campaigns.csv")},
            out("campaigns.csv"), {}},
        {"export agents",
            {"export", "--table", "agents", "--format", "csv", "-o", out("agents.csv")},
            out("agents.csv"), {}},
        {"export chart",
            {"export", "--chart", "campaigns", "--format", "png", "-o", out("campaigns.png")},
            out("campaigns.png"), {}},
        {"export report", {"export", "--report", "-o", out("report.pdf")}, out("report.pdf"), {}},
        {"import", {"import", csv, "--campaign", "campaign_1", "--journal", out("journal.sqlite")},
            {}, {}},
        {"key set (verify)", {"key", "set"}, {}, kKey.toUtf8() + '\n'},
    };
}

QProcessEnvironment tst_HostileServer::environment(const QString &timeout) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("HOME", m_dir.filePath("home"));
    env.insert("XDG_DATA_HOME", m_dir.filePath("data"));
    env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
    env.insert("XDG_CACHE_HOME", m_dir.filePath("cache"));
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("KAKIYO_API_KEY", kKey);
    env.insert("KAKIYO_TIMEOUT", timeout);
    env.remove("DBUS_SESSION_BUS_ADDRESS"); // key set must not reach a real keychain
    return env;
}

void tst_HostileServer::start(
    Run &run, const QString &baseUrl, const Command &command, const QString &timeout)
{
    run.command = command.name;
    run.output = command.output;
    run.process = std::make_unique<QProcess>();
    run.process->setProcessEnvironment(environment(timeout));
    QProcess *p = run.process.get();
    Run *r = &run;
    connect(p, &QProcess::finished, p, [r] { r->tookMs = r->clock.elapsed(); });
    run.clock.start();
    p->start(qEnvironmentVariable("KAKIYO_DESK_BIN"),
        QStringList {"--base-url", baseUrl} + command.args);
    if (!command.input.isEmpty())
        p->write(command.input);
    p->closeWriteChannel();
}

bool tst_HostileServer::waitAll(std::vector<std::unique_ptr<Run>> &runs, qint64 timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        bool running = false;
        for (const auto &run : runs)
            running = running || run->process->state() != QProcess::NotRunning;
        if (!running)
            return true;
        if (clock.elapsed() > timeoutMs)
            break;
        QTest::qWait(20);
    }
    for (const auto &run : runs) {
        if (run->process->state() != QProcess::NotRunning) {
            run->process->kill();
            run->process->waitForFinished(5000);
        }
    }
    return false;
}

void tst_HostileServer::everyCommandEndsCleanly_data()
{
    QTest::addColumn<int>("fault");
    const QList<HostileFault> all = kakiyo::test::hostileFaults();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all.at(i).name)) << i;
}

void tst_HostileServer::everyCommandEndsCleanly()
{
    QFETCH(int, fault);
    const HostileFault f = kakiyo::test::hostileFaults().at(fault);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    // One server (and one "other host") per command, all commands at once: the bounds are per
    // command and the row takes as long as its slowest command.
    std::vector<std::unique_ptr<Run>> runs;
    for (const Command &command : commands(tag)) {
        auto run = std::make_unique<Run>();
        run->server = std::make_unique<HostileServer>();
        run->other = std::make_unique<HostileServer>();
        QVERIFY(run->server->listen());
        QVERIFY(run->other->listen());
        run->server->setHandler(f.make(run->other.get()));
        start(*run, run->server->baseUrl().toString(), command);
        runs.push_back(std::move(run));
    }
    const bool ended = waitAll(runs, kRunBoundMs + 20000);
    for (const auto &run : runs) {
        const QString what = QStringLiteral("%1 / %2").arg(f.name, run->command);
        const QByteArray out = run->process->readAllStandardOutput();
        const QByteArray err = run->process->readAllStandardError();
        const QByteArray all = what.toUtf8() + "\nstdout: " + out + "\nstderr: " + err;
        // A run still going at the row's limit was killed by waitAll (and finished then).
        QVERIFY2(run->tookMs >= 0 && run->tookMs < kRunBoundMs,
            qPrintable(QStringLiteral("%1 took %2 ms (still running: %3)")
                           .arg(what)
                           .arg(run->tookMs)
                           .arg(ended ? "no" : "some run was killed")));
        QVERIFY2(run->process->exitStatus() == QProcess::NormalExit, all.constData());
        QVERIFY2(run->process->exitCode() == 1, all.constData());
        QVERIFY2(err.contains("kakiyo-desk: "), all.constData());
        QVERIFY2(!err.contains("automatically"), all.constData());
        QVERIFY2(!out.contains(kKey.toUtf8()) && !err.contains(kKey.toUtf8()), all.constData());
        if (!run->output.isEmpty())
            QVERIFY2(!QFileInfo::exists(run->output), all.constData());
        // Bounded calls: retries are capped, and the import's stall rule ends its polling.
        QVERIFY2(run->server->requests() <= 40,
            qPrintable(what + QStringLiteral(": %1 requests").arg(run->server->requests())));
        QVERIFY2(run->other->requests() == 0, all.constData()); // the key never left the host
    }
}

void tst_HostileServer::contradictoryPagesKeepTheRowsAndFail_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("rows"); // rows the file must hold
    QTest::addColumn<QString>("says"); // in the error
    QTest::newRow("negative total") << 0 << 3 << "negative total (-5)";
    QTest::newRow("hasMore with an empty page") << 1 << 100 << "sent none";
    QTest::newRow("total of 10^12") << 2 << 3 << "implausible total (1000000000000)";
    QTest::newRow("endless repetition") << 3 << 100 << "same rows again";
    QTest::newRow("more rows than the total") << 4 << 100 << "more rows than its total of 50";
    QTest::newRow("no more before the total") << 5 << 100 << "after 100 of its total of 1250";
}

void tst_HostileServer::contradictoryPagesKeepTheRowsAndFail()
{
    QFETCH(int, kind);
    QFETCH(int, rows);
    QFETCH(QString, says);
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([kind](const HostileRequest &r) {
        const int offset = offsetOf(r);
        switch (kind) {
        case 0:
            return HostileReply::json(200, searchPage(0, 3, -5, false));
        case 1:
            return HostileReply::json(200,
                offset == 0 ? searchPage(0, 100, 500, true) : searchPage(offset, 0, 500, true));
        case 2:
            return HostileReply::json(200, searchPage(0, 3, 1000000000000LL, true));
        case 3:
            return HostileReply::json(200, searchPage(0, 100, 100000, true)); // always page one
        case 4:
            return HostileReply::json(200, searchPage(offset, 100, 50, true)); // fresh rows forever
        default:
            return HostileReply::json(200, searchPage(offset, 100, 1250, false));
        }
    });
    const QString file = m_dir.filePath(QStringLiteral("contradiction-%1.csv").arg(kind));
    std::vector<std::unique_ptr<Run>> runs;
    runs.push_back(std::make_unique<Run>());
    start(*runs.front(), server.baseUrl().toString(),
        {"export", {"export", "--table", "prospects", "--format", "csv", "-o", file}, file, {}});
    QVERIFY(waitAll(runs, kRunBoundMs));
    QProcess &p = *runs.front()->process;
    const QByteArray out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    const QByteArray all = "stdout: " + out + "\nstderr: " + err;
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 1, all.constData()); // an export that stopped early is no success
    QVERIFY2(err.contains("export incomplete"), all.constData());
    QVERIFY2(err.contains(says.toUtf8()), all.constData());
    QVERIFY2(out.contains("incomplete"), all.constData());
    QVERIFY(server.requests() <= 3);
    // The rows served are kept, each once.
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), rows + 1);
}

// A server that serves 5 rows whatever the limit asked: the export follows hasMore to the end.
void tst_HostileServer::cappedPagesAreFollowedByHasMore()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([](const HostileRequest &r) {
        const int offset = offsetOf(r);
        const int count = std::clamp(25 - offset, 0, 5);
        return HostileReply::json(200, searchPage(offset, count, 25, offset + count < 25));
    });
    const QString file = m_dir.filePath(QStringLiteral("capped.csv"));
    std::vector<std::unique_ptr<Run>> runs;
    runs.push_back(std::make_unique<Run>());
    start(*runs.front(), server.baseUrl().toString(),
        {"export", {"export", "--table", "prospects", "--format", "csv", "-o", file}, file, {}});
    QVERIFY(waitAll(runs, kRunBoundMs));
    QProcess &p = *runs.front()->process;
    const QByteArray out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(p.exitCode() == 0, (out + err).constData());
    QVERIFY2(out.contains("Wrote 25 prospects (of 25)"), out.constData());
    QCOMPARE(server.requests(QStringLiteral("GET /prospects/search")), 5);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().trimmed().split('\n').size(), 26);
}

// 429 with Retry-After: 999999 is given up at once (one call) and the CLI does not promise a retry.
void tst_HostileServer::rateLimitGivenUpSaysSo()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([](const HostileRequest &) {
        HostileReply reply = HostileReply::json(
            429, QJsonObject {{"error", "rate_limit_exceeded"}, {"message", "Too many requests."}});
        reply.addHeader("Retry-After", "999999");
        return reply;
    });
    const QString file = m_dir.filePath(QStringLiteral("limited.csv"));
    std::vector<std::unique_ptr<Run>> runs;
    runs.push_back(std::make_unique<Run>());
    start(*runs.front(), server.baseUrl().toString(),
        {"export", {"export", "--table", "campaigns", "--format", "csv", "-o", file}, file, {}});
    QVERIFY(waitAll(runs, kRunBoundMs));
    QProcess &p = *runs.front()->process;
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(!err.contains("automatically"), err.constData());
    QVERIFY2(!err.contains("retried"), err.constData());
    QVERIFY2(err.contains("rate limit"), err.constData());
    QVERIFY2(err.contains("try again later"), err.constData());
    QCOMPARE(server.requests(), 1);
    QVERIFY(!QFileInfo::exists(file));
}

// The contract allows any status string: one the client does not know is polled, then given up
// by the stall rule ("resume"), and the journal resumes on the next run.
void tst_HostileServer::unknownImportStatusStallsAndResumes()
{
    HostileServer server;
    QVERIFY(server.listen());
    bool finish = false;
    server.setHandler([&finish](const HostileRequest &r) {
        if (r.method == "POST")
            return HostileReply::json(201, QJsonObject {{"message", "queued"}, {"listId", "L1"}});
        QJsonObject status {{"listId", "L1"}, {"campaignId", "campaign_1"},
            {"status", finish ? "completed" : "verifying_quantum_state"}, {"total", 5},
            {"processed", 0}};
        if (finish)
            status.insert("completedAt", "2026-01-01T00:00:00Z");
        return HostileReply::json(200, status);
    });
    const QString csv = writeCsv(QStringLiteral("unknown.csv"), 5);
    const QString journal = m_dir.filePath(QStringLiteral("unknown.sqlite"));
    const Command import {
        "import", {"import", csv, "--campaign", "campaign_1", "--journal", journal}, {}, {}};
    std::vector<std::unique_ptr<Run>> runs;
    runs.push_back(std::make_unique<Run>());
    // KAKIYO_TIMEOUT 0.5 s: the stall rule ends the run after 5 s without progress.
    start(*runs.front(), server.baseUrl().toString(), import, QStringLiteral("0.5"));
    QVERIFY(waitAll(runs, kRunBoundMs));
    QProcess &p = *runs.front()->process;
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains("no progress"), err.constData());
    QVERIFY2(err.contains("resume"), err.constData());
    const int polls = server.requests(QStringLiteral("GET /prospects/imports/L1"));
    QVERIFY2(polls >= 2 && polls <= 10, qPrintable(QString::number(polls)));

    finish = true;
    runs.clear();
    runs.push_back(std::make_unique<Run>());
    start(*runs.front(), server.baseUrl().toString(), import, QStringLiteral("0.5"));
    QVERIFY(waitAll(runs, kRunBoundMs));
    const QByteArray out = runs.front()->process->readAllStandardOutput();
    QVERIFY2(out.contains("Resuming import started at"), out.constData());
    QCOMPARE(server.requests(QStringLiteral("POST /prospects/batch")), 1); // not sent again
}

void tst_HostileServer::signalStopsCommand_data()
{
    QTest::addColumn<int>("command");
    QTest::addColumn<int>("signal");
    const QStringList names = {"export prospects", "export campaigns", "export agents",
        "export chart", "export report", "import", "key set (verify)"};
    for (int i = 0; i < names.size(); ++i) {
        QTest::addRow("%s SIGINT", qPrintable(names.at(i))) << i << SIGINT;
        QTest::addRow("%s SIGTERM", qPrintable(names.at(i))) << i << SIGTERM;
    }
}

// Against a server that drips one byte every 2 s (and a per-request deadline of a minute), a
// signal ends the command within 2 s, non-zero, with no output file (an earlier one untouched).
void tst_HostileServer::signalStopsCommand()
{
    QFETCH(int, command);
    QFETCH(int, signal);
    const QString tag = QStringLiteral("signal-%1-%2").arg(command).arg(signal);
    const Command c = commands(tag).at(command);
    if (!c.output.isEmpty()) {
        QFile earlier(c.output);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier\n");
    }
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([](const HostileRequest &r) {
        if (r.method == "POST") // import: the batch is accepted, the status drips
            return HostileReply::json(201, QJsonObject {{"listId", "L1"}});
        HostileReply drip = HostileReply::json(200, QJsonObject {});
        drip.kind = HostileReply::Kind::Drip;
        return drip;
    });
    bool asked = false;
    connect(&server, &HostileServer::requestReceived, this,
        [&asked](const QString &route) { asked = asked || route.startsWith(u"GET "); });
    std::vector<std::unique_ptr<Run>> runs;
    runs.push_back(std::make_unique<Run>());
    start(*runs.front(), server.baseUrl().toString(), c, QStringLiteral("60"));
    QProcess &p = *runs.front()->process;
    QTRY_VERIFY_WITH_TIMEOUT(asked, 20000);
    QTest::qWait(300); // well inside the dripping answer
    QCOMPARE(p.state(), QProcess::Running);
    QElapsedTimer clock;
    clock.start();
    ::kill(pid_t(p.processId()), signal);
    QVERIFY(waitAll(runs, 10000));
    const qint64 took = clock.elapsed();
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(took < 2000, qPrintable(QStringLiteral("%1 ms; %2").arg(took).arg(err)));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() != 0, err.constData());
    QVERIFY2(err.toLower().contains("interrupted"), err.constData());
    if (!c.output.isEmpty()) {
        QFile earlier(c.output);
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        QCOMPARE(earlier.readAll(), QByteArray("earlier\n"));
        const QStringList left = QFileInfo(c.output).dir().entryList(QDir::Files);
        QCOMPARE(left.size(), 1); // no temporary file of the save either
    }
}

// SIGINT while an import polls a dripping status: out within 2 s, and the next run resumes.
void tst_HostileServer::signalStopsImportResumably()
{
    HostileServer server;
    QVERIFY(server.listen());
    bool finish = false;
    server.setHandler([&finish](const HostileRequest &r) {
        if (r.method == "POST")
            return HostileReply::json(201, QJsonObject {{"listId", "L9"}});
        if (finish)
            return HostileReply::json(200,
                QJsonObject {{"listId", "L9"}, {"status", "completed"},
                    {"completedAt", "2026-01-01T00:00:00Z"}, {"report", QJsonArray {}}});
        HostileReply drip = HostileReply::json(200, QJsonObject {});
        drip.kind = HostileReply::Kind::Drip;
        return drip;
    });
    const QString csv = writeCsv(QStringLiteral("sigimport.csv"), 5);
    const QString journal = m_dir.filePath(QStringLiteral("sigimport.sqlite"));
    const Command import {
        "import", {"import", csv, "--campaign", "campaign_1", "--journal", journal}, {}, {}};
    bool polled = false;
    connect(&server, &HostileServer::requestReceived, this,
        [&polled](const QString &route) { polled = polled || route.startsWith(u"GET "); });
    std::vector<std::unique_ptr<Run>> runs;
    runs.push_back(std::make_unique<Run>());
    start(*runs.front(), server.baseUrl().toString(), import, QStringLiteral("60"));
    QTRY_VERIFY_WITH_TIMEOUT(polled, 20000);
    QElapsedTimer clock;
    clock.start();
    ::kill(pid_t(runs.front()->process->processId()), SIGINT);
    QVERIFY(waitAll(runs, 10000));
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    const QByteArray err = runs.front()->process->readAllStandardError();
    QCOMPARE(runs.front()->process->exitCode(), 1);
    QVERIFY2(err.contains("interrupted"), err.constData());

    finish = true;
    runs.clear();
    runs.push_back(std::make_unique<Run>());
    start(*runs.front(), server.baseUrl().toString(), import);
    QVERIFY(waitAll(runs, kRunBoundMs));
    const QByteArray out = runs.front()->process->readAllStandardOutput();
    QVERIFY2(out.contains("Resuming import started at"), out.constData());
    QCOMPARE(server.requests(QStringLiteral("POST /prospects/batch")), 1);
}

QTEST_GUILESS_MAIN(tst_HostileServer)
#include "tst_hostileserver.moc"
