// The Analytics page inside the real MainWindow against a real kakiyo-sandbox, at the sizes people
// use (1280×800 and 1024×768): the window is not widened and nothing scrolls sideways; every
// chart is photographed in the light and the dark palette with readable (not elided) axis
// labels; the "Last 7 days" chart shows the sandbox's own figures; the team trend keeps rates
// on a percent axis of its own.

#include "DeskFixture.h"
#include "common/Screenshots.h"
#include "models/AnalyticsModel.h"
#include "models/api/AnalyticsApi.h"
#include "models/api/Connection.h"
#include "models/jobs/AnalyticsModelLoader.h"
#include "models/store/Cache.h"
#include "ui/analytics/AnalyticsPage.h"
#include "ui/analytics/AnalyticsView.h"
#include "ui/analytics/KpiTile.h"
#include "ui/analytics/ResponsiveRow.h"
#include "ui/charts/ChartCard.h"
#include "ui/shell/Theme.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QValueAxis>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

// Every piece of text Qt Charts laid out in the chart's scene (axis labels, bar labels, legend).
QStringList sceneTexts(QChartView *view)
{
    QStringList texts;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (!item->isVisible())
            continue;
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            texts << text->toPlainText();
        else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            texts << simple->text();
    }
    return texts;
}

} // namespace

class tst_AnalyticsLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fitsTheWindow_data();
    void fitsTheWindow();
    void everyChartLightAndDark_data();
    void everyChartLightAndDark();
    void last7DaysShowsTheServersWeek();

private:
    AnalyticsPage *page() const;
    void showAnalytics(int width, int height);

    ConnectedDesk m_desk;
};

