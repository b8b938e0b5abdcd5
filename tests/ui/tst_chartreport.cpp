// ReportWriter and ChartExport::run on a filled model: the report PDF has the expected pages and
// text (title, KPI table, charts, campaign table, definitions) in A4 and Letter; headless chart
// export writes each format from the contract's example numbers and refuses bad requests clearly.

#include "common/AnalyticsExamples.h"
#include "common/OutreachExample.h"
#include "models/AnalyticsModel.h"
#include "models/OutreachFigures.h"
#include "ui/charts/AnalyticsCharts.h"
#include "ui/charts/ChartExport.h"
#include "ui/charts/ReportWriter.h"

#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

void fill(AnalyticsModel &model, bool campaign = true)
{
    // An earlier stored day, so the trend chart has two points.
    AnalyticsOverview before
        = AnalyticsOverview::fromJson(QJsonDocument::fromJson(overviewExample).object()).value;
    before.totalMessages = 3300;
    model.setOverviewHistory(
        QList<AnalyticsModel::OverviewSnapshot> {{QDate(2024, 1, 19), before}});
    model.setOverview(
        AnalyticsOverview::fromJson(QJsonDocument::fromJson(overviewExample).object()).value,
        QDate(2024, 1, 20));
    if (campaign)
        model.setCampaign(
            CampaignAnalytics::fromJson(QJsonDocument::fromJson(campaignExample).object()).value);
}

// The outreach figures of the contract's example campaign (tests/common/OutreachExample.h).
void fillOutreach(AnalyticsModel &model)
{
    model.outreach()->setFigures(exampleOutreachFigures());
}

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    // NFKC: pdftotext reports typographic ligatures ("ﬁ") as single characters.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

int pages(const QString &path)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                       .match(tool(QStringLiteral("pdfinfo"), {path}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_ChartReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void reportPagesAndText_data();
    void reportPagesAndText();
    void reportWithoutCampaign();
    void reportToUnwritablePath();
    void exportEachChart_data();
    void exportEachChart();
    void exportCsvEqualsApiNumbers_data();
    void exportCsvEqualsApiNumbers();
    void rejectsBadRequests_data();
    void rejectsBadRequests();
    void helpListsEveryChart();

private:
    QTemporaryDir m_dir;
};

void tst_ChartReport::reportPagesAndText_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<QString>("sizeText");
    QTest::newRow("A4") << int(QPageSize::A4) << "(A4)";
    QTest::newRow("Letter") << int(QPageSize::Letter) << "(letter)";
}

void tst_ChartReport::reportPagesAndText()
{
    QFETCH(int, paper);
    QFETCH(QString, sizeText);
    AnalyticsModel model;
    fill(model);
    ReportOptions options;
    options.teamName = QStringLiteral("Acme Growth Agency");
    options.rangeText = QStringLiteral("1 Jan 2024 – 20 Jan 2024");
    options.pageSize = QPageSize::PageSizeId(paper);
    ReportWriter writer(model, options);
    const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(paper));
    const ExportOutcome outcome = writer.write(path);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    // Title + KPIs + 7 charts two per page (4) + campaign table + definitions.
    QCOMPARE(writer.chartsIncluded().size(), 7);
    QCOMPARE(writer.pageCount(), 1 + 1 + 4 + 1 + 1);
    QCOMPARE(pages(path), writer.pageCount());
    // Keep a copy for a person to open (CI artifact).
    const QString artifacts = QDir(qEnvironmentVariable("KAKIYO_TEST_OUTPUT", QDir::tempPath()))
                                  .filePath(QStringLiteral("reports"));
    QDir().mkpath(artifacts);
    const QString copy = QDir(artifacts).filePath(
        QStringLiteral("report-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
    QFile::remove(copy);
    QVERIFY(QFile::copy(path, copy));
    const QString info = tool(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(sizeText), qPrintable(info));
    const QString text
        = tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    for (const QString &expected : {QStringLiteral("Analytics report"),
             QStringLiteral("Acme Growth Agency"), QStringLiteral("1 Jan 2024 – 20 Jan 2024"),
             QStringLiteral("Key figures"), QStringLiteral("1,250"), QStringLiteral("18.72 %"),
             QStringLiteral("38.03 %"), QStringLiteral("Daily activity"),
             QStringLiteral("Status funnel"), QStringLiteral("Q4 Enterprise Outreach"),
             QStringLiteral("23.33 %"), QStringLiteral("Definitions"),
             QStringLiteral("Qualified ÷ replies × 100"), QStringLiteral("Messages ÷ prospects")})
        QVERIFY2(
            text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
}

void tst_ChartReport::reportWithoutCampaign()
{
    AnalyticsModel model;
    fill(model, false);
    ReportWriter writer(model);
    const QString path = m_dir.filePath(QStringLiteral("team-only.pdf"));
    QVERIFY(writer.write(path).ok);
    // Campaign charts have no data and are left out: campaigns, activity, history.
    QCOMPARE(writer.chartsIncluded(), (QStringList {"campaigns", "activity", "history"}));
    QCOMPARE(pages(path), 1 + 1 + 2 + 1 + 1);
}

void tst_ChartReport::reportToUnwritablePath()
{
    AnalyticsModel model;
    fill(model);
    ChartExportRequest request;
    request.report = true;
    request.output = m_dir.filePath(QStringLiteral("missing/report.pdf"));
    const ChartExportResult result = ChartExport::run(request, model);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.message.contains(QStringLiteral("missing")), qPrintable(result.message));
    QVERIFY(!QFile::exists(request.output));
}

void tst_ChartReport::exportEachChart_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("scale");
    for (const ChartSpec &spec : AnalyticsCharts::catalog()) {
        for (const char *format : {"png", "svg", "pdf", "csv"})
            QTest::addRow("%s-%s", qPrintable(spec.name), format)
                << spec.name << QString::fromLatin1(format) << 1;
    }
    QTest::newRow("daily-png-3x") << "daily"
                                  << "png" << 3;
}

