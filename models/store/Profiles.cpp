#include "models/store/Profiles.h"

#include <QSettings>
#include <QUuid>
#include <algorithm>

namespace kakiyo {

namespace {

const QString Group = QStringLiteral("profiles");
const QString CurrentKey = QStringLiteral("currentProfile");
constexpr int MaxNameLength = 100;

QString costModelName(Profile::CostModel model)
{
    return model == Profile::CostModel::NoCredits ? QStringLiteral("no-credits")
                                                  : QStringLiteral("credit-per-call");
}

Profile::CostModel costModelFrom(const QString &name)
{
    // Anything unknown falls back to the safer assumption that calls cost credits.
    return name == QLatin1String("no-credits") ? Profile::CostModel::NoCredits
                                               : Profile::CostModel::CreditPerCall;
}

bool isUsableBaseUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment();
}

} // namespace

Profiles::Profiles(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
}

Profiles::Profiles(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

Profiles::~Profiles() = default;

QString Profiles::fileName() const
{
    return m_settings->fileName();
}

bool Profiles::fail(const QString &message)
{
    m_error = message;
    return false;
}

std::optional<Profile> Profiles::read(const QString &id) const
{
    if (id.isEmpty() || id.contains(QLatin1Char('/')))
        return std::nullopt;
    m_settings->beginGroup(Group);
    const bool exists = m_settings->childGroups().contains(id);
    std::optional<Profile> profile;
    if (exists) {
        m_settings->beginGroup(id);
        Profile p;
        p.id = id;
        p.name = m_settings->value(QStringLiteral("name")).toString().trimmed();
        if (p.name.isEmpty())
            p.name = id; // hand-edited file: still selectable, and renameable
        const QUrl url(m_settings->value(QStringLiteral("baseUrl")).toString());
        p.baseUrl = isUsableBaseUrl(url) ? url : Profile::defaultBaseUrl();
        p.workspaceId = m_settings->value(QStringLiteral("workspaceId")).toString();
        p.workspaceName = m_settings->value(QStringLiteral("workspaceName")).toString();
        p.costModel = costModelFrom(m_settings->value(QStringLiteral("costModel")).toString());
        const QDateTime used = QDateTime::fromString(
            m_settings->value(QStringLiteral("lastUsed")).toString(), Qt::ISODateWithMs);
        p.lastUsed = used.isValid() ? used.toUTC() : QDateTime();
        m_settings->endGroup();
        profile = p;
    }
    m_settings->endGroup();
    return profile;
}

void Profiles::write(const Profile &profile)
{
    m_settings->beginGroup(Group);
    m_settings->beginGroup(profile.id);
    m_settings->setValue(QStringLiteral("name"), profile.name);
    m_settings->setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString());
    m_settings->setValue(QStringLiteral("workspaceId"), profile.workspaceId);
    m_settings->setValue(QStringLiteral("workspaceName"), profile.workspaceName);
    m_settings->setValue(QStringLiteral("costModel"), costModelName(profile.costModel));
    if (profile.lastUsed.isValid())
        m_settings->setValue(
            QStringLiteral("lastUsed"), profile.lastUsed.toUTC().toString(Qt::ISODateWithMs));
    else
        m_settings->remove(QStringLiteral("lastUsed"));
    m_settings->endGroup();
    m_settings->endGroup();
}

QList<Profile> Profiles::all() const
{
    m_settings->beginGroup(Group);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<Profile> result;
    for (const QString &id : ids) {
        if (auto p = read(id))
            result.append(*p);
    }
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return result;
}

bool Profiles::isEmpty() const
{
    m_settings->beginGroup(Group);
    const bool empty = m_settings->childGroups().isEmpty();
    m_settings->endGroup();
    return empty;
}

std::optional<Profile> Profiles::find(const QString &id) const
{
    return read(id);
}

std::optional<Profile> Profiles::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    const QList<Profile> profiles = all();
    for (const Profile &p : profiles) {
        if (p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

bool Profiles::check(const Profile &profile)
{
    if (profile.name.isEmpty())
        return fail(tr("A profile needs a name."));
    if (profile.name.size() > MaxNameLength)
        return fail(tr("A profile name has at most %1 characters.").arg(MaxNameLength));
    if (const auto other = findByName(profile.name); other && other->id != profile.id)
        return fail(tr("There is already a profile called \u201c%1\u201d.").arg(other->name));
    if (!isUsableBaseUrl(profile.baseUrl))
        return fail(tr("The API address must be an http or https URL with a host, such as %1.")
                        .arg(Profile::defaultBaseUrl().toString()));
    return true;
}

std::optional<Profile> Profiles::add(const QString &name, const QUrl &baseUrl)
{
    Profile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name.trimmed();
    profile.baseUrl = baseUrl;
    if (!check(profile))
        return std::nullopt;
    write(profile);
    m_error.clear();
    emit profilesChanged();
    return profile;
}

bool Profiles::update(const Profile &changed)
{
    if (!read(changed.id))
        return fail(tr("That profile no longer exists."));
    Profile profile = changed;
    profile.name = profile.name.trimmed();
    if (!check(profile))
        return false;
    write(profile);
    m_error.clear();
    emit profilesChanged();
    return true;
}

bool Profiles::rename(const QString &id, const QString &newName)
{
    auto profile = read(id);
    if (!profile)
        return fail(tr("That profile no longer exists."));
    profile->name = newName;
    return update(*profile);
}

bool Profiles::setWorkspace(
    const QString &id, const QString &workspaceId, const QString &workspaceName)
{
    auto profile = read(id);
    if (!profile)
        return fail(tr("That profile no longer exists."));
    profile->workspaceId = workspaceId;
    profile->workspaceName = workspaceName;
    return update(*profile);
}

bool Profiles::remove(const QString &id)
{
    if (!read(id))
        return fail(tr("That profile no longer exists."));
    m_settings->beginGroup(Group);
    m_settings->remove(id);
    m_settings->endGroup();
    m_error.clear();

    const bool wasCurrent = m_settings->value(CurrentKey).toString() == id;
    if (wasCurrent) {
        QList<Profile> rest = all();
        std::sort(rest.begin(), rest.end(), [](const Profile &a, const Profile &b) {
            return a.lastUsed.isValid() && (!b.lastUsed.isValid() || a.lastUsed > b.lastUsed);
        });
        if (rest.isEmpty())
            m_settings->remove(CurrentKey);
        else
            m_settings->setValue(CurrentKey, rest.first().id);
    }
    emit profilesChanged();
    if (wasCurrent)
        emit currentChanged(currentId());
    return true;
}

bool Profiles::setCurrent(const QString &id)
{
    auto profile = read(id);
    if (!profile)
        return fail(tr("That profile no longer exists."));
    profile->lastUsed = QDateTime::currentDateTimeUtc();
    write(*profile);
    const bool changed = currentId() != id;
    m_settings->setValue(CurrentKey, id);
    m_error.clear();
    if (changed)
        emit currentChanged(id);
    return true;
}

QString Profiles::currentId() const
{
    const QString id = m_settings->value(CurrentKey).toString();
    return read(id) ? id : QString(); // a stale pointer to a removed profile means "none"
}

std::optional<Profile> Profiles::current() const
{
    return read(m_settings->value(CurrentKey).toString());
}

bool Profiles::sync()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return fail(tr("The profiles could not be saved to %1.").arg(m_settings->fileName()));
    return true;
}

} // namespace kakiyo
