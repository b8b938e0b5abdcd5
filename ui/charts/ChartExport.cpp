#include "ui/charts/ChartExport.h"

#include "models/AnalyticsModel.h"
#include "models/api/StopRequest.h"
#include "models/jobs/AnalyticsModelLoader.h"
#include "models/jobs/OutreachLoader.h"
#include "ui/charts/AnalyticsCharts.h"
#include "ui/charts/ChartCard.h"
#include "ui/charts/ChartExporter.h"
#include "ui/charts/ReportWriter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>
#include <memory>

namespace kakiyo {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kakiyo::ChartExport", text);
}

ChartExportResult usage(const QString &message)
{
    // Spelled out: lupdate files a tr() outside the class under the namespace's context.
    return {2,
        message + u'\n'
            + QCoreApplication::translate(
                "kakiyo::ChartExport", "Run `kakiyo-desk export --help` for the options.")};
}

bool needsOutreach(const QString &chart)
{
    return chart == QLatin1String("acceptance") || chart == QLatin1String("senders")
        || chart == QLatin1String("heatmap");
}

QString formatOf(const ChartExportRequest &request)
{
    if (!request.format.isEmpty())
        return request.format.toLower();
    return QFileInfo(request.output).suffix().toLower();
}
} // namespace

QString ChartExport::help()
{
    return tr("Usage:\n"
              "  kakiyo-desk export --chart NAME [--campaign ID] --format png|svg|pdf|csv "
              "[--scale 1|2|3] -o FILE\n"
              "  kakiyo-desk export --report [--campaign ID] [--paper a4|letter] [--logo FILE] "
              "-o FILE.pdf\n"
              "  Any export: --workspace NAME|ID for one client workspace's data only.\n"
              "\n"
              "Connection: the stored key of the current profile, KAKIYO_API_KEY, --base-url URL, "
              "or --demo.\n"
              "\n"
              "Charts:\n")
        + AnalyticsCharts::helpText()
        + tr("\n\nExit status: 0 written, 2 wrong usage, 1 any other failure (nothing is "
             "left half-written).");
}

ChartExportResult ChartExport::validate(const ChartExportRequest &request)
{
    if (request.output.trimmed().isEmpty())
        return usage(tr("No output file: give -o FILE."));
    if (request.report) {
        if (!request.chart.isEmpty())
            return usage(tr("Use either --report or --chart, not both."));
        const QString format = formatOf(request);
        if (!format.isEmpty() && format != QLatin1String("pdf"))
            return usage(tr("A report is a PDF; got format “%1”.").arg(format));
        return {0, {}};
    }
    if (request.chart.isEmpty())
        return usage(tr("Name a chart with --chart NAME, or ask for --report."));
    const auto spec = AnalyticsCharts::find(request.chart);
    if (!spec)
        return usage(tr("Unknown chart “%1”. Charts: %2").arg(request.chart, [] {
            QStringList names;
            for (const ChartSpec &s : AnalyticsCharts::catalog())
                names << s.name;
            return names.join(QStringLiteral(", "));
        }()));
    ChartExporter::Format format;
    if (!ChartExporter::formatFromName(formatOf(request), &format))
        return usage(tr("Unknown format “%1”: use png, svg, pdf or csv.").arg(formatOf(request)));
    if (request.scale < 1 || request.scale > 3)
        return usage(tr("--scale must be 1, 2 or 3 (got %1).").arg(request.scale));
    if (format != ChartExporter::Format::Png && request.scale != 1)
        return usage(tr("--scale applies to PNG only."));
    if (format != ChartExporter::Format::Pdf && request.paperSet)
        return usage(tr("--paper applies to PDF only."));
    if (request.size.width() < 100 || request.size.height() < 100)
        return usage(tr("The chart size is too small."));
    return {0, {}};
}