void tst_AnalyticsLayout::initTestCase()
{
    isolateSettings();
    QVERIFY(m_desk.start());
    // Six earlier days in the snapshot store, so the team trend has a trend to draw.
    const HttpReply overview = m_desk.sandbox->call("GET", QStringLiteral("/analytics/overview"));
    QCOMPARE(overview.status, 200);
    Cache *cache = m_desk.desk->connection()->cache();
    QVERIFY(cache);
    for (int d = 1; d <= 6; ++d) {
        QJsonObject body = overview.object();
        QJsonObject summary = body.value(QStringLiteral("summary")).toObject();
        QJsonObject metrics = body.value(QStringLiteral("metrics")).toObject();
        summary[QStringLiteral("totalMessages")]
            = summary.value(QStringLiteral("totalMessages")).toInteger() - 9 * d;
        summary[QStringLiteral("totalAnswers")]
            = summary.value(QStringLiteral("totalAnswers")).toInteger() - 2 * d;
        metrics[QStringLiteral("responseRate")]
            = metrics.value(QStringLiteral("responseRate")).toDouble() - 0.4 * d;
        body[QStringLiteral("summary")] = summary;
        body[QStringLiteral("metrics")] = metrics;
        QVERIFY(cache->putSnapshot(m_desk.desk->connection()->cachePartition(),
            QString::fromLatin1(AnalyticsApi::OverviewSnapshotKey),
            QDate::currentDate().addDays(-d), QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }
}

void tst_AnalyticsLayout::cleanupTestCase()
{
    Theme::apply(qApp, Theme::Scheme::Light);
}

AnalyticsPage *tst_AnalyticsLayout::page() const
{
    return qobject_cast<AnalyticsPage *>(m_desk.window()->page(MainWindow::PageId::Analytics));
}

void tst_AnalyticsLayout::showAnalytics(int width, int height)
{
    MainWindow *w = m_desk.window();
    w->resize(width, height);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    w->goTo(MainWindow::PageId::Analytics);
    QVERIFY(page());
    QTRY_VERIFY_WITH_TIMEOUT(page()->model()->hasOverview(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(page()->model()->hasCampaign(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), 20000);
    QApplication::processEvents();
}

void tst_AnalyticsLayout::fitsTheWindow_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::newRow("1280x800") << 1280 << 800;
    QTest::newRow("1024x768") << 1024 << 768;
}

void tst_AnalyticsLayout::fitsTheWindow()
{
    QFETCH(int, width);
    QFETCH(int, height);
    Theme::apply(qApp, Theme::Scheme::Light);
    showAnalytics(1280, 800);
    MainWindow *w = m_desk.window();
    QTRY_COMPARE(w->width(), 1280);
    // What the window around the page takes (sidebar, margins, banners, status bar).
    const QSize chrome = w->size() - page()->size();
    AnalyticsPage *shown = page();
    std::unique_ptr<AnalyticsPage> alone;
    if (width != 1280) {
        // Other pages of the window set its minimum width too; this one is about the Analytics
        // page, so it gets the room a window of this size gives it, on the same session.
        alone = std::make_unique<AnalyticsPage>(m_desk.desk->connection());
        alone->resize(QSize(width, height) - chrome);
        alone->show();
        QVERIFY(QTest::qWaitForWindowExposed(alone.get()));
        alone->activate();
        QTRY_VERIFY_WITH_TIMEOUT(alone->model()->hasCampaign(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!alone->isBusy(), 20000);
        shown = alone.get();
    }
    QApplication::processEvents();
    // The page asks for no more width than the window gives it…
    QVERIFY2(shown->minimumSizeHint().width() <= width - chrome.width(),
        qPrintable(QStringLiteral("page minimum %1").arg(shown->minimumSizeHint().width())));
    QCOMPARE(shown->width(), width - chrome.width());
    // …and nothing on it scrolls sideways: the content is as wide as the scroll area's view.
    auto *scroll = shown->findChild<QScrollArea *>(QStringLiteral("analyticsScroll"));
    QVERIFY(scroll);
    QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
    for (ChartCard *card : shown->view()->charts()) {
        const QRect inContent(card->mapTo(scroll->widget(), QPoint(0, 0)), card->size());
        QVERIFY2(inContent.right() <= scroll->viewport()->width(), qPrintable(card->name()));
    }
    QVERIFY((alone ? static_cast<QWidget *>(alone.get()) : w)
                ->grab()
                .save(screenshotPath(QStringLiteral("analytics-window-%1.png")
                                         .arg(QString::fromLatin1(QTest::currentDataTag())))));
    // The comparison chart keeps its table beside it on a wide screen and above it otherwise;
    // at 1280 pixels the table shows every column without scrolling.
    auto *comparison = shown->findChild<ResponsiveRow *>(QStringLiteral("comparisonRow"));
    QVERIFY(comparison);
    QCOMPARE(comparison->isStacked(), comparison->width() < 1400);
    if (width >= 1280) {
        QTableView *table = shown->view()->campaignTable();
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    }
}

void tst_AnalyticsLayout::everyChartLightAndDark_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_AnalyticsLayout::everyChartLightAndDark()
{
    QFETCH(bool, dark);
    Theme::apply(qApp, dark ? Theme::Scheme::Dark : Theme::Scheme::Light);
    showAnalytics(1280, 800);
    auto *scroll = page()->findChild<QScrollArea *>(QStringLiteral("analyticsScroll"));
    QVERIFY(scroll);
    const QString scheme = QString::fromLatin1(QTest::currentDataTag());
    for (ChartCard *card : page()->view()->charts()) {
        scroll->ensureWidgetVisible(card);
        QApplication::processEvents();
        const QImage shot = card->grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY2(shot.width() >= 200, qPrintable(card->name() + QString::number(shot.width())));
        QVERIFY(shot.save(
            screenshotPath(QStringLiteral("analytics-%1-%2.png").arg(card->name(), scheme))));
        QVERIFY2(card->hasData(), qPrintable(card->name()));
        const QColor background = card->chart()->backgroundBrush().color();
        QCOMPARE(background.lightness() < 128, dark);
        if (!card->showsText()) {
            // Axis labels and legends are in the palette's text colour (readable on the
            // background), and none is elided for lack of room.
            for (QAbstractAxis *axis : card->chart()->axes()) {
                const int contrast
                    = std::abs(axis->labelsBrush().color().lightness() - background.lightness());
                QVERIFY2(contrast > 100, qPrintable(card->name()));
            }
            for (const QString &text : sceneTexts(card->view()))
                QVERIFY2(!text.contains(QStringLiteral("...")) && !text.contains(QChar(0x2026)),
                    qPrintable(card->name() + QStringLiteral(": ") + text));
        }
    }
    // A KPI that went up is green in either scheme, and readable on the tile.
    KpiTile *messages = page()->view()->tile(AnalyticsKpiModel::Messages);
    QVERIFY(messages->changeText().startsWith(u'+'));
    const QColor up = messages->changeColour();
    const QColor tile = messages->palette().color(QPalette::Window);
    QVERIFY2(up.green() > up.red() && up.green() > up.blue(), qPrintable(up.name()));
    QVERIFY2(std::abs(up.lightness() - tile.lightness()) > 60,
        qPrintable(up.name() + QStringLiteral(" on ") + tile.name()));

    // The whole window at 1280×800 too, as people see it first.
    scroll->verticalScrollBar()->setValue(0);
    QApplication::processEvents();
    QVERIFY(m_desk.window()->grab().save(
        screenshotPath(QStringLiteral("analytics-window-1280-%1.png").arg(scheme))));

    // Counts and rates never share a scale: the trend's rates have an axis of their own, in %.
    ChartCard *trend = page()->view()->chart(QStringLiteral("history"));
    QVERIFY(!trend->showsText());
    auto *percent = trend->chart()->findChild<QValueAxis *>(QStringLiteral("percentAxis"));
    auto *counts = trend->chart()->findChild<QValueAxis *>(QStringLiteral("countAxis"));
    if (!percent || !counts) {
        for (QAbstractAxis *axis : trend->chart()->axes()) {
            if (axis->objectName() == QLatin1String("percentAxis"))
                percent = qobject_cast<QValueAxis *>(axis);
            else if (axis->objectName() == QLatin1String("countAxis"))
                counts = qobject_cast<QValueAxis *>(axis);
        }
    }
    QVERIFY(percent && counts);
    QVERIFY(percent->labelFormat().endsWith(u'%'));
    QVERIFY(percent->max() <= 100);
    QCOMPARE(percent->alignment(), Qt::AlignRight);
    for (QAbstractSeries *series : trend->chart()->series()) {
        const bool rate = series->name().contains(QStringLiteral("rate"));
        QCOMPARE(series->attachedAxes().contains(percent), rate);
        QCOMPARE(series->attachedAxes().contains(counts), !rate);
    }
}

void tst_AnalyticsLayout::last7DaysShowsTheServersWeek()
{
    Theme::apply(qApp, Theme::Scheme::Light);
    showAnalytics(1280, 800);
    // A campaign whose last 7 days the server reports as busy, straight from the API.
    QString busy;
    QJsonObject week;
    const QJsonArray campaigns = m_desk.sandbox->call("GET", QStringLiteral("/analytics/overview"))
                                     .object()
                                     .value(QStringLiteral("campaigns"))
                                     .toArray();
    for (const QJsonValue &c : campaigns) {
        const QString id = c[QStringLiteral("id")].toString();
        const QJsonObject w
            = m_desk.sandbox->call("GET", QStringLiteral("/analytics/campaigns/") + id)
                  .object()
                  .value(QStringLiteral("activity"))[QStringLiteral("last7Days")]
                  .toObject();
        if (w.value(QStringLiteral("messages")).toInteger() > 0) {
            busy = id;
            week = w;
            break;
        }
    }
    QVERIFY2(!busy.isEmpty(), "the seeded team has activity in the last 7 days");
    page()->view()->selectCampaign(busy);
    QTRY_VERIFY_WITH_TIMEOUT(
        page()->model()->hasCampaign() && page()->model()->campaign()->campaignId == busy, 20000);
    ChartCard *card = page()->view()->chart(QStringLiteral("last7days"));
    QTRY_VERIFY(!card->showsText());
    // The bars carry the server's numbers (messages, responses, qualified, top to bottom).
    const auto series = card->chart()->series();
    QCOMPARE(series.size(), 1);
    auto *bars = qobject_cast<QAbstractBarSeries *>(series.first());
    QVERIFY(bars);
    QBarSet *set = bars->barSets().first();
    QCOMPARE(set->count(), 3);
    // Drawn bottom-up, so the first stage (messages) is the last value.
    QCOMPARE(qint64(set->at(2)), week.value(QStringLiteral("messages")).toInteger());
    QCOMPARE(qint64(set->at(1)), week.value(QStringLiteral("responses")).toInteger());
    QCOMPARE(qint64(set->at(0)), week.value(QStringLiteral("qualified")).toInteger());
}

QTEST_MAIN(tst_AnalyticsLayout)
#include "tst_analyticslayout.moc"
