#include "models/live/AlertInbox.h"

#include "models/live/AlertEngine.h"
#include "models/live/JsonFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>

namespace kakiyo {

namespace {

// A profile or workspace id as one safe path component.
QString component(const QString &id)
{
    if (id.isEmpty())
        return QStringLiteral("_team");
    QString out;
    for (const QChar c : id)
        out += c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : QChar(u'_');
    return out;
}

} // namespace

AlertInbox::AlertInbox(
    const QString &directory, const CachePartition &where, const QString &channel)
    : m_directory(directory.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                + QStringLiteral("/live")
            : directory)
    , m_where(where)
    , m_channel(channel)
{
}

QString AlertInbox::channelFile() const
{
    return folder() + u'/' + component(m_channel) + QStringLiteral(".json");
}

QString AlertInbox::folder() const
{
    return m_directory + u'/' + component(m_where.profileId) + u'/'
        + component(m_where.workspaceId);
}

bool AlertInbox::load(QString *error)
{
    const auto dismissed = jsonfile::read(folder() + QStringLiteral("/dismissed.json"), error);
    const auto state = jsonfile::read(channelFile(), error);
    if (!dismissed || !state)
        return false;
    m_dismissed.clear();
    for (const QJsonValue &v : dismissed->value("dismissed").toArray())
        m_dismissed.insert(v.toString());
    m_alerts.clear();
    for (const QJsonValue &v : state->value("alerts").toArray()) {
        if (const auto alert = Alert::fromJson(v.toObject()))
            m_alerts.append(*alert);
    }
    m_snapshot = TeamSnapshot::fromJson(state->value("snapshot").toObject());
    return true;
}

bool AlertInbox::save(QString *error) const
{
    if (!QDir().mkpath(folder())) {
        if (error)
            *error = QObject::tr("Cannot create %1").arg(folder());
        return false;
    }
    QFile::setPermissions(
        folder(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // Another reader of the profile may have dismissed something meanwhile: merge, never drop.
    QSet<QString> all = m_dismissed;
    if (const auto onDisk = jsonfile::read(folder() + QStringLiteral("/dismissed.json"), nullptr)) {
        for (const QJsonValue &v : onDisk->value("dismissed").toArray())
            all.insert(v.toString());
    }
    QJsonArray dismissed;
    for (const QString &id : std::as_const(all))
        dismissed.append(id);
    QJsonArray alerts;
    for (const Alert &a : m_alerts)
        alerts.append(a.toJson());
    return jsonfile::write(folder() + QStringLiteral("/dismissed.json"),
               QJsonObject {{"dismissed", dismissed}}, error)
        && jsonfile::write(channelFile(),
            QJsonObject {{"alerts", alerts}, {"snapshot", m_snapshot.toJson()}}, error);
}

bool AlertInbox::isStanding(Alert::Kind kind)
{
    return kind == Alert::Kind::AgentAttention || kind == Alert::Kind::CampaignIdle
        || kind == Alert::Kind::CreditsLow || kind == Alert::Kind::OutOfCredits
        || kind == Alert::Kind::WebhookDisabled;
}

QList<Alert> AlertInbox::update(const TeamSnapshot &snapshot)
{
    const QList<Alert> derived = AlertEngine::derive(m_snapshot, snapshot);
    QSet<QString> known;
    for (const Alert &a : std::as_const(m_alerts))
        known.insert(a.id);
    QSet<QString> standingNow;
    QList<Alert> raised;
    for (const Alert &a : derived) {
        if (isStanding(a.kind))
            standingNow.insert(a.id);
        if (known.contains(a.id))
            continue;
        known.insert(a.id);
        raised.append(a);
    }
    // A standing situation that is over leaves; so do events past their time.
    const QDateTime oldest = snapshot.takenAt.addDays(-KeptDays);
    m_alerts.removeIf([&](const Alert &a) {
        return (isStanding(a.kind) && !standingNow.contains(a.id)) || a.raisedAt < oldest;
    });
    m_alerts = raised + m_alerts;
    if (m_alerts.size() > MaxKept)
        m_alerts.resize(MaxKept);
    m_snapshot = snapshot;
    QList<Alert> fresh;
    for (const Alert &a : std::as_const(raised)) {
        if (!m_dismissed.contains(a.id))
            fresh.append(a);
    }
    return fresh;
}

QList<Alert> AlertInbox::current() const
{
    QList<Alert> out;
    for (const Alert &a : m_alerts) {
        if (!m_dismissed.contains(a.id))
            out.append(a);
    }
    return out;
}

void AlertInbox::dismiss(const QString &id)
{
    m_dismissed.insert(id);
}

} // namespace kakiyo
