// Saves a screenshot of every page in the light and the dark palette (plus the welcome page and
// the command palette) under $KAKIYO_TEST_OUTPUT/screenshots/, for people to look at. Checks that
// each page shows data with its age and that each image is the window's size and not blank.
// One sandbox and one cache serve both schemes: the dark run answers from the cache, so it costs
// no calls and no waiting on the rate limits (each scheme still builds a fresh window, since
// icons are tinted for the palette they are made in).
#include "DeskFixture.h"
#include "common/Screenshots.h"
#include "models/api/Connection.h"
#include "models/api/RequestScheduler.h"
#include "models/api/UsageMeter.h"
#include "ui/shell/CommandPalette.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QTableView>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_Screenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPage_data();
    void everyPage();

private:
    QString m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_cache;
};

void tst_Screenshots::initTestCase()
{
    isolateSettings();
    m_dir = screenshotDir();
    QVERIFY(QDir(m_dir).exists());
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList {QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--prospects"),
            QStringLiteral("400"), QStringLiteral("--quiet")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void tst_Screenshots::everyPage_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

static bool saveChecked(QWidget *w, const QString &path)
{
    const QImage image = w->grab().toImage();
    if (image.isNull() || image.width() < 800)
        return false;
    // Not blank: the page shows more than a handful of colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return colours.size() > 8 && image.save(path);
}

void tst_Screenshots::everyPage()
{
    QFETCH(bool, dark);
    Theme::apply(qApp, dark ? Theme::Scheme::Dark : Theme::Scheme::Light);
    const QString scheme = dark ? QStringLiteral("dark") : QStringLiteral("light");

    {
        QTemporaryDir cache;
        Desk first(LaunchOptions {}, cache.path());
        first.start(false);
        first.window()->resize(1280, 800);
        first.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(first.window()));
        QVERIFY(saveChecked(
            first.window(), QDir(m_dir).filePath(scheme + QStringLiteral("-welcome.png"))));
    }

    Desk desk(LaunchOptions {}, m_cache.path());
    desk.start(true);
    desk.openSession(
        m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test"), QStringLiteral("test"));
    QVERIFY(desk.isConnected());
    MainWindow *w = desk.window();
    w->resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    for (const auto id : MainWindow::allPages()) {
        w->goTo(id);
        // Every page shows server data with its age; wait until it has and is idle.
        QTRY_VERIFY2_WITH_TIMEOUT(
            w->currentPage()->updatedAt().isValid() && !w->currentPage()->isBusy(),
            qPrintable(MainWindow::pageKey(id)), 20000);
        // A list with nothing selected gets its first row selected, so the picture shows the
        // details panel as people use it (the prospects' conversation, for one).
        for (QTableView *table : w->currentPage()->findChildren<QTableView *>()) {
            if (table->isVisible() && table->model() && table->model()->rowCount() > 0
                && !table->selectionModel()->hasSelection()) {
                table->selectRow(0);
                break;
            }
        }
        // And whatever it asks after its list (details, figures) has arrived too.
        QTRY_VERIFY_WITH_TIMEOUT(desk.connection()->scheduler()->state().inFlight == 0
                && desk.connection()->scheduler()->state().queued == 0,
            20000);
        QApplication::processEvents();
        // A details pane shows its texts whole (the prospect card once overlapped itself here).
        for (QWidget *pane :
            w->currentPage()->findChildren<QWidget *>(QStringLiteral("conversationView"))) {
            QTRY_VERIFY2_WITH_TIMEOUT(
                squeezedLabels(pane).isEmpty(), qPrintable(squeezedLabels(pane)), 5000);
        }
        const QString file = QDir(m_dir).filePath(
            QStringLiteral("%1-%2.png").arg(scheme, MainWindow::pageKey(id)));
        QVERIFY2(saveChecked(w, file), qPrintable(file));
    }
    w->goTo(MainWindow::PageId::Overview);
    w->commandPalette()->open();
    QApplication::processEvents();
    QVERIFY(saveChecked(w, QDir(m_dir).filePath(scheme + QStringLiteral("-palette.png"))));
    qInfo("screenshots in %s", qPrintable(m_dir));
}

QTEST_MAIN(tst_Screenshots)
#include "tst_screenshots.moc"
