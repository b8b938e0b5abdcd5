// The agency's master view through the UI against a real sandbox: "Compare all" on the
// Workspaces page shows the sweep's cost before anything is sent, asks to confirm it, fills one
// row per workspace, sorts on the raw numbers (a rate, not its text), and opening a row switches
// the window to that workspace and shows its Overview. The status bar says which API generation
// answered and counts no credits against the current one. Screenshots light and dark.

#include "DeskFixture.h"
#include "common/Screenshots.h"
#include "models/WorkspaceSummaryModel.h"
#include "models/jobs/WorkspaceSweep.h"
#include "models/store/CurrentWorkspace.h"
#include "ui/shell/DeskStatusBar.h"
#include "ui/shell/MessageBox.h"
#include "ui/shell/Theme.h"
#include "ui/workspaces/WorkspaceComparisonView.h"
#include "ui/workspaces/WorkspacesPage.h"

#include <QApplication>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_WorkspaceComparison : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }
    void cleanup()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        Theme::apply(qApp, Theme::Scheme::Light);
    }
    void compareSortAndOpen();
    void statusBarOnTheCurrentGeneration();
};

void tst_WorkspaceComparison::compareSortAndOpen()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    d.window()->resize(1200, 760);
    d.window()->goTo(MainWindow::PageId::Workspaces);
    auto *page = qobject_cast<WorkspacesPage *>(d.window()->currentPage());
    QVERIFY(page);
    auto *toggle = page->findChild<QPushButton *>(QStringLiteral("compareToggle"));
    QVERIFY(toggle);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(page->isComparisonShown());
    WorkspaceComparisonView *view = page->comparison();
    QTRY_VERIFY(view->isVisible());
    // The cost is on screen before anything is sent.
    QVERIFY2(view->costText().contains(QLatin1String("call")), qPrintable(view->costText()));
    d.sandbox->resetRequestCounts();
    const int before = d.sandbox->requestCounts().value("total").toInt();

    // Declined: nothing is sent.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(
        view->findChild<QPushButton *>(QStringLiteral("compareWorkspaces")), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("call")));
    QVERIFY(!view->sweep()->isRunning());
    QCOMPARE(view->model()->rowCount(), 0);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(
        view->findChild<QPushButton *>(QStringLiteral("compareWorkspaces")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 30000);
    QVERIFY(d.sandbox->requestCounts().value("total").toInt() > before);
    QVERIFY2(view->stateText().contains(QLatin1String("compared")), qPrintable(view->stateText()));

    // Sorting follows the raw numbers.
    QTableView *table = view->table();
    table->sortByColumn(WorkspaceSummaryModel::ProspectsColumn, Qt::DescendingOrder);
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(table->model());
    QVERIFY(proxy);
    const qint64 top = proxy->index(0, WorkspaceSummaryModel::ProspectsColumn)
                           .data(WorkspaceSummaryModel::RawRole)
                           .toLongLong();
    const qint64 bottom = proxy->index(1, WorkspaceSummaryModel::ProspectsColumn)
                              .data(WorkspaceSummaryModel::RawRole)
                              .toLongLong();
    QVERIFY(top >= bottom);

    {
        QVERIFY(d.window()->grab().save(
            screenshotPath(QStringLiteral("workspaces"), QStringLiteral("compare-light"))));
        Theme::apply(qApp, Theme::Scheme::Dark);
        QApplication::processEvents();
        QVERIFY(d.window()->grab().save(
            screenshotPath(QStringLiteral("workspaces"), QStringLiteral("compare-dark"))));
        Theme::apply(qApp, Theme::Scheme::Light);
    }

    // Opening a row: the window works in that workspace and shows its Overview.
    const QModelIndex second = proxy->index(1, WorkspaceSummaryModel::NameColumn);
    const QString id = second.data(WorkspaceSummaryModel::IdRole).toString();
    QVERIFY(!id.isEmpty());
    const QPoint at = table->visualRect(second).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(d.desk->workspace()->id(), id);
    QTRY_COMPARE(d.window()->currentPageId(), MainWindow::PageId::Overview);
}

void tst_WorkspaceComparison::statusBarOnTheCurrentGeneration()
{
    ConnectedDesk d;
    QVERIFY(d.start({QStringLiteral("--profile"), QStringLiteral("current"),
        QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--prospects"),
        QStringLiteral("100"), QStringLiteral("--quiet")}));
    DeskStatusBar *bar = d.window()->deskStatusBar();
    // The Overview's first answers arrive: calls counted, no credits, the server named.
    QTRY_VERIFY_WITH_TIMEOUT(!bar->usageText().startsWith(QLatin1String("0 ")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(bar->usageDetails().contains(QLatin1String("Current API")), 20000);
    QVERIFY2(!bar->usageText().contains(QLatin1String("credit")), qPrintable(bar->usageText()));
    QVERIFY(bar->usageDetails().contains(QLatin1String("X-RateLimit")));
}

QTEST_MAIN(tst_WorkspaceComparison)
#include "tst_workspacecomparison.moc"
