#include "models/store/KeychainKeyStore.h"

#include <qt6keychain/keychain.h>

namespace kakiyo {

namespace {

// Headless Linux without a keyring reports OtherError or AccessDenied rather than
// NoBackendAvailable, so everything but "not found" means "unavailable or locked".
KeyStoreResult resultOf(const QKeychain::Job &job)
{
    KeyStoreResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = KeyStoreResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = KeyStoreResult::Status::NotFound;
        result.message = KeyStore::tr("No API key is stored for this profile yet.");
        break;
    default:
        result.status = KeyStoreResult::Status::Unavailable;
        result.message = KeyStore::tr("Secure storage is unavailable or locked: %1")
                             .arg(job.errorString().isEmpty() ? KeyStore::tr("unknown error")
                                                              : job.errorString());
        break;
    }
    return result;
}

template<typename JobType> JobType *newJob(const QString &profileId)
{
    // No parent: a job must outlive a store destroyed while libsecret still works on it (deleting
    // a pending job crashes in the backend's callback). It deletes itself once finished, and the
    // store's connections use the store as context, so a late answer reaches nobody.
    auto *job = new JobType(KeyStore::service(), nullptr);
    job->setAutoDelete(true); // deleteLater() after finished
    job->setInsecureFallback(false); // never a plaintext copy in a settings file
    job->setKey(KeyStore::entryName(profileId));
    return job;
}

} // namespace

KeychainKeyStore::KeychainKeyStore(QObject *parent)
    : KeyStore(parent)
{
}

void KeychainKeyStore::save(
    const QString &profileId, const ApiKey &key, QObject *context, Callback done)
{
    Callback finish = guarded(context, std::move(done));
    if (!key.isWellFormed()) {
        // Answer asynchronously like every other outcome.
        const KeyStoreResult invalid {KeyStoreResult::Status::Invalid, {}, key.problem()};
        QMetaObject::invokeMethod(
            this, [finish, invalid] { finish(invalid); }, Qt::QueuedConnection);
        return;
    }
    auto *job = newJob<QKeychain::WritePasswordJob>(profileId);
    job->setTextData(key.text());
    // Connected before start(); the error is read only here.
    connect(job, &QKeychain::Job::finished, this,
        [finish](QKeychain::Job *finished) { finish(resultOf(*finished)); });
    job->start();
}

void KeychainKeyStore::load(const QString &profileId, QObject *context, Callback done)
{
    Callback finish = guarded(context, std::move(done));
    auto *job = newJob<QKeychain::ReadPasswordJob>(profileId);
    connect(job, &QKeychain::Job::finished, this, [finish](QKeychain::Job *finished) {
        KeyStoreResult result = resultOf(*finished);
        if (result.ok())
            result.key = ApiKey(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
        finish(result);
    });
    job->start();
}

void KeychainKeyStore::remove(const QString &profileId, QObject *context, Callback done)
{
    Callback finish = guarded(context, std::move(done));
    auto *job = newJob<QKeychain::DeletePasswordJob>(profileId);
    connect(job, &QKeychain::Job::finished, this, [finish](QKeychain::Job *finished) {
        KeyStoreResult result = resultOf(*finished);
        if (result.status == KeyStoreResult::Status::NotFound) // nothing stored: that is the goal
            result = KeyStoreResult {KeyStoreResult::Status::Ok, {}, {}};
        finish(result);
    });
    job->start();
}

} // namespace kakiyo
