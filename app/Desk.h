// The composition root of the window app: builds the object graph once (API session and cache,
// pages, main window), starts the demo sandbox when asked, reconnects at start-up to the chosen
// profile whose key is in the key store (read asynchronously: the window is up meanwhile), wires
// the session's errors to the banner area and the scheduler's state and today's usage to the
// status bar, and applies the current workspace to the cache partition and the markers.
#pragma once

#include "app/LaunchOptions.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <memory>

class QTemporaryDir;

namespace kakiyo {

class Connection;
class Cache;
class DemoSandbox;
class ImportWizard;
class KeyManagerDialog;
class KeyStore;
class LiveDesk;
class MainWindow;
class Profiles;
class CurrentWorkspace;
struct ApiError;

class Desk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Desk)

public:
    // cacheDirectory empty = the platform cache folder.
    explicit Desk(const LaunchOptions &options, const QString &cacheDirectory = {},
        QObject *parent = nullptr);
    ~Desk() override;

    // Builds and shows the window (welcome page, or connects when told how); starts the demo if
    // asked. show=false builds without showing (tests, benchmark).
    void start(bool show = true);
    void startDemo();
    // Connects the pages to an API (key kept in memory only) and leaves the welcome page.
    void openSession(const QUrl &baseUrl, const QString &apiKey, const QString &profileName,
        const QString &profileId);

    // The key manager (welcome page's "Connect", "Manage keys", a banner's "Re-enter key"): a
    // verified and saved key connects the session to that profile.
    void openKeyManager();
    // The lead-import wizard on this session (campaign and file preselected when given); null
    // while no session is open.
    ImportWizard *openImport(const QString &campaignId = {}, const QString &path = {});
    KeyManagerDialog *keyManager() const;

    // Tests: the key store to use instead of the OS keychain (before start()).
    void setKeyStore(std::unique_ptr<KeyStore> store);
    // The workspace the window works in (switchers, markers and the cache partition follow it).
    CurrentWorkspace *workspace() const { return m_workspace.get(); }
    QString profileId() const { return m_profileId; }
    // True while the stored key of the start-up profile is being read.
    bool isReconnecting() const { return m_reconnecting; }

    MainWindow *window() const { return m_window.get(); }
    DemoSandbox *demo() const { return m_demo.get(); }
    LiveDesk *live() const { return m_live.get(); } // null until the first connection
    Connection *connection() const { return m_connection.get(); }
    bool isConnected() const { return m_connected; }

    static QUrl defaultBaseUrl();

signals:
    void connected();
    void connectionFailed(const QString &message);

private:
    void reconnect();
    void runStartAction();
    void applyWorkspace(const QString &id, const QString &name);
    void installPages();
    void addDeskCommands(); // the window-wide commands that are not a page's own
    void showError(const ApiError &error);
    void updateStatus();

    LaunchOptions m_options;
    QString m_cacheDirectory;
    std::unique_ptr<QTemporaryDir> m_demoCacheDir;
    std::unique_ptr<DemoSandbox> m_demo;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Profiles> m_profiles; // created with the key manager
    std::unique_ptr<KeyStore> m_keyStore;
    std::unique_ptr<CurrentWorkspace> m_workspace;
    std::unique_ptr<LiveDesk> m_live; // alerts and auto-refresh of the connected profile
    QPointer<KeyManagerDialog> m_keyManager;
    QString m_profileName;
    QString m_profileId;
    bool m_connected = false;
    bool m_reconnecting = false;
    bool m_settingProfile = false;
    // Pages built before a workspace switch: each asks again when it is next shown, so none
    // keeps showing the previous workspace's rows.
    QSet<int> m_staleForWorkspace;
};

} // namespace kakiyo
