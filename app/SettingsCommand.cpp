#include "app/SettingsCommand.h"

#include "ui/settings/SettingsDialog.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QPointer>

namespace kakiyo {

namespace {

bool &restartFlag()
{
    static bool requested = false;
    return requested;
}

} // namespace

QAction *SettingsCommand::install(MainWindow *window)
{
    auto *action = new QAction(tr("Settings…"), window);
    action->setObjectName(QStringLiteral("openSettings"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QObject::connect(action, &QAction::triggered, window, [window] {
        auto *existing = window->findChild<SettingsDialog *>();
        if (existing) {
            existing->raise();
            existing->activateWindow();
            return;
        }
        auto *dialog = new SettingsDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &SettingsDialog::restartRequested, window, [window, dialog] {
            dialog->close();
            if (window->close()) {
                restartFlag() = true;
                QCoreApplication::quit();
            }
        });
        dialog->open();
    });
    window->addCommand(action);
    return action;
}

bool SettingsCommand::restartRequested()
{
    return restartFlag();
}

} // namespace kakiyo
