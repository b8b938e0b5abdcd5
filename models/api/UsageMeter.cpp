#include "models/api/UsageMeter.h"

#include "models/api/ServerGeneration.h"

#include <QSettings>

namespace kakiyo {

namespace {

QString safeSegment(const QString &text)
{
    // QSettings treats '/' as a group separator; keep ids and group names one level.
    QString out = text;
    out.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return out.isEmpty() ? QStringLiteral("default") : out;
}

} // namespace

UsageMeter::UsageMeter(QObject *parent)
    : QObject(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(5000);
    connect(&m_flushTimer, &QTimer::timeout, this, &UsageMeter::flush);
}

UsageMeter::~UsageMeter()
{
    flush();
}

void UsageMeter::flush()
{
    m_flushTimer.stop();
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        m_settings.setValue(it.key(), m_settings.value(it.key()).toInt() + it.value());
    m_pending.clear();
}

int UsageMeter::count(const QString &key) const
{
    return m_settings.value(key).toInt() + m_pending.value(key);
}

void UsageMeter::add(const QString &key)
{
    ++m_pending[key];
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void UsageMeter::setProfileId(const QString &profileId)
{
    const QString id = safeSegment(profileId);
    if (id == m_profileId)
        return;
    m_profileId = id;
    emit changed();
}

void UsageMeter::setGeneration(const ServerGeneration *generation)
{
    if (m_generation)
        disconnect(m_generation, nullptr, this, nullptr);
    m_generation = generation;
    if (generation)
        connect(generation, &ServerGeneration::changed, this, &UsageMeter::changed);
    emit changed();
}

bool UsageMeter::callsCostCredits() const
{
    return !m_generation || m_generation->callsCostCredits();
}

QString UsageMeter::dayGroup(QDate day) const
{
    return QStringLiteral("usage/%1/%2").arg(m_profileId, day.toString(Qt::ISODate));
}

bool UsageMeter::spendsCredit(int httpStatus, const QString &errorCode)
{
    if (httpStatus == 0 || httpStatus == 401 || httpStatus == 402 || httpStatus == 429)
        return false;
    if (httpStatus == 403 && errorCode == QLatin1String("subscription_inactive"))
        return false;
    return true;
}

void UsageMeter::record(const QString &group, int httpStatus, const QString &errorCode, QDate day)
{
    const QString base = dayGroup(day);
    add(base + QStringLiteral("/calls"));
    add(base + QStringLiteral("/groups/") + safeSegment(group));
    if (callsCostCredits() && spendsCredit(httpStatus, errorCode))
        add(base + QStringLiteral("/credits"));
    emit changed();
}

int UsageMeter::calls(QDate day) const
{
    return count(dayGroup(day) + QStringLiteral("/calls"));
}

int UsageMeter::calls(QDate day, const QString &group) const
{
    return count(dayGroup(day) + QStringLiteral("/groups/") + safeSegment(group));
}

QMap<QString, int> UsageMeter::callsByGroup(QDate day) const
{
    QSettings &settings = m_settings;
    settings.beginGroup(dayGroup(day) + QStringLiteral("/groups"));
    QMap<QString, int> out;
    const QStringList keys = settings.childKeys();
    for (const QString &key : keys)
        out.insert(key, settings.value(key).toInt());
    settings.endGroup();
    const QString prefix = dayGroup(day) + QStringLiteral("/groups/");
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it.key().startsWith(prefix))
            out[it.key().mid(prefix.size())] += it.value();
    }
    return out;
}

int UsageMeter::credits(QDate day) const
{
    return count(dayGroup(day) + QStringLiteral("/credits"));
}

void UsageMeter::clear()
{
    const QString prefix = QStringLiteral("usage/") + m_profileId + QLatin1Char('/');
    m_pending.removeIf([&prefix](const auto &item) { return item.key().startsWith(prefix); });
    m_settings.remove(QStringLiteral("usage/") + m_profileId);
    emit changed();
}

} // namespace kakiyo
