// Shared set-up for the GUI tests: isolated settings, a real kakiyo-sandbox, and the real Desk
// (composition root + MainWindow) connected to it with the key in memory.
#pragma once

#include "app/Desk.h"
#include "common/SandboxProcess.h"
#include "models/api/ApiSession.h"
#include "models/api/RequestScheduler.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Page.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace kakiyo::test {

inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KakiyoTest"));
    // One settings file and data folder per test program: CTest runs two at a time, and a
    // setting one writes (keep running in the tray, an interval) must not reach the other.
    QCoreApplication::setApplicationName(QStringLiteral("kakiyo-desk-gui-test-")
        + QFileInfo(QCoreApplication::applicationFilePath()).baseName());
    QSettings().clear();
    // Alerts, snapshots and seen state of an earlier run would be a "previous session".
    QDir(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/live"))
        .removeRecursively();
    qunsetenv("KAKIYO_API_KEY");
}

struct ConnectedDesk
{
    std::unique_ptr<SandboxProcess> sandbox;
    QTemporaryDir cacheDir;
    std::unique_ptr<Desk> desk;

    // Starts a sandbox with extraArgs and a Desk connected to it. Call QVERIFY(ok) after.
    bool start(const QStringList &extraArgs = {QStringLiteral("--seed"), QStringLiteral("7"),
                   QStringLiteral("--prospects"), QStringLiteral("400"), QStringLiteral("--quiet")},
        bool show = true)
    {
        sandbox = std::make_unique<SandboxProcess>(extraArgs);
        if (!sandbox->start()) {
            qWarning() << "sandbox:" << sandbox->errorString();
            return false;
        }
        desk = std::make_unique<Desk>(LaunchOptions {}, cacheDir.path());
        desk->start(show);
        desk->openSession(
            sandbox->baseUrl(), sandbox->apiKey(), QStringLiteral("Test"), QStringLiteral("test"));
        return desk->isConnected();
    }

    MainWindow *window() const { return desk->window(); }
};

} // namespace kakiyo::test
