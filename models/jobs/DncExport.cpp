#include "models/jobs/DncExport.h"

#include "models/api/Connection.h"
#include "models/api/DncApi.h"
#include "models/import/LinkedinUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

namespace kakiyo {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray csvLine(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped << csvField(f);
    return escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace

DncExport::DncExport(Connection *session, QObject *parent)
    : QObject(parent)
    , m_api(std::make_unique<DncApi>(session))
{
}

DncExport::~DncExport() = default;

QByteArray DncExport::csv(const QList<DncEntry> &entries)
{
    QByteArray out = csvLine({QStringLiteral("linkedin_url"), QStringLiteral("username"),
        QStringLiteral("added"), QStringLiteral("id")});
    for (const DncEntry &e : entries) {
        // The server stores the canonical form; normalise anyway so the import always matches.
        const QString canonical = LinkedinUrl::normalised(e.url);
        const QString url = canonical.isEmpty() ? e.url : canonical;
        const QString slug = url.section(QLatin1Char('/'), -1);
        out += csvLine({url, slug, e.createdAt.toUTC().toString(Qt::ISODateWithMs), e.id});
    }
    return out;
}

DncExport::Outcome DncExport::write(const QList<DncEntry> &entries, const QString &fileName)
{
    Outcome o;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        o.error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return o;
    }
    const QByteArray bytes = csv(entries);
    // A short write (a full disk) makes commit() fail; the temporary file is then removed.
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        o.error = tr("Cannot save %1: %2. Nothing was written.").arg(fileName, reason);
        return o;
    }
    o.ok = true;
    o.rows = entries.size();
    return o;
}

void DncExport::start(const QString &fileName)
{
    cancel();
    m_fileName = fileName;
    m_entries.clear();
    m_seen.clear();
    m_calls = 0;
    m_running = true;
    m_owner = new QObject(this);
    // A folder that does not exist is said before any call is spent.
    const QFileInfo info(fileName);
    if (fileName.isEmpty() || !info.absoluteDir().exists()) {
        Outcome o;
        o.error = tr("Cannot write %1: the folder does not exist.").arg(fileName);
        QTimer::singleShot(0, m_owner, [this, o] { finish(o); });
        return;
    }
    askPage(0);
}

void DncExport::cancel()
{
    if (!m_running)
        return;
    delete m_owner; // drops the queued call and its answer
    m_owner = nullptr;
    m_running = false;
}

void DncExport::finish(const Outcome &outcome)
{
    if (m_owner)
        m_owner->deleteLater(); // this runs inside one of its calls' callbacks
    m_owner = nullptr;
    m_running = false;
    emit finished(outcome);
}

void DncExport::askPage(qint64 offset)
{
    DncListQuery query;
    query.limit = kPageSize;
    query.offset = offset;
    ReadOptions options;
    // An export reads what the server holds now; the fresh pages also refresh the cache the
    // page's list shows.
    options.cache = ApiRequest::CacheMode::Refresh;
    ++m_calls;
    m_api->list(
        query, m_owner,
        [this, offset](const Result<DncListPage> &r) {
            if (!m_running)
                return;
            Outcome o;
            o.calls = m_calls;
            if (!r.ok()) {
                o.error = r.error.userMessage();
                finish(o);
                return;
            }
            for (const DncEntry &e : r.value.entries) {
                const QString key = e.id.isEmpty() ? e.url : e.id;
                if (m_seen.contains(key)) {
                    o.error = tr("Kakiyo sent the entry %1 twice; the export stopped and "
                                 "nothing was written.")
                                  .arg(e.url);
                    finish(o);
                    return;
                }
                m_seen.insert(key);
                m_entries.append(e);
            }
            emit progress(m_entries.size());
            if (r.value.hasMore() && r.value.served > 0) {
                askPage(offset + r.value.served);
                return;
            }
            o = write(m_entries, m_fileName);
            o.calls = m_calls;
            finish(o);
        },
        options);
}

} // namespace kakiyo
