// The outreach part of the Analytics page in the real window against a sandbox: the acceptance,
// invitations and connections tiles lead the page and show the model's figures, the per-sender
// table sorts on numbers, the period bar refuses a custom period that ends before it starts, and
// the page is saved in the light and the dark palette (to /tmp/shots-analytics/ and the test
// output folder) for people to look at.
#include "DeskFixture.h"
#include "common/Screenshots.h"
#include "models/AnalyticsModel.h"
#include "models/jobs/OutreachLoader.h"
#include "ui/analytics/AnalyticsPage.h"
#include "ui/analytics/AnalyticsView.h"
#include "ui/analytics/DateRangeBar.h"
#include "ui/analytics/KpiTile.h"
#include "ui/charts/AnalyticsCharts.h"
#include "ui/charts/ChartCard.h"
#include "ui/charts/ChartGrid.h"
#include "ui/charts/ChartPalette.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QGraphicsLayout>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_OutreachView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void customPeriodEndingBeforeItStartsIsRefused();
    void pageShowsOutreach_data();
    void pageShowsOutreach();
    void agentWithoutUsageAndReadingAll();
    void heatmapExportIsAGrid();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_cache;
};

void tst_OutreachView::initTestCase()
{
    isolateSettings();
    m_sandbox = std::make_unique<SandboxProcess>(QStringList {
        QStringLiteral("--prospects"), QStringLiteral("700"), QStringLiteral("--quiet")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void tst_OutreachView::customPeriodEndingBeforeItStartsIsRefused()
{
    DateRangeBar bar;
    bar.setToday(QDate(2026, 12, 7));
    QSignalSpy changed(&bar, &DateRangeBar::rangeChanged);
    // rangeChanged is emitted synchronously when a range is accepted: a count of 0 right after
    // the call means it was refused, not that it is late.
    bar.setCustomRange(QDate(2026, 11, 30), QDate(2026, 11, 1));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!bar.isValid());
    QVERIFY(bar.errorText().contains(QLatin1String("before it starts")));
    bar.setCustomRange(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).toDate(), QDate(2026, 11, 1));
    QCOMPARE(changed.last().at(1).toDate(), QDate(2026, 11, 30));
    QVERIFY(bar.isValid());
    QVERIFY(bar.errorText().isEmpty());
}

void tst_OutreachView::pageShowsOutreach_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_OutreachView::pageShowsOutreach()
{
    QFETCH(bool, dark);
    Theme::apply(qApp, dark ? Theme::Scheme::Dark : Theme::Scheme::Light);
    const QString scheme = dark ? QStringLiteral("dark") : QStringLiteral("light");

    Desk desk(LaunchOptions {}, m_cache.path());
    desk.start(true);
    desk.openSession(
        m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test"), QStringLiteral("test"));
    QVERIFY(desk.isConnected());
    MainWindow *w = desk.window();
    w->resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    w->goTo(MainWindow::PageId::Analytics);
    auto *page = qobject_cast<AnalyticsPage *>(w->currentPage());
    QVERIFY(page);
    AnalyticsModel *model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->outreach()->hasFigures() && model->hasOverview()
            && !page->isBusy() && !page->outreachLoader()->isBusy(),
        30000);
    AnalyticsView *view = page->view();

    const auto figures = *model->outreach()->figures();
    const auto rate = figures.team.acceptanceRate();
    QVERIFY(rate.has_value());
    QCOMPARE(view->outreachTile(AnalyticsView::AcceptanceTile)->valueText(),
        QStringLiteral("%1 %").arg(QLocale().toString(*rate, 'f', 2)));
    QCOMPARE(view->outreachTile(AnalyticsView::InvitationsTile)->valueText(),
        QLocale().toString(figures.team.invited));
    QCOMPARE(view->outreachTile(AnalyticsView::ConnectionsTile)->valueText(),
        QLocale().toString(figures.team.accepted));
    QVERIFY(view->outreachTile(AnalyticsView::AcceptanceTile)
                ->toolTip()
                .contains(QStringLiteral("status 1–6")));

    // The sender table: one row per agent; a click on "Invited" sorts numerically.
    QTableView *senders = view->senderTable();
    QCOMPARE(senders->model()->rowCount(), int(figures.senders.size()));
    const int invited = model->outreach()->senders()->columnOf(QStringLiteral("invited"));
    senders->sortByColumn(invited, Qt::DescendingOrder);
    for (int r = 1; r < senders->model()->rowCount(); ++r)
        QVERIFY(
            senders->model()->index(r - 1, invited).data(AnalyticsTableModel::RawRole).toLongLong()
            >= senders->model()->index(r, invited).data(AnalyticsTableModel::RawRole).toLongLong());

    // Pictures: the window, and the whole scrolled page at its full height.
    QApplication::processEvents();
    auto *scroll = view->findChild<QScrollArea *>(QStringLiteral("analyticsScroll"));
    QVERIFY(scroll && scroll->widget());
    QWidget *content = scroll->widget();
    const QString dir = QStringLiteral("/tmp/shots-analytics");
    QDir().mkpath(dir);
    const QImage window = w->grab().toImage();
    QVERIFY(!window.isNull());
    QVERIFY(window.save(QDir(dir).filePath(QStringLiteral("window-%1.png").arg(scheme))));
    const QImage full = content->grab().toImage();
    QVERIFY(!full.isNull());
    QVERIFY(full.height() > window.height());
    QVERIFY(full.save(QDir(dir).filePath(QStringLiteral("page-%1.png").arg(scheme))));
    QVERIFY(full.save(screenshotPath(QStringLiteral("analytics-outreach"), scheme)));
    // The parts to read closely: tiles, the sender table, pace and heatmap at full size.
    auto *section = view->findChild<QWidget *>(QStringLiteral("outreachSection"));
    QVERIFY(section);
    QVERIFY(
        section->grab().save(QDir(dir).filePath(QStringLiteral("outreach-%1.png").arg(scheme))));
    QVERIFY(view->outreachTile(AnalyticsView::AcceptanceTile)
                ->parentWidget()
                ->grab(QRect(0, 0, 1000, 260))
                .save(QDir(dir).filePath(QStringLiteral("tiles-%1.png").arg(scheme))));
}

void tst_OutreachView::agentWithoutUsageAndReadingAll()
{
    Theme::apply(qApp, Theme::Scheme::Light);
    QTemporaryDir cache;
    Desk desk(LaunchOptions {}, cache.path());
    desk.start(true);
    desk.openSession(
        m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test"), QStringLiteral("test"));
    QVERIFY(desk.isConnected());
    MainWindow *w = desk.window();
    // The narrow window the sender table must fit without a sideways scroll bar.
    w->resize(1000, 760);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    // The first agent's details come without their usage block (the sandbox's "omit" fault),
    // and the page reads only the 500 most recent of the 700 conversations.
    const QJsonArray agents = m_sandbox->call("GET", QStringLiteral("/agents")).json.array();
    QVERIFY(!agents.isEmpty());
    const QString bare = agents[0].toObject().value("id").toString();
    QVERIFY(m_sandbox->injectFault(
        {{"path", "/v1/agents/" + bare}, {"kind", "omit"}, {"key", "usage"}, {"count", 50}}));
    w->goTo(MainWindow::PageId::Analytics);
    auto *page = qobject_cast<AnalyticsPage *>(w->currentPage());
    QVERIFY(page);
    page->outreachLoader()->setMaxPages(5);
    AnalyticsModel *model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        model->outreach()->hasFigures() && !page->outreachLoader()->isBusy(), 30000);
    AnalyticsView *view = page->view();

    // The sender without usage: its invitation cells say "—" and why, on the page itself.
    QTableView *senders = view->senderTable();
    int row = -1;
    for (int r = 0; r < senders->model()->rowCount(); ++r)
        if (senders->model()->index(r, 0).data(AnalyticsTableModel::RowKeyRole).toString() == bare)
            row = r;
    QVERIFY(row >= 0);
    for (const char *key : {"invitationsToday", "invitationsWeek", "invitationsMonth"}) {
        const int column = model->outreach()->senders()->columnOf(QLatin1String(key));
        const QModelIndex cell = senders->model()->index(row, column);
        QCOMPARE(cell.data().toString(), QStringLiteral("—"));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("no usage block")));
    }
    // Fifteen columns inside 1,000 pixels: no sideways scrolling.
    QApplication::processEvents();
    QTRY_VERIFY2(senders->horizontalHeader()->length() <= senders->viewport()->width() + 1,
        qPrintable(QStringLiteral("header %1 px, viewport %2 px")
                       .arg(senders->horizontalHeader()->length())
                       .arg(senders->viewport()->width())));
    QVERIFY(!senders->horizontalScrollBar()->isVisible());

    // Only 500 of 700 read: the button offers the rest and says what it costs, before anything
    // is sent.
    QPushButton *readAll = view->readAllButton();
    QVERIFY(readAll->isVisible());
    QVERIFY2(
        readAll->text().contains(QLatin1String("search calls: 2")), qPrintable(readAll->text()));
    QVERIFY(readAll->text().contains(QLocale().toString(700)));
    QVERIFY(m_sandbox->resetRequestCounts());
    readAll->click();
    QTRY_VERIFY_WITH_TIMEOUT(model->outreach()->figures()->isComplete(), 30000);
    QTRY_VERIFY(!page->outreachLoader()->isBusy());
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("GET /prospects/search")), 2);
    QVERIFY(!readAll->isVisible());

    const QString dir = QStringLiteral("/tmp/shots-analytics2");
    QDir().mkpath(dir);
    auto *section = view->findChild<QWidget *>(QStringLiteral("outreachSection"));
    QVERIFY(section);
    QVERIFY(section->grab().save(QDir(dir).filePath(QStringLiteral("narrow-light.png"))));
    QVERIFY(m_sandbox->clearFaults());
}

