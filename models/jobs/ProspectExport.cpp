#include "models/jobs/ProspectExport.h"

#include "models/ProspectColumns.h"
#include "models/api/Connection.h"
#include "models/api/ProspectsApi.h"

#include <QEventLoop>
#include <QSaveFile>
#include <algorithm>

namespace kakiyo {

ProspectExport::ProspectExport(Connection *session, QObject *parent)
    : QObject(parent)
    , m_connection(session)
    , m_api(std::make_unique<ProspectsApi>(session))
{
}

ProspectExport::~ProspectExport() = default;

int ProspectExport::callsFor(qint64 total, qint64 limit)
{
    const qint64 rows = limit >= 0 ? std::min(limit, total) : total;
    return rows <= 0 ? 1 : int((rows + kPageSize - 1) / kPageSize);
}

void ProspectExport::start(const ProspectSearchQuery &filter, const QString &fileName, qint64 limit)
{
    cancel();
    m_outcome = {};
    m_filter = filter;
    m_limit = limit;
    m_toWrite = 0;
    m_file = std::make_unique<QSaveFile>(fileName);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_running = true;
        fail(tr("Cannot write %1: %2").arg(fileName, m_file->errorString()));
        return;
    }
    m_file->write(ProspectColumns::csvHeader().toUtf8());
    m_running = true;
    m_owner = new QObject(this);
    askPage(0);
}

void ProspectExport::cancel()
{
    if (!m_running)
        return;
    delete m_owner; // drops the queued call
    m_owner = nullptr;
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    m_running = false;
}

void ProspectExport::fail(const QString &message)
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    delete m_owner;
    m_owner = nullptr;
    m_running = false;
    m_outcome.ok = false;
    m_outcome.error = message;
    emit finished(m_outcome);
}

void ProspectExport::askPage(int page)
{
    ProspectSearchQuery q = m_filter;
    q.offset = qint64(page) * kPageSize;
    q.limit = kPageSize;
    if (m_limit >= 0 && page == 0 && m_limit < kPageSize && m_limit > 0)
        q.limit = int(m_limit);
    ReadOptions options;
    options.priority = Priority::Interactive;
    // An export reads what the server has now (and the call count stays exact).
    options.cache = ApiRequest::CacheMode::NetworkOnly;
    ++m_outcome.calls;
    m_api->search(
        q, m_owner,
        [this, page](const Result<SearchPage> &r) {
            if (!m_running)
                return;
            if (!r.ok()) {
                fail(r.error.userMessage());
                return;
            }
            if (page == 0) {
                m_outcome.total = r.value.total;
                m_toWrite = m_limit >= 0 ? std::min(m_limit, r.value.total) : r.value.total;
            }
            QByteArray chunk;
            for (const ProspectSearchItem &item : r.value.items) {
                if (m_outcome.rows >= m_toWrite)
                    break;
                chunk += ProspectColumns::csvRow(item).toUtf8();
                ++m_outcome.rows;
            }
            if (m_file->write(chunk) != chunk.size()) {
                fail(tr("Cannot write the file: %1").arg(m_file->errorString()));
                return;
            }
            emit progress(m_outcome.rows, m_toWrite);
            const int pages = callsFor(m_toWrite);
            // A short page before the end means the result shrank meanwhile: stop there.
            const bool shortPage = r.value.items.size() < kPageSize;
            if (page + 1 < pages && m_outcome.rows < m_toWrite && !shortPage) {
                askPage(page + 1);
                return;
            }
            if (!m_file->commit()) {
                fail(tr("Cannot save the file: %1").arg(m_file->errorString()));
                return;
            }
            m_file.reset();
            delete m_owner;
            m_owner = nullptr;
            m_running = false;
            m_outcome.ok = true;
            emit finished(m_outcome);
        },
        options);
}

ProspectExport::Outcome ProspectExport::run(Connection *session, const ProspectSearchQuery &filter,
    const QString &fileName, qint64 limit, const std::function<void(qint64, qint64)> &progress)
{
    ProspectExport job(session);
    Outcome out;
    QEventLoop loop;
    if (progress)
        QObject::connect(&job, &ProspectExport::progress, &job, progress);
    QObject::connect(&job, &ProspectExport::finished, &loop, [&](const Outcome &o) {
        out = o;
        loop.quit();
    });
    job.start(filter, fileName, limit);
    if (job.isRunning())
        loop.exec();
    return out;
}

ProspectExport::Outcome ProspectExport::writeRows(
    const QList<ProspectSearchItem> &rows, const QString &fileName)
{
    Outcome out;
    out.total = rows.size();
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        out.error = QObject::tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return out;
    }
    QByteArray data = ProspectColumns::csvHeader().toUtf8();
    for (const ProspectSearchItem &item : rows)
        data += ProspectColumns::csvRow(item).toUtf8();
    file.write(data);
    if (!file.commit()) {
        out.error = QObject::tr("Cannot save %1: %2").arg(fileName, file.errorString());
        return out;
    }
    out.ok = true;
    out.rows = rows.size();
    return out;
}

} // namespace kakiyo
