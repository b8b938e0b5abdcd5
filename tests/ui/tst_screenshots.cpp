// Saves a screenshot of every page in the light and the dark palette (plus the welcome page and
// the command palette) under $KAKIYO_TEST_OUTPUT/screenshots/, for people to look at. Checks that
// each image is the window's size and not blank.
#include "DeskFixture.h"
#include "ui/CommandPalette.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPixmap>

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
};

void tst_Screenshots::initTestCase()
{
    isolateSettings();
    const QString out = qEnvironmentVariable("KAKIYO_TEST_OUTPUT", QDir::tempPath());
    m_dir = QDir(out).filePath(QStringLiteral("screenshots"));
    QVERIFY(QDir().mkpath(m_dir));
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

    ConnectedDesk d;
    QVERIFY(d.start());
    MainWindow *w = d.window();
    w->resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    for (int i = 0; i < MainWindow::kPageCount; ++i) {
        const auto id = static_cast<MainWindow::PageId>(i);
        w->goTo(id);
        if (id == MainWindow::PageId::Overview || id == MainWindow::PageId::Agents
            || id == MainWindow::PageId::Campaigns) {
            QTRY_VERIFY_WITH_TIMEOUT(w->currentPage()->updatedAt().isValid(), 20000);
            QTRY_VERIFY_WITH_TIMEOUT(!w->currentPage()->isBusy(), 20000);
        } else {
            // Pages built by other work: give them the chance to show data, without failing here.
            [[maybe_unused]] const bool shown = QTest::qWaitFor(
                [w] {
                    return w->currentPage()->updatedAt().isValid() && !w->currentPage()->isBusy();
                },
                10000);
        }
        QApplication::processEvents();
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
