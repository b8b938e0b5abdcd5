#include "models/jobs/ProspectBulkAction.h"

#include "models/api/Connection.h"
#include "models/api/ProspectsApi.h"
#include "models/api/RatePolicy.h"
#include "models/api/RequestScheduler.h"
#include "models/api/UsageMeter.h"

#include <QHash>
#include <algorithm>

namespace kakiyo {

ProspectBulkAction::ProspectBulkAction(
    Connection *session, Kind kind, const QList<Target> &targets, QObject *parent)
    : QObject(parent)
    , m_connection(session)
    , m_api(std::make_unique<ProspectsApi>(session))
    , m_kind(kind)
    , m_targets(targets)
{
}

ProspectBulkAction::~ProspectBulkAction() = default;

QString ProspectBulkAction::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Pause:
        return tr("Pause");
    case Kind::Resume:
        return tr("Resume");
    case Kind::Qualify:
        return tr("Qualify");
    case Kind::Delete:
        return tr("Delete");
    }
    return {};
}

QString ProspectBulkAction::Preview::text() const
{
    const qint64 seconds = (minimumMs + 999) / 1000;
    QString s = tr("%n prospect(s): ", nullptr, rows) + tr("%n call(s)", nullptr, calls);
    if (credits > 0)
        s += tr(", %n credit(s)", nullptr, credits);
    s += seconds > 0 ? tr(", at least %n second(s) under the rate limits", nullptr, int(seconds))
                     : tr(", within the rate limits at once");
    return s;
}

ProspectBulkAction::Preview ProspectBulkAction::preview() const
{
    Preview p;
    p.rows = int(m_targets.size());
    p.calls = m_kind == Kind::Delete ? int((m_targets.size() + 99) / 100) : int(m_targets.size());
    const bool credits = m_connection->usage() && m_connection->usage()->callsCostCredits();
    p.credits = credits ? p.calls : 0;
    const QByteArray method = m_kind == Kind::Delete ? QByteArray("DELETE") : QByteArray("POST");
    const QString path = m_kind == Kind::Delete ? QStringLiteral("/prospects")
        : m_kind == Kind::Pause                 ? QStringLiteral("/prospects/x/pause")
        : m_kind == Kind::Resume                ? QStringLiteral("/prospects/x/resume")
                                                : QStringLiteral("/prospects/x/qualify");
    // The strictest bucket decides: calls beyond its limit wait a whole window each time.
    qint64 worst = 0;
    for (const RatePolicy::Limit &l : m_connection->scheduler()->policy().limitsFor(method, path)) {
        if (l.limit <= 0)
            continue;
        const qint64 windows = (p.calls - 1) / l.limit;
        worst = std::max(worst, windows * l.windowMs);
    }
    p.minimumMs = worst;
    return p;
}

void ProspectBulkAction::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_results.clear();
    m_next = 0;
    emit progress(0, int(m_targets.size()));
    next();
}

void ProspectBulkAction::cancel()
{
    if (m_running)
        m_cancelled = true;
}

void ProspectBulkAction::next()
{
    const int total = int(m_targets.size());
    if (m_cancelled && m_next < total) {
        for (; m_next < total; ++m_next)
            m_results << RowResult {m_targets.at(m_next), false, tr("Cancelled — not sent"), false};
        emit progress(int(m_results.size()), total);
    }
    if (m_next >= total) {
        m_running = false;
        emit finished();
        return;
    }
    if (m_kind == Kind::Delete) {
        const QList<Target> chunk = m_targets.mid(m_next, 100);
        m_next += int(chunk.size());
        BulkDelete request;
        for (const Target &t : chunk)
            request.prospectIds << t.prospectId;
        m_api->removeMany(request, this, [this, chunk, total](const Result<BulkDeleteResult> &r) {
            QHash<QString, BulkDeleteRow> rows;
            if (r.ok()) {
                for (const BulkDeleteRow &row : r.value.results)
                    rows.insert(row.prospectId, row);
            }
            for (const Target &t : chunk) {
                RowResult out {t, false, {}, true};
                if (!r.ok()) {
                    out.message = r.error.userMessage();
                } else if (rows.contains(t.prospectId)) {
                    const BulkDeleteRow &row = rows.value(t.prospectId);
                    out.ok = row.succeeded();
                    out.message = out.ok ? tr("Deleted")
                                         : (row.message.isEmpty() ? row.error : row.message);
                } else {
                    out.message = tr("Not in the server's answer");
                }
                m_results << out;
            }
            emit progress(int(m_results.size()), total);
            next();
        });
        return;
    }
    const Target t = m_targets.at(m_next++);
    auto done = [this, t, total](const Result<Ack> &r) {
        RowResult out {t, r.ok(),
            r.ok() ? (r.value.message.isEmpty() ? tr("Done") : r.value.message)
                   : r.error.userMessage(),
            true};
        m_results << out;
        emit progress(int(m_results.size()), total);
        next();
    };
    switch (m_kind) {
    case Kind::Pause:
        m_api->pause(t.chatId, this, done);
        break;
    case Kind::Resume:
        m_api->resume(t.chatId, this, done);
        break;
    default:
        m_api->qualify(t.chatId, this, done);
        break;
    }
}

} // namespace kakiyo
