#include "models/store/CurrentWorkspace.h"

#include <QSettings>

namespace kakiyo {

namespace {

QString group(const QString &profileId)
{
    // Profile ids are generated tokens; keep the key safe for any INI backend anyway.
    return QStringLiteral("workspace/") + QString::fromLatin1(profileId.toUtf8().toHex());
}

} // namespace

CurrentWorkspace::CurrentWorkspace(QObject *parent)
    : QObject(parent)
{
}

QString CurrentWorkspace::teamName()
{
    return tr("All (team)");
}

QString CurrentWorkspace::name() const
{
    return m_current.id.isEmpty() ? teamName() : m_current.name;
}

void CurrentWorkspace::setProfile(const QString &profileId)
{
    m_profileId = profileId;
    m_live = false;
    m_choices.clear();
    m_current = {};
    QSettings settings;
    settings.beginGroup(group(profileId));
    const int n = settings.beginReadArray(QStringLiteral("known"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const Choice c {settings.value(QStringLiteral("id")).toString(),
            settings.value(QStringLiteral("name")).toString()};
        if (!c.id.isEmpty())
            m_choices.append(c);
    }
    settings.endArray();
    const QString current = settings.value(QStringLiteral("current")).toString();
    for (const Choice &c : std::as_const(m_choices)) {
        if (c.id == current)
            m_current = c;
    }
    emit choicesChanged();
    emit changed(m_current.id, name());
}

void CurrentWorkspace::forget(const QString &profileId)
{
    QSettings().remove(group(profileId));
}

void CurrentWorkspace::setWorkspaces(const QList<Workspace> &workspaces)
{
    QList<Choice> choices;
    for (const Workspace &w : workspaces)
        choices.append({w.id, w.name.isEmpty() ? w.id : w.name});
    m_live = true;
    const bool listChanged = choices != m_choices;
    QStringList gone;
    for (const Choice &before : std::as_const(m_choices)) {
        if (!choices.contains(before))
            gone << before.id;
    }
    m_choices = choices;
    Choice current;
    for (const Choice &c : std::as_const(m_choices)) {
        if (c.id == m_current.id)
            current = c;
    }
    const bool currentChanged = current != m_current;
    m_current = current;
    remember();
    if (listChanged)
        emit choicesChanged();
    if (currentChanged)
        emit changed(m_current.id, name());
    for (const QString &id : std::as_const(gone)) {
        bool renamed = false; // the same id under a new name is not gone
        for (const Choice &c : std::as_const(m_choices))
            renamed = renamed || c.id == id;
        if (!renamed)
            emit removed(id);
    }
}

void CurrentWorkspace::select(const QString &id)
{
    if (id == m_current.id)
        return;
    Choice next;
    if (!id.isEmpty()) {
        bool found = false;
        for (const Choice &c : std::as_const(m_choices)) {
            if (c.id == id) {
                next = c;
                found = true;
            }
        }
        if (!found)
            return;
    }
    m_current = next;
    remember();
    emit changed(m_current.id, name());
}

void CurrentWorkspace::requestChoices()
{
    if (!m_live)
        emit choicesWanted();
}

void CurrentWorkspace::remember() const
{
    if (m_profileId.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(group(m_profileId));
    settings.setValue(QStringLiteral("current"), m_current.id);
    settings.beginWriteArray(QStringLiteral("known"), int(m_choices.size()));
    for (int i = 0; i < m_choices.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), m_choices.at(i).id);
        settings.setValue(QStringLiteral("name"), m_choices.at(i).name);
    }
    settings.endArray();
}

} // namespace kakiyo
