// kakiyo-desk: the window app, or a headless subcommand (key, export, import).
#include "app/Desk.h"
#include "app/ExportCommand.h"
#include "app/ImportCommand.h"
#include "app/KeyCommand.h"
#include "app/LaunchOptions.h"
#include "app/SettingsCommand.h"
#include "app/ShutdownSignals.h"
#include "app/WatchCommand.h"
#include "ui/settings/UiLanguage.h"
#include "ui/shell/SystemThemeWatcher.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QProcess>
#include <QTextStream>
#include <exception>
#include <memory>

using namespace kakiyo;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kakiyo"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kakiyo.com"));
    QCoreApplication::setApplicationName(QStringLiteral("kakiyo-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAKIYO_VERSION));
    // Wayland compositors match the window to kakiyo-desk.desktop (its icon and actions) by this.
    QGuiApplication::setDesktopFileName(QStringLiteral("kakiyo-desk"));
}

int runHeadless(const LaunchOptions &options)
{
    QTextStream err(stderr);
    switch (options.command) {
    case LaunchOptions::Command::Key:
        return KeyCommand::run(options);
    case LaunchOptions::Command::Export:
        return ExportCommand::run(options);
    case LaunchOptions::Command::Import:
        return runImportCommand(options);
    case LaunchOptions::Command::Watch:
        return WatchCommand::run(options);
    default:
        return 2;
    }
}

int runGui(QApplication &app, const LaunchOptions &options)
{
    Theme::apply(&app);
    new SystemThemeWatcher(&app); // dark or light as the system says, while the app runs
    ShutdownSignals signalsToQuit;
    int status = 0;
    {
        Desk desk(options);
        desk.start();
        status = QApplication::exec();
    }
    // "Restart now" in the settings (a new language): the same command line, once the window
    // and the demo server are gone.
    if (SettingsCommand::restartRequested())
        QProcess::startDetached(
            QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    return status;
}

} // namespace

static QStringList rawArguments(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

int main(int argc, char **argv)
{
    ShutdownSignals::installHandlers();
    setIdentity();
    // A first reading only decides which application object to build: --help and mistakes need
    // no display, the window and export need QApplication.
    const LaunchOptions first = LaunchOptions::parse(rawArguments(argc, argv));
    try {
        std::unique_ptr<QCoreApplication> app;
        if (first.isValid() && first.command == LaunchOptions::Command::Export) {
            // Charts render through QtWidgets/QtCharts, so export needs a QApplication; with no
            // display it runs offscreen (decided before the application is constructed).
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
                && qEnvironmentVariableIsEmpty("DISPLAY")
                && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv);
        } else if (first.isValid() && first.command == LaunchOptions::Command::Gui) {
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        // Translators need the application object; everything printed from here on is in the
        // user's language, so the command line is read again for its messages.
        UiLanguage::install(app.get());
        const LaunchOptions options = LaunchOptions::parse(rawArguments(argc, argv));
        if (!options.isValid()) {
            QTextStream(stderr) << "kakiyo-desk: " << options.error << "\n\n"
                                << LaunchOptions::usage();
            return 2;
        }
        if (options.command == LaunchOptions::Command::Help) {
            QTextStream(stdout) << LaunchOptions::usage();
            return 0;
        }
        if (options.command == LaunchOptions::Command::Version) {
            QTextStream(stdout) << "kakiyo-desk " << KAKIYO_VERSION << "\n";
            return 0;
        }
        if (options.isHeadless()) {
            ShutdownSignals signalsToQuit;
            return runHeadless(options);
        }
        return runGui(static_cast<QApplication &>(*app), options);
    } catch (const std::exception &e) {
        // Destructors have run by now (the demo server is stopped); say what happened.
        QTextStream(stderr) << "kakiyo-desk: unexpected error: " << e.what() << "\n";
        return 70;
    }
}
