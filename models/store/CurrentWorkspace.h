// Which workspace the window works in for the connected profile: "All (team)" (empty id) or one
// client workspace. Remembers the choice and the known workspaces per profile in QSettings (ids
// and names only, nothing secret), so the switcher and the cache partition are right at start-up
// without a call. The composition root applies a change to the session's cache partition.
#pragma once

#include "models/domain/Workspace.h"

#include <QList>
#include <QObject>

namespace kakiyo {

class CurrentWorkspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurrentWorkspace)

public:
    struct Choice
    {
        QString id; // empty = all of the team
        QString name;
        bool operator==(const Choice &other) const = default;
    };

    explicit CurrentWorkspace(QObject *parent = nullptr);

    // Loads what was remembered for this profile (emits changed and choicesChanged).
    void setProfile(const QString &profileId);
    // Drops what was remembered for a profile (the demo: each run is a new team).
    static void forget(const QString &profileId);
    QString profileId() const { return m_profileId; }

    QString id() const { return m_current.id; }
    QString name() const; // "All (team)" for the team
    QList<Choice> choices() const { return m_choices; } // without the team entry

    // The live list from the server: remembered; a chosen workspace that no longer exists falls
    // back to the team.
    void setWorkspaces(const QList<Workspace> &workspaces);
    // Switches (an unknown id is ignored); remembered for the profile.
    void select(const QString &id);

    // Asks whoever can (the Workspaces page's model) for the list; the switcher calls it when
    // opened before the list is known this session.
    void requestChoices();
    bool hasLiveChoices() const { return m_live; }

    static QString teamName();

signals:
    void changed(const QString &id, const QString &name);
    void choicesChanged();
    void choicesWanted();
    // A workspace the profile knew is gone from the server's list (deleted here or elsewhere).
    void removed(const QString &id);

private:
    void remember() const;

    QString m_profileId;
    Choice m_current;
    QList<Choice> m_choices;
    bool m_live = false;
};

} // namespace kakiyo