void tst_ChartReport::exportEachChart()
{
    QFETCH(QString, chart);
    QFETCH(QString, format);
    QFETCH(int, scale);
    AnalyticsModel model;
    fill(model);
    fillOutreach(model);
    ChartExportRequest request;
    request.chart = chart;
    request.format = format;
    request.scale = scale;
    request.size = QSize(800, 450);
    request.output = m_dir.filePath(QStringLiteral("%1-%2.%3").arg(chart).arg(scale).arg(format));
    const ChartExportResult result = ChartExport::run(request, model);
    QVERIFY2(result.exitCode == 0, qPrintable(result.message));
    const QByteArray bytes = readAll(request.output);
    QVERIFY(!bytes.isEmpty());
    if (format == QLatin1String("png")) {
        QCOMPARE(QImage::fromData(bytes).size(), QSize(800 * scale, 450 * scale));
    } else if (format == QLatin1String("svg")) {
        QSvgRenderer svg(bytes);
        QVERIFY(svg.isValid());
    } else if (format == QLatin1String("pdf")) {
        QCOMPARE(pages(request.output), 1);
        const QString title = AnalyticsCharts::find(chart)->title;
        const QString text
            = tool(QStringLiteral("pdftotext"), {request.output, QStringLiteral("-")});
        QVERIFY2(text.contains(title), qPrintable(text));
    } else {
        QVERIFY(bytes.endsWith("\r\n"));
    }
}

void tst_ChartReport::exportCsvEqualsApiNumbers_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("daily") << "daily"
                           << QByteArray("Date,Messages,Responses,Qualified\r\n"
                                         "2024-01-19,30,6,2\r\n2024-01-20,25,4,1\r\n");
    QTest::newRow("funnel") << "funnel"
                            // Reached = own bucket + later buckets (85+45+35+12+8 = 185, ...).
                            << QByteArray("Stage,Reached stage,In this status now,"
                                          "From previous stage\r\n"
                                          "Pending,185,85,\r\nContacted,100,45,54.05\r\n"
                                          "Responded,55,35,55\r\nQualified,20,12,36.36\r\n"
                                          "Closed,8,8,40\r\n");
    QTest::newRow("qualification")
        << "qualification"
        << QByteArray("Outcome,Prospects\r\nQualified,12\r\nPending,123\r\nDisqualified,15\r\n");
    QTest::newRow("last7days") << "last7days"
                               << QByteArray("Metric,Last 7 days\r\nMessages,180\r\n"
                                             "Responses,28\r\nQualified,8\r\n");
    QTest::newRow("activity") << "activity"
                              << QByteArray("Period,Messages,Qualified\r\n"
                                            "Last 24 hours,45,3\r\nLast week,312,18\r\n");
    QTest::newRow("campaigns")
        << "campaigns"
        << QByteArray("Campaign,Status,Prospects,Messages,Replies,Qualified,Response rate,"
                      "Conversion rate\r\n"
                      "Q4 Enterprise Outreach,active,150,420,35,12,23.33,8\r\n");
}

void tst_ChartReport::exportCsvEqualsApiNumbers()
{
    QFETCH(QString, chart);
    QFETCH(QByteArray, expected);
    AnalyticsModel model;
    fill(model);
    fillOutreach(model);
    ChartExportRequest request;
    request.chart = chart;
    request.output = m_dir.filePath(chart + QStringLiteral(".csv"));
    const ChartExportResult result = ChartExport::run(request, model);
    QVERIFY2(result.exitCode == 0, qPrintable(result.message));
    QCOMPARE(readAll(request.output), expected);
}

void tst_ChartReport::rejectsBadRequests_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("withCampaign");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown chart") << "pie"
                                   << "png" << 1 << "x.png" << true << "Unknown chart";
    QTest::newRow("unknown format") << "daily"
                                    << "gif" << 1 << "x.gif" << true << "gif";
    QTest::newRow("scale 4") << "daily"
                             << "png" << 4 << "x.png" << true << "scale";
    QTest::newRow("scale on svg") << "daily"
                                  << "svg" << 2 << "x.svg" << true << "PNG only";
    QTest::newRow("no output") << "daily"
                               << "png" << 1 << "" << true << "-o FILE";
    QTest::newRow("needs campaign") << "funnel"
                                    << "png" << 1 << "x.png" << false << "--campaign";
}

void tst_ChartReport::rejectsBadRequests()
{
    QFETCH(QString, chart);
    QFETCH(QString, format);
    QFETCH(int, scale);
    QFETCH(QString, output);
    QFETCH(bool, withCampaign);
    QFETCH(QString, mentions);
    AnalyticsModel model;
    fill(model, withCampaign);
    ChartExportRequest request;
    request.chart = chart;
    request.format = format;
    request.scale = scale;
    request.output = output.isEmpty() ? QString() : m_dir.filePath(output);
    const ChartExportResult result = ChartExport::run(request, model);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.message.contains(mentions), qPrintable(result.message));
    if (!output.isEmpty())
        QVERIFY(!QFile::exists(request.output));
}

void tst_ChartReport::helpListsEveryChart()
{
    const QString help = ChartExport::help();
    for (const ChartSpec &spec : AnalyticsCharts::catalog())
        QVERIFY2(help.contains(QStringLiteral("  ") + spec.name), qPrintable(spec.name));
    QVERIFY(help.contains(QStringLiteral("--report")));
}

QTEST_MAIN(tst_ChartReport)
#include "tst_chartreport.moc"
