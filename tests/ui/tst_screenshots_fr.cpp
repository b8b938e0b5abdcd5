// The window in French (KAKIYO_LANGUAGE=fr, as a user would get it from the system or the
// settings): saves every page, the welcome page and the settings dialog at 1280x800 and at 1024
// wide under $KAKIYO_TEST_OUTPUT/screenshots/fr-*.png for people to look at, and fails when a
// visible label or button cannot show its whole text (French runs longer than English): a label
// narrower or lower than it needs, a word-wrapped label lower than its text at that width, a
// button narrower than its text and icon.
#include "DeskFixture.h"
#include "common/Screenshots.h"
#include "models/api/Connection.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/UiLanguage.h"
#include "ui/shell/Theme.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_ScreenshotsFr : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void welcomeAndSettings_data();
    void welcomeAndSettings();
    void everyPage_data();
    void everyPage();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_cache;
};

namespace {

QString describe(const QWidget *w, const QString &text)
{
    QString shown = text.simplified();
    if (shown.size() > 60)
        shown = shown.left(57) + QLatin1String("...");
    return QStringLiteral("%1 %2 \"%3\" (%4x%5)")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), shown)
        .arg(w->width())
        .arg(w->height());
}

// Where the window cannot show a text whole. Only what is on screen counts: hidden widgets and
// those outside the window are left alone.
QStringList cutTexts(QWidget *window)
{
    QStringList cut;
    const QRect inside = window->rect();
    const auto onScreen = [&](QWidget *w) {
        // Scrolled out of sight entirely (a card below the fold) is not cut.
        return w->isVisible() && w->window() == window && !w->visibleRegion().isEmpty()
            && inside.intersects(QRect(w->mapTo(window, QPoint(0, 0)), w->size()));
    };
    // A scroll area that cannot scroll sideways (or a too-narrow parent) cuts its content at its
    // edge even when the widget itself is wide enough.
    const auto cutByParent = [&](QWidget *w, int need) {
        const int shown = w->visibleRegion().boundingRect().width();
        if (shown + 1 >= std::min(need, w->width()))
            return false;
        for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
            if (auto *area = qobject_cast<QAbstractScrollArea *>(p))
                return !area->horizontalScrollBar()->isVisible();
        }
        return true;
    };
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!onScreen(label) || label->text().trimmed().isEmpty())
            continue;
        if (cutByParent(label, label->wordWrap() ? label->width() : label->sizeHint().width())) {
            cut << QStringLiteral("label cut by its parent: ") + describe(label, label->text());
            continue;
        }
        if (label->wordWrap()) {
            if (label->heightForWidth(label->width()) > label->height() + 1)
                cut << QStringLiteral("wrapped label too low: ") + describe(label, label->text());
        } else {
            const QSize need = label->sizeHint();
            if (need.width() > label->width() + 1)
                cut << QStringLiteral("label too narrow by %1 px: ")
                            .arg(need.width() - label->width())
                        + describe(label, label->text());
        }
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!onScreen(button) || button->text().trimmed().isEmpty())
            continue;
        const QSize need = button->sizeHint();
        if (cutByParent(button, need.width())) {
            cut << QStringLiteral("button cut by its parent: ") + describe(button, button->text());
            continue;
        }
        if (need.width() > button->width() + 1)
            cut << QStringLiteral("button too narrow by %1 px: ")
                        .arg(need.width() - button->width())
                    + describe(button, button->text());
    }
    return cut;
}

// Text set just before the picture posts layout requests up the parents; let them all run, so
// the picture and the checks see the layout the user sees a moment later.
void settleLayouts()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
}

bool save(QWidget *w, const QString &name)
{
    const QImage image = w->grab().toImage();
    return !image.isNull() && image.save(screenshotPath(QStringLiteral("fr"), name));
}

} // namespace

