// The real main window: first run shows the welcome page; every page loads against a sandbox;
// keyboard shortcuts, the command palette and F5 work; geometry and the last page come back.
#include "DeskFixture.h"
#include "models/api/Connection.h"
#include "models/api/RequestScheduler.h"
#include "ui/overview/OverviewPage.h"
#include "ui/shell/BannerArea.h"
#include "ui/shell/CommandPalette.h"
#include "ui/shell/DeskStatusBar.h"
#include "ui/shell/Theme.h"
#include "ui/shell/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstRunShowsWelcome();
    void everyPageLoads();
    void keyboardAndPalette();
    void refreshAsksTheServerAgain();
    void cachedAnswersCostNothing();
    void geometryAndLastPageRestored();
    void accessibleNames();
    void csvDropIsAnnounced();
    void overviewShowsTheTeam();
};

void tst_MainWindow::initTestCase()
{
    isolateSettings();
    Theme::apply(qApp, Theme::Scheme::Light);
}

void tst_MainWindow::firstRunShowsWelcome()
{
    QTemporaryDir cache;
    Desk desk(LaunchOptions {}, cache.path());
    desk.start(false);
    QVERIFY(desk.window()->isWelcomeShown());
    QVERIFY(!desk.isConnected());
    auto *demo = desk.window()->findChild<QPushButton *>(QStringLiteral("tryDemoButton"));
    auto *connectButton
        = desk.window()->findChild<QPushButton *>(QStringLiteral("connectAccountButton"));
    QVERIFY(demo);
    QVERIFY(connectButton);
    QCOMPARE(demo->text(), QStringLiteral("Try the demo"));
    QCOMPARE(connectButton->text(), QStringLiteral("Connect your Kakiyo account"));
    // Page shortcuts do nothing useful without a profile: they are off.
    QVERIFY(!desk.window()->command(QStringLiteral("goTo_agents"))->isEnabled());
    QVERIFY(desk.window()->command(QStringLiteral("manageKeys"))->isEnabled());
}

void tst_MainWindow::everyPageLoads()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    MainWindow *w = d.window();
    QVERIFY(!w->isWelcomeShown());
    const MainWindow::PageId withData[]
        = {MainWindow::PageId::Overview, MainWindow::PageId::Agents, MainWindow::PageId::Campaigns};
    for (const auto id : withData) {
        w->goTo(id);
        QCOMPARE(w->currentPage(), w->page(id));
        QTRY_VERIFY_WITH_TIMEOUT(w->page(id)->updatedAt().isValid(), 20000);
        QVERIFY2(w->page(id)->ageText().startsWith(QLatin1String("updated")),
            qPrintable(w->page(id)->ageText()));
    }
    // Prospects and Analytics are the real pages (not placeholders).
    for (const auto id : {MainWindow::PageId::Prospects, MainWindow::PageId::Analytics}) {
        w->goTo(id);
        QCOMPARE(w->currentPage()->title(), MainWindow::pageTitle(id));
        QVERIFY(!w->currentPage()->findChild<QLabel *>(QStringLiteral("placeholderText")));
    }
    for (const auto id : {MainWindow::PageId::Library, MainWindow::PageId::Webhooks,
             MainWindow::PageId::Dnc, MainWindow::PageId::Workspaces}) {
        w->goTo(id);
        QCOMPARE(w->currentPage()->title(), MainWindow::pageTitle(id));
    }
    // The status bar names the profile and counts the calls made.
    QCOMPARE(w->deskStatusBar()->profileText(), QStringLiteral("Test"));
    QTRY_VERIFY(w->deskStatusBar()->usageText().contains(QLatin1String("calls today")));
    QVERIFY(!w->deskStatusBar()->usageText().startsWith(QLatin1String("0 ")));
    QVERIFY(w->deskStatusBar()->onlineText().contains(QLatin1String("online")));
    QVERIFY(w->banners()->categories().isEmpty());
}

