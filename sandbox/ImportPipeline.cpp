#include "sandbox/ImportPipeline.h"

#include "sandbox/LinkedinUrl.h"
#include "sandbox/ProspectVocabulary.h"
#include "sandbox/SandboxState.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTimeZone>
#include <QTimer>

namespace kakiyo::sandbox {

namespace {

// FNV-1a: a stable hash (qHash is seeded per process), so "enrichment" is repeatable.
quint64 stableHash(const QString &text)
{
    quint64 h = 1469598103934665603ull;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}

QString isoAt(qint64 ms)
{
    return SandboxState::iso(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

QJsonValue textOrNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

} // namespace

ImportPipeline::ImportPipeline(SandboxState &state)
    : m_state(state)
{
}

ImportPipeline::~ImportPipeline() = default;

QString ImportPipeline::create(const QString &campaignId, const QList<Row> &rows)
{
    QString listId = m_state.newId();
    const QDateTime now = m_state.now();
    m_state.transaction([&] {
        m_state.run(QStringLiteral("INSERT INTO import_lists (id, campaign_id, total, processed, "
                                   "created_ms, created_at) VALUES (?, ?, ?, 0, ?, ?)"),
            {listId, campaignId, rows.size(), now.toMSecsSinceEpoch(), SandboxState::iso(now)});
        QSqlQuery insert(m_state.db);
        insert.prepare(QStringLiteral("INSERT INTO import_rows (list_id, idx, name, input_url, "
                                      "custom_data, ongoing) VALUES (?, ?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Row &row = rows.at(i);
            insert.addBindValue(listId);
            insert.addBindValue(int(i));
            insert.addBindValue(row.name);
            insert.addBindValue(row.url);
            insert.addBindValue(row.customData.isNull() ? QVariant() : QVariant(row.customData));
            insert.addBindValue(row.ongoing ? 1 : 0);
            if (!insert.exec())
                throw SqlFailure("import row insert failed");
        }
    });
    advance(listId);
    ensureTimer();
    return listId;
}

void ImportPipeline::ensureTimer()
{
    if (!m_timer) {
        m_timer = std::make_unique<QTimer>();
        m_timer->setInterval(std::max(20, m_state.options.importDelayMs / 4));
        QObject::connect(m_timer.get(), &QTimer::timeout, [this] { advanceAll(); });
    }
    if (!m_timer->isActive())
        m_timer->start();
}

void ImportPipeline::resume()
{
    // Lists left unfinished in a persisted database (--db) carry on after a restart.
    if (m_state.exists(QStringLiteral("SELECT 1 FROM import_lists WHERE completed_at IS NULL")))
        ensureTimer();
}

void ImportPipeline::advanceAll()
{
    QStringList open;
    QSqlQuery q
        = m_state.run(QStringLiteral("SELECT id FROM import_lists WHERE completed_at IS NULL"));
    while (q.next())
        open << q.value(0).toString();
    for (const QString &id : open)
        advance(id);
    if (m_timer && open.isEmpty())
        m_timer->stop();
}

void ImportPipeline::advance(const QString &listId)
{
    QSqlQuery q = m_state.run(QStringLiteral("SELECT campaign_id, total, processed, created_ms, "
                                             "completed_at FROM import_lists WHERE id = ?"),
        {listId});
    if (!q.next() || !q.value(4).isNull())
        return;
    const QString campaignId = q.value(0).toString();
    const int total = q.value(1).toInt();
    const int processed = q.value(2).toInt();
    const qint64 created = q.value(3).toLongLong();
    q.finish();

    const qint64 delay = std::max(0, m_state.options.importDelayMs);
    const qint64 nowMs = m_state.now().toMSecsSinceEpoch();
    const qint64 start = created + delay;
    if (nowMs < start)
        return; // still queued
    int target = total;
    if (delay > 0 && total > 0)
        target = int(std::min<qint64>(total, (nowMs - start) * total / delay));
    // Row i finishes at an even share of the processing delay, so timestamps do not depend on
    // when somebody happened to poll.
    auto rowDoneAt
        = [&](int i) { return total > 0 ? start + (qint64(i) + 1) * delay / total : start; };

    m_state.transaction([&] {
        for (int i = processed; i < target; ++i)
            processRow(listId, campaignId, i, rowDoneAt(i));
        const bool done = target >= total;
        m_state.run(QStringLiteral("UPDATE import_lists SET processed = ?, started_at = ?, "
                                   "last_processed_at = ?, completed_at = ? WHERE id = ?"),
            {target, isoAt(start), target > 0 ? QVariant(isoAt(rowDoneAt(target - 1))) : QVariant(),
                done ? QVariant(isoAt(total > 0 ? rowDoneAt(total - 1) : start)) : QVariant(),
                listId});
    });
}

void ImportPipeline::processRow(
    const QString &listId, const QString &campaignId, int index, qint64 atMs)
{
    QSqlQuery rowQuery
        = m_state.run(QStringLiteral("SELECT name, input_url, custom_data, ongoing "
                                     "FROM import_rows WHERE list_id = ? AND idx = ?"),
            {listId, index});
    if (!rowQuery.next())
        return;
    const QString name = rowQuery.value(0).toString().trimmed();
    const QString inputUrl = rowQuery.value(1).toString();
    const QString customData = rowQuery.value(2).toString();
    const bool ongoing = rowQuery.value(3).toBool();
    rowQuery.finish();

    auto finish = [&](const QString &status, const QVariant &slug, const QVariant &prospectId,
                      const QVariant &chatId, const QString &message, bool chatCreated,
                      bool customSaved) {
        m_state.run(QStringLiteral("UPDATE import_rows SET status = ?, linkedin_slug = ?, "
                                   "prospect_id = ?, chat_id = ?, message = ?, chat_created = ?, "
                                   "custom_data_saved = ? WHERE list_id = ? AND idx = ?"),
            {status, slug, prospectId, chatId, message, chatCreated ? 1 : 0, customSaved ? 1 : 0,
                listId, index});
    };

    const std::optional<QString> url = LinkedinUrl::normalise(inputUrl);
    if (!url || name.isEmpty()) {
        finish(QStringLiteral("invalid"), QVariant(), QVariant(), QVariant(),
            url ? QStringLiteral("Prospect name is empty")
                : QStringLiteral("Invalid LinkedIn profile URL"),
            false, false);
        return;
    }
    const QString slug = LinkedinUrl::slugOf(*url);
    if (m_state.exists(QStringLiteral("SELECT 1 FROM dnc WHERE team_id = ? AND url = ?"),
            {m_state.teamId, *url})) {
        finish(QStringLiteral("skipped_dnc"), slug, QVariant(), QVariant(),
            QStringLiteral("Prospect is on the Do Not Contact list"), false, false);
        return;
    }
    const QVariant existingProspect
        = m_state.scalar(QStringLiteral("SELECT id FROM prospects WHERE url = ?"), {*url});
    if (!existingProspect.isNull()) {
        const QVariant chat = m_state.scalar(
            QStringLiteral("SELECT id FROM chats WHERE campaign_id = ? AND prospect_id = ?"),
            {campaignId, existingProspect});
        if (!chat.isNull()) {
            finish(QStringLiteral("existing"), slug, existingProspect, chat,
                QStringLiteral("Prospect already exists in this campaign"), false, false);
            return;
        }
    }
    if (slug.contains(QStringLiteral("no-such-profile"))) {
        finish(QStringLiteral("enrichment_failed"), slug, QVariant(), QVariant(),
            QStringLiteral("LinkedIn profile could not be enriched"), false, false);
        return;
    }

    const QString at = isoAt(atMs);
    QString prospectId = existingProspect.toString();
    if (existingProspect.isNull()) {
        prospectId = m_state.newId();
        const QStringList parts = name.split(u' ', Qt::SkipEmptyParts);
        const auto profile = ProspectVocabulary::profile(
            stableHash(slug), parts.value(0), parts.mid(1).join(u' '));
        auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
        m_state.run(
            QStringLiteral("INSERT INTO prospects (id, name, url, headline, about, "
                           "company_name, job_title, company_website, company_linkedin_url, "
                           "city, country, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
            {prospectId, name, *url, profile.headline, profile.about, profile.companyName,
                profile.jobTitle, orNull(profile.companyWebsite),
                orNull(profile.companyLinkedinUrl), profile.city, profile.country, at});
    }
    const QString chatId = m_state.newId();
    const bool customSaved = !customData.isEmpty();
    m_state.run(QStringLiteral("INSERT INTO chats (id, prospect_id, campaign_id, status, "
                               "qualification, paused, ongoing, custom_data, responded, "
                               "last_activity, list_id, created_at, updated_at) "
                               "VALUES (?, ?, ?, 0, 'inProgress', 0, ?, ?, 0, ?, ?, ?, ?)"),
        {chatId, prospectId, campaignId, ongoing ? 1 : 0,
            customSaved ? QVariant(customData) : QVariant(), at, listId, at, at});
    finish(QStringLiteral("imported"), slug, prospectId, chatId,
        QStringLiteral("Prospect imported and enriched"), true, customSaved);
}

bool ImportPipeline::campaignBusy(const QString &campaignId)
{
    QStringList open;
    QSqlQuery q = m_state.run(QStringLiteral("SELECT id FROM import_lists WHERE campaign_id = ? "
                                             "AND completed_at IS NULL"),
        {campaignId});
    while (q.next())
        open << q.value(0).toString();
    q.finish();
    for (const QString &id : open)
        advance(id);
    return m_state.exists(QStringLiteral("SELECT 1 FROM import_lists WHERE campaign_id = ? AND "
                                         "completed_at IS NULL"),
        {campaignId});
}

std::optional<QJsonObject> ImportPipeline::status(const QString &listId)
{
    advance(listId);
    QSqlQuery q = m_state.run(QStringLiteral("SELECT campaign_id, total, processed, started_at, "
                                             "last_processed_at, completed_at FROM import_lists "
                                             "WHERE id = ?"),
        {listId});
    if (!q.next())
        return std::nullopt;
    QJsonObject o;
    o.insert("listId", listId);
    o.insert("campaignId", q.value(0).toString());
    const bool completed = !q.value(5).isNull();
    const bool started = !q.value(3).isNull();
    o.insert("status",
        completed     ? QStringLiteral("completed")
            : started ? QStringLiteral("processing")
                      : QStringLiteral("queued"));
    o.insert("total", q.value(1).toInt());
    o.insert("processed", q.value(2).toInt());
    o.insert("currentIndex", q.value(2).toInt());
    o.insert("startedAt", textOrNull(q.value(3)));
    o.insert("lastProcessedAt", textOrNull(q.value(4)));
    o.insert("completedAt", textOrNull(q.value(5)));
    q.finish();

    int imported = 0, existing = 0, invalid = 0, skippedDnc = 0, enrichmentFailed = 0;
    QJsonArray report;
    QSqlQuery rows = m_state.run(
        QStringLiteral("SELECT idx, input_url, linkedin_slug, status, prospect_id, chat_id, "
                       "message, chat_created, custom_data_saved FROM import_rows "
                       "WHERE list_id = ? AND status IS NOT NULL ORDER BY idx"),
        {listId});
    while (rows.next()) {
        const QString status = rows.value(3).toString();
        if (status == u"imported")
            ++imported;
        else if (status == u"existing")
            ++existing;
        else if (status == u"invalid")
            ++invalid;
        else if (status == u"skipped_dnc")
            ++skippedDnc;
        else if (status == u"enrichment_failed")
            ++enrichmentFailed;
        QJsonObject row {{"index", rows.value(0).toInt()}, {"inputUrl", rows.value(1).toString()},
            {"status", status}, {"message", rows.value(6).toString()},
            {"chatCreated", rows.value(7).toBool()}, {"customDataSaved", rows.value(8).toBool()}};
        if (!rows.value(2).isNull())
            row.insert("linkedinSlug", rows.value(2).toString());
        if (!rows.value(4).isNull())
            row.insert("prospectId", rows.value(4).toString());
        if (!rows.value(5).isNull())
            row.insert("chatId", rows.value(5).toString());
        report.append(row);
    }
    o.insert("imported", imported);
    o.insert("existing", existing);
    o.insert("invalid", invalid);
    o.insert("skippedDnc", skippedDnc);
    o.insert("enrichmentFailed", enrichmentFailed);
    o.insert("report", report);
    return o;
}

} // namespace kakiyo::sandbox
