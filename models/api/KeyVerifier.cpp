#include "models/api/KeyVerifier.h"

#include "models/api/AuthApi.h"
#include "models/api/Connection.h"

#include <QTimer>

namespace kakiyo {

KeyVerifier::KeyVerifier(QObject *parent)
    : QObject(parent)
{
}

KeyVerifier::~KeyVerifier() = default;

void KeyVerifier::cancel()
{
    ++m_generation;
    if (m_connection)
        m_connection->cancel(this);
    m_connection.reset();
}

void KeyVerifier::finish(const KeyVerification &result)
{
    m_connection.reset();
    emit finished(result);
}

void KeyVerifier::verify(const QUrl &baseUrl, const ApiKey &key, const QString &profileId)
{
    cancel();
    const quint64 generation = m_generation;
    KeyVerification refused;
    if (!key.isWellFormed()) {
        refused.error = ApiError::make(ApiError::Category::Auth, key.problem());
    } else {
        m_connection = Connection::open(
            {baseUrl, key.text(), profileId, nullptr, {}, nullptr, m_requestDeadlineMs},
            &refused.error);
    }
    if (!m_connection) {
        // Refused before any call: still answered asynchronously, like every other outcome.
        QTimer::singleShot(0, this, [this, generation, refused] {
            if (generation == m_generation)
                emit finished(refused);
        });
        return;
    }
    const QString teamIdPart = key.teamIdPart();
    AuthApi(m_connection.get())
        .verify(this, [this, generation, teamIdPart](const Result<VerifyResult> &r) {
            if (generation != m_generation)
                return;
            KeyVerification out;
            out.ok = r.ok();
            out.error = r.error;
            // Some servers omit the team id; the key's first 20 characters are that id.
            if (out.ok)
                out.teamId = r.value.teamId.isEmpty() ? teamIdPart : r.value.teamId;
            // The connection goes after this handler has returned (it is still on its stack).
            QTimer::singleShot(0, this, [this, generation, out] {
                if (generation != m_generation)
                    return;
                finish(out);
            });
        });
}

} // namespace kakiyo
