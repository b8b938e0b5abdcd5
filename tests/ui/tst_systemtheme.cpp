// The look follows the system's light or dark scheme while the app runs (Theme::Scheme::System
// with the SystemThemeWatcher main() installs): a palette the system sets on the application at
// run time (a dark one) makes Theme apply its own dark palette and style sheet, and the widgets
// that draw with Theme's colours re-theme at once — a chart's background, a KPI tile's change
// colour, the semantic colours. A platform ThemeChange makes the watcher read the platform's
// palette again (light on the offscreen platform) and the look goes back. An explicit Light or
// Dark choice is not overridden.
#include "ui/analytics/KpiTile.h"
#include "ui/charts/ChartCard.h"
#include "ui/shell/SystemThemeWatcher.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QStandardItemModel>
#include <QTest>
#include <QVBoxLayout>

using namespace kakiyo;

class tst_SystemTheme final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void followsTheSystemLive();
    void anExplicitChoiceStays();

private:
    SystemThemeWatcher *m_watcher = nullptr;
};

void tst_SystemTheme::initTestCase()
{
    Theme::apply(qApp, Theme::Scheme::System); // the offscreen platform is light
    QVERIFY(!Theme::isDark());
    m_watcher = new SystemThemeWatcher(qApp);
}

void tst_SystemTheme::followsTheSystemLive()
{
    QStandardItemModel model(3, 2);
    for (int r = 0; r < 3; ++r) {
        model.setData(model.index(r, 0), QStringLiteral("Campaign %1").arg(r));
        model.setData(model.index(r, 1), 10 * (r + 1));
    }
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *card = new ChartCard(QStringLiteral("replies"), QStringLiteral("Replies"), &model,
        ChartAdapter::Shape::Bars, 0, {1}, &window);
    auto *tile = new KpiTile(QStringLiteral("Replies"), &window);
    tile->setValue(QStringLiteral("12"), QStringLiteral("+3"), 3.0, QString());
    layout->addWidget(card);
    layout->addWidget(tile);
    window.resize(600, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QColor lightChart = card->chart()->backgroundBrush().color();
    const QColor lightView = card->view()->backgroundBrush().color();
    const QColor lightChange = tile->changeColour();
    const QColor lightAccent = Theme::accent();
    const QColor lightWindow = window.palette().color(QPalette::Window);

    // The desktop switches to dark: the system sets a dark palette on the application.
    const int followed = m_watcher->followed();
    QApplication::setPalette(QPalette(QColor(0x20, 0x20, 0x24)));
    QCOMPARE(m_watcher->followed(), followed + 1);
    QVERIFY(Theme::isDark());
    QCOMPARE(Theme::current(), Theme::Scheme::System);
    // Theme's own dark palette is what the application wears, not the raw one.
    QVERIFY(Theme::isOwnPalette(QApplication::palette()));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    QTRY_VERIFY(window.palette().color(QPalette::Window) != lightWindow);
    QTRY_VERIFY(card->chart()->backgroundBrush().color() != lightChart);
    QVERIFY(card->view()->backgroundBrush().color() != lightView);
    QTRY_VERIFY(tile->changeColour() != lightChange);
    QVERIFY(Theme::accent() != lightAccent);
    QVERIFY(card->chart()->backgroundBrush().color().lightness() < 128);

    // The platform says its theme changed (back to light on this platform): read and followed.
    QEvent themeChange(QEvent::ThemeChange);
    QApplication::sendEvent(&window, &themeChange);
    QTRY_VERIFY(!Theme::isDark());
    QCOMPARE(m_watcher->followed(), followed + 2);
    QVERIFY(Theme::isOwnPalette(QApplication::palette()));
    QTRY_COMPARE(window.palette().color(QPalette::Window), lightWindow);
    QTRY_COMPARE(card->chart()->backgroundBrush().color(), lightChart);
    QTRY_COMPARE(tile->changeColour(), lightChange);
    QCOMPARE(Theme::accent(), lightAccent);
}

void tst_SystemTheme::anExplicitChoiceStays()
{
    Theme::apply(qApp, Theme::Scheme::Light);
    const int followed = m_watcher->followed();
    QApplication::setPalette(QPalette(QColor(0x20, 0x20, 0x24)));
    QCOMPARE(m_watcher->followed(), followed);
    QVERIFY(!Theme::isDark());
    Theme::apply(qApp, Theme::Scheme::Light);
    QVERIFY(Theme::isOwnPalette(QApplication::palette()));
}

QTEST_MAIN(tst_SystemTheme)
#include "tst_systemtheme.moc"
