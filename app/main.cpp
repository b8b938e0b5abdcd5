// kakiyo-desk: the window app, or a headless subcommand (key, export, import).
#include "app/Desk.h"
#include "app/ExportCommand.h"
#include "app/ImportCommand.h"
#include "app/KeyCommand.h"
#include "app/LaunchOptions.h"
#include "app/ShutdownSignals.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QCoreApplication>
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
    default:
        return 2;
    }
}

int runGui(QApplication &app, const LaunchOptions &options)
{
    Theme::apply(&app);
    ShutdownSignals signalsToQuit;
    Desk desk(options);
    desk.start();
    return QApplication::exec();
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
    // Parsed before any QApplication exists, so --help and mistakes need no display.
    const LaunchOptions options = LaunchOptions::parse(rawArguments(argc, argv));
    if (!options.isValid()) {
        QTextStream(stderr) << "kakiyo-desk: " << options.error << "\n\n" << LaunchOptions::usage();
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
    try {
        if (options.isHeadless()) {
            // Charts render through QtWidgets/QtCharts, so export needs a QApplication; with no
            // display it runs offscreen (decided before the application is constructed).
            std::unique_ptr<QCoreApplication> app;
            if (options.command == LaunchOptions::Command::Export) {
                if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
                    && qEnvironmentVariableIsEmpty("DISPLAY")
                    && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
                    qputenv("QT_QPA_PLATFORM", "offscreen");
                app = std::make_unique<QApplication>(argc, argv);
            } else {
                app = std::make_unique<QCoreApplication>(argc, argv);
            }
            ShutdownSignals signalsToQuit;
            return runHeadless(options);
        }
        QApplication app(argc, argv);
        return runGui(app, options);
    } catch (const std::exception &e) {
        // Destructors have run by now (the demo server is stopped); say what happened.
        QTextStream(stderr) << "kakiyo-desk: unexpected error: " << e.what() << "\n";
        return 70;
    }
}
