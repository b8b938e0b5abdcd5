// AnalyticsView: the Analytics page content built from the contract's example answers — tiles
// show the documented numbers, charts leave their "no data yet" state, the campaign table sorts
// by raw values, the chart menu exports through the save prompt, and screenshots in the light and
// the dark palette land in $KAKIYO_TEST_OUTPUT/screenshots for a person to look at.

#include "common/AnalyticsExamples.h"
#include "common/OutreachExample.h"
#include "common/Screenshots.h"
#include "models/AnalyticsModel.h"
#include "models/OutreachFigures.h"
#include "ui/analytics/AnalyticsView.h"
#include "ui/analytics/DateRangeBar.h"
#include "ui/analytics/KpiTile.h"
#include "ui/charts/ChartCard.h"
#include "ui/charts/SavePrompt.h"
#include "ui/shell/Theme.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QValueAxis>
#include <QtTest>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

AnalyticsOverview exampleOverview()
{
    return AnalyticsOverview::fromJson(QJsonDocument::fromJson(overviewExample).object()).value;
}

CampaignAnalytics exampleCampaign()
{
    return CampaignAnalytics::fromJson(QJsonDocument::fromJson(campaignExample).object()).value;
}

// A fuller team for the screenshots: the example plus more campaigns, 30 days and stored history.
void fillRich(AnalyticsModel &model)
{
    AnalyticsOverview o = exampleOverview();
    const QStringList names {"Fintech founders", "EU SaaS CTOs", "Agency partners", "Retail heads"};
    for (int i = 0; i < names.size(); ++i) {
        CampaignComparison c;
        c.id = QStringLiteral("c%1").arg(i);
        c.name = names[i];
        c.status = i == 2 ? QStringLiteral("paused") : QStringLiteral("active");
        c.prospects = 120 + 70 * i;
        c.messages = 300 + 150 * i;
        c.answers = 20 + 9 * i;
        c.qualified = 5 + 4 * i;
        c.responseRate = std::round(10000.0 * c.answers / c.prospects) / 100.0;
        c.conversionRate = std::round(10000.0 * c.qualified / c.prospects) / 100.0;
        o.campaigns.append(c);
    }
    QList<AnalyticsModel::OverviewSnapshot> history;
    for (int d = 0; d < 14; ++d) {
        AnalyticsOverview s = o;
        s.totalMessages = 3420 - 40 * (14 - d);
        s.totalAnswers = 234 - 3 * (14 - d);
        s.totalQualified = 89 - (14 - d);
        s.totalProspects = 1250 - 5 * (14 - d);
        s.responseRate = 18.72 - 0.05 * (14 - d);
        history.append({QDate(2024, 1, 6).addDays(d), s});
    }
    model.setOverviewHistory(history);
    model.setOverview(o, QDate(2024, 1, 20));
    CampaignAnalytics c = exampleCampaign();
    c.dailyBreakdown.clear();
    for (int d = 0; d < 30; ++d) {
        DailyActivity day;
        day.date = QDate(2024, 1, 20).addDays(-d);
        day.messages = 12 + (d * 7) % 19;
        day.responses = 2 + (d * 5) % 6;
        day.qualified = (d * 3) % 4;
        c.dailyBreakdown.append(day);
    }
    model.setCampaign(c);
}

} // namespace

class tst_AnalyticsView : public QObject
{
    Q_OBJECT

private slots:
    void init() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { SavePrompt::preset({}); }
    void emptyStatesBeforeData();
    void tilesShowDocumentedNumbers();
    void chartsLeaveEmptyStateWithData();
    void campaignTableSortsByRawValue();
    void pickerListsCampaignsAndAsks();
    void metricPickerChangesBars();
    void comparisonBarsFollowTableSort();
    void ratesGetAPercentScale();
    void quietWeekIsSaidInWords();
    void funnelNeverShowsOver100();
    void exportFromChartMenu();
    void cancelledExportWritesNothing();
    void rangeControlFiltersWithoutCalls();
    void screenshots_data();
    void screenshots();
};

