#include "sandbox/SandboxState.h"

#include <QSqlError>
#include <QTimeZone>
#include <algorithm>

namespace kakiyo::sandbox {

QString SandboxState::newId()
{
    // Appwrite-like: 8 hex digits that only ever grow (unique), then 12 random base-36 digits.
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    if (++m_idCounter > m_idReserved)
        reserveIds();
    QString id = QStringLiteral("%1").arg(0x69700000u + m_idCounter, 8, 16, QLatin1Char('0'));
    for (int i = 0; i < 12; ++i)
        id.append(QLatin1Char(alphabet[rng.bounded(36)]));
    return id;
}

void SandboxState::reserveIds()
{
    constexpr quint32 kBlock = 4096;
    m_idReserved = m_idCounter + kBlock;
    if (!hasTable(QStringLiteral("sandbox_meta")))
        return; // no schema yet: nothing persisted can collide
    run(QStringLiteral(
            "INSERT OR REPLACE INTO sandbox_meta (key, value) VALUES ('id_reserved', ?)"),
        {QString::number(m_idReserved)});
}

void SandboxState::restoreIdSequence()
{
    if (!hasTable(QStringLiteral("sandbox_meta")))
        return;
    const QVariant reserved
        = scalar(QStringLiteral("SELECT value FROM sandbox_meta WHERE key = 'id_reserved'"));
    if (reserved.isValid()) {
        const quint32 last = reserved.toString().toUInt();
        m_idCounter = std::max(m_idCounter, last);
        m_idReserved = m_idCounter;
    }
}

QDateTime SandboxState::now() const
{
    return QDateTime::currentDateTimeUtc();
}

QString SandboxState::iso(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString SandboxState::isoNow() const
{
    return iso(now());
}

QSqlQuery SandboxState::run(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw SqlFailure(QStringLiteral("prepare failed: %1 in: %2")
                             .arg(q.lastError().text(), sql)
                             .toStdString());
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        throw SqlFailure(
            QStringLiteral("exec failed: %1 in: %2").arg(q.lastError().text(), sql).toStdString());
    return q;
}

QVariant SandboxState::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q = run(sql, binds);
    return q.next() ? q.value(0) : QVariant();
}

bool SandboxState::exists(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q = run(sql, binds);
    return q.next();
}

bool SandboxState::hasTable(const QString &name) const
{
    return exists(
        QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"), {name});
}

void SandboxState::transaction(const std::function<void()> &fn)
{
    db.transaction();
    try {
        fn();
    } catch (...) {
        db.rollback();
        throw;
    }
    db.commit();
}

int SandboxState::pauseRunningAgents()
{
    QSqlQuery q = run(QStringLiteral("UPDATE agents SET status = 'paused', updated_at = ? "
                                     "WHERE status = 'running'"),
        {isoNow()});
    agentsPaused = true;
    return q.numRowsAffected();
}

} // namespace kakiyo::sandbox
