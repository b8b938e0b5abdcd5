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
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLocale>
#include <QScrollArea>
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

QTEST_MAIN(tst_OutreachView)
#include "tst_outreachview.moc"
