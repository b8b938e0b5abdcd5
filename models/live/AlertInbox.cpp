#include "models/live/AlertInbox.h"

#include "models/live/AlertEngine.h"
#include "models/live/JsonFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QStringList>

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

// dismissed.json: {"dismissed": [{"id": ..., "at": ISO time}]}; a bare id (the first version
// of the file) counts as dismissed at `now`, so it is forgotten DismissalDays after the upgrade.
QHash<QString, QDateTime> readDismissed(const QJsonObject &file, const QDateTime &now)
{
    QHash<QString, QDateTime> out;
    for (const QJsonValue &v : file.value("dismissed").toArray()) {
        if (v.isString()) {
            out.insert(v.toString(), now);
            continue;
        }
        const QJsonObject o = v.toObject();
        const QString id = o.value("id").toString();
        QDateTime at = QDateTime::fromString(o.value("at").toString(), Qt::ISODateWithMs);
        if (id.isEmpty())
            continue;
        if (!at.isValid())
            at = now;
        if (!out.contains(id) || at > out.value(id))
            out.insert(id, at.toUTC());
    }
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

QString AlertInbox::dismissedFile() const
{
    return folder() + QStringLiteral("/dismissed.json");
}

QString AlertInbox::folder() const
{
    return m_directory + u'/' + component(m_where.profileId) + u'/'
        + component(m_where.workspaceId);
}

bool AlertInbox::load(QString *error)
{
    const auto dismissed = jsonfile::read(dismissedFile(), error);
    const auto state = jsonfile::read(channelFile(), error);
    if (!dismissed || !state)
        return false;
    m_dismissed = readDismissed(*dismissed, QDateTime::currentDateTimeUtc());
    m_alerts.clear();
    for (const QJsonValue &v : state->value("alerts").toArray()) {
        if (const auto alert = Alert::fromJson(v.toObject()))
            m_alerts.append(*alert);
    }
    m_snapshot = TeamSnapshot::fromJson(state->value("snapshot").toObject());
    m_imports.clear();
    for (const QJsonValue &v : state->value("imports").toArray()) {
        const QJsonObject o = v.toObject();
        ImportTally t;
        t.alertId = o.value("alertId").toString();
        t.campaignId = o.value("campaignId").toString();
        for (const QJsonValue &id : o.value("listIds").toArray())
            t.listIds << id.toString();
        t.added = qint64(o.value("added").toDouble());
        t.skipped = qint64(o.value("skipped").toDouble());
        t.lastAt = QDateTime::fromString(o.value("lastAt").toString(), Qt::ISODateWithMs);
        if (!t.alertId.isEmpty())
            m_imports << t;
    }
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
    // Another reader of the profile may have dismissed something meanwhile: merge, dropping only
    // what the trimming rule drops (what this inbox trimmed would otherwise come back from disk).
    QHash<QString, QDateTime> all = m_dismissed;
    if (const auto onDisk = jsonfile::read(dismissedFile(), nullptr)) {
        const QHash<QString, QDateTime> theirs
            = readDismissed(*onDisk, QDateTime::currentDateTimeUtc());
        for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
            if (!all.contains(it.key()) || it.value() > all.value(it.key()))
                all.insert(it.key(), it.value());
        }
    }
    if (m_snapshot.isValid())
        trim(all, m_snapshot.takenAt);
    QStringList ids = all.keys();
    ids.sort(); // a stable file
    QJsonArray dismissed;
    for (const QString &id : std::as_const(ids))
        dismissed.append(
            QJsonObject {{"id", id}, {"at", all.value(id).toUTC().toString(Qt::ISODateWithMs)}});
    QJsonArray alerts;
    for (const Alert &a : m_alerts)
        alerts.append(a.toJson());
    QJsonArray imports;
    for (const ImportTally &t : m_imports)
        imports.append(QJsonObject {{"alertId", t.alertId}, {"campaignId", t.campaignId},
            {"listIds", QJsonArray::fromStringList(t.listIds)}, {"added", double(t.added)},
            {"skipped", double(t.skipped)},
            {"lastAt", t.lastAt.toUTC().toString(Qt::ISODateWithMs)}});
    return jsonfile::write(dismissedFile(), QJsonObject {{"dismissed", dismissed}}, error)
        && jsonfile::write(channelFile(),
            QJsonObject {
                {"alerts", alerts}, {"snapshot", m_snapshot.toJson()}, {"imports", imports}},
            error);
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
    // A standing situation that is over leaves; so do events past their time (a situation
    // still standing stays, or it would come back as new at the next refresh).
    const QDateTime oldest = snapshot.takenAt.addDays(-KeptDays);
    m_alerts.removeIf([&](const Alert &a) {
        return isStanding(a.kind) ? !standingNow.contains(a.id) : a.raisedAt < oldest;
    });
    m_alerts = raised + m_alerts;
    if (m_alerts.size() > MaxKept)
        m_alerts.resize(MaxKept);
    m_snapshot = snapshot;
    trim(m_dismissed, snapshot.takenAt);
    forgetImportsWithoutAlert();
    QList<Alert> fresh;
    for (const Alert &a : std::as_const(raised)) {
        if (!m_dismissed.contains(a.id))
            fresh.append(a);
    }
    return fresh;
}