void tst_AnalyticsView::emptyStatesBeforeData()
{
    AnalyticsModel model;
    AnalyticsView view(&model);
    view.resize(1200, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (ChartCard *card : view.charts()) {
        QVERIFY2(!card->hasData(), qPrintable(card->name()));
        auto *stack = card->findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyState"));
    }
    QCOMPARE(view.tile(AnalyticsKpiModel::Prospects)->valueText(), QStringLiteral("—"));
    // Exporting an empty chart as a picture is refused with a reason.
    QTemporaryDir dir;
    const ExportOutcome outcome
        = view.chart(QStringLiteral("daily"))
              ->exportTo(ChartExporter::Format::Png, dir.filePath(QStringLiteral("x.png")));
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.message.contains(QStringLiteral("no data")));
}

void tst_AnalyticsView::tilesShowDocumentedNumbers()
{
    AnalyticsModel model;
    AnalyticsView view(&model);
    model.setOverview(exampleOverview(), QDate(2024, 1, 20));
    const QList<QPair<int, QString>> expected {{AnalyticsKpiModel::Prospects, "1,250"},
        {AnalyticsKpiModel::Messages, "3,420"}, {AnalyticsKpiModel::Replies, "234"},
        {AnalyticsKpiModel::Qualified, "89"}, {AnalyticsKpiModel::ResponseRate, "18.72 %"},
        {AnalyticsKpiModel::ConversionRate, "7.12 %"},
        {AnalyticsKpiModel::QualificationRate, "38.03 %"},
        {AnalyticsKpiModel::MessagesPerProspect, "2.74"}};
    for (const auto &[kpi, text] : expected) {
        QCOMPARE(view.tile(kpi)->valueText(), text);
        QVERIFY(view.tile(kpi)->toolTip().contains(
            AnalyticsKpiModel::formula(AnalyticsKpiModel::Kpi(kpi))));
    }
    QCOMPARE(view.tile(0)->changeText(), QStringLiteral("no earlier snapshot"));
}

void tst_AnalyticsView::chartsLeaveEmptyStateWithData()
{
    AnalyticsModel model;
    AnalyticsView view(&model);
    model.setOverview(exampleOverview(), QDate(2024, 1, 20));
    model.setCampaign(exampleCampaign());
    // One stored day is not a trend yet.
    QVERIFY(!view.chart(QStringLiteral("history"))->hasData());
    model.setOverviewHistory(
        QList<AnalyticsModel::OverviewSnapshot> {{QDate(2024, 1, 19), exampleOverview()}});
    QVERIFY(!view.chart(QStringLiteral("acceptance"))->hasData());
    model.outreach()->setFigures(exampleOutreachFigures());
    for (ChartCard *card : view.charts())
        QVERIFY2(card->hasData(), qPrintable(card->name() + " still empty"));
    // The daily chart draws one line per column, each with the documented points.
    QChart *daily = view.chart(QStringLiteral("daily"))->chart();
    QCOMPARE(daily->series().size(), 3);
}

void tst_AnalyticsView::campaignTableSortsByRawValue()
{
    AnalyticsModel model;
    AnalyticsView view(&model);
    fillRich(model);
    QTableView *table = view.campaignTable();
    const int prospects = model.campaigns()->columnOf(QStringLiteral("prospects"));
    table->sortByColumn(prospects, Qt::DescendingOrder);
    QAbstractItemModel *m = table->model();
    qint64 last = std::numeric_limits<qint64>::max();
    for (int r = 0; r < m->rowCount(); ++r) {
        const qint64 v = m->data(m->index(r, prospects), AnalyticsTableModel::RawRole).toLongLong();
        QVERIFY(v <= last);
        last = v;
    }
    QCOMPARE(m->data(m->index(0, prospects)).toString(), QStringLiteral("330"));
}

void tst_AnalyticsView::pickerListsCampaignsAndAsks()
{
    AnalyticsModel model;
    AnalyticsView view(&model);
    model.setOverview(exampleOverview(), QDate(2024, 1, 20));
    QComboBox *picker = view.campaignPicker();
    QCOMPARE(picker->count(), 2);
    QCOMPARE(picker->itemText(1), QStringLiteral("Q4 Enterprise Outreach"));
    QSignalSpy chosen(&view, &AnalyticsView::campaignChosen);
    view.selectCampaign(QStringLiteral("campaign_123"));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("campaign_123"));
    QCOMPARE(view.selectedCampaignId(), QStringLiteral("campaign_123"));
}

