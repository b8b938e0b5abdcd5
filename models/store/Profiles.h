// The user's profiles, kept in QSettings: add, rename, edit, remove, and which one is current.
// Never the API key (that is KeyStore's job); tst_profiles checks the settings file for it.
// A hand-edited or damaged settings file loads with defaults for what it gets wrong.
#pragma once

#include "models/store/Profile.h"

#include <QList>
#include <QObject>
#include <memory>
#include <optional>

class QSettings;

namespace kakiyo {

class Profiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Profiles)

public:
    // The application's settings (QSettings with the application's names).
    explicit Profiles(QObject *parent = nullptr);
    // An INI file of its own (tests, a portable setup).
    explicit Profiles(const QString &settingsFile, QObject *parent = nullptr);
    ~Profiles() override;

    QList<Profile> all() const; // by name, case-insensitively
    std::optional<Profile> find(const QString &id) const;
    std::optional<Profile> findByName(const QString &name) const; // case-insensitive
    bool isEmpty() const;

    // Adds a profile with a new id; fails (nullopt + errorString()) on an empty or duplicate name
    // or a base URL that is not http(s) with a host.
    std::optional<Profile> add(
        const QString &name, const QUrl &baseUrl = Profile::defaultBaseUrl());
    // Saves every field of an existing profile (found by id) after the same checks as add().
    bool update(const Profile &profile);
    bool rename(const QString &id, const QString &newName);
    bool setWorkspace(const QString &id, const QString &workspaceId, const QString &workspaceName);
    // Removing the current profile makes the most recently used remaining one current.
    bool remove(const QString &id);

    // Switches profile and records when it was last used.
    bool setCurrent(const QString &id);
    std::optional<Profile> current() const;
    QString currentId() const;

    QString errorString() const { return m_error; }
    // Where the settings live (to show the user, and for the test that greps it).
    QString fileName() const;
    // Writes pending changes to disk; false + errorString() if that failed.
    bool sync();

signals:
    void profilesChanged();
    void currentChanged(const QString &id);

private:
    std::optional<Profile> read(const QString &id) const;
    void write(const Profile &profile);
    bool check(const Profile &profile);
    bool fail(const QString &message);

    std::unique_ptr<QSettings> m_settings;
    QString m_error;
};

} // namespace kakiyo