std::optional<Alert> AlertInbox::importFinished(
    const ImportStatus &status, const QString &campaignName, const QDateTime &at)
{
    if (status.listId.isEmpty())
        return std::nullopt;
    forgetImportsWithoutAlert();
    for (const ImportTally &t : std::as_const(m_imports)) {
        if (t.listIds.contains(status.listId))
            return std::nullopt; // once per list
    }
    const qint64 added = status.imported;
    const qint64 skipped
        = status.existing + status.invalid + status.skippedDnc + status.enrichmentFailed;
    // The next batch of the same import: counted into its alert, which stays where it is.
    for (ImportTally &t : m_imports) {
        if (t.campaignId != status.campaignId || !t.lastAt.isValid()
            || t.lastAt.secsTo(at) > ImportMergeMinutes * 60 || m_dismissed.contains(t.alertId))
            continue;
        t.listIds << status.listId;
        t.added += added;
        t.skipped += skipped;
        t.lastAt = at;
        for (Alert &a : m_alerts) {
            if (a.id == t.alertId)
                a.title = importTitle(t.added, t.skipped);
        }
        return std::nullopt;
    }
    Alert a;
    a.kind = Alert::Kind::ImportFinished;
    a.severity = Alert::Severity::Info;
    a.id = QStringLiteral("import:%1").arg(status.listId);
    a.subjectId = status.campaignId;
    a.title = importTitle(added, skipped);
    a.detail = campaignName.isEmpty()
        ? QCoreApplication::translate("AlertInbox", "Open the campaign to see its new prospects.")
        : QCoreApplication::translate("AlertInbox", "Into campaign %1.").arg(campaignName);
    a.raisedAt = at;
    m_alerts.prepend(a);
    if (m_alerts.size() > MaxKept)
        m_alerts.resize(MaxKept);
    m_imports << ImportTally {a.id, status.campaignId, {status.listId}, added, skipped, at};
    return a;
}

QString AlertInbox::importTitle(qint64 added, qint64 skipped)
{
    return QCoreApplication::translate("AlertInbox", "Import finished: %1 added, %2 skipped")
        .arg(added)
        .arg(skipped);
}

void AlertInbox::forgetImportsWithoutAlert()
{
    QSet<QString> held;
    for (const Alert &a : std::as_const(m_alerts))
        held.insert(a.id);
    m_imports.removeIf([&](const ImportTally &t) { return !held.contains(t.alertId); });
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

void AlertInbox::dismiss(const QString &id, const QDateTime &at)
{
    m_dismissed.insert(id, at.toUTC());
}

void AlertInbox::trim(QHash<QString, QDateTime> &dismissed, const QDateTime &now) const
{
    QSet<QString> held;
    for (const Alert &a : m_alerts)
        held.insert(a.id);
    const QDateTime oldest = now.addDays(-DismissalDays);
    dismissed.removeIf([&](const QHash<QString, QDateTime>::iterator it) {
        return it.value() < oldest && !held.contains(it.key());
    });
}

} // namespace kakiyo
