#pragma once
// KeyVerifier: the one check of an API key before it is stored or used — the key manager and
// `kakiyo-desk key set` both go through it. A malformed key is refused locally (no call); a
// well-formed one is asked GET /verify on a connection of its own (built by Connection::open, with
// no cache: a check never touches the app's cached answers or its current connection).

#include "models/api/ApiError.h"
#include "models/store/ApiKey.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace kakiyo {

class Connection;

struct KeyVerification
{
    bool ok = false;
    QString teamId; // from the answer, else the key's own team-id part
    ApiError error; // why not (format, address, HTTP, network); never contains the key
};

class KeyVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyVerifier)

public:
    explicit KeyVerifier(QObject *parent = nullptr);
    ~KeyVerifier() override;

    // Starts a check; a running one is dropped without a signal. finished() always follows
    // asynchronously, exactly once, unless cancel() or the verifier's destruction comes first.
    void verify(const QUrl &baseUrl, const ApiKey &key, const QString &profileId = {});
    void cancel();
    // The overall bound of the check's request (0: the client's default).
    void setRequestDeadlineMs(int ms) { m_requestDeadlineMs = ms; }
    bool isRunning() const { return m_connection != nullptr; }

signals:
    void finished(const kakiyo::KeyVerification &result);

private:
    void finish(const KeyVerification &result);

    std::unique_ptr<Connection> m_connection;
    quint64 m_generation = 0;
    int m_requestDeadlineMs = 0;
};

} // namespace kakiyo
