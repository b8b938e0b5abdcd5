#include "app/ImportCommand.h"

#include "app/CommandWait.h"
#include "app/HeadlessSession.h"
#include "app/LaunchOptions.h"
#include "models/api/Connection.h"
#include "models/api/StopRequest.h"
#include "models/api/UsageMeter.h"
#include "models/import/DncFile.h"
#include "models/import/FileFingerprint.h"
#include "models/import/ImportJournal.h"
#include "models/import/ImportPlan.h"
#include "models/import/ImportPreparation.h"
#include "models/import/ImportReport.h"
#include "models/import/ImportRunner.h"
#include "models/import/SessionImportCalls.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QPointer>
#include <QTextStream>
#include <climits>

namespace kakiyo {

namespace {

bool takeValue(
    const QStringList &args, qsizetype &i, const QString &name, QString *value, QString *error)
{
    const QString &arg = args.at(i);
    if (arg.startsWith(name + QLatin1Char('='))) {
        *value = arg.mid(name.size() + 1);
    } else if (i + 1 < args.size()) {
        *value = args.at(++i);
    } else {
        *error = QStringLiteral("import: %1 needs a value").arg(name);
        return false;
    }
    if (value->trimmed().isEmpty()) {
        *error = QStringLiteral("import: %1 needs a value").arg(name);
        return false;
    }
    return true;
}

bool matches(const QString &arg, const QString &name)
{
    return arg == name || arg.startsWith(name + QLatin1Char('='));
}

QString duration(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s < 60)
        return QStringLiteral("%1 s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60);
    return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

void printRejections(const PreparedImport &prepared, QTextStream &out)
{
    if (prepared.rejectedCount() == 0)
        return;
    QMap<QString, int> byReason;
    for (const LeadRow &row : prepared.rows) {
        if (!row.isValid())
            ++byReason[LeadRow::rejectionToken(row.rejection)];
    }
    out << "Rejected rows:";
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
        out << " " << it.key() << " " << it.value();
    out << "\n";
    constexpr int shown = 10;
    int listed = 0;
    for (const LeadRow &row : prepared.rows) {
        if (row.isValid())
            continue;
        if (listed++ < shown)
            out << "  line " << row.line << ": " << row.reason << "\n";
    }
    if (listed > shown)
        out << "  ... and " << (listed - shown) << " more (see --report)\n";
}

} // namespace

ImportCommand::Arguments ImportCommand::parse(const QStringList &rest, QString *error)
{
    Arguments a;
    error->clear();
    QString campaign;
    QString roundRobin;
    for (qsizetype i = 0; i < rest.size() && error->isEmpty(); ++i) {
        const QString &arg = rest.at(i);
        if (matches(arg, QStringLiteral("--campaign"))) {
            takeValue(rest, i, QStringLiteral("--campaign"), &campaign, error);
        } else if (matches(arg, QStringLiteral("--round-robin"))) {
            takeValue(rest, i, QStringLiteral("--round-robin"), &roundRobin, error);
        } else if (matches(arg, QStringLiteral("--map"))) {
            takeValue(rest, i, QStringLiteral("--map"), &a.map, error);
        } else if (matches(arg, QStringLiteral("--report"))) {
            takeValue(rest, i, QStringLiteral("--report"), &a.reportPath, error);
        } else if (matches(arg, QStringLiteral("--journal"))) {
            takeValue(rest, i, QStringLiteral("--journal"), &a.journalPath, error);
        } else if (matches(arg, QStringLiteral("--base-url"))) {
            takeValue(rest, i, QStringLiteral("--base-url"), &a.baseUrl, error);
        } else if (matches(arg, QStringLiteral("--skip-dnc"))) {
            takeValue(rest, i, QStringLiteral("--skip-dnc"), &a.dncFile, error);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            a.help = true;
        } else if (arg == QLatin1String("--dry-run")) {
            a.dryRun = true;
        } else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            *error = QStringLiteral("import: unknown option %1").arg(arg);
        } else if (a.file.isEmpty()) {
            a.file = arg;
        } else {
            *error = QStringLiteral("import: one file at a time (also got \"%1\")").arg(arg);
        }
    }
    if (!error->isEmpty() || a.help)
        return a;
    if (a.file.isEmpty()) {
        *error = QStringLiteral("import: name the CSV file to import");
    } else if (campaign.isEmpty() == roundRobin.isEmpty()) {
        *error = QStringLiteral("import: give either --campaign ID or --round-robin ID,ID,...");
    } else {
        a.target = campaign.isEmpty()
            ? ImportTarget::roundRobin(roundRobin.split(u',', Qt::SkipEmptyParts))
            : ImportTarget::campaign(campaign);
        if (const QString problem = a.target.problem(); !problem.isEmpty())
            *error = QStringLiteral("import: %1").arg(problem);
    }
    return a;
}

QString ImportCommand::applyMap(const QString &spec, ColumnMapping *mapping)
{
    auto column = [mapping](const QString &name, int *target) -> QString {
        bool number = false;
        const int index = name.toInt(&number);
        const int found = number ? index - 1 : mapping->columnNamed(name);
        if (found < 0 || found >= mapping->headers.size())
            return QStringLiteral("--map: the file has no column \"%1\" (columns: %2)")
                .arg(name, mapping->headers.join(QStringLiteral(", ")));
        *target = found;
        return {};
    };
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return QStringLiteral("--map: \"%1\" is not KEY=COLUMN").arg(part);
        const QString key = part.left(eq).trimmed().toLower();
        const QString value = part.mid(eq + 1).trimmed();
        QString problem;
        if (key == u"name") {
            problem = column(value, &mapping->nameColumn);
            mapping->firstNameColumn = mapping->lastNameColumn = -1;
        } else if (key == u"first") {
            problem = column(value, &mapping->firstNameColumn);
            mapping->nameColumn = -1;
        } else if (key == u"last") {
            problem = column(value, &mapping->lastNameColumn);
            mapping->nameColumn = -1;
        } else if (key == u"url") {
            problem = column(value, &mapping->urlColumn);
        } else if (key == u"custom") {
            if (value.isEmpty() || value.contains(u'{')) {
                mapping->customTemplate = value;
            } else {
                int c = -1;
                problem = column(value, &c);
                if (problem.isEmpty())
                    mapping->customTemplate = mapping->templateFor({c});
            }
        } else {
            return QStringLiteral("--map: unknown key \"%1\" (name, first, last, url, custom)")
                .arg(key);
        }
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString ImportCommand::usage()
{
    return QCoreApplication::translate("CommandLine",
        "Usage: kakiyo-desk import FILE.csv --campaign ID | --round-robin ID,ID[,...] [options]\n"
        "\n"
        "Validates a CSV of prospects offline, prints the plan (valid and rejected rows, batch\n"
        "calls, credits, least time under the rate limits), then imports it in batches of 100.\n"
        "An interrupted import of the same file to the same target resumes where it stopped.\n"
        "\n"
        "  --campaign ID             all rows to one campaign\n"
        "  --round-robin ID,ID,...   spread the rows over 2 or more campaigns by workload\n"
        "  --map KEY=COL,...         override the detected columns; keys: name, first, last,\n"
        "                            url, custom (a column or a {Col} - {Col} template)\n"
        "  --skip-dnc FILE           leave out rows whose profile is on this local Do Not\n"
        "                            Contact list (one URL per line, or a CSV with a URL column\n"
        "                            such as the DNC page's export); checked offline\n"
        "  --dry-run                 validate and print the plan; send nothing\n"
        "  --report FILE             write the per-row report as CSV\n"
        "  --journal FILE            the import journal (default: the app's data folder)\n"
        "  --profile NAME, --base-url URL   connect like the window\n"
        "\n"
        "Exit 0 when every row got an answer about its data, 1 otherwise, 2 for a wrong\n"
        "command line or an unreadable file.\n");
}

bool ImportCommand::isDataOutcome(const QString &outcome)
{
    static const QStringList data = {QStringLiteral("imported"), QStringLiteral("existing"),
        QStringLiteral("invalid"), QStringLiteral("skipped_dnc"),
        QStringLiteral("enrichment_failed"), ImportJournal::Rejected};
    return data.contains(outcome);
}

int ImportCommand::run(
    const Arguments &arguments, Connection *session, QTextStream &out, QTextStream &err)
{
    const QString file = arguments.file;
    if (!QFileInfo(file).isFile()) {
        err << "kakiyo-desk: import: cannot read \"" << file << "\"\n";
        return Usage;
    }
    const ImportPreparation::Preview preview = ImportPreparation::previewFile(file);
    if (!preview.error.isEmpty()) {
        err << "kakiyo-desk: import: " << preview.error << "\n";
        return Usage;
    }
    ColumnMapping mapping = preview.mapping;
    if (!arguments.map.isEmpty()) {
        if (const QString problem = applyMap(arguments.map, &mapping); !problem.isEmpty()) {
            err << "kakiyo-desk: import: " << problem << "\n";
            return Usage;
        }
    }
    if (const QString problem = mapping.problem(); !problem.isEmpty()) {
        err << "kakiyo-desk: import: " << problem << " Use --map name=COL,url=COL[,custom=COL].\n";
        return Usage;
    }

    QSet<QString> dnc;
    if (!arguments.dncFile.isEmpty()) {
        QString problem;
        if (!DncFile::read(arguments.dncFile, &dnc, &problem)) {
            err << "kakiyo-desk: import: " << problem << "\n";
            return Usage;
        }
        out << "Local DNC list: " << dnc.size() << " profiles ("
            << QDir::toNativeSeparators(arguments.dncFile) << ")\n";
    }
    const PreparedImport prepared = ImportPreparation::prepareFile(file, mapping, dnc);
    if (!prepared.error.isEmpty()) {
        err << "kakiyo-desk: import: " << prepared.error << "\n";
        return Usage;
    }
    const ImportPlan plan = ImportPlan::make(arguments.target, prepared.validCount());
    // Credits only where the server charges them for calls; without a session (a dry run with
    // no key) nothing is known, so the cautious count stays.
    ImportPlan::Limits limits;
    const bool credits = !session || session->usage()->callsCostCredits();
    limits.creditsPerCall = credits ? 1 : 0;
    const ImportPlan::Preview p = plan.preview(limits);
    out << "File: " << QDir::toNativeSeparators(file) << " (" << prepared.rows.size()
        << " rows, mapping " << mapping.describe() << ")\n";
    out << "Target: " << arguments.target.key() << "\n";
    out << "Rows: " << prepared.validCount() << " valid, " << prepared.rejectedCount()
        << " rejected\n";
    printRejections(prepared, out);
    out << "Plan: " << p.batchCalls << " batch calls, about " << p.totalCalls
        << " calls with status polls, "
        << (credits ? QString::number(p.credits) + QStringLiteral(" credits")
                    : QStringLiteral("no credits for calls on this server"))
        << ", at least " << duration(p.minimumMs) << "\n";
    out.flush();
    if (arguments.dryRun) {
        out << "Dry run: nothing was sent.\n";
        return Ok;
    }
    if (!session) {
        err << "kakiyo-desk: import: no API session\n";
        return Failed;
    }

    ImportJournal journal;
    const QString journalPath
        = arguments.journalPath.isEmpty() ? ImportJournal::defaultPath() : arguments.journalPath;
    QDir().mkpath(QFileInfo(journalPath).absolutePath());
    if (!journal.open(journalPath)) {
        err << "kakiyo-desk: import: cannot open the journal " << journalPath << ": "
            << journal.errorString() << "\n";
        return Failed;
    }
    qint64 id = journal.findUnfinished(prepared.fingerprint, arguments.target);
    if (id >= 0) {
        const auto started = journal.import(id);
        out << "Resuming import started at " << (started ? started->createdAt : QString()) << "\n";
    } else {
        id = journal.create(file, prepared, plan);
        if (id < 0) {
            err << "kakiyo-desk: import: cannot record the import: " << journal.errorString()
                << "\n";
            return Failed;
        }
    }
    out.flush();

    SessionImportCalls calls(session);
    ImportRunner runner(&calls, &journal);
    {
        // The same clock as the other headless commands: KAKIYO_TIMEOUT scales the bounds
        // (defaults 10 min without progress, 2 h for one batch to be finished by the server).
        ImportRunner::Options options = runner.options();
        const qint64 t = CommandWait::requestTimeoutMs();
        options.stallMs = int(std::min<qint64>(10 * t, INT_MAX));
        options.pollDeadlineMs = int(std::min<qint64>(120 * t, INT_MAX));
        runner.setOptions(options);
    }
    bool ended = false;
    QObject::connect(
        &runner, &ImportRunner::journalStep, &runner, [&](const QString &step, int batch) {
            const ImportRunner::Progress pr = runner.progress();
            err << "batch " << (batch + 1) << "/" << pr.batches << " " << step << "; confirmed "
                << pr.batchesConfirmed << "/" << pr.batches << " batches, " << pr.rowsConfirmed
                << "/" << pr.rows << " rows";
            if (pr.etaMs >= 0)
                err << ", ETA " << duration(pr.etaMs);
            err << "\n";
            err.flush();
        });
    QObject::connect(&runner, &ImportRunner::stateChanged, &runner, [&](ImportRunner::State s) {
        if (s == ImportRunner::State::Waiting) {
            err << "waiting: " << runner.statusText() << "\n";
            err.flush();
        }
    });
    QObject::connect(&runner, &ImportRunner::finished, &runner, [&ended](ImportRunner::State) {
        ended = true;
        QCoreApplication::exit(0);
    });
    if (!runner.start(id)) {
        err << "kakiyo-desk: import: cannot start the import\n";
        return Failed;
    }
    // Left by finished, or by SIGINT/SIGTERM (ShutdownSignals quits it; one that came before
    // the loop started is seen through StopRequest).
    if (!ended && !StopRequest::instance()->isRequested())
        QCoreApplication::exec();

    int code = Ok;
    if (!ended) {
        // Interrupted: every journal step is one transaction, so stopping here leaves it
        // consistent; pausing keeps the import open for the next run to resume.
        runner.pause();
        err << "kakiyo-desk: import interrupted; run the same command again to resume\n";
        code = Failed;
    } else if (runner.state() != ImportRunner::State::Finished) {
        err << "kakiyo-desk: import " << ImportRunner::stateName(runner.state()) << ": "
            << runner.statusText() << "\n";
        code = Failed;
    }

    const ImportReport report = ImportReport::fromJournal(journal, id);
    const QMap<QString, int> counts = report.counts();
    out << "Summary:";
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        out << " " << it.key() << " " << it.value();
        if (!isDataOutcome(it.key()))
            code = Failed;
    }
    out << "\n";
    if (!arguments.reportPath.isEmpty()) {
        QString error;
        if (report.writeCsv(arguments.reportPath, &error)) {
            out << "Report: " << QDir::toNativeSeparators(arguments.reportPath) << "\n";
        } else {
            err << "kakiyo-desk: import: cannot write the report: " << error << "\n";
            code = Failed;
        }
    }
    out.flush();
    err.flush();
    return code;
}

int runImportCommand(const LaunchOptions &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    const ImportCommand::Arguments arguments = ImportCommand::parse(options.rest, &error);
    if (!error.isEmpty()) {
        err << "kakiyo-desk: " << error << "\n\n" << ImportCommand::usage();
        return ImportCommand::Usage;
    }
    if (arguments.help) {
        out << ImportCommand::usage();
        return ImportCommand::Ok;
    }
    LaunchOptions sessionOptions = options;
    if (!arguments.baseUrl.isEmpty()) {
        const QUrl url(arguments.baseUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            err << "kakiyo-desk: --base-url: \"" << arguments.baseUrl << "\" is not a URL\n";
            return ImportCommand::Usage;
        }
        sessionOptions.baseUrl = url;
    }
    std::unique_ptr<HeadlessSession> headless;
    if (!arguments.dryRun) {
        headless = HeadlessSession::open(sessionOptions, &error);
        if (!headless) {
            err << "kakiyo-desk: import: " << error << "\n";
            return ImportCommand::Failed;
        }
    }
    return ImportCommand::run(arguments, headless ? headless->connection() : nullptr, out, err);
}

} // namespace kakiyo
