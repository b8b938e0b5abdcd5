// Which conversations the user has not read yet, per profile and workspace, kept on this machine
// only (the API has no read state). A conversation is unread when the prospect's last message
// (stats.lastResponse) is newer than the last one the user saw there. The first snapshot ever is
// the baseline: what was already there when the desk started watching counts as seen, so a new
// install does not open with a hundred "unread" conversations.
//
// Kept in <folder>/seen.json beside the alert inbox (AlertInbox::folder()); nothing secret.
#pragma once

#include "models/live/TeamSnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace kakiyo {

class UnreadTracker final
{
public:
    static constexpr int MaxKept = 5000; // conversations remembered, most recent first

    explicit UnreadTracker(const QString &folder);

    bool load(QString *error = nullptr); // a missing file is "nothing seen yet"
    bool save(QString *error = nullptr) const;

    // Takes the prospects' last messages from a refresh; true when the unread set changed.
    bool update(const TeamSnapshot &snapshot);
    // The user opened the conversation: everything the prospect wrote so far is read.
    // true when it was unread.
    bool markRead(const QString &chatId);

    bool isUnread(const QString &chatId) const;
    int unreadCount() const;
    QStringList unreadChats() const; // most recent reply first

private:
    QString file() const;

    QString m_folder;
    QDateTime m_baseline; // the first snapshot's time; invalid = none yet
    QHash<QString, QDateTime> m_latest; // chatId -> the prospect's last message
    QHash<QString, QDateTime> m_seen; // chatId -> the last prospect message the user saw
};

} // namespace kakiyo
