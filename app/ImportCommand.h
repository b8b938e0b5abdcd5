// ImportCommand: `kakiyo-desk import FILE.csv --campaign ID | --round-robin ID,ID[,...]` — the
// import wizard without a window. Reads and validates the file, prints the plan (rows valid and
// rejected, batch calls, credits, least time), stops there with --dry-run, otherwise runs the
// journaled import (resuming an interrupted run of the same file to the same target), shows
// progress on stderr, prints the outcome counts and writes the per-row report with --report.
// --skip-dnc FILE leaves out, offline and before anything is sent, every row whose profile is on
// a local Do Not Contact list (DncFile: one URL per line or a CSV such as the DNC page's export),
// like the wizard's check against the cached DNC list.
//
// Exit codes: 0 every row ended for a reason about the data itself; 1 some row did not, or the
// run failed or was interrupted; 2 the command line or the file is wrong.
#pragma once

#include "models/import/ColumnMapping.h"
#include "models/import/ImportTarget.h"

#include <QString>
#include <QStringList>

class QTextStream;

namespace kakiyo {

class Connection;
struct LaunchOptions;

class ImportCommand
{
public:
    struct Arguments
    {
        QString file;
        ImportTarget target;
        QString map; // "name=COL,url=COL,custom=COL"; empty: detected from the headers
        bool dryRun = false;
        QString reportPath;
        QString journalPath; // empty: ImportJournal::defaultPath()
        QString dncFile; // --skip-dnc: local DNC list; empty: no local check
        bool help = false; // --help: print usage() and exit 0
        QString baseUrl; // --base-url given after `import` (also accepted before it)
    };

    enum ExitCode
    {
        Ok = 0,
        Failed = 1,
        Usage = 2
    };

    // `rest`: the arguments after `import` (LaunchOptions::rest). Error text empty when usable.
    static Arguments parse(const QStringList &rest, QString *error);
    // Applies a --map spec over a detected mapping. Keys: name, first, last, url, custom (a
    // column name, or a `{Col} – {Col}` template). Empty when fine, else what is wrong.
    static QString applyMap(const QString &spec, ColumnMapping *mapping);
    // `kakiyo-desk import --help`.
    static QString usage();
    // Outcomes that are an answer about the data (exit 0); anything else exits 1.
    static bool isDataOutcome(const QString &outcome);

    // Runs a parsed command. `session` may be null only for a dry run. Needs a
    // QCoreApplication; runs its event loop until the import ends or a quit (SIGINT/SIGTERM).
    static int run(
        const Arguments &arguments, Connection *session, QTextStream &out, QTextStream &err);
};

// The Import case of kakiyo-desk's headless mode: parses options.rest, opens the session and runs.
int runImportCommand(const LaunchOptions &options);

} // namespace kakiyo
