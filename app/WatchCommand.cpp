#include "app/WatchCommand.h"

#include "app/CommandWait.h"
#include "app/HeadlessSession.h"
#include "app/WorkspaceOption.h"
#include "models/api/Connection.h"
#include "models/api/StopRequest.h"
#include "models/live/AlertInbox.h"
#include "models/live/AlertNotifier.h"
#include "models/live/AutoRefresh.h"
#include "models/live/TeamRefresh.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

namespace kakiyo {

namespace {

struct WatchArgs
{
    bool once = false;
    bool json = false;
    bool help = false;
    QString workspace;
    int intervalMinutes = 0; // 0: the window's default for this server (RefreshPlan)
    QString error;
};

WatchArgs parseArgs(const QStringList &args)
{
    WatchArgs a;
    for (qsizetype i = 0; i < args.size() && a.error.isEmpty(); ++i) {
        const QString &arg = args.at(i);
        auto value = [&](const QString &name) {
            if (arg.startsWith(name + u'='))
                return arg.mid(name.size() + 1);
            if (arg == name && i + 1 < args.size())
                return args.at(++i);
            return QString();
        };
        if (arg == u"--once") {
            a.once = true;
        } else if (arg == u"--json") {
            a.json = true;
        } else if (arg == u"--help" || arg == u"-h") {
            a.help = true;
        } else if (arg == u"--workspace" || arg.startsWith(u"--workspace=")) {
            a.workspace = value(QStringLiteral("--workspace"));
            if (a.workspace.isEmpty())
                a.error = QCoreApplication::translate("WatchCommand", "--workspace needs a value");
        } else if (arg == u"--interval" || arg.startsWith(u"--interval=")) {
            bool ok = false;
            a.intervalMinutes = value(QStringLiteral("--interval")).toInt(&ok);
            if (!ok || a.intervalMinutes < 1 || a.intervalMinutes > 1440)
                a.error = QCoreApplication::translate(
                    "WatchCommand", "--interval expects minutes between 1 and 1440");
        } else {
            a.error = QCoreApplication::translate("WatchCommand", "watch: unknown argument %1")
                          .arg(arg);
        }
    }
    return a;
}

QString line(const Alert &a)
{
    return QStringLiteral("[%1] %2 — %3").arg(Alert::kindName(a.kind), a.title, a.detail);
}

void print(const QList<Alert> &fresh, const QList<Alert> &current, const WatchArgs &args,
    const QString &profile, int calls, const QDateTime &takenAt)
{
    QTextStream out(stdout);
    if (args.json) {
        QJsonArray n;
        for (const Alert &a : fresh)
            n.append(a.toJson());
        QJsonArray c;
        for (const Alert &a : current)
            c.append(a.toJson());
        out << QJsonDocument(QJsonObject {{"profile", profile}, {"workspace", args.workspace},
                                 {"takenAt", takenAt.toString(Qt::ISODateWithMs)}, {"calls", calls},
                                 {"new", n}, {"current", c}})
                   .toJson(QJsonDocument::Compact)
            << "\n";
        out.flush();
        return;
    }
    out << QCoreApplication::translate(
        "WatchCommand", "%n new since the last watch", nullptr, int(fresh.size()))
        << "\n";
    for (const Alert &a : fresh)
        out << "  " << line(a) << "\n";
    out << QCoreApplication::translate(
        "WatchCommand", "%n current alert(s)", nullptr, int(current.size()))
        << "\n";
    for (const Alert &a : current)
        out << "  " << line(a) << "\n";
    out.flush();
}

} // namespace

QString WatchCommand::usage()
{
    return QCoreApplication::translate("WatchCommand",
        "Usage: kakiyo-desk watch [--once] [--json] [--workspace ID] [--interval MIN]\n"
        "                         [--demo | --profile NAME | --base-url URL]\n"
        "  Refreshes the team (4 calls, 5 in a client workspace) and prints the alerts that\n"
        "  are new since the last watch of this profile and workspace, then every current\n"
        "  alert. --json prints one JSON object per refresh. Without --once it keeps\n"
        "  watching every --interval minutes (default: 15 where calls are free, 60 where\n"
        "  they cost credits) until interrupted, and shows new alerts as desktop\n"
        "  notifications (at most one a minute). Exit: 0 nothing new, 3 something new,\n"
        "  1 failure, 2 wrong command line. Calls spent are written to stderr.\n");
}

int WatchCommand::run(const LaunchOptions &options)
{
    QTextStream err(stderr);
    WatchArgs args = parseArgs(options.rest);
    if (args.help) {
        QTextStream(stdout) << usage();
        return 0;
    }
    if (!args.error.isEmpty()) {
        err << "kakiyo-desk: " << args.error << "\n\n" << usage();
        return 2;
    }
    QString error;
    const std::unique_ptr<HeadlessSession> session = HeadlessSession::open(options, &error);
    if (!session) {
        err << "kakiyo-desk watch: " << error << "\n";
        return 1;
    }
    Connection *connection = session->connection();
    if (!args.workspace.isEmpty()) {
        // A name or an id, resolved like export's: an unknown or ambiguous one exits 2.
        const WorkspaceOption w = WorkspaceOption::apply(connection, args.workspace);
        if (w.exitCode != 0) {
            err << "kakiyo-desk watch: " << w.error << "\n";
            return w.exitCode;
        }
        args.workspace = w.workspace.id; // alerts and their state are kept per workspace id
    }
    // Keyed by the profile's id, as the window keeps it: its dismissals silence watch too.
    AlertInbox inbox({}, {session->profileId(), args.workspace}, QStringLiteral("watch"));
    if (!inbox.load(&error)) {
        err << "kakiyo-desk watch: " << error << "\n";
        return 1;
    }
    TeamRefresh refresh(connection);
    // Kept watching, new alerts also reach the desktop (coalesced, as in the window).
    std::unique_ptr<AlertNotifier> notifier;
    if (!args.once)
        notifier = std::make_unique<AlertNotifier>();
    int exitCode = ExitNothingNew;
    bool failed = false;

    // One refresh, waited for within the single-call bound; false on failure or interruption.
    auto once = [&]() {
        CommandWait wait(CommandWait::singleCallBoundMs());
        std::optional<TeamSnapshot> snapshot;
        ApiError problem;
        const auto ok
            = QObject::connect(&refresh, &TeamRefresh::finished, [&](const TeamSnapshot &s) {
                  snapshot = s;
                  wait.finish();
              });
        const auto ko = QObject::connect(&refresh, &TeamRefresh::failed, [&](const ApiError &e) {
            problem = e;
            wait.finish();
        });
        const int callsBefore = refresh.callsMade();
        refresh.start(inbox.lastSnapshot());
        const CommandWait::Outcome waited = wait.run();
        QObject::disconnect(ok);
        QObject::disconnect(ko);
        const int calls = refresh.callsMade() - callsBefore;
        err << QCoreApplication::translate(
            "WatchCommand", "watch: %1 calls (at most %2 per refresh)")
                   .arg(calls)
                   .arg(TeamRefresh::CallsPerRefresh)
            << "\n";
        err.flush();
        if (waited == CommandWait::Outcome::Interrupted) {
            err << "kakiyo-desk watch: " << CommandWait::interruptedText() << "\n";
            return false;
        }
        if (waited == CommandWait::Outcome::TimedOut) {
            err << "kakiyo-desk watch: "
                << CommandWait::timedOutText(CommandWait::singleCallBoundMs()) << "\n";
            return false;
        }
        if (!snapshot) {
            err << "kakiyo-desk watch: " << problem.userMessage() << "\n";
            return false;
        }
        const QList<Alert> fresh = inbox.update(*snapshot);
        QString saveError;
        if (!inbox.save(&saveError)) {
            err << "kakiyo-desk watch: " << saveError << "\n";
            return false;
        }
        print(fresh, inbox.current(), args, session->profileName(), calls, snapshot->takenAt);
        if (!fresh.isEmpty())
            exitCode = ExitSomethingNew;
        if (notifier)
            notifier->notify(fresh);
        return true;
    };

    if (args.once)
        return once() ? exitCode : 1;

    // Keep watching: one refresh now, then one per interval, until a stop is requested.
    failed = !once();
    if (StopRequest::instance()->isRequested())
        return failed ? 1 : exitCode;
    QTimer timer;
    // The window's default pace unless told: cheap where calls cost credits (RefreshPlan.h).
    const int minutes = args.intervalMinutes > 0 ? args.intervalMinutes
                                                 : AutoRefresh::defaultIntervalFor(*connection);
    timer.setInterval(minutes * 60 * 1000);
    CommandWait running(0);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (!once() && StopRequest::instance()->isRequested())
            running.finish();
    });
    timer.start();
    running.run();
    return exitCode;
}

} // namespace kakiyo
