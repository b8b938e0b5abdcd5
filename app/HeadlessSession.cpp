#include "app/HeadlessSession.h"

#include "app/CommandWait.h"
#include "app/DemoSandbox.h"
#include "models/api/Connection.h"
#include "models/store/KeychainKeyStore.h"
#include "models/store/Profiles.h"

namespace kakiyo {

HeadlessSession::HeadlessSession() = default;

HeadlessSession::~HeadlessSession()
{
    // The session's pending calls go before the server they talk to.
    m_connection.reset();
    m_demo.reset();
}

std::optional<Profile> HeadlessSession::findProfile(const LaunchOptions &options)
{
    Profiles profiles;
    if (!options.profile.isEmpty())
        return profiles.findByName(options.profile);
    return profiles.current();
}

QUrl HeadlessSession::resolveBaseUrl(
    const LaunchOptions &options, const std::optional<Profile> &profile)
{
    if (!options.baseUrl.isEmpty())
        return options.baseUrl;
    if (profile)
        return profile->baseUrl;
    return Profile::defaultBaseUrl();
}

KeyStoreResult HeadlessSession::wait(
    const std::function<void(QObject *context, KeyStore::Callback done)> &operation, int timeoutMs)
{
    KeyStoreResult out;
    out.status = KeyStoreResult::Status::Unavailable;
    out.message = QStringLiteral("the keychain did not answer within %1 s").arg(timeoutMs / 1000);
    CommandWait wait(timeoutMs);
    QObject context;
    operation(&context, [&](const KeyStoreResult &r) {
        out = r;
        wait.finish();
    });
    if (wait.run() == CommandWait::Outcome::Interrupted)
        out.message = QStringLiteral("interrupted");
    return out;
}

std::unique_ptr<HeadlessSession> HeadlessSession::open(const LaunchOptions &options, QString *error)
{
    std::unique_ptr<HeadlessSession> h(new HeadlessSession);
    QString key;
    if (options.demo) {
        const QString program = DemoSandbox::findProgram();
        if (program.isEmpty()) {
            *error = QStringLiteral("--demo: kakiyo-sandbox was not found beside kakiyo-desk or "
                                    "on PATH");
            return nullptr;
        }
        h->m_demo = std::make_unique<DemoSandbox>();
        h->m_demo->start(program);
        if (!h->m_demo->waitUntilReady()) {
            *error = QStringLiteral("--demo: the demo server did not start: %1")
                         .arg(h->m_demo->errorString());
            return nullptr;
        }
        h->m_baseUrl = h->m_demo->connection().baseUrl;
        h->m_profileName = QStringLiteral("demo");
        h->m_profileId = h->m_profileName;
        key = h->m_demo->connection().apiKey;
    } else {
        const std::optional<Profile> profile = findProfile(options);
        if (!options.profile.isEmpty() && !profile && options.baseUrl.isEmpty()
            && qEnvironmentVariableIsEmpty("KAKIYO_API_KEY")) {
            *error = QStringLiteral("there is no profile named \"%1\" (create it with "
                                    "`kakiyo-desk key set --profile \"%1\"`)")
                         .arg(options.profile);
            return nullptr;
        }
        h->m_baseUrl = resolveBaseUrl(options, profile);
        h->m_profileName = profile
            ? profile->name
            : (options.profile.isEmpty() ? QStringLiteral("default") : options.profile);
        h->m_profileId = profile ? profile->id : h->m_profileName;
        const QString envKey = qEnvironmentVariable("KAKIYO_API_KEY").trimmed();
        if (!envKey.isEmpty()) {
            // Used for this run only, never stored.
            key = envKey;
            h->m_keyFromEnvironment = true;
        } else if (profile) {
            KeychainKeyStore store;
            const QString id = profile->id;
            const KeyStoreResult r = wait([&](QObject *context, KeyStore::Callback done) {
                store.load(id, context, std::move(done));
            });
            if (r.status == KeyStoreResult::Status::NotFound) {
                *error = QStringLiteral("no API key is stored for profile \"%1\"; run "
                                        "`kakiyo-desk key set --profile \"%1\"` or set "
                                        "KAKIYO_API_KEY")
                             .arg(profile->name);
                return nullptr;
            }
            if (!r.ok()) {
                *error = QStringLiteral("the keychain is unavailable (%1); set KAKIYO_API_KEY "
                                        "for this run instead")
                             .arg(r.message);
                return nullptr;
            }
            key = r.key.text();
        } else {
            *error = QStringLiteral("no API key: set KAKIYO_API_KEY, or store one with "
                                    "`kakiyo-desk key set` (it reads the key from standard input)");
            return nullptr;
        }
    }
    ApiError refused;
    h->m_connection = Connection::open(
        {h->m_baseUrl, key, h->m_profileId, nullptr, {}, nullptr, CommandWait::requestTimeoutMs()},
        &refused);
    if (!h->m_connection) {
        *error = refused.userMessage();
        return nullptr;
    }
    return h;
}

} // namespace kakiyo