void tst_OutreachView::heatmapExportIsAGrid()
{
    Theme::apply(qApp, Theme::Scheme::Light);
    // Three last replies on Tuesday at 14:00 (the busiest slot) and one on Friday at 9:00.
    OutreachFigures f;
    f.today = QDate(2026, 12, 7);
    const QDate tuesday(2026, 12, 1);
    QCOMPARE(tuesday.dayOfWeek(), 2);
    for (int minute : {5, 20, 40})
        f.replyTimes << QDateTime(tuesday, QTime(14, minute));
    f.replyTimes << QDateTime(tuesday.addDays(3), QTime(9, 30));
    f.repliesTimed = f.replyTimes.size();
    AnalyticsModel model;
    model.outreach()->setFigures(f);
    std::unique_ptr<ChartCard> card(AnalyticsCharts::create(QStringLiteral("heatmap"), model));
    QVERIFY(card);
    // No bar series: the chart is the weekday × hour grid itself.
    QVERIFY(card->chart()->series().isEmpty());
    ChartGrid *grid = card->adapter()->grid();
    QVERIFY(grid);
    card->chart()->resize(960, 540);
    card->chart()->layout()->activate();
    const QImage image = card->exporter().image(1);
    QCOMPARE(image.size(), QSize(960, 540));
    QVERIFY(image.save(QDir(QStringLiteral("/tmp/shots-analytics2"))
                           .filePath(QStringLiteral("heatmap-export.png"))));
    // Off the cell's centre, where its number is written.
    auto pixel = [&](int weekdayRow, int hour) {
        const QRectF cell = grid->cellRect(weekdayRow, hour);
        return image.pixelColor((cell.topLeft() + QPointF(4, 4)).toPoint());
    };
    const QColor busiest = pixel(1, 14);
    const QColor accent = ChartPalette::seriesColor(0, false);
    QVERIFY2(std::abs(busiest.red() - accent.red()) <= 8
            && std::abs(busiest.green() - accent.green()) <= 8
            && std::abs(busiest.blue() - accent.blue()) <= 8,
        qPrintable(busiest.name() + QStringLiteral(" vs ") + accent.name()));
    const QColor quieter = pixel(4, 9); // one reply: a lighter shade of the same colour
    QVERIFY(quieter.lightness() > busiest.lightness());
    // Monday 0:00, no reply: a faint tint of the background, far lighter than any shade.
    const QColor none = pixel(0, 0);
    QVERIFY2(std::abs(none.lightness() - card->chart()->backgroundBrush().color().lightness()) < 24,
        qPrintable(none.name()));
    QVERIFY(none.lightness() > quieter.lightness());
    // The number in a dark cell is white, in a light one black (ChartGrid::readableOn).
    QCOMPARE(ChartGrid::readableOn(accent), QColor(Qt::white));
    QCOMPARE(ChartGrid::readableOn(QColor(230, 238, 250)), QColor(Qt::black));
}

QTEST_MAIN(tst_OutreachView)
#include "tst_outreachview.moc"
