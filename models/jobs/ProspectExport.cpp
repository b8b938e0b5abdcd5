#include "models/jobs/ProspectExport.h"

#include "models/ProspectColumns.h"
#include "models/api/Connection.h"
#include "models/api/ProspectsApi.h"

#include <QEventLoop>
#include <QSaveFile>
#include <algorithm>
#include <climits>

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
    m_firstPage = true;
    m_seen.clear();
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
    m_outcome.written = false;
    m_outcome.error = message;
    emit finished(m_outcome);
}

void ProspectExport::complete(const QString &problem)
{
    if (!m_file->commit()) {
        fail(tr("Cannot save the file: %1").arg(m_file->errorString()));
        return;
    }
    m_file.reset();
    m_owner->deleteLater(); // this runs inside one of its calls' callbacks
    m_owner = nullptr;
    m_running = false;
    m_outcome.written = true;
    m_outcome.ok = problem.isEmpty();
    if (!problem.isEmpty())
        m_outcome.error = tr("Kakiyo's answers contradict each other: %1. The export stopped "
                             "there; the %n row(s) it sent were saved.",
            nullptr, int(std::min<qint64>(m_outcome.rows, INT_MAX)))
                              .arg(problem);
    emit finished(m_outcome);
}

void ProspectExport::askPage(qint64 offset)
{
    ProspectSearchQuery q = m_filter;
    q.offset = offset;
    q.limit = kPageSize;
    if (m_limit > 0)
        q.limit = int(std::clamp<qint64>(m_limit - m_outcome.rows, 1, kPageSize));
    ReadOptions options;
    options.priority = Priority::Interactive;
    // An export reads what the server has now (and the call count stays exact).
    options.cache = ApiRequest::CacheMode::NetworkOnly;
    ++m_outcome.calls;
    m_api->search(
        q, m_owner,
        [this, offset](const Result<SearchPage> &r) {
            if (!m_running)
                return;
            if (!r.ok()) {
                fail(r.error.userMessage());
                return;
            }
            // A client workspace's page asks each of its campaigns (counted once above).
            m_outcome.calls += r.value.callsPerPage - 1;
            onPage(offset, r.value);
        },
        options);
}

void ProspectExport::onPage(qint64 offset, const SearchPage &page)
{
    QString problem;
    if (m_firstPage) {
        m_firstPage = false;
        m_outcome.total = page.total;
        if (page.total < 0)
            problem = tr("it reported a negative total (%1)").arg(page.total);
        else if (page.total > kMaxPlausibleTotal)
            problem = tr("it reported an implausible total (%1)").arg(page.total);
        const bool usable = problem.isEmpty();
        if (m_limit >= 0)
            m_toWrite = usable ? std::min(m_limit, page.total) : m_limit;
        else
            m_toWrite = usable ? page.total : -1;
    }
    // Every row served is written (up to the limit asked for), even from a contradictory page.
    QByteArray chunk;
    int fresh = 0;
    for (const ProspectSearchItem &item : page.items) {
        if (m_limit >= 0 && m_outcome.rows >= m_limit)
            break;
        const QString row = ProspectColumns::csvRow(item);
        if (m_seen.contains(qHash(row)))
            continue;
        m_seen.insert(qHash(row));
        chunk += row.toUtf8();
        ++m_outcome.rows;
        ++fresh;
    }
    if (m_file->write(chunk) != chunk.size()) {
        fail(tr("Cannot write the file: %1").arg(m_file->errorString()));
        return;
    }
    emit progress(m_outcome.rows, m_toWrite >= 0 ? m_toWrite : m_outcome.rows);
    if (!problem.isEmpty())
        return complete(problem);
    if (m_limit >= 0 && m_outcome.rows >= m_limit)
        return complete();
    // The result may grow or shrink between pages: judge by the first total and this page's.
    const bool usable = m_outcome.total >= 0 && m_outcome.total <= kMaxPlausibleTotal
        && page.total >= 0 && page.total <= kMaxPlausibleTotal;
    const qint64 most = std::max(m_outcome.total, page.total);
    const qint64 least = std::min(m_outcome.total, page.total);
    if (page.items.isEmpty()) {
        if (page.hasMore)
            return complete(tr("it said more rows follow offset %1 but sent none").arg(offset));
        if (usable && m_outcome.rows < least)
            return complete(
                tr("it sent no rows after %1 of its total of %2").arg(m_outcome.rows).arg(least));
        return complete();
    }
    if (fresh == 0)
        return complete(tr("it sent the same rows again at offset %1").arg(offset));
    if (usable && m_outcome.rows > most)
        return complete(tr("it sent more rows than its total of %1").arg(most));
    if (page.hasMore) {
        askPage(offset + page.items.size());
        return;
    }
    if (usable && m_outcome.rows < least)
        return complete(tr("it said no more rows follow after %1 of its total of %2")
                            .arg(m_outcome.rows)
                            .arg(least));
    complete();
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
