// Keys kept in this process only, forgotten when the app quits. The fallback when the keychain is
// unavailable (the app warns with sessionOnlyWarning()), and the store tests and the demo use.
// Answers asynchronously, like the keychain, so callers cannot come to rely on the opposite.
#pragma once

#include "models/store/KeyStore.h"

#include <QHash>

namespace kakiyo {

class MemoryKeyStore final : public KeyStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryKeyStore)

public:
    explicit MemoryKeyStore(QObject *parent = nullptr);

    void save(
        const QString &profileId, const ApiKey &key, QObject *context, Callback done) override;
    void load(const QString &profileId, QObject *context, Callback done) override;
    void remove(const QString &profileId, QObject *context, Callback done) override;
    bool isPersistent() const override { return false; }

    static QString sessionOnlyWarning();

private:
    void answer(Callback done, const KeyStoreResult &result);

    QHash<QString, ApiKey> m_keys;
};

} // namespace kakiyo