void tst_AnalyticsView::metricPickerChangesBars()
{
    AnalyticsModel model;
    AnalyticsView view(&model);
    model.setOverview(exampleOverview(), QDate(2024, 1, 20));
    ChartCard *card = view.chart(QStringLiteral("campaigns"));
    auto *metric = card->findChild<QComboBox *>(QStringLiteral("metricPicker"));
    QVERIFY(metric);
    metric->setCurrentIndex(metric->findText(QStringLiteral("Messages")));
    const QByteArray csv = ChartExporter::csvFromChart(*card->chart());
    QVERIFY2(csv.contains("Q4 Enterprise Outreach,420"), csv.constData());
}

namespace {
// The bars of a horizontal bar chart from top to bottom: (category, value) pairs.
QList<QPair<QString, double>> barsTopDown(QChart *chart)
{
    QList<QPair<QString, double>> out;
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    if (!series || !axis || series->barSets().isEmpty())
        return out;
    const QBarSet *set = series->barSets().first();
    // Horizontal bars run bottom-up: the last category is drawn on top.
    for (int i = set->count() - 1; i >= 0; --i)
        out.append({axis->categories().value(i), set->at(i)});
    return out;
}
} // namespace

void tst_AnalyticsView::comparisonBarsFollowTableSort()
{
    AnalyticsModel model;
    AnalyticsView view(&model);
    view.resize(1280, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    fillRich(model);
    QTableView *table = view.campaignTable();
    ChartCard *card = view.chart(QStringLiteral("campaigns"));
    auto tableOrder = [table](int column) {
        QList<QPair<QString, double>> rows;
        QAbstractItemModel *m = table->model();
        for (int r = 0; r < m->rowCount(); ++r)
            rows.append({m->index(r, 0).data().toString(),
                m->index(r, column).data(AnalyticsTableModel::RawRole).toDouble()});
        return rows;
    };
    const int qualified = model.campaigns()->columnOf(QStringLiteral("qualified"));
    const int prospects = model.campaigns()->columnOf(QStringLiteral("prospects"));
    // At first both are by qualified, most first: Retail heads (17) on top.
    QCOMPARE(barsTopDown(card->chart()), tableOrder(qualified));
    QCOMPARE(barsTopDown(card->chart()).first().first, QStringLiteral("Retail heads"));

    // A click on the "Prospects" header sorts the table and reorders the bars (they still
    // show the chosen metric, qualified).
    QHeaderView *header = table->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(prospects) + header->sectionSize(prospects) / 2,
        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    const Qt::SortOrder first = header->sortIndicatorOrder();
    QCOMPARE(header->sortIndicatorSection(), prospects);
    auto names = [](const QList<QPair<QString, double>> &rows) {
        QStringList out;
        for (const auto &row : rows)
            out << row.first;
        return out;
    };
    QCOMPARE(names(barsTopDown(card->chart())), names(tableOrder(prospects)));
    QCOMPARE(barsTopDown(card->chart()).first().first,
        first == Qt::AscendingOrder ? QStringLiteral("Fintech founders")
                                    : QStringLiteral("Retail heads"));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at); // the other way round
    QVERIFY(header->sortIndicatorOrder() != first);
    QCOMPARE(names(barsTopDown(card->chart())), names(tableOrder(prospects)));
    QCOMPARE(barsTopDown(card->chart()).last().first,
        first == Qt::AscendingOrder ? QStringLiteral("Fintech founders")
                                    : QStringLiteral("Retail heads"));
    // The values are still the qualified counts of those campaigns.
    // (not a structured binding: clang 14, which builds the sanitizer tree, cannot capture one)
    for (const auto &bar : barsTopDown(card->chart())) {
        const auto rows = tableOrder(qualified);
        const auto it = std::find_if(
            rows.cbegin(), rows.cend(), [&bar](const auto &row) { return row.first == bar.first; });
        QVERIFY(it != rows.cend());
        QCOMPARE(bar.second, it->second);
    }
    // The CSV saved from the chart's menu lists the campaigns in the order on screen.
    const QByteArray csv = ChartExporter::csvFromModel(*card->model());
    QStringList csvNames;
    for (const QByteArray &line : csv.split('\n').mid(1))
        if (!line.trimmed().isEmpty())
            csvNames << QString::fromUtf8(line.left(line.indexOf(',')));
    QCOMPARE(csvNames, names(tableOrder(prospects)));
}

