// The look: Fusion with a light or dark palette that follows the system (Qt 6.4 has no colour
// scheme hint, so "system" means the lightness of the platform's window colour), one small style
// sheet for the sidebar, cards, badges and banners, and SVG icons tinted to the palette.
#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

class QApplication;
class QLabel;
class QTableView;

namespace kakiyo {

class Theme final
{
public:
    enum class Scheme
    {
        System,
        Light,
        Dark
    };

    Theme() = delete;

    // Sets style, palette and style sheet on the application.
    static void apply(QApplication *app, Scheme scheme = Scheme::System);
    static bool isDark();
    static Scheme current();
    // The system's palette changed while the app runs: with Scheme::System, the look follows it
    // (SystemThemeWatcher calls this). The first apply() takes the palette the app started with.
    static void setSystemPalette(QApplication *app, const QPalette &system);
    static bool isApplying(); // apply() is setting the application palette right now
    // True when `palette` is the one apply() set (its window and text colours).
    static bool isOwnPalette(const QPalette &palette);

    // An icon from :/icons/<name>.svg, drawn in the palette's text colour (or the given colour)
    // at 1x, 2x and 3x so it is sharp on HiDPI screens.
    static QIcon icon(const QString &name, const QColor &color = {});

    // Semantic colours that read on both palettes.
    static QColor accent();
    static QColor success();
    static QColor warning();
    static QColor danger();
    static QColor muted();

    // The look every server list shares: whole rows selected one at a time, sortable on the
    // given column, alternating rows, no grid, no row numbers.
    static void styleListTable(QTableView *table, int sortColumn);
    // A page's one-line outcome under its actions: normal text, or in the danger colour when it
    // reports a problem.
    static void showMessage(QLabel *label, const QString &text, bool problem);

private:
    static QPalette palette(bool dark);
    static QString styleSheet(bool dark);
};

} // namespace kakiyo
