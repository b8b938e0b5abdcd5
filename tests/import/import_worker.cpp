// import_worker: runs (or resumes) one journaled import against a server, for tests that kill it
// at chosen points with QProcess::kill and start it again. The API key is read from the first
// line of stdin (never argv). Prints one line per journal step ("step sending 3"), then
// "state <final>" and the report counts as one JSON line.
//
//   import_worker --base URL --csv FILE --journal FILE (--campaign ID | --round-robin A,B,...)
//                 [--dnc FILE] [--report FILE] [--serial] < key
#include "common/ConnectionOf.h"
#include "models/api/ApiSession.h"
#include "models/api/RatePolicy.h"
#include "models/api/RequestScheduler.h"
#include "models/import/ImportJournal.h"
#include "models/import/ImportPlan.h"
#include "models/import/ImportPreparation.h"
#include "models/import/ImportReport.h"
#include "models/import/ImportRunner.h"
#include "models/import/SessionImportCalls.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

using namespace kakiyo;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    for (const char *name : {"base", "csv", "journal", "campaign", "round-robin", "dnc", "report"})
        parser.addOption({QString::fromLatin1(name), QString(), QStringLiteral("value")});
    parser.addOption({QStringLiteral("serial"), QStringLiteral("one batch open at a time")});
    parser.process(app);

    QTextStream in(stdin);
    const QString key = in.readLine().trimmed();

    ApiSession session;
    if (const ApiError e = session.setBaseUrl(QUrl(parser.value("base"))); e.isError()) {
        say(QStringLiteral("error %1").arg(e.message));
        return 3;
    }
    session.setApiKey(key);
    session.scheduler()->setPolicy(RatePolicy(RatePolicy::Mode::PerEndpoint));

    const ImportTarget target = parser.isSet("round-robin")
        ? ImportTarget::roundRobin(parser.value("round-robin").split(u','))
        : ImportTarget::campaign(parser.value("campaign"));
    QStringList dnc;
    if (parser.isSet("dnc")) {
        QFile f(parser.value("dnc"));
        if (f.open(QIODevice::ReadOnly))
            dnc = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

    ImportJournal journal;
    if (!journal.open(parser.value("journal"))) {
        say(QStringLiteral("error %1").arg(journal.errorString()));
        return 3;
    }
    const QString csv = parser.value("csv");
    qint64 id = journal.findUnfinished(FileFingerprint::ofFile(csv), target);
    if (id < 0) {
        const auto preview = ImportPreparation::previewFile(csv);
        const PreparedImport prepared = ImportPreparation::prepareFile(
            csv, preview.mapping, QSet<QString>(dnc.begin(), dnc.end()));
        if (!prepared.error.isEmpty()) {
            say(QStringLiteral("error %1").arg(prepared.error));
            return 3;
        }
        const ImportPlan plan = ImportPlan::make(target, prepared.validCount());
        id = journal.create(csv, prepared, plan);
        if (id < 0) {
            say(QStringLiteral("error %1").arg(journal.errorString()));
            return 3;
        }
        say(QStringLiteral("created %1").arg(id));
    } else {
        say(QStringLiteral("resumed %1").arg(id));
    }

    SessionImportCalls calls(kakiyo::test::connectionOf(&session));
    ImportRunner runner(&calls, &journal);
    ImportRunner::Options options;
    options.firstPollDelayMs = 150;
    options.pollIntervalMs = 250;
    options.retryMinMs = 200;
    options.retryMaxMs = 2000;
    if (parser.isSet("serial"))
        options.maxOpenBatches = 1;
    runner.setOptions(options);
    QObject::connect(&runner, &ImportRunner::journalStep, [](const QString &step, int batch) {
        say(QStringLiteral("step %1 %2").arg(step).arg(batch));
    });
    QObject::connect(&runner, &ImportRunner::stateChanged, [&runner](ImportRunner::State s) {
        if (s == ImportRunner::State::Waiting)
            say(QStringLiteral("waiting %1").arg(runner.statusText()));
    });
    QObject::connect(&runner, &ImportRunner::finished, [&](ImportRunner::State s) {
        say(QStringLiteral("state %1 %2").arg(ImportRunner::stateName(s), runner.statusText()));
        const ImportReport report = ImportReport::fromJournal(journal, id);
        QJsonObject counts;
        const auto c = report.counts();
        for (auto it = c.begin(); it != c.end(); ++it)
            counts.insert(it.key(), it.value());
        say(QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)));
        if (parser.isSet("report"))
            report.writeCsv(parser.value("report"));
        app.exit(s == ImportRunner::State::Finished ? 0 : 2);
    });
    if (!runner.start(id)) {
        say(QStringLiteral("error cannot start import %1").arg(id));
        return 3;
    }
    return app.exec();
}