void tst_AnalyticsView::ratesGetAPercentScale()
{
    AnalyticsModel model;
    AnalyticsView view(&model);
    fillRich(model);
    ChartCard *card = view.chart(QStringLiteral("campaigns"));
    auto *metric = card->findChild<QComboBox *>(QStringLiteral("metricPicker"));
    QVERIFY(metric);
    metric->setCurrentIndex(metric->findText(QStringLiteral("Response rate")));
    auto *axis = qobject_cast<QValueAxis *>(card->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QVERIFY2(axis->labelFormat().endsWith(u'%'), qPrintable(axis->labelFormat()));
    QVERIFY(axis->max() <= 100);
    // Picking a metric sorts by it, largest first, in the table and the bars alike.
    QCOMPARE(view.campaignTable()->horizontalHeader()->sortIndicatorSection(),
        model.campaigns()->columnOf(QStringLiteral("responseRate")));
    const auto bars = barsTopDown(card->chart());
    for (int i = 1; i < bars.size(); ++i)
        QVERIFY(bars[i - 1].second >= bars[i].second);

    // The team trend: counts on the left, rates on a percent axis on the right.
    model.setOverviewHistory(
        QList<AnalyticsModel::OverviewSnapshot> {{QDate(2024, 1, 19), exampleOverview()}});
    QChart *trend = view.chart(QStringLiteral("history"))->chart();
    const auto right = trend->axes(Qt::Vertical);
    QValueAxis *percent = nullptr;
    QValueAxis *counts = nullptr;
    for (QAbstractAxis *a : right) {
        if (a->alignment() == Qt::AlignRight)
            percent = qobject_cast<QValueAxis *>(a);
        else
            counts = qobject_cast<QValueAxis *>(a);
    }
    QVERIFY(percent && counts);
    QVERIFY(percent->labelFormat().endsWith(u'%'));
    QVERIFY(!counts->labelFormat().endsWith(u'%'));
    QVERIFY(counts->max() >= 3420); // messages fit the count scale
    QVERIFY(percent->max() <= 100 && percent->max() >= 18.72);
}

void tst_AnalyticsView::quietWeekIsSaidInWords()
{
    AnalyticsModel model;
    AnalyticsView view(&model);
    CampaignAnalytics quiet = exampleCampaign();
    quiet.last7Days = {};
    model.setCampaign(quiet);
    ChartCard *card = view.chart(QStringLiteral("last7days"));
    QVERIFY(card->hasData());
    QVERIFY(card->showsText());
    QVERIFY2(
        card->stateText().contains(QStringLiteral("last 7 days")), qPrintable(card->stateText()));
    // Still a chart to export (zero bars, and the zeros in the CSV).
    QTemporaryDir dir;
    QVERIFY(card->exportTo(ChartExporter::Format::Png, dir.filePath(QStringLiteral("q.png"))).ok);
    model.setCampaign(exampleCampaign());
    QVERIFY(!card->showsText());
}

void tst_AnalyticsView::funnelNeverShowsOver100()
{
    AnalyticsModel model;
    AnalyticsView view(&model);
    CampaignAnalytics c = exampleCampaign();
    // The sandbox answer the review caught: more closed than qualified.
    c.statusDistribution = {{QStringLiteral("pending"), 16}, {QStringLiteral("contacted"), 6},
        {QStringLiteral("responded"), 4}, {QStringLiteral("qualified"), 1},
        {QStringLiteral("closed"), 5}};
    model.setCampaign(c);
    auto *axis = qobject_cast<QBarCategoryAxis *>(
        view.chart(QStringLiteral("funnel"))->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    static const QRegularExpression rate(QStringLiteral("\\(([0-9.]+) %\\)"));
    int rates = 0;
    for (const QString &label : axis->categories()) {
        const auto match = rate.match(label);
        if (!match.hasMatch())
            continue;
        ++rates;
        QVERIFY2(match.captured(1).toDouble() <= 100.0, qPrintable(label));
    }
    QCOMPARE(rates, 4);
}

void tst_AnalyticsView::exportFromChartMenu()
{
    AnalyticsModel model;
    AnalyticsView view(&model);
    view.resize(1200, 1400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.setOverview(exampleOverview(), QDate(2024, 1, 20));
    model.setCampaign(exampleCampaign());
    QTemporaryDir dir;
    QString suggested;
    SavePrompt::preset([&](const QString &name, const QString &) {
        suggested = name;
        return dir.filePath(name);
    });
    ChartCard *card = view.chart(QStringLiteral("daily"));
    QSignalSpy exported(card, &ChartCard::exported);
    auto *png2 = card->exportMenu()->findChild<QAction *>(QStringLiteral("exportPng2"));
    QVERIFY(png2);
    png2->trigger();
    QCOMPARE(exported.count(), 1);
    QVERIFY(suggested.startsWith(QStringLiteral("kakiyo-daily-")));
    QVERIFY(suggested.endsWith(QStringLiteral("@2x.png")));
    QImage image(dir.filePath(suggested));
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), card->view()->size() * 2);
    QVERIFY(view.notice().contains(suggested));

    auto *csv = card->exportMenu()->findChild<QAction *>(QStringLiteral("exportCsv"));
    csv->trigger();
    QFile file(dir.filePath(suggested));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
        QByteArray("Date,Messages,Responses,Qualified\r\n"
                   "2024-01-19,30,6,2\r\n"
                   "2024-01-20,25,4,1\r\n"));
}

