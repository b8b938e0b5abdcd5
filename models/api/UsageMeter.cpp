#include "models/api/UsageMeter.h"

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
}

void UsageMeter::setProfileId(const QString &profileId)
{
    const QString id = safeSegment(profileId);
    if (id == m_profileId)
        return;
    m_profileId = id;
    emit changed();
}

namespace {

// The setting is process-wide; read once, then kept in memory so recording a call never
// touches the settings file for it.
int g_callsCostCredits = -1; // -1 = not read yet

} // namespace

bool UsageMeter::callsCostCredits() const
{
    if (g_callsCostCredits < 0)
        g_callsCostCredits
            = QSettings().value(QStringLiteral("usage/callsCostCredits"), true).toBool() ? 1 : 0;
    return g_callsCostCredits == 1;
}

void UsageMeter::setCallsCostCredits(bool on)
{
    if (on == callsCostCredits())
        return;
    QSettings().setValue(QStringLiteral("usage/callsCostCredits"), on);
    g_callsCostCredits = on ? 1 : 0;
    emit changed();
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
    QSettings &settings = m_settings;
    settings.beginGroup(dayGroup(day));
    settings.setValue(QStringLiteral("calls"), settings.value(QStringLiteral("calls")).toInt() + 1);
    const QString groupKey = QStringLiteral("groups/") + safeSegment(group);
    settings.setValue(groupKey, settings.value(groupKey).toInt() + 1);
    if (callsCostCredits() && spendsCredit(httpStatus, errorCode))
        settings.setValue(
            QStringLiteral("credits"), settings.value(QStringLiteral("credits")).toInt() + 1);
    settings.endGroup();
    emit changed();
}

int UsageMeter::calls(QDate day) const
{
    return m_settings.value(dayGroup(day) + QStringLiteral("/calls")).toInt();
}

int UsageMeter::calls(QDate day, const QString &group) const
{
    return m_settings.value(dayGroup(day) + QStringLiteral("/groups/") + safeSegment(group))
        .toInt();
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
    return out;
}

int UsageMeter::credits(QDate day) const
{
    return m_settings.value(dayGroup(day) + QStringLiteral("/credits")).toInt();
}

void UsageMeter::clear()
{
    m_settings.remove(QStringLiteral("usage/") + m_profileId);
    emit changed();
}

} // namespace kakiyo
