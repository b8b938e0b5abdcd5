#include "ui/shell/Theme.h"

#include "ui/shell/TintedSvgIconEngine.h"

#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPixmap>
#include <QScopedValueRollback>
#include <QStyleFactory>
#include <QTableView>

static void initKakiyoResources()
{
    Q_INIT_RESOURCE(kakiyo);
}

namespace kakiyo {

namespace {

bool g_dark = false;
bool g_applying = false;
Theme::Scheme g_scheme = Theme::Scheme::System;
QPalette g_system; // what the system says (valid once g_systemKnown)
bool g_systemKnown = false;

} // namespace

void Theme::apply(QApplication *app, Scheme scheme)
{
    initKakiyoResources();
    if (!g_systemKnown) {
        g_system = QGuiApplication::palette();
        g_systemKnown = true;
    }
    const QScopedValueRollback applying(g_applying, true);
    g_scheme = scheme;
    g_dark = scheme == Scheme::Dark
        || (scheme == Scheme::System && g_system.color(QPalette::Window).lightness() < 128);
    // The style sheet goes first: replacing the style while a sheet is set crashes Qt 6.4 in a
    // QHeaderView's style change. Fusion is created once; later calls change colours only.
    app->setStyleSheet(QString());
    if (app->style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        app->setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app->setPalette(palette(g_dark));
    app->setStyleSheet(styleSheet(g_dark));
}

void Theme::setSystemPalette(QApplication *app, const QPalette &system)
{
    g_system = system;
    g_systemKnown = true;
    if (g_scheme == Scheme::System)
        apply(app, Scheme::System);
}

bool Theme::isApplying()
{
    return g_applying;
}

bool Theme::isOwnPalette(const QPalette &p)
{
    const QPalette own = palette(g_dark);
    return p.color(QPalette::Window) == own.color(QPalette::Window)
        && p.color(QPalette::WindowText) == own.color(QPalette::WindowText);
}

bool Theme::isDark()
{
    return g_dark;
}

Theme::Scheme Theme::current()
{
    return g_scheme;
}

QColor Theme::accent()
{
    return g_dark ? QColor(0x60, 0xa5, 0xfa) : QColor(0x25, 0x63, 0xeb);
}

QColor Theme::success()
{
    return g_dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x15, 0x80, 0x3d);
}

QColor Theme::warning()
{
    return g_dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x53, 0x09);
}

QColor Theme::danger()
{
    return g_dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xb9, 0x1c, 0x1c);
}

QColor Theme::muted()
{
    return g_dark ? QColor(0x9c, 0xa3, 0xaf) : QColor(0x69, 0x70, 0x7e);
}

QPalette Theme::palette(bool dark)
{
    QPalette p;
    auto set = [&p](QPalette::ColorRole role, QColor c) { p.setColor(QPalette::All, role, c); };
    if (dark) {
        set(QPalette::Window, QColor(0x1f, 0x23, 0x2b));
        set(QPalette::WindowText, QColor(0xe5, 0xe7, 0xeb));
        set(QPalette::Base, QColor(0x17, 0x1a, 0x21));
        set(QPalette::AlternateBase, QColor(0x23, 0x28, 0x31));
        set(QPalette::Text, QColor(0xe5, 0xe7, 0xeb));
        set(QPalette::Button, QColor(0x2b, 0x31, 0x3c));
        set(QPalette::ButtonText, QColor(0xe5, 0xe7, 0xeb));
        set(QPalette::ToolTipBase, QColor(0x2b, 0x31, 0x3c));
        set(QPalette::ToolTipText, QColor(0xe5, 0xe7, 0xeb));
        set(QPalette::PlaceholderText, QColor(0x8b, 0x93, 0xa1));
        set(QPalette::Highlight, QColor(0x1b, 0x6d, 0xf5));
        set(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
        set(QPalette::Link, QColor(0x60, 0xa5, 0xfa));
        set(QPalette::Light, QColor(0x3a, 0x41, 0x4d));
        set(QPalette::Midlight, QColor(0x33, 0x39, 0x44));
        set(QPalette::Mid, QColor(0x2a, 0x2f, 0x38));
        set(QPalette::Dark, QColor(0x12, 0x14, 0x19));
        set(QPalette::Shadow, QColor(0x00, 0x00, 0x00));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x72, 0x80));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x72, 0x80));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x72, 0x80));
    } else {
        set(QPalette::Window, QColor(0xf5, 0xf6, 0xf8));
        set(QPalette::WindowText, QColor(0x11, 0x18, 0x27));
        set(QPalette::Base, QColor(0xff, 0xff, 0xff));
        set(QPalette::AlternateBase, QColor(0xf8, 0xf9, 0xfb));
        set(QPalette::Text, QColor(0x11, 0x18, 0x27));
        set(QPalette::Button, QColor(0xff, 0xff, 0xff));
        set(QPalette::ButtonText, QColor(0x11, 0x18, 0x27));
        set(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xff));
        set(QPalette::ToolTipText, QColor(0x11, 0x18, 0x27));
        set(QPalette::PlaceholderText, QColor(0x6c, 0x75, 0x85));
        set(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
        set(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
        set(QPalette::Link, QColor(0x25, 0x63, 0xeb));
        set(QPalette::Light, QColor(0xff, 0xff, 0xff));
        set(QPalette::Midlight, QColor(0xe5, 0xe7, 0xeb));
        set(QPalette::Mid, QColor(0xd1, 0xd5, 0xdb));
        set(QPalette::Dark, QColor(0x9c, 0xa3, 0xaf));
        set(QPalette::Shadow, QColor(0x6b, 0x72, 0x80));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9c, 0xa3, 0xaf));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9c, 0xa3, 0xaf));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9c, 0xa3, 0xaf));
    }
    return p;
}