void tst_MainWindow::keyboardAndPalette()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    MainWindow *w = d.window();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    w->activateWindow();
    QTest::keyClick(w, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(w->currentPageId(), MainWindow::PageId::Agents);
    QTest::keyClick(w, Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(w->currentPageId(), MainWindow::PageId::Dnc);
    QTest::keyClick(w, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(w->currentPageId(), MainWindow::PageId::Overview);

    QTest::keyClick(w, Qt::Key_K, Qt::ControlModifier);
    CommandPalette *palette = w->commandPalette();
    QTRY_VERIFY(palette->isVisible());
    auto *filter = palette->findChild<QLineEdit *>(QStringLiteral("paletteFilter"));
    QVERIFY(filter);
    QTRY_VERIFY(filter->hasFocus());
    QVERIFY(palette->visibleCommands().size() >= 12);
    QTest::keyClicks(filter, QStringLiteral("go camp"));
    QCOMPARE(palette->visibleCommands().value(0), QStringLiteral("Go to Campaigns"));
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(!palette->isVisible());
    QCOMPARE(w->currentPageId(), MainWindow::PageId::Campaigns);

    QTest::keyClick(w, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(palette->isVisible());
    QTest::keyClicks(filter, QStringLiteral("zzzz"));
    QVERIFY(palette->visibleCommands().isEmpty());
    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(!palette->isVisible());
}

void tst_MainWindow::refreshAsksTheServerAgain()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    MainWindow *w = d.window();
    w->goTo(MainWindow::PageId::Campaigns);
    QTRY_VERIFY_WITH_TIMEOUT(w->currentPage()->updatedAt().isValid(), 20000);
    const int before = d.sandbox->requestCount(QStringLiteral("GET /campaigns"));
    QVERIFY(before >= 1);
    w->command(QStringLiteral("refresh"))->trigger(); // F5
    QTRY_COMPARE_WITH_TIMEOUT(
        d.sandbox->requestCount(QStringLiteral("GET /campaigns")), before + 1, 10000);
    QTRY_VERIFY(!w->currentPage()->isBusy());
}

void tst_MainWindow::cachedAnswersCostNothing()
{
    // A second window on the same profile and cache opens its pages without a single call.
    ConnectedDesk d;
    QVERIFY(d.start());
    // Pages load when first shown (the window may have opened on another, restored page).
    for (const auto id :
        {MainWindow::PageId::Overview, MainWindow::PageId::Agents, MainWindow::PageId::Campaigns}) {
        d.window()->goTo(id);
        QTRY_VERIFY_WITH_TIMEOUT(d.window()->currentPage()->updatedAt().isValid(), 20000);
    }
    QTRY_VERIFY(!d.window()->page(MainWindow::PageId::Overview)->isBusy());
    // Pages may fetch details after their list (agent details, campaign figures): let the first
    // window finish all of it before counting.
    QTRY_VERIFY_WITH_TIMEOUT(d.desk->connection()->scheduler()->state().inFlight == 0
            && d.desk->connection()->scheduler()->state().queued == 0,
        20000);
    QVERIFY(d.sandbox->resetRequestCounts());

    Desk second(LaunchOptions {}, d.cacheDir.path());
    second.start(false);
    second.openSession(
        d.sandbox->baseUrl(), d.sandbox->apiKey(), QStringLiteral("Test"), QStringLiteral("test"));
    for (const auto id :
        {MainWindow::PageId::Overview, MainWindow::PageId::Agents, MainWindow::PageId::Campaigns}) {
        second.window()->goTo(id);
        QTRY_VERIFY(second.window()->page(id)->updatedAt().isValid());
    }
    QTRY_VERIFY(!second.window()->page(MainWindow::PageId::Overview)->isBusy());
    const QJsonObject counts = d.sandbox->requestCounts();
    QVERIFY2(counts.value(QLatin1String("total")).toInt() == 0,
        QJsonDocument(counts).toJson(QJsonDocument::Compact).constData());
}

void tst_MainWindow::geometryAndLastPageRestored()
{
    {
        MainWindow w;
        w.resize(1000, 700);
        w.goTo(MainWindow::PageId::Webhooks);
        w.saveState();
    }
    MainWindow again;
    again.restoreState();
    QCOMPARE(again.currentPageId(), MainWindow::PageId::Webhooks);
    QCOMPARE(again.size(), QSize(1000, 700));
    // Nothing secret in the settings: only the window group.
    const QStringList keys = QSettings().allKeys();
    for (const QString &k : keys)
        QVERIFY2(!k.contains(QLatin1String("key"), Qt::CaseInsensitive)
                || k.startsWith(QLatin1String("usage/")),
            qPrintable(k));
}

void tst_MainWindow::accessibleNames()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    // Every button a keyboard or screen-reader user can reach says what it does, on every page.
    d.window()->buildPendingPages();
    const auto buttons = d.window()->findChildren<QAbstractButton *>();
    QVERIFY(buttons.size() > 10);
    for (QAbstractButton *b : buttons) {
        if (!b->isVisibleTo(d.window()) || b->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QVERIFY2(
            !b->accessibleName().isEmpty() || !b->text().isEmpty(), qPrintable(b->objectName()));
    }
}

// Drops are sent as the platform would: enter (accepted or not), then drop.
namespace {
bool dropFiles(MainWindow &w, const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint at = w.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    return drop.isAccepted();
}
} // namespace

void tst_MainWindow::csvDropIsAnnounced()
{
    MainWindow w;
    QSignalSpy dropped(&w, &MainWindow::csvDropped);
    const QString dir = QDir::tempPath();
    // Not while the welcome page is up: there is no session to import into.
    w.showWelcome(true);
    QVERIFY(!dropFiles(w, {QUrl::fromLocalFile(dir + QStringLiteral("/leads.csv"))}));
    QCOMPARE(dropped.count(), 0);
    w.showWelcome(false);
    // A picture is refused; a CSV among other files is taken (the first lead file).
    QVERIFY(!dropFiles(w, {QUrl::fromLocalFile(dir + QStringLiteral("/photo.png"))}));
    QVERIFY(!dropFiles(w, {QUrl(QStringLiteral("https://example.com/leads.csv"))}));
    QCOMPARE(dropped.count(), 0);
    QVERIFY(dropFiles(w,
        {QUrl::fromLocalFile(dir + QStringLiteral("/photo.png")),
            QUrl::fromLocalFile(dir + QStringLiteral("/Leads Q3.CSV")),
            QUrl::fromLocalFile(dir + QStringLiteral("/more.tsv"))}));
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.at(0).at(0).toString(), dir + QStringLiteral("/Leads Q3.CSV"));
    QVERIFY(dropFiles(w, {QUrl::fromLocalFile(dir + QStringLiteral("/export.txt"))}));
    QVERIFY(dropFiles(w, {QUrl::fromLocalFile(dir + QStringLiteral("/export.tsv"))}));
    QCOMPARE(dropped.count(), 3);
    QCOMPARE(dropped.at(2).at(0).toString(), dir + QStringLiteral("/export.tsv"));
}

void tst_MainWindow::overviewShowsTheTeam()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    d.window()->goTo(MainWindow::PageId::Overview);
    auto *overview = qobject_cast<OverviewPage *>(d.window()->currentPage());
    QVERIFY(overview);
    QTRY_VERIFY_WITH_TIMEOUT(overview->isComplete(), 20000);
    // Each section answers from the sandbox: agents needing attention (or "all fine"), the
    // active campaigns with their numbers, and one small page of each prospect search.
    QVERIFY(overview->attentionList()->count() > 0);
    QVERIFY(overview->activeCampaignList()->count() > 0);
    QVERIFY(overview->activeCampaignList()->item(0)->text().contains(QStringLiteral("prospects")));
    QVERIFY(overview->recentReplies()->count() >= 1);
    QVERIFY(overview->recentReplies()->count() <= 8);
    QVERIFY(!overview->recentReplies()->item(0)->text().contains(QStringLiteral("Nothing yet")));
    QVERIFY(overview->newlyQualified()->count() >= 1);
    QVERIFY(overview->newlyQualified()->count() <= 8);
    auto *replies = overview->findChild<QLabel *>(QStringLiteral("tileValue"));
    QVERIFY(replies && replies->text() != QStringLiteral("–"));
    // Two searches, once; coming back costs nothing; F5 asks both again.
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("GET /prospects/search")), 2);
    d.window()->goTo(MainWindow::PageId::Campaigns);
    d.window()->goTo(MainWindow::PageId::Overview);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("GET /prospects/search")), 2);
    d.window()->command(QStringLiteral("refresh"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(
        d.sandbox->requestCount(QStringLiteral("GET /prospects/search")), 4, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(overview->isComplete(), 20000);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
