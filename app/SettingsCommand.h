// "Settings…" (Ctrl+,) in the window's commands: opens the settings dialog; its "Restart now"
// closes the window (each page may still ask about unsaved work) and starts Kakiyo Desk again
// with the same command line once the event loop has ended (see main()).
#pragma once

#include <QCoreApplication>

class QAction;

namespace kakiyo {

class MainWindow;

class SettingsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommand)

public:
    static QAction *install(MainWindow *window);
    // True once the user asked for a restart and the window closed.
    static bool restartRequested();
};

} // namespace kakiyo