void tst_ScreenshotsFr::initTestCase()
{
    isolateSettings();
    qputenv("KAKIYO_LANGUAGE", "fr");
    QCOMPARE(UiLanguage::install(qApp), QStringLiteral("fr"));
    QCOMPARE(QLocale().language(), QLocale::French);
    // The translation is really in use (not only loaded): a string of the window comes out French.
    QCOMPARE(QCoreApplication::translate("kakiyo::MainWindow", "Overview"),
        QStringLiteral("Vue d’ensemble"));
    Theme::apply(qApp, Theme::Scheme::Light);
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList {QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--prospects"),
            QStringLiteral("400"), QStringLiteral("--quiet")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void tst_ScreenshotsFr::welcomeAndSettings_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280") << QSize(1280, 800);
    QTest::newRow("1024") << QSize(1024, 768);
}

void tst_ScreenshotsFr::welcomeAndSettings()
{
    QFETCH(QSize, size);
    const QString width = QString::number(size.width());
    QTemporaryDir cache;
    Desk desk(LaunchOptions {}, cache.path());
    desk.start(false);
    MainWindow *w = desk.window();
    w->resize(size);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QCOMPARE(w->width(), size.width());
    settleLayouts();
    QVERIFY(save(w, QStringLiteral("welcome-") + width));
    const QStringList welcomeCut = cutTexts(w);
    QVERIFY2(welcomeCut.isEmpty(), qPrintable(welcomeCut.join(QLatin1Char('\n'))));

    auto *open = w->findChild<QAction *>(QStringLiteral("openSettings"));
    QVERIFY(open);
    QCOMPARE(open->text(), QStringLiteral("Réglages…"));
    open->trigger();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<SettingsDialog *>()) && dialog->isVisible());
    // The note and the Restart button show once another language is chosen.
    dialog->chooseLanguage(QStringLiteral("de"));
    QTRY_VERIFY(dialog->findChild<QWidget *>(QStringLiteral("restartButton"))->isVisible());
    settleLayouts();
    QVERIFY(save(dialog, QStringLiteral("settings-") + width));
    const QStringList dialogCut = cutTexts(dialog);
    dialog->chooseLanguage(QString());
    dialog->close();
    QVERIFY2(dialogCut.isEmpty(), qPrintable(dialogCut.join(QLatin1Char('\n'))));
}

void tst_ScreenshotsFr::everyPage_data()
{
    welcomeAndSettings_data();
}

void tst_ScreenshotsFr::everyPage()
{
    QFETCH(QSize, size);
    Desk desk(LaunchOptions {}, m_cache.path());
    desk.start(true);
    desk.openSession(
        m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test"), QStringLiteral("test"));
    QVERIFY(desk.isConnected());
    MainWindow *w = desk.window();
    w->resize(size);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QCOMPARE(w->width(), size.width());
    QStringList cut;
    for (const auto id : MainWindow::allPages()) {
        w->goTo(id);
        const QString key = MainWindow::pageKey(id);
        QTRY_VERIFY2_WITH_TIMEOUT(
            w->currentPage()->updatedAt().isValid() && !w->currentPage()->isBusy(), qPrintable(key),
            20000);
        // The first row selected, so the details panel shows as people use it.
        for (QTableView *table : w->currentPage()->findChildren<QTableView *>()) {
            if (table->isVisible() && table->model() && table->model()->rowCount() > 0
                && !table->selectionModel()->hasSelection()) {
                table->selectRow(0);
                break;
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(desk.connection()->scheduler()->state().inFlight == 0
                && desk.connection()->scheduler()->state().queued == 0,
            20000);
        settleLayouts();
        QVERIFY(save(w, QStringLiteral("%1-%2").arg(key).arg(size.width())));
        for (const QString &problem : cutTexts(w))
            cut << key + QStringLiteral(": ") + problem;
        // The window stays as wide as asked: no page needs more than 1024 pixels.
        if (w->width() != size.width()) {
            QStringList widest;
            for (const auto other : MainWindow::allPages()) {
                if (Page *page = w->page(other))
                    widest << QStringLiteral("%1 %2")
                                  .arg(MainWindow::pageKey(other))
                                  .arg(page->minimumSizeHint().width());
            }
            cut << QStringLiteral("%1: the window grew to %2 px (pages' minimum widths: %3)")
                       .arg(key)
                       .arg(w->width())
                       .arg(widest.join(QStringLiteral(", ")));
        }
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_ScreenshotsFr)
#include "tst_screenshots_fr.moc"
