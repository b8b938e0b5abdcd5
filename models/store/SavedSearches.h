// SavedSearches: the prospect search filters a user named and kept, per profile, in QSettings
// under "prospects/savedSearches/<profile>/" (filters only — never the API key).
#pragma once

#include "models/domain/ProspectRequests.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace kakiyo {

class SavedSearches
{
public:
    explicit SavedSearches(const QString &profileId);

    QStringList names() const; // sorted
    std::optional<ProspectSearchQuery> load(const QString &name) const;
    // An empty name is refused (false); an existing name is replaced.
    bool save(const QString &name, const ProspectSearchQuery &filter);
    void remove(const QString &name);

    static QVariantMap toMap(const ProspectSearchQuery &filter);
    static ProspectSearchQuery fromMap(const QVariantMap &map);

private:
    QString group() const;

    QString m_profileId;
};

} // namespace kakiyo