ChartExportResult ChartExport::run(const ChartExportRequest &request, AnalyticsModel &model)
{
    const ChartExportResult check = validate(request);
    if (check.exitCode != 0)
        return check;
    if (request.report) {
        ReportWriter writer(model, request.reportOptions);
        const ExportOutcome outcome = writer.write(request.output);
        if (!outcome.ok)
            return {1, outcome.message};
        return {0, tr("%1; %2 pages").arg(outcome.message).arg(writer.pageCount())};
    }
    const auto spec = AnalyticsCharts::find(request.chart);
    if (spec->needsCampaign && !model.hasCampaign())
        return usage(
            tr("The chart “%1” is drawn for one campaign: add --campaign ID.").arg(request.chart));
    std::unique_ptr<ChartCard> card(AnalyticsCharts::create(request.chart, model));
    ChartExporter::Format format;
    ChartExporter::formatFromName(formatOf(request), &format);
    if (!card->hasData() && format != ChartExporter::Format::Csv)
        return {1, tr("The chart “%1” has no data yet; nothing was written.").arg(request.chart)};
    card->chart()->setTitle(card->title());
    ChartExporter exporter = card->exporter();
    exporter.setLogicalSize(request.size);
    if (request.paperSet)
        exporter.setPaper(request.reportOptions.pageSize);
    const ExportOutcome outcome = exporter.write(request.output, format, request.scale);
    return {outcome.ok ? 0 : 1, outcome.message};
}

ChartExportResult ChartExport::run(
    const ChartExportRequest &request, Connection &session, int timeoutMs)
{
    const ChartExportResult check = validate(request);
    if (check.exitCode != 0)
        return check;
    if (!request.report) {
        const auto spec = AnalyticsCharts::find(request.chart);
        if (spec->needsCampaign && request.campaignId.isEmpty())
            return usage(tr("The chart “%1” is drawn for one campaign: add --campaign ID.")
                             .arg(request.chart));
    }

    AnalyticsModel model;
    AnalyticsModelLoader loader(&session, &model);
    loader.loadHistory();
    QEventLoop loop;
    QString error;
    int pending = 0;
    auto done = [&] {
        if (--pending == 0)
            loop.quit();
    };
    QObject::connect(&loader, &AnalyticsModelLoader::overviewLoaded, &loop, done);
    QObject::connect(&loader, &AnalyticsModelLoader::campaignLoaded, &loop, done);
    QObject::connect(&loader, &AnalyticsModelLoader::failed, &loop, [&](const QString &message) {
        error = message;
        loop.quit();
    });
    // SIGINT/SIGTERM: stop waiting and write nothing.
    QObject::connect(StopRequest::instance(), &StopRequest::requested, &loop, [&] {
        error = tr("Interrupted.");
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        error = tr("The Kakiyo API did not answer within %1 s.").arg(timeoutMs / 1000);
        loop.quit();
    });
    // The outreach figures (senders, acceptance, heatmap) cost their own calls: only the report
    // and the charts drawn from them ask for them.
    OutreachLoader outreach(&session, &model);
    QObject::connect(&outreach, &OutreachLoader::loaded, &loop, done);
    QObject::connect(&outreach, &OutreachLoader::failed, &loop, [&](const QString &message) {
        error = message;
        loop.quit();
    });
    const bool wantsOutreach = request.report || needsOutreach(request.chart);
    pending = (request.campaignId.isEmpty() ? 1 : 2) + (wantsOutreach ? 1 : 0);
    loader.loadOverview(true);
    if (!request.campaignId.isEmpty())
        loader.loadCampaign(request.campaignId, true);
    if (wantsOutreach)
        outreach.load(true);
    timeout.start(timeoutMs);
    if (StopRequest::instance()->isRequested())
        error = tr("Interrupted.");
    else
        loop.exec();
    if (!error.isEmpty())
        return {1, error + u'\n' + tr("Nothing was written.")};
    return run(request, model);
}

} // namespace kakiyo
