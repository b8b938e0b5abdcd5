#include "app/ExportCommand.h"

#include "app/CommandWait.h"
#include "app/HeadlessSession.h"
#include "app/WorkspaceOption.h"
#include "models/AnalyticsModel.h"
#include "models/api/AgentsApi.h"
#include "models/api/CampaignsApi.h"
#include "models/api/Connection.h"
#include "models/jobs/DncExport.h"
#include "models/jobs/OutreachLoader.h"
#include "models/jobs/ProspectExport.h"
#include "ui/charts/ChartExport.h"
#include "ui/charts/ChartExporter.h"

#include <QCoreApplication>
#include <QImageReader>
#include <QSaveFile>
#include <QTextStream>

namespace kakiyo {

namespace {

struct ExportArgs
{
    bool help = false;
    ChartExportRequest chart;
    QString table;
    ProspectSearchQuery query;
    qint64 limit = -1;
    QString workspace; // --workspace NAME|ID
    QString error;
};

ExportArgs parseArgs(const QStringList &args)
{
    ExportArgs a;
    auto value = [&](qsizetype &i, const QString &name, QString *out) {
        const QString &arg = args.at(i);
        if (arg.startsWith(name + QLatin1Char('='))) {
            *out = arg.mid(name.size() + 1);
        } else if (i + 1 < args.size()) {
            *out = args.at(++i);
        } else {
            out->clear();
        }
        if (out->isEmpty())
            a.error = QStringLiteral("%1 needs a value").arg(name);
        return a.error.isEmpty();
    };
    auto is = [](const QString &arg, const char *name) {
        const QString n = QLatin1String(name);
        return arg == n || arg.startsWith(n + QLatin1Char('='));
    };
    bool scaleSeen = false;
    for (qsizetype i = 0; i < args.size() && a.error.isEmpty(); ++i) {
        const QString &arg = args.at(i);
        QString v;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            a.help = true;
        } else if (arg == QLatin1String("--report")) {
            a.chart.report = true;
        } else if (is(arg, "--chart")) {
            if (value(i, QStringLiteral("--chart"), &v))
                a.chart.chart = v;
        } else if (is(arg, "--table")) {
            if (value(i, QStringLiteral("--table"), &v))
                a.table = v;
        } else if (is(arg, "--campaign")) {
            if (value(i, QStringLiteral("--campaign"), &v)) {
                a.chart.campaignId = v;
                a.query.campaignId = v;
            }
        } else if (is(arg, "--format")) {
            if (value(i, QStringLiteral("--format"), &v))
                a.chart.format = v.toLower();
        } else if (is(arg, "--scale")) {
            if (value(i, QStringLiteral("--scale"), &v)) {
                bool ok = false;
                a.chart.scale = v.toInt(&ok);
                scaleSeen = true;
                if (!ok)
                    a.error = QStringLiteral("--scale: \"%1\" is not a number").arg(v);
            }
        } else if (arg == QLatin1String("-o") || is(arg, "--output")) {
            if (value(i, arg == QLatin1String("-o") ? arg : QStringLiteral("--output"), &v))
                a.chart.output = v;
        } else if (is(arg, "--query")) {
            if (value(i, QStringLiteral("--query"), &v))
                a.query.query = v;
        } else if (is(arg, "--qualification")) {
            if (value(i, QStringLiteral("--qualification"), &v))
                a.query.qualification = v;
        } else if (is(arg, "--status")) {
            if (value(i, QStringLiteral("--status"), &v)) {
                bool ok = false;
                a.query.status = v.toInt(&ok);
                if (!ok)
                    a.error = QStringLiteral("--status: \"%1\" is not a number").arg(v);
            }
        } else if (is(arg, "--city")) {
            if (value(i, QStringLiteral("--city"), &v))
                a.query.city = v;
        } else if (is(arg, "--country")) {
            if (value(i, QStringLiteral("--country"), &v))
                a.query.country = v;
        } else if (is(arg, "--workspace")) {
            if (value(i, QStringLiteral("--workspace"), &v))
                a.workspace = v;
        } else if (is(arg, "--logo")) {
            if (value(i, QStringLiteral("--logo"), &v))
                a.chart.reportOptions.logoPath = v;
        } else if (is(arg, "--paper")) {
            if (value(i, QStringLiteral("--paper"), &v)) {
                const QString paper = v.toLower();
                a.chart.paperSet = true;
                if (paper == QLatin1String("a4"))
                    a.chart.reportOptions.pageSize = QPageSize::A4;
                else if (paper == QLatin1String("letter"))
                    a.chart.reportOptions.pageSize = QPageSize::Letter;
                else
                    a.error = QStringLiteral("--paper: \"%1\" is not a4 or letter").arg(v);
            }
        } else if (arg == QLatin1String("--has-responded")) {
            a.query.hasResponded = true;
        } else if (arg == QLatin1String("--paused")) {
            a.query.isPaused = true;
        } else if (is(arg, "--limit")) {
            if (value(i, QStringLiteral("--limit"), &v)) {
                bool ok = false;
                a.limit = v.toLongLong(&ok);
                if (!ok || a.limit < 1)
                    a.error = QStringLiteral("--limit: \"%1\" is not a positive number").arg(v);
            }
        } else {
            a.error = QStringLiteral("export: unknown argument %1").arg(arg);
        }
    }
    if (!a.error.isEmpty() || a.help)
        return a;
    const int kinds = int(a.chart.report) + int(!a.chart.chart.isEmpty()) + int(!a.table.isEmpty());
    if (kinds != 1)
        a.error = QStringLiteral("export: say what to export: exactly one of --chart NAME, "
                                 "--report or --table prospects");
    else if (a.chart.output.isEmpty())
        a.error = QStringLiteral("export: say where to write it: -o FILE");
    else if (!a.table.isEmpty() && a.table != QLatin1String("prospects")
        && a.table != QLatin1String("campaigns") && a.table != QLatin1String("agents")
        && a.table != QLatin1String("dnc") && a.table != QLatin1String("senders"))
        a.error = QStringLiteral("export: --table \"%1\" is not a table (prospects, campaigns, "
                                 "agents, senders, dnc)")
                      .arg(a.table);
    else if (!a.table.isEmpty() && !a.chart.format.isEmpty()
        && a.chart.format != QLatin1String("csv"))
        a.error = QStringLiteral("export: tables are exported as csv only");
    else if (!a.table.isEmpty() && scaleSeen)
        a.error = QStringLiteral("export: --scale applies to charts only");
    else if (!a.table.isEmpty() && a.chart.paperSet)
        a.error = QStringLiteral("export: --paper applies to the report and PDF charts only");
    else if (!a.chart.reportOptions.logoPath.isEmpty() && !a.chart.report)
        a.error = QStringLiteral("export: --logo applies to --report only");
    else if (!a.chart.reportOptions.logoPath.isEmpty()) {
        // A client report with a broken logo is not sent half-right: refused before any call.
        QImageReader logo(a.chart.reportOptions.logoPath);
        if (!logo.canRead())
            a.error = QStringLiteral("export: --logo %1 is not a readable image (%2)")
                          .arg(a.chart.reportOptions.logoPath, logo.errorString());
    }
    return a;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The whole list in one call, written atomically: a failure leaves no file (or the old one).
template<typename Api, typename T>
int exportList(Connection *session, const QStringList &header,
    const std::function<QStringList(const T &)> &row, const QString &fileName, const char *what,
    QTextStream &out, QTextStream &err)
{
    Api api(session);
    const int boundMs = CommandWait::singleCallBoundMs();
    CommandWait wait(boundMs);
    QObject owner;
    Result<QList<T>> result;
    api.list(&owner, [&](const Result<QList<T>> &r) {
        result = r;
        wait.finish();
    });
    const CommandWait::Outcome waited = wait.run();
    session->cancel(&owner);
    if (waited == CommandWait::Outcome::Interrupted) {
        err << "kakiyo-desk: export " << CommandWait::interruptedText() << "\n";
        return 1;
    }
    if (waited == CommandWait::Outcome::TimedOut) {
        err << "kakiyo-desk: export failed: " << CommandWait::timedOutText(boundMs) << "\n";
        return 1;
    }
    if (!result.ok()) {
        err << "kakiyo-desk: export failed: " << result.error.userMessage() << "\n";
        return 1;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        err << "kakiyo-desk: cannot write " << fileName << ": " << file.errorString() << "\n";
        return 1;
    }
    auto line = [&](const QStringList &fields) {
        QStringList escaped;
        for (const QString &f : fields)
            escaped << csvField(f);
        file.write(escaped.join(QLatin1Char(',')).toUtf8() + "\r\n");
    };
    line(header);
    for (const T &item : result.value)
        line(row(item));
    if (!file.commit()) {
        err << "kakiyo-desk: cannot write " << fileName << ": " << file.errorString() << "\n";
        return 1;
    }
    out << "Wrote " << result.value.size() << " " << what << " to " << fileName << ".\n";
    return 0;
}

// The whole Do Not Contact list, page by page; written only once every page has arrived.
int exportDnc(Connection *session, const QString &fileName, QTextStream &out, QTextStream &err)
{
    const int boundMs = CommandWait::singleCallBoundMs();
    CommandWait wait(boundMs);
    DncExport job(session);
    DncExport::Outcome o;
    QObject::connect(&job, &DncExport::progress, &job, [&](qint64 read) {
        wait.restartTimer(); // each page must arrive within one call's bound
        err << "\r" << read << " entries read";
        err.flush();
    });
    QObject::connect(&job, &DncExport::finished, &job, [&](const DncExport::Outcome &r) {
        o = r;
        wait.finish();
    });
    job.start(fileName);
    const CommandWait::Outcome waited
        = job.isRunning() ? wait.run() : CommandWait::Outcome::Finished;
    err << "\n";
    if (waited != CommandWait::Outcome::Finished) {
        job.cancel(); // nothing was written yet
        err << "kakiyo-desk: export "
            << (waited == CommandWait::Outcome::Interrupted
                       ? CommandWait::interruptedText()
                       : QStringLiteral("failed: %1").arg(CommandWait::timedOutText(boundMs)))
            << "\n";
        return 1;
    }
    if (!o.ok) {
        err << "kakiyo-desk: export failed: " << o.error << "\n";
        return 1;
    }
    out << "Wrote " << o.rows << " Do Not Contact entries to " << fileName << " in " << o.calls
        << " calls.\n";
    return 0;
}

// The per-sender table (one row per agent), as the Analytics page shows it: its loader asks the
// agents, their details, the campaigns and the conversations (search pages).
int exportSenders(Connection *session, const QString &fileName, QTextStream &out, QTextStream &err)
{
    AnalyticsModel model;
    OutreachLoader loader(session, &model);
    const int boundMs = CommandWait::singleCallBoundMs();
    CommandWait wait(boundMs);
    QString error;
    QObject::connect(&loader, &OutreachLoader::loaded, &loader, [&] { wait.finish(); });
    QObject::connect(&loader, &OutreachLoader::failed, &loader, [&](const QString &message) {
        error = message;
        wait.finish();
    });
    // Each answer restarts the bound: the search pages come one after another.
    QObject::connect(&loader, &OutreachLoader::progress, &loader, [&](qint64 read, qint64 total) {
        wait.restartTimer();
        err << "\r" << read << " / " << total << " conversations";
        err.flush();
    });
    loader.load(true);
    const CommandWait::Outcome waited = wait.run();
    err << "\n";
    session->cancel(&loader);
    if (waited == CommandWait::Outcome::Interrupted) {
        err << "kakiyo-desk: export " << CommandWait::interruptedText() << "\n";
        return 1;
    }
    if (waited == CommandWait::Outcome::TimedOut) {
        err << "kakiyo-desk: export failed: " << CommandWait::timedOutText(boundMs) << "\n";
        return 1;
    }
    if (!error.isEmpty()) {
        err << "kakiyo-desk: export failed: " << error << "\n";
        return 1;
    }
    AnalyticsTableModel *senders = model.outreach()->senders();
    const ExportOutcome written
        = ChartExporter::writeFile(fileName, ChartExporter::csvFromModel(*senders));
    if (!written.ok) {
        err << "kakiyo-desk: " << written.message << "\n";
        return 1;
    }
    out << "Wrote " << senders->rowCount() << " senders to " << fileName << ".\n";
    return 0;
}
} // namespace

QString ExportCommand::usage()
{
    return QCoreApplication::translate("CommandLine",
        "  kakiyo-desk export --chart NAME|--report [--campaign ID] --format png|svg|pdf|csv\n"
        "                     [--scale N] [--paper a4|letter] -o FILE\n"
        "                     [--profile NAME] [--base-url URL] [--demo]\n"
        "  kakiyo-desk export --report [--logo FILE] [--paper a4|letter] -o FILE.pdf\n"
        "  kakiyo-desk export --table campaigns|agents|senders|dnc --format csv -o FILE\n"
        "  kakiyo-desk export --table prospects [--query Q] [--campaign ID]\n"
        "                     [--qualification Q] [--status N] [--city C] [--country C]\n"
        "                     [--has-responded] [--paused] [--limit N] --format csv -o FILE\n"
        "  Every export also takes --workspace NAME|ID: only that client workspace's data.\n");
}

int ExportCommand::run(const LaunchOptions &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    ExportArgs a = parseArgs(options.rest);
    if (a.help) {
        out << QCoreApplication::translate("CommandLine", "Usage:") << "\n"
            << usage() << "\n"
            << ChartExport::help();
        return 0;
    }
    if (!a.error.isEmpty()) {
        err << "kakiyo-desk: " << a.error << "\n\n"
            << QCoreApplication::translate("CommandLine", "Usage:") << "\n"
            << usage();
        return 2;
    }
    if (a.table.isEmpty()) {
        // Usage mistakes (unknown chart, bad format) are caught before any network or keychain.
        const ChartExportResult check = ChartExport::validate(a.chart);
        if (check.exitCode != 0) {
            err << "kakiyo-desk: " << check.message << "\n";
            return check.exitCode;
        }
    }
    QString error;
    const std::unique_ptr<HeadlessSession> headless = HeadlessSession::open(options, &error);
    if (!headless) {
        err << "kakiyo-desk: " << error << "\n";
        return 1;
    }
    if (!a.workspace.isEmpty()) {
        const WorkspaceOption w = WorkspaceOption::apply(headless->connection(), a.workspace);
        if (w.exitCode != 0) {
            err << "kakiyo-desk: " << w.error << "\n";
            return w.exitCode;
        }
        a.chart.reportOptions.teamName = w.workspace.name; // the client's name on the report
        if (!a.chart.campaignId.isEmpty()) {
            const WorkspaceOption c
                = WorkspaceOption::requireCampaign(headless->connection(), a.chart.campaignId);
            if (c.exitCode != 0) {
                err << "kakiyo-desk: " << c.error << "\n";
                return c.exitCode;
            }
        }
    }
    if (a.table.isEmpty()) {
        err << "Exporting from " << headless->baseUrl().toString() << " …\n";
        err.flush();
        const ChartExportResult r
            = ChartExport::run(a.chart, *headless->connection(), CommandWait::singleCallBoundMs());
        (r.exitCode == 0 ? out : err)
            << (r.exitCode == 0 ? "" : "kakiyo-desk: ") << r.message << "\n";
        return r.exitCode;
    }
    if (a.table == QLatin1String("campaigns"))
        return exportList<CampaignsApi, Campaign>(
            headless->connection(),
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"),
                QStringLiteral("agent"), QStringLiteral("product"), QStringLiteral("created")},
            [](const Campaign &c) {
                return QStringList {c.id, c.name, c.status, c.agentId, c.productId,
                    c.createdAt.toString(Qt::ISODate)};
            },
            a.chart.output, "campaigns", out, err);
    if (a.table == QLatin1String("senders"))
        return exportSenders(headless->connection(), a.chart.output, out, err);
    if (a.table == QLatin1String("agents"))
        return exportList<AgentsApi, Agent>(
            headless->connection(),
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"),
                QStringLiteral("login")},
            [](const Agent &x) {
                return QStringList {x.id, x.name, x.status, x.login};
            },
            a.chart.output, "agents", out, err);
    if (a.table == QLatin1String("dnc"))
        return exportDnc(headless->connection(), a.chart.output, out, err);
    // Bounded by progress: each page must arrive within one call's bound; the number of pages is
    // bounded by ProspectExport (every page must bring new rows, never more than the total).
    const int boundMs = CommandWait::singleCallBoundMs();
    CommandWait wait(boundMs);
    ProspectExport job(headless->connection());
    ProspectExport::Outcome o;
    QObject::connect(&job, &ProspectExport::progress, &job, [&](qint64 written, qint64 toWrite) {
        wait.restartTimer();
        err << "\r" << written << " / " << toWrite << " prospects";
        err.flush();
    });
    QObject::connect(&job, &ProspectExport::finished, &job, [&](const ProspectExport::Outcome &r) {
        o = r;
        wait.finish();
    });
    job.start(a.query, a.chart.output, a.limit);
    const CommandWait::Outcome waited
        = job.isRunning() ? wait.run() : CommandWait::Outcome::Finished;
    err << "\n";
    if (waited != CommandWait::Outcome::Finished) {
        job.cancel(); // discards the half-written file; an earlier one stays as it was
        err << "kakiyo-desk: export "
            << (waited == CommandWait::Outcome::Interrupted
                       ? CommandWait::interruptedText()
                       : QStringLiteral("failed: %1").arg(CommandWait::timedOutText(boundMs)))
            << "\n";
        return 1;
    }
    if (!o.written) {
        err << "kakiyo-desk: export failed: " << o.error << "\n";
        return 1;
    }
    if (!o.ok) {
        out << "Wrote " << o.rows << " prospects to " << a.chart.output << " in " << o.calls
            << " search calls; the export is incomplete.\n";
        err << "kakiyo-desk: export incomplete: " << o.error << "\n";
        return 1;
    }
    out << "Wrote " << o.rows << " prospects (of " << o.total << ") to " << a.chart.output << " in "
        << o.calls << " search calls.\n";
    return 0;
}

} // namespace kakiyo