QString Theme::styleSheet(bool dark)
{
    // Colours by role; layout and sizes are the same for both palettes.
    const QString sidebar = dark ? QStringLiteral("#171a21") : QStringLiteral("#eceef2");
    const QString sidebarHover = dark ? QStringLiteral("#262b35") : QStringLiteral("#e0e3e9");
    const QString sidebarSelected = dark ? QStringLiteral("#2c3442") : QStringLiteral("#ffffff");
    const QString border = dark ? QStringLiteral("#343a46") : QStringLiteral("#dde1e7");
    const QString card = dark ? QStringLiteral("#262b35") : QStringLiteral("#ffffff");
    const QString mutedText = muted().name();
    const QString accentText = accent().name();
    // Check-box outlines readable on the base colour (Fusion's are nearly invisible in the dark).
    const QString indicatorEdge = dark ? QStringLiteral("#7b8494") : QStringLiteral("#9ca3af");
    QString css = QStringLiteral(R"(
QListWidget#sidebar { background: %1; border: none; border-right: 1px solid %4; padding: 8px 6px; outline: 0; }
QListWidget#sidebar::item { padding: 7px 10px; margin: 1px 0; border-radius: 6px; }
QListWidget#sidebar::item:hover { background: %2; }
QListWidget#sidebar::item:selected { background: %3; color: palette(text); border: 1px solid %4; }
QLabel#pageTitle { font-size: 17pt; font-weight: 600; }
QLabel#pageAge, QLabel.muted { color: %6; }
QFrame#card { background: %5; border: 1px solid %4; border-radius: 10px; }
QFrame#card:hover { border-color: %7; }
QFrame#tile { background: %5; border: 1px solid %4; border-radius: 10px; }
QLabel#tileValue { font-size: 18pt; font-weight: 600; }
QLabel#tileLabel { color: %6; }
QLabel#cardTitle { font-weight: 600; font-size: 11pt; }
QLabel#sectionTitle { font-weight: 600; font-size: 11pt; }
QTableView, QTreeView, QListView#plainList { border: 1px solid %4; border-radius: 6px; gridline-color: %4; }
QHeaderView::section { border: none; border-bottom: 1px solid %4; padding: 5px 6px; font-weight: 600; background: palette(base); }
QPushButton { padding: 5px 12px; border-radius: 6px; border: 1px solid %4; background: palette(button); }
QPushButton:hover { border-color: %7; }
QPushButton:default, QPushButton#primary { background: palette(highlight); color: palette(highlighted-text); border-color: palette(highlight); }
QPushButton:disabled, QPushButton:default:disabled, QPushButton#primary:disabled { background: palette(button); color: %6; border-color: %4; }
QCheckBox::indicator, QGroupBox::indicator { width: 14px; height: 14px; border: 1px solid %8; border-radius: 3px; background: palette(base); }
QAbstractItemView::indicator { width: 12px; height: 12px; border: 1px solid %8; border-radius: 3px; background: palette(base); }
QMenu { background: palette(window); border: 1px solid %4; padding: 4px 0; }
QMenu::item { padding: 4px 20px 4px 30px; background: transparent; }
QMenu::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QMenu::item:disabled { color: %6; }
QMenu::separator { height: 1px; background: %4; margin: 4px 8px; }
QMenu::indicator { width: 12px; height: 12px; left: 9px; }
QMenu::indicator:non-exclusive { border: 1px solid %8; border-radius: 3px; background: palette(base); }
QMenu::indicator:non-exclusive:checked { background: %7; border-color: %7; image: url(:/icons/checkmark-on-accent.svg); }
QRadioButton::indicator { width: 12px; height: 12px; border: 1px solid %8; border-radius: 7px; background: palette(base); }
QRadioButton::indicator:hover { border-color: %7; }
QRadioButton::indicator:checked { border-color: %7; background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, stop:0 %7, stop:0.5 %7, stop:0.6 %9, stop:1 %9); }
QRadioButton::indicator:disabled { border-color: %4; }
QCheckBox::indicator:hover, QAbstractItemView::indicator:hover { border-color: %7; }
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked, QGroupBox::indicator:checked { background: %7; border-color: %7; image: url(:/icons/checkmark-on-accent.svg); }
QCheckBox::indicator:indeterminate, QAbstractItemView::indicator:indeterminate { background: %7; border-color: %7; }
QCheckBox::indicator:disabled, QAbstractItemView::indicator:disabled { border-color: %4; background: palette(window); }
QToolButton { border-radius: 6px; padding: 3px; }
QToolButton:hover { background: %2; }
QToolButton:checked { background: %2; border: 1px solid %4; }
QStatusBar { border-top: 1px solid %4; }
QStatusBar QLabel { padding: 0 6px; }
QLineEdit#paletteFilter { font-size: 13pt; padding: 8px; border: none; border-bottom: 1px solid %4; }
QFrame#commandPalette { background: palette(base); border: 1px solid %4; border-radius: 10px; }
QTreeWidget#paletteList { border: none; }
QTreeWidget#paletteList::item { padding: 4px 6px; }
QListWidget#attentionList::item, QListWidget#activeCampaignList::item, QListWidget#recentReplies::item, QListWidget#newlyQualified::item { padding: 4px 4px; }
QLabel#welcomeTitle { font-size: 22pt; font-weight: 600; }
QPushButton#tryDemoButton, QPushButton#connectAccountButton { padding: 12px 22px; font-size: 11pt; }
QPushButton#tryDemoButton { background: palette(highlight); color: palette(highlighted-text); border-color: palette(highlight); }
)")
                      .arg(sidebar, sidebarHover, sidebarSelected, border, card, mutedText,
                          accentText, indicatorEdge, palette(dark).color(QPalette::Base).name());
    // Banners: one colour family per severity.
    struct Tone
    {
        const char *name;
        QString bg, fg, edge;
    };
    const Tone tones[] = {
        {"error", dark ? QStringLiteral("#3b1d1f") : QStringLiteral("#fdecec"),
            dark ? QStringLiteral("#fecaca") : QStringLiteral("#7f1d1d"), danger().name()},
        {"warning", dark ? QStringLiteral("#3a2e12") : QStringLiteral("#fff6e0"),
            dark ? QStringLiteral("#fde68a") : QStringLiteral("#78350f"), warning().name()},
        {"info", dark ? QStringLiteral("#16283f") : QStringLiteral("#e8f0fe"),
            dark ? QStringLiteral("#bfdbfe") : QStringLiteral("#1e3a8a"), accent().name()},
    };
    for (const Tone &t : tones) {
        css += QStringLiteral(
            "QFrame[tone=\"%1\"] { background: %2; border: 1px solid %4; border-left: 4px solid "
            "%4; border-radius: 6px; }\n"
            "QFrame[tone=\"%1\"] QLabel { color: %3; background: transparent; }\n")
                   .arg(QLatin1String(t.name), t.bg, t.fg, t.edge);
    }
    // Status badges (campaign/agent states).
    struct Badge
    {
        const char *name;
        QColor c;
    };
    const Badge badges[] = {{"good", success()}, {"warn", warning()}, {"bad", danger()},
        {"idle", muted()}, {"accent", accent()}};
    for (const Badge &b : badges) {
        QColor bg = b.c;
        bg.setAlpha(dark ? 60 : 30);
        css += QStringLiteral("QLabel[badge=\"%1\"] { color: %2; background: rgba(%3,%4,%5,%6); "
                              "border-radius: 8px; padding: 1px 8px; font-weight: 600; }\n")
                   .arg(QLatin1String(b.name), b.c.name())
                   .arg(bg.red())
                   .arg(bg.green())
                   .arg(bg.blue())
                   .arg(bg.alpha());
    }
    return css;
}

QIcon Theme::icon(const QString &name, const QColor &color)
{
    initKakiyoResources();
    const QColor tint = color.isValid() ? color : QGuiApplication::palette().color(QPalette::Text);
    const QString cacheKey = name + tint.name();
    static QHash<QString, QIcon> cache;
    const auto it = cache.constFind(cacheKey);
    if (it != cache.constEnd())
        return *it;
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("currentColor", tint.name().toLatin1());
    // Drawn at the size a view asks for, when it asks: nothing is rendered up front.
    const QIcon icon(new TintedSvgIconEngine(std::move(svg)));
    cache.insert(cacheKey, icon);
    return icon;
}

void Theme::styleListTable(QTableView *table, int sortColumn)
{
    table->setSortingEnabled(true);
    table->sortByColumn(sortColumn, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
}

void Theme::showMessage(QLabel *label, const QString &text, bool problem)
{
    QPalette p = label->palette();
    const QWidget *parent = label->parentWidget();
    p.setColor(QPalette::WindowText,
        problem
            ? danger()
            : (parent ? parent->palette() : QApplication::palette()).color(QPalette::WindowText));
    label->setPalette(p);
    label->setText(text);
}

} // namespace kakiyo
