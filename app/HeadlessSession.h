// HeadlessSession: the API connection a headless command (key status, export, import) works
// through, resolved from the command line the way the window would: --demo starts a local
// sandbox and uses its key in memory; otherwise --base-url / --profile pick the address and the
// key comes from KAKIYO_API_KEY (used for this run only, never stored) or the profile's keychain
// entry. Not a QObject: it only owns the session (and the demo server) for the command's lifetime.
#pragma once

#include "app/LaunchOptions.h"
#include "models/store/KeyStore.h"
#include "models/store/Profile.h"

#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace kakiyo {

class Connection;
class DemoSandbox;

class HeadlessSession final
{
    Q_DISABLE_COPY_MOVE(HeadlessSession)

public:
    ~HeadlessSession();

    // nullptr and a sentence in *error (never holding the key) when no session can be made.
    static std::unique_ptr<HeadlessSession> open(const LaunchOptions &options, QString *error);

    Connection *connection() { return m_connection.get(); }
    QUrl baseUrl() const { return m_baseUrl; }
    QString profileName() const { return m_profileName; } // "demo" for --demo
    // What per-profile state is kept under (usage, billing choice, alerts and dismissals): the
    // profile's id, as the window keys it; the name only when no stored profile is used.
    QString profileId() const { return m_profileId; }
    bool keyFromEnvironment() const { return m_keyFromEnvironment; }

    // The profile the options name (--profile NAME, case-insensitive), else the current one.
    // nullopt when there is none (yet).
    static std::optional<Profile> findProfile(const LaunchOptions &options);
    // --base-url, else the profile's, else the public API.
    static QUrl resolveBaseUrl(const LaunchOptions &options, const std::optional<Profile> &profile);

    // Runs one key store operation to its answer in a local event loop; Unavailable on timeout.
    static KeyStoreResult wait(
        const std::function<void(QObject *context, KeyStore::Callback done)> &operation,
        int timeoutMs = 20000);

private:
    HeadlessSession();

    std::unique_ptr<DemoSandbox> m_demo;
    std::unique_ptr<Connection> m_connection;
    QUrl m_baseUrl;
    QString m_profileName;
    QString m_profileId;
    bool m_keyFromEnvironment = false;
};

} // namespace kakiyo
