#include "models/jobs/ImportWatch.h"

#include "models/api/Connection.h"
#include "models/api/ProspectsApi.h"

namespace kakiyo {

ImportWatch::ImportWatch(Connection *session, QObject *parent)
    : QObject(parent)
    , m_api(std::make_unique<ProspectsApi>(session))
{
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &ImportWatch::ask);
}

ImportWatch::~ImportWatch() = default;

void ImportWatch::start(const QString &listId, int intervalMs, int deadlineMs)
{
    stop();
    m_listId = listId;
    m_intervalMs = std::max(0, intervalMs);
    m_deadlineMs = std::max(0, deadlineMs);
    m_last = {};
    m_calls = 0;
    m_running = true;
    m_owner = new QObject(this);
    m_since.start();
    ask();
}

void ImportWatch::stop()
{
    m_next.stop();
    delete m_owner; // drops a status call in flight
    m_owner = nullptr;
    m_running = false;
}

void ImportWatch::end(End how, const ApiError &error)
{
    m_next.stop();
    if (m_owner)
        m_owner->deleteLater(); // may run inside one of its calls' callbacks
    m_owner = nullptr;
    m_running = false;
    emit finished(how, m_last, error);
}

void ImportWatch::ask()
{
    if (!m_running)
        return;
    ++m_calls;
    // Import progress is never cached (ProspectsApi's default for this call).
    m_api->importStatus(m_listId, m_owner, [this](const Result<ImportStatus> &r) {
        if (!m_running)
            return;
        if (!r.ok())
            return end(End::Failed, r.error);
        m_last = r.value;
        emit progress(m_last);
        if (m_last.isFinished())
            return end(End::Finished);
        if (m_since.elapsed() + m_intervalMs > m_deadlineMs)
            return end(End::Deadline);
        m_next.start(m_intervalMs);
    });
}

} // namespace kakiyo
