// One connection to a Kakiyo team as the user set it up: a name, the API base URL, the chosen
// workspace and how calls are billed. The key is deliberately not here: it lives in the KeyStore
// under the profile's id.
#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace kakiyo {

struct Profile
{
    // Whether every API call costs a credit (the help centre's model, the default) or not (the
    // current reference's tiered limits without credits).
    enum class CostModel
    {
        CreditPerCall,
        NoCredits
    };

    QString id; // generated once, stable across renames; names the keychain entry and cache file
    QString name;
    QUrl baseUrl = defaultBaseUrl();
    QString workspaceId; // empty = the team's default workspace
    QString workspaceName; // for display only
    CostModel costModel = CostModel::CreditPerCall;
    QDateTime lastUsed; // UTC; invalid if never used

    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.kakiyo.com/v1")); }

    bool operator==(const Profile &other) const = default;
};

} // namespace kakiyo
