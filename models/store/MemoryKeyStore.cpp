#include "models/store/MemoryKeyStore.h"

namespace kakiyo {

MemoryKeyStore::MemoryKeyStore(QObject *parent)
    : KeyStore(parent)
{
}

QString MemoryKeyStore::sessionOnlyWarning()
{
    return tr("Secure storage is not available, so the API key is kept in memory for this session "
              "only. You will need to enter it again next time.");
}

void MemoryKeyStore::answer(Callback done, const KeyStoreResult &result)
{
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}

void MemoryKeyStore::save(
    const QString &profileId, const ApiKey &key, QObject *context, Callback done)
{
    if (!key.isWellFormed()) {
        answer(guarded(context, std::move(done)),
            {KeyStoreResult::Status::Invalid, {}, key.problem()});
        return;
    }
    m_keys.insert(profileId, key);
    answer(guarded(context, std::move(done)), {KeyStoreResult::Status::Ok, {}, {}});
}

void MemoryKeyStore::load(const QString &profileId, QObject *context, Callback done)
{
    const auto it = m_keys.constFind(profileId);
    if (it == m_keys.constEnd()) {
        answer(guarded(context, std::move(done)),
            {KeyStoreResult::Status::NotFound, {},
                tr("No API key is stored for this profile yet.")});
        return;
    }
    answer(guarded(context, std::move(done)), {KeyStoreResult::Status::Ok, *it, {}});
}

void MemoryKeyStore::remove(const QString &profileId, QObject *context, Callback done)
{
    m_keys.remove(profileId);
    answer(guarded(context, std::move(done)), {KeyStoreResult::Status::Ok, {}, {}});
}

} // namespace kakiyo
