#include "models/store/SavedSearches.h"

#include <QSettings>
#include <algorithm>

namespace kakiyo {

SavedSearches::SavedSearches(const QString &profileId)
    : m_profileId(profileId.isEmpty() ? QStringLiteral("default") : profileId)
{
}

QString SavedSearches::group() const
{
    // Profile ids are ours (no '/'), but keep the key path well-formed whatever they hold.
    QString id = m_profileId;
    id.replace(u'/', u'_');
    return QStringLiteral("prospects/savedSearches/") + id;
}

QStringList SavedSearches::names() const
{
    QSettings s;
    s.beginGroup(group());
    QStringList out;
    const QStringList keys = s.childGroups();
    for (const QString &k : keys)
        out << QString::fromUtf8(QByteArray::fromPercentEncoding(k.toLatin1()));
    std::sort(out.begin(), out.end(),
        [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return out;
}

static QString keyOf(const QString &name)
{
    return QString::fromLatin1(name.toUtf8().toPercentEncoding());
}

std::optional<ProspectSearchQuery> SavedSearches::load(const QString &name) const
{
    QSettings s;
    s.beginGroup(group() + u'/' + keyOf(name));
    if (s.childKeys().isEmpty())
        return std::nullopt;
    QVariantMap map;
    for (const QString &k : s.childKeys())
        map.insert(k, s.value(k));
    return fromMap(map);
}

bool SavedSearches::save(const QString &name, const ProspectSearchQuery &filter)
{
    if (name.trimmed().isEmpty())
        return false;
    QSettings s;
    s.beginGroup(group() + u'/' + keyOf(name.trimmed()));
    s.remove(QString());
    const QVariantMap map = toMap(filter);
    s.setValue(QStringLiteral("saved"), true); // so an all-empty filter still has a key
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        s.setValue(it.key(), it.value());
    return true;
}

void SavedSearches::remove(const QString &name)
{
    QSettings s;
    s.beginGroup(group());
    s.remove(keyOf(name));
}

QVariantMap SavedSearches::toMap(const ProspectSearchQuery &f)
{
    QVariantMap m;
    auto put = [&m](const char *key, const QString &v) {
        if (!v.isEmpty())
            m.insert(QString::fromLatin1(key), v);
    };
    put("query", f.query);
    put("campaignId", f.campaignId);
    put("qualification", f.qualification);
    put("city", f.city);
    put("country", f.country);
    if (f.status)
        m.insert(QStringLiteral("status"), *f.status);
    if (f.hasResponded)
        m.insert(QStringLiteral("hasResponded"), *f.hasResponded);
    if (f.isPaused)
        m.insert(QStringLiteral("isPaused"), *f.isPaused);
    return m;
}

ProspectSearchQuery SavedSearches::fromMap(const QVariantMap &m)
{
    ProspectSearchQuery f;
    f.query = m.value(QStringLiteral("query")).toString();
    f.campaignId = m.value(QStringLiteral("campaignId")).toString();
    f.qualification = m.value(QStringLiteral("qualification")).toString();
    f.city = m.value(QStringLiteral("city")).toString();
    f.country = m.value(QStringLiteral("country")).toString();
    bool ok = false;
    if (m.contains(QStringLiteral("status"))) {
        const int s = m.value(QStringLiteral("status")).toInt(&ok);
        if (ok)
            f.status = s;
    }
    // QSettings (INI) reads booleans back as the strings "true"/"false".
    auto boolOf = [&m](const char *key) -> std::optional<bool> {
        const QString k = QString::fromLatin1(key);
        if (!m.contains(k))
            return std::nullopt;
        const QString v = m.value(k).toString().toLower();
        return v == QLatin1String("true") || v == QLatin1String("1");
    };
    f.hasResponded = boolOf("hasResponded");
    f.isPaused = boolOf("isPaused");
    return f;
}

} // namespace kakiyo
