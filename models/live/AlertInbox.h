// The alerts of one profile and workspace as the user sees them: every alert raised so far (each
// id once), which ones were dismissed, and the last snapshot of the team they were derived from.
// update() takes a new snapshot, derives what changed (AlertEngine) and returns only the alerts
// this inbox had not raised before. Standing situations that are over (the agent was fixed, the
// webhook re-enabled) leave the list; events (a reply) stay until dismissed or old.
//
// Kept as JSON files under <directory>/<profile>/<workspace>/: dismissed.json, shared by every
// reader of the profile (a dismissal in the window also silences `watch`), each dismissal with
// when it was made: one whose alert no longer exists is forgotten DismissalDays later (the file
// would otherwise grow with every reply ever dismissed), and <channel>.json,
// one per reader ("desk" for the window, "watch" for the headless command), so each reader's
// "what is new since I last looked" is its own. Nothing here holds the API key.
#pragma once

#include "models/domain/ImportStatus.h"
#include "models/live/Alert.h"
#include "models/live/TeamSnapshot.h"
#include "models/store/CachePartition.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace kakiyo {

class AlertInbox final
{
public:
    static constexpr int MaxKept = 500; // raised alerts kept per channel, newest first
    static constexpr qint64 KeptDays = 30; // event alerts older than this are forgotten
    // A dismissal of an alert this inbox no longer holds is kept this long, then forgotten.
    static constexpr qint64 DismissalDays = KeptDays;
    static constexpr qint64 ImportMergeMinutes = 30;

    // directory empty = QStandardPaths::AppDataLocation + "/live".
    AlertInbox(const QString &directory, const CachePartition &where, const QString &channel);

    // Reads both files (missing files are an empty inbox). false + *error when one is unreadable.
    bool load(QString *error = nullptr);
    // Writes both files atomically (0600). false + *error on failure.
    bool save(QString *error = nullptr) const;

    const TeamSnapshot &lastSnapshot() const { return m_snapshot; }
    // Derives alerts against the last snapshot, keeps the snapshot, returns the newly raised.
    QList<Alert> update(const TeamSnapshot &snapshot);
    // An import (one listId) the server reports finished: "import finished: N added, M skipped",
    // about its campaign, once per listId. Lists of the same campaign that finish within
    // ImportMergeMinutes of the previous one (an import sent in batches of 100) count into the
    // same alert instead of raising one each. The alert when it is new (to announce), else none.
    std::optional<Alert> importFinished(
        const ImportStatus &status, const QString &campaignName, const QDateTime &at);
    // Raised and not dismissed, newest first.
    QList<Alert> current() const;
    // `at` (UTC) is when; the trimming counts from it.
    void dismiss(const QString &id, const QDateTime &at = QDateTime::currentDateTimeUtc());
    bool isDismissed(const QString &id) const { return m_dismissed.contains(id); }
    qsizetype dismissedCount() const { return m_dismissed.size(); }
    QString folder() const;

private:
    static bool isStanding(Alert::Kind kind);
    static QString importTitle(qint64 added, qint64 skipped);
    void forgetImportsWithoutAlert();
    QString channelFile() const;
    QString dismissedFile() const;
    // Drops from `dismissed` what is older than DismissalDays at `now` and not in m_alerts.
    void trim(QHash<QString, QDateTime> &dismissed, const QDateTime &now) const;

    QString m_directory;
    CachePartition m_where;
    QString m_channel;
    QList<Alert> m_alerts; // newest first
    QHash<QString, QDateTime> m_dismissed; // id -> when (UTC)
    // The imports behind the import-finished alerts still in m_alerts (persisted with them).
    struct ImportTally
    {
        QString alertId;
        QString campaignId;
        QStringList listIds;
        qint64 added = 0;
        qint64 skipped = 0;
        QDateTime lastAt; // UTC
    };
    QList<ImportTally> m_imports;
    TeamSnapshot m_snapshot;
};

} // namespace kakiyo