void tst_AnalyticsView::cancelledExportWritesNothing()
{
    AnalyticsModel model;
    AnalyticsView view(&model);
    model.setCampaign(exampleCampaign());
    SavePrompt::preset([](const QString &, const QString &) { return QString(); });
    ChartCard *card = view.chart(QStringLiteral("funnel"));
    QSignalSpy exported(card, &ChartCard::exported);
    card->exportMenu()->findChild<QAction *>(QStringLiteral("exportSvg"))->trigger();
    QCOMPARE(exported.count(), 0);
}

void tst_AnalyticsView::rangeControlFiltersWithoutCalls()
{
    AnalyticsModel model;
    AnalyticsView view(&model);
    fillRich(model);
    QCOMPARE(model.daily()->rowCount(), 30);
    view.dateRange()->setToday(QDate(2024, 1, 20));
    view.dateRange()->setPreset(DateRangeBar::Last7Days);
    QCOMPARE(model.daily()->rowCount(), 7);
    QCOMPARE(model.history()->rowCount(), 7);
    QCOMPARE(model.comparedWith(), QDate(2024, 1, 14));
    view.dateRange()->setCustomRange(QDate(2024, 1, 1), QDate(2024, 1, 10));
    QCOMPARE(model.daily()->rowCount(), 10);
    view.dateRange()->setPreset(DateRangeBar::AllTime);
    QCOMPARE(model.daily()->rowCount(), 30);
}

void tst_AnalyticsView::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("rich");
    QTest::newRow("light-example") << false << false;
    QTest::newRow("light") << false << true;
    QTest::newRow("dark") << true << true;
}

void tst_AnalyticsView::screenshots()
{
    QFETCH(bool, dark);
    QFETCH(bool, rich);
    Theme::apply(qApp, dark ? Theme::Scheme::Dark : Theme::Scheme::Light);
    AnalyticsModel model;
    AnalyticsView view(&model);
    view.resize(1280, 1700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    if (rich) {
        fillRich(model);
    } else {
        model.setOverview(exampleOverview(), QDate(2024, 1, 20));
        model.setCampaign(exampleCampaign());
    }
    view.selectCampaign(QStringLiteral("campaign_123"));
    // Let layouts settle and animations finish before the picture is taken.
    for (ChartCard *card : view.charts())
        card->chart()->setAnimationOptions(QChart::NoAnimation);
    QTest::qWait(50); // layout pass only; nothing is awaited from the network
    auto *scroll = view.findChild<QWidget *>(QStringLiteral("analyticsScroll"));
    QVERIFY(scroll);
    QWidget *content = view.findChild<QScrollArea *>()->widget();
    const QImage shot = content->grab().toImage();
    const QString path = QDir(screenshotDir())
                             .filePath(QStringLiteral("analytics-%1.png")
                                           .arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(shot.save(path));
    qInfo("screenshot: %s", qPrintable(path));
    // The chart background follows the palette.
    const QColor background
        = view.chart(QStringLiteral("daily"))->chart()->backgroundBrush().color();
    QCOMPARE(background.lightness() < 128, dark);
}

QTEST_MAIN(tst_AnalyticsView)
#include "tst_analyticsview.moc"
