// The alerts of one profile and workspace as the user sees them: every alert raised so far (each
// id once), which ones were dismissed, and the last snapshot of the team they were derived from.
// update() takes a new snapshot, derives what changed (AlertEngine) and returns only the alerts
// this inbox had not raised before. Standing situations that are over (the agent was fixed, the
// webhook re-enabled) leave the list; events (a reply) stay until dismissed or old.
//
// Kept as JSON files under <directory>/<profile>/<workspace>/: dismissed.json, shared by every
// reader of the profile (a dismissal in the window also silences `watch`), and <channel>.json,
// one per reader ("desk" for the window, "watch" for the headless command), so each reader's
// "what is new since I last looked" is its own. Nothing here holds the API key.
#pragma once

#include "models/live/Alert.h"
#include "models/live/TeamSnapshot.h"
#include "models/store/CachePartition.h"

#include <QList>
#include <QSet>
#include <QString>

namespace kakiyo {

class AlertInbox final
{
public:
    static constexpr int MaxKept = 500; // raised alerts kept per channel, newest first
    static constexpr qint64 KeptDays = 30; // event alerts older than this are forgotten

    // directory empty = QStandardPaths::AppDataLocation + "/live".
    AlertInbox(const QString &directory, const CachePartition &where, const QString &channel);

    // Reads both files (missing files are an empty inbox). false + *error when one is unreadable.
    bool load(QString *error = nullptr);
    // Writes both files atomically (0600). false + *error on failure.
    bool save(QString *error = nullptr) const;

    const TeamSnapshot &lastSnapshot() const { return m_snapshot; }
    // Derives alerts against the last snapshot, keeps the snapshot, returns the newly raised.
    QList<Alert> update(const TeamSnapshot &snapshot);
    // Raised and not dismissed, newest first.
    QList<Alert> current() const;
    void dismiss(const QString &id);
    bool isDismissed(const QString &id) const { return m_dismissed.contains(id); }
    QString folder() const;

private:
    static bool isStanding(Alert::Kind kind);
    QString channelFile() const;

    QString m_directory;
    CachePartition m_where;
    QString m_channel;
    QList<Alert> m_alerts; // newest first
    QSet<QString> m_dismissed;
    TeamSnapshot m_snapshot;
};

} // namespace kakiyo
