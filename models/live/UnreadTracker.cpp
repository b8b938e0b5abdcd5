#include "models/live/UnreadTracker.h"

#include "models/live/JsonFile.h"

#include <QDir>
#include <QJsonObject>
#include <algorithm>

namespace kakiyo {

namespace {

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QHash<QString, QDateTime> timesFromJson(const QJsonObject &json)
{
    QHash<QString, QDateTime> out;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QDateTime time = QDateTime::fromString(it.value().toString(), Qt::ISODateWithMs);
        if (time.isValid())
            out.insert(it.key(), time.toUTC());
    }
    return out;
}

QJsonObject timesToJson(const QHash<QString, QDateTime> &times)
{
    QJsonObject out;
    for (auto it = times.constBegin(); it != times.constEnd(); ++it)
        out.insert(it.key(), iso(it.value()));
    return out;
}

} // namespace

UnreadTracker::UnreadTracker(const QString &folder)
    : m_folder(folder)
{
}

QString UnreadTracker::file() const
{
    return m_folder + QStringLiteral("/seen.json");
}

bool UnreadTracker::load(QString *error)
{
    const auto json = jsonfile::read(file(), error);
    if (!json)
        return false;
    m_baseline = QDateTime::fromString(json->value("baseline").toString(), Qt::ISODateWithMs);
    if (m_baseline.isValid())
        m_baseline = m_baseline.toUTC();
    m_latest = timesFromJson(json->value("latest").toObject());
    m_seen = timesFromJson(json->value("seen").toObject());
    return true;
}

bool UnreadTracker::save(QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = QObject::tr("Cannot create %1").arg(m_folder);
        return false;
    }
    QJsonObject json {{"latest", timesToJson(m_latest)}, {"seen", timesToJson(m_seen)}};
    if (m_baseline.isValid())
        json.insert("baseline", iso(m_baseline));
    return jsonfile::write(file(), json, error);
}

bool UnreadTracker::update(const TeamSnapshot &snapshot)
{
    if (!snapshot.isValid())
        return false;
    const QStringList before = unreadChats();
    if (!m_baseline.isValid())
        m_baseline = snapshot.takenAt;
    for (const TeamSnapshot::ConversationState &c : snapshot.conversations) {
        if (c.lastResponse.isValid())
            m_latest.insert(c.chatId, c.lastResponse);
    }
    if (m_latest.size() > MaxKept) {
        // Forget the conversations quiet for longest; what they said is long read or moot.
        QList<QDateTime> times = m_latest.values();
        std::sort(times.begin(), times.end(), std::greater<>());
        const QDateTime cut = times.at(MaxKept - 1);
        m_latest.removeIf([&](const auto &it) { return it.value() < cut; });
        m_seen.removeIf([&](const auto &it) { return !m_latest.contains(it.key()); });
    }
    return unreadChats() != before;
}

bool UnreadTracker::isUnread(const QString &chatId) const
{
    const auto latest = m_latest.constFind(chatId);
    if (latest == m_latest.constEnd())
        return false;
    const auto seen = m_seen.constFind(chatId);
    const QDateTime since = seen != m_seen.constEnd() ? *seen : m_baseline;
    return !since.isValid() || *latest > since;
}

bool UnreadTracker::markRead(const QString &chatId)
{
    const bool was = isUnread(chatId);
    if (const auto latest = m_latest.constFind(chatId); latest != m_latest.constEnd())
        m_seen.insert(chatId, *latest);
    return was;
}

int UnreadTracker::unreadCount() const
{
    return int(unreadChats().size());
}

QStringList UnreadTracker::unreadChats() const
{
    QList<QPair<QDateTime, QString>> unread;
    for (auto it = m_latest.constBegin(); it != m_latest.constEnd(); ++it) {
        if (isUnread(it.key()))
            unread.append({it.value(), it.key()});
    }
    std::sort(unread.begin(), unread.end(), std::greater<>());
    QStringList out;
    for (const auto &u : std::as_const(unread))
        out << u.second;
    return out;
}

} // namespace kakiyo
