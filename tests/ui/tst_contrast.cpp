// WCAG 2.1 contrast of the theme's text colours on the backgrounds they are drawn on, in the light
// and the dark palette: body text needs 4.5:1 (success criterion 1.4.3). Disabled text is exempt
// in WCAG and not checked. The ratio is computed here from the definition, not taken from Qt.
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QTest>
#include <cmath>

using namespace kakiyo;

class tst_Contrast : public QObject
{
    Q_OBJECT

private slots:
    void formula();
    void palette_data();
    void palette();
};

// Relative luminance, WCAG 2.1 definition (sRGB channels linearised).
static double luminance(const QColor &c)
{
    auto channel
        = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

static double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The formula itself, on values anyone can check: black/white is 21:1, a colour on itself 1:1,
// and #767676 on white is the well-known 4.54:1 edge of AA.
void tst_Contrast::formula()
{
    QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(contrast(QColor(0x33, 0x66, 0x99), QColor(0x33, 0x66, 0x99)), 1.0);
    QCOMPARE(qRound(contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
}

void tst_Contrast::palette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_Contrast::palette()
{
    QFETCH(bool, dark);
    Theme::apply(qApp, dark ? Theme::Scheme::Dark : Theme::Scheme::Light);
    QCOMPARE(Theme::isDark(), dark);
    const QPalette p = QApplication::palette();
    const QColor window = p.color(QPalette::Active, QPalette::Window);
    const QColor base = p.color(QPalette::Active, QPalette::Base);

    struct Pair
    {
        const char *what;
        QColor text, background;
    };
    const Pair pairs[] = {
        {"window text on window", p.color(QPalette::Active, QPalette::WindowText), window},
        {"text on base", p.color(QPalette::Active, QPalette::Text), base},
        {"button text on button", p.color(QPalette::Active, QPalette::ButtonText),
            p.color(QPalette::Active, QPalette::Button)},
        // Also the primary (default) buttons, which the style sheet paints in these roles.
        {"highlighted text on highlight", p.color(QPalette::Active, QPalette::HighlightedText),
            p.color(QPalette::Active, QPalette::Highlight)},
        {"placeholder text on base", p.color(QPalette::Active, QPalette::PlaceholderText), base},
        {"link on base", p.color(QPalette::Active, QPalette::Link), base},
        {"link on window", p.color(QPalette::Active, QPalette::Link), window},
        {"tool tip text on tool tip", p.color(QPalette::Active, QPalette::ToolTipText),
            p.color(QPalette::Active, QPalette::ToolTipBase)},
        {"danger on window", Theme::danger(), window},
        {"warning on window", Theme::warning(), window},
        {"success on window", Theme::success(), window},
        {"info (accent) on window", Theme::accent(), window},
        {"muted on window", Theme::muted(), window},
        {"muted on base (cards, tiles)", Theme::muted(), base},
    };
    QStringList failing;
    for (const Pair &pair : pairs) {
        const double ratio = contrast(pair.text, pair.background);
        if (ratio < 4.5) {
            failing << QStringLiteral("%1: %2 on %3 is %4:1")
                           .arg(QLatin1String(pair.what), pair.text.name(), pair.background.name())
                           .arg(ratio, 0, 'f', 2);
        }
    }
    QVERIFY2(failing.isEmpty(),
        qPrintable(
            QStringLiteral("below WCAG AA 4.5:1:\n  ") + failing.join(QStringLiteral("\n  "))));
}

QTEST_MAIN(tst_Contrast)
#include "tst_contrast.moc"
