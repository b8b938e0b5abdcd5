// Keeps the look on the system's light or dark scheme while the app runs, not only at start
// (Theme::Scheme::System). Qt 6.4 has no colour-scheme signal (QStyleHints::colorScheme came in
// 6.5), so the application's events are watched instead:
// - QEvent::ThemeChange: the platform theme changed (the desktop switched to dark): its palette
//   is read again (the application palette reset to the platform's for a moment) and followed;
// - QEvent::ApplicationPaletteChange with a palette Theme did not set (a platform plugin, a
//   desktop tool, a test setting the palette): that palette is what the system now says.
// Either way Theme applies its own light or dark palette again, and every widget that draws with
// Theme's colours (charts, tiles, status chips, the workspace marker) re-themes on the
// PaletteChange that follows.
#pragma once

#include <QObject>
#include <QTimer>

class QApplication;

namespace kakiyo {

class SystemThemeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemThemeWatcher)

public:
    explicit SystemThemeWatcher(QApplication *app); // owned by app
    int followed() const { return m_followed; } // how many system changes were followed

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void readPlatform();
    void follow(const QPalette &system);

    QApplication *m_app;
    QTimer m_themeChanged; // ThemeChange reaches every window: one look per burst
    int m_followed = 0;
    bool m_reading = false; // readPlatform() is resetting the palette
};

} // namespace kakiyo
