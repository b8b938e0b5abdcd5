#include "app/KeyCommand.h"

#include "app/CommandWait.h"
#include "app/HeadlessSession.h"
#include "models/api/KeyVerifier.h"
#include "models/api/StopRequest.h"
#include "models/store/KeychainKeyStore.h"
#include "models/store/Profiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <cstdio>

namespace kakiyo {

namespace {

struct Verified
{
    bool ok = false;
    QString teamId;
    QString error;
};

Verified verify(const QUrl &baseUrl, const ApiKey &key)
{
    Verified out;
    KeyVerifier verifier;
    verifier.setRequestDeadlineMs(CommandWait::requestTimeoutMs());
    const int boundMs = CommandWait::singleCallBoundMs();
    CommandWait wait(boundMs);
    QObject::connect(&verifier, &KeyVerifier::finished, &verifier, [&](const KeyVerification &r) {
        out.ok = r.ok;
        out.teamId = r.teamId;
        if (!r.ok)
            out.error = r.error.httpStatus > 0
                ? QStringLiteral("%1 (HTTP %2)").arg(r.error.userMessage()).arg(r.error.httpStatus)
                : r.error.userMessage();
        wait.finish();
    });
    verifier.verify(baseUrl, key);
    const CommandWait::Outcome waited = wait.run();
    verifier.cancel();
    if (waited == CommandWait::Outcome::TimedOut)
        out.error = QStringLiteral("the API did not answer within %1 s (KAKIYO_TIMEOUT sets the "
                                   "limit)")
                        .arg((boundMs + 999) / 1000);
    else if (waited == CommandWait::Outcome::Interrupted)
        out.error = QStringLiteral("interrupted");
    return out;
}

QString profileNameOf(const LaunchOptions &options, Profiles &profiles)
{
    if (!options.profile.isEmpty())
        return options.profile;
    if (const auto current = profiles.current())
        return current->name;
    return QStringLiteral("default");
}

int setKey(const LaunchOptions &options, QTextStream &out, QTextStream &err)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err << "kakiyo-desk: cannot read standard input\n";
        return 1;
    }
    // A key is 40 characters; anything far longer is not a key (and is not kept around).
    const ApiKey key = ApiKey::fromUserInput(QString::fromUtf8(in.read(4096)));
    if (key.isEmpty()) {
        err << "kakiyo-desk: no key on standard input (pipe it in, e.g. `kakiyo-desk key set < "
               "keyfile`)\n";
        return 1;
    }
    if (!key.isWellFormed()) {
        err << "kakiyo-desk: " << key.problem() << "\n";
        return 1;
    }
    Profiles profiles;
    const QString name = profileNameOf(options, profiles);
    std::optional<Profile> profile = profiles.findByName(name);
    const QUrl baseUrl = HeadlessSession::resolveBaseUrl(options, profile);

    err << "Verifying the key with " << baseUrl.toString() << " …\n";
    err.flush();
    const Verified v = verify(baseUrl, key);
    if (StopRequest::instance()->isRequested()) {
        err << "kakiyo-desk: interrupted; nothing was stored\n";
        return 1;
    }
    if (!v.ok) {
        err << "kakiyo-desk: the key was not accepted: " << v.error << "\n";
        return 1;
    }

    KeychainKeyStore store;
    const KeyStoreResult probe = HeadlessSession::wait(
        [&](QObject *context, KeyStore::Callback done) { store.probe(context, std::move(done)); });
    if (!probe.ok()) {
        err << "kakiyo-desk: the keychain is unavailable (" << probe.message
            << "); nothing was stored. Use KAKIYO_API_KEY for headless runs instead.\n";
        return 1;
    }
    if (!profile) {
        profile = profiles.add(name, baseUrl);
        if (!profile) {
            err << "kakiyo-desk: cannot create profile \"" << name
                << "\": " << profiles.errorString() << "\n";
            return 1;
        }
    } else if (!options.baseUrl.isEmpty() && profile->baseUrl != options.baseUrl) {
        profile->baseUrl = options.baseUrl;
        if (!profiles.update(*profile)) {
            err << "kakiyo-desk: " << profiles.errorString() << "\n";
            return 1;
        }
    }
    if (profiles.currentId().isEmpty())
        profiles.setCurrent(profile->id);
    if (!profiles.sync()) {
        err << "kakiyo-desk: cannot save the profile: " << profiles.errorString() << "\n";
        return 1;
    }
    const QString id = profile->id;
    const KeyStoreResult saved
        = HeadlessSession::wait([&](QObject *context, KeyStore::Callback done) {
              store.save(id, key, context, std::move(done));
          });
    if (!saved.ok()) {
        err << "kakiyo-desk: the key could not be stored in the keychain: " << saved.message
            << "\n";
        return 1;
    }
    out << "Key " << key.redacted() << " verified for team " << v.teamId
        << " and stored in the keychain for profile \"" << profile->name << "\".\n";
    return 0;
}

int status(const LaunchOptions &options, QTextStream &out, QTextStream &err)
{
    Profiles profiles;
    const QString name = profileNameOf(options, profiles);
    const std::optional<Profile> profile = profiles.findByName(name);
    const QUrl baseUrl = HeadlessSession::resolveBaseUrl(options, profile);
    out << "Profile: " << name << (profile ? "" : " (not created yet)") << "\n";
    out << "Base URL: " << baseUrl.toString() << "\n";
    if (!profile) {
        out << "Key: none stored\n";
        return 1;
    }
    KeychainKeyStore store;
    const QString id = profile->id;
    const KeyStoreResult r = HeadlessSession::wait([&](QObject *context, KeyStore::Callback done) {
        store.load(id, context, std::move(done));
    });
    if (r.status == KeyStoreResult::Status::NotFound) {
        out << "Key: none stored\n";
        return 1;
    }
    if (!r.ok()) {
        err << "kakiyo-desk: the keychain is unavailable: " << r.message << "\n";
        return 1;
    }
    out << "Key: " << r.key.redacted() << " (stored in the keychain)\n";
    out.flush();
    const Verified v = verify(baseUrl, r.key);
    if (!v.ok) {
        out << "Verify: failed: " << v.error << "\n";
        return 1;
    }
    out << "Verify: ok (team " << v.teamId << ")\n";
    return 0;
}

int remove(const LaunchOptions &options, QTextStream &out, QTextStream &err)
{
    Profiles profiles;
    const QString name = profileNameOf(options, profiles);
    const std::optional<Profile> profile = profiles.findByName(name);
    if (!profile) {
        out << "Profile \"" << name << "\" does not exist; no key stored.\n";
        return 0;
    }
    KeychainKeyStore store;
    const QString id = profile->id;
    const KeyStoreResult r = HeadlessSession::wait([&](QObject *context, KeyStore::Callback done) {
        store.remove(id, context, std::move(done));
    });
    if (!r.ok()) {
        err << "kakiyo-desk: the key could not be removed: " << r.message << "\n";
        return 1;
    }
    out << "No key is stored for profile \"" << profile->name << "\" any more.\n";
    return 0;
}

} // namespace

int KeyCommand::run(const LaunchOptions &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (options.keyAction) {
    case LaunchOptions::KeyAction::Set:
        return setKey(options, out, err);
    case LaunchOptions::KeyAction::Status:
        return status(options, out, err);
    case LaunchOptions::KeyAction::Remove:
        return remove(options, out, err);
    case LaunchOptions::KeyAction::None:
        break;
    }
    err << "kakiyo-desk: "
        << QCoreApplication::translate("CommandLine", "key: say what to do: set, status or remove")
        << "\n";
    return 2;
}

} // namespace kakiyo
