// API keys in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Store on Windows). One new job per operation; QtKeychain runs jobs one at a time for
// the whole process, so nothing here blocks and nothing waits at start-up. The insecure plaintext
// fallback stays off: without a keychain every operation answers Unavailable with the reason, and
// the app may fall back to MemoryKeyStore for the session.
#pragma once

#include "models/store/KeyStore.h"

namespace kakiyo {

class KeychainKeyStore final : public KeyStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainKeyStore)

public:
    explicit KeychainKeyStore(QObject *parent = nullptr);

    void save(
        const QString &profileId, const ApiKey &key, QObject *context, Callback done) override;
    void load(const QString &profileId, QObject *context, Callback done) override;
    void remove(const QString &profileId, QObject *context, Callback done) override;
    bool isPersistent() const override { return true; }
};

} // namespace kakiyo
