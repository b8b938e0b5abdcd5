#include "models/store/KeyStore.h"

#include <QPointer>
#include <QRandomGenerator>

namespace kakiyo {

KeyStore::KeyStore(QObject *parent)
    : QObject(parent)
{
}

QString KeyStore::service()
{
    return QStringLiteral("kakiyo-desk");
}

QString KeyStore::entryName(const QString &profileId)
{
    return service() + QLatin1Char('/') + profileId;
}

KeyStore::Callback KeyStore::guarded(QObject *context, Callback done)
{
    if (!context)
        return done;
    return [guard = QPointer<QObject>(context), done = std::move(done)](const KeyStoreResult &r) {
        if (guard && done)
            done(r);
    };
}

void KeyStore::probe(QObject *context, Callback done)
{
    // A random, well-formed throw-away value under an id no profile uses.
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString value;
    for (int i = 0; i < ApiKey::Length; ++i)
        value
            += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]);
    const ApiKey sample(value);
    const QString id = QStringLiteral("probe-%1")
                           .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));

    Callback finish = guarded(context, std::move(done));
    QPointer<KeyStore> self(this);
    save(id, sample, this, [self, id, sample, finish](const KeyStoreResult &saved) {
        if (!saved.ok()) {
            finish(saved);
            return;
        }
        self->load(id, self, [self, id, sample, finish](const KeyStoreResult &loaded) {
            KeyStoreResult verdict = loaded;
            if (loaded.ok() && loaded.key != sample) {
                verdict.status = KeyStoreResult::Status::Unavailable;
                verdict.message
                    = tr("Secure storage gave back something other than what was stored.");
            } else if (loaded.status == KeyStoreResult::Status::NotFound) {
                verdict.status = KeyStoreResult::Status::Unavailable;
                verdict.message = tr("Secure storage did not keep a test entry.");
            }
            verdict.key = ApiKey();
            self->remove(id, self, [verdict, finish](const KeyStoreResult &removed) {
                finish(verdict.ok() ? removed : verdict);
            });
        });
    });
}

} // namespace kakiyo
