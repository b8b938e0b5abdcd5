// Where a profile's API key is kept between sessions. KeychainKeyStore uses the OS keychain;
// MemoryKeyStore keeps keys for this session only (the fallback when the keychain is unavailable,
// and the store tests and the demo use). Every operation is asynchronous and answers exactly once
// through its callback, unless the given context object was destroyed first.
#pragma once

#include "models/store/ApiKey.h"
#include "models/store/KeyStoreResult.h"

#include <QObject>
#include <functional>

namespace kakiyo {

class KeyStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const KeyStoreResult &)>;

    explicit KeyStore(QObject *parent = nullptr);

    // Keychain naming: one entry per profile, and the entry name itself is unique because some
    // backends (Windows) ignore the service name.
    static QString service(); // "kakiyo-desk"
    static QString entryName(const QString &profileId); // "kakiyo-desk/<profile-id>"

    // Stores (or replaces) a well-formed key; a malformed one answers Invalid and stores nothing.
    virtual void save(const QString &profileId, const ApiKey &key, QObject *context, Callback done)
        = 0;
    // Ok with the key, NotFound when none is stored yet, Unavailable otherwise.
    virtual void load(const QString &profileId, QObject *context, Callback done) = 0;
    // Ok when no key is stored afterwards (also when there was none).
    virtual void remove(const QString &profileId, QObject *context, Callback done) = 0;
    // False for a store that forgets everything when the app quits.
    virtual bool isPersistent() const = 0;

    // Whether this store really works here: writes, reads back and deletes a throw-away entry.
    // Ok, or Unavailable with the reason. (QtKeychain 0.13 has no availability check.)
    void probe(QObject *context, Callback done);

protected:
    // Calls done(result) unless a context was given and has been destroyed since.
    static Callback guarded(QObject *context, Callback done);
};

} // namespace kakiyo
