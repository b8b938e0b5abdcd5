// A keychain that does not work on this machine (locked, no Secret Service, ...): every call
// answers Unavailable with `message`, asynchronously like the real one. Counts the calls made.
#pragma once

#include "models/store/KeyStore.h"

#include <QMetaObject>
#include <utility>

namespace kakiyo::test {

class UnavailableKeyStore final : public KeyStore
{
public:
    explicit UnavailableKeyStore(QString message = QStringLiteral("no keychain service"))
        : m_message(std::move(message))
    {
    }

    void save(const QString &, const ApiKey &, QObject *context, Callback done) override
    {
        ++saves;
        fail(context, std::move(done));
    }
    void load(const QString &, QObject *context, Callback done) override
    {
        ++loads;
        fail(context, std::move(done));
    }
    void remove(const QString &, QObject *context, Callback done) override
    {
        fail(context, std::move(done));
    }
    bool isPersistent() const override { return true; }

    int saves = 0;
    int loads = 0;

private:
    void fail(QObject *context, Callback done) const
    {
        QMetaObject::invokeMethod(
            context,
            [done, message = m_message] {
                KeyStoreResult r;
                r.status = KeyStoreResult::Status::Unavailable;
                r.message = message;
                done(r);
            },
            Qt::QueuedConnection);
    }

    QString m_message;
};

} // namespace kakiyo::test
