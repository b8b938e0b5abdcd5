// Prospect: a LinkedIn person, and ProspectSearchItem: one conversation row (chat × person) as the
// search and campaign-prospect lists return it. The two documented item shapes — nested
// `prospect{}` (OpenAPI) and flat person fields with `campaign`/`stats` extras (MDX) — decode into
// the same row. SearchPage and CampaignProspectPage carry the two pagination styles.
#pragma once

#include "models/domain/Decoded.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kakiyo {

struct Prospect
{
    QString id;
    QString name;
    QString url;
    QString headline;
    QString currentCompanyName;
    QString currentJobTitle;
    QString currentCompanyWebsite;
    QString currentCompanyLinkedInUrl;
    QString city;
    QString country;
    QString about;

    static Decoded<Prospect> fromJson(const QJsonValue &value, const QString &path = {});
};

struct CampaignRef
{
    QString id;
    QString name;

    static Decoded<CampaignRef> fromJson(const QJsonValue &value, const QString &path = {});
};

struct ProspectSearchItem
{
    QString chatId; // empty when a flat item names only the person
    int status = 0; // conversation status code, see statusLabel()
    QString qualification; // unqualified | needVerification | inProgress | qualified | …
    bool paused = false; // `paused` or `isPaused`
    QDateTime lastMessage; // `lastMessage` or `lastActivity`
    Prospect prospect;
    CampaignRef campaign; // flat shape / sandbox superset only
    std::optional<bool> hasResponded;
    qint64 messageCount = 0; // stats.messages
    qint64 responseCount = 0; // stats.responses
    QDateTime lastResponse; // stats.lastResponse

    static Decoded<ProspectSearchItem> fromJson(const QJsonValue &value, const QString &path = {});
};

// GET /prospects/search: {prospects, pagination{total, limit, offset, hasMore}, filters?}
struct SearchPage
{
    // A total above this is not a team's prospect count but a broken answer.
    static constexpr qint64 kMaxPlausibleTotal = 100'000'000;

    QList<ProspectSearchItem> items;
    qint64 total = 0;
    int limit = 0;
    qint64 offset = 0;
    bool hasMore = false;
    // The MDX `filters.available` block, when sent.
    QStringList availableQualifications;
    QStringList availableCities;
    QStringList availableCountries;
    // Search calls one page of this search costs: 1 for the team; a client workspace asks each
    // of its campaigns once per page (WorkspaceSearch), so as many as it has campaigns.
    int callsPerPage = 1;
    // A client workspace's page: the campaigns asked, in order, and each one's total, so the cost
    // of another page can be planned (WorkspaceSearch::plannedCalls). Empty for the team.
    QStringList partCampaigns;
    QList<qint64> partTotals;

    static Decoded<SearchPage> fromJson(const QJsonValue &value, const QString &path = {});
};

// GET /prospects/campaign/{id}: a bare array; the cursor and has-more flag come from the
// X-Next-Cursor / X-Has-More headers, which the caller passes in.
struct CampaignProspectPage
{
    QList<ProspectSearchItem> items;
    QString nextCursor;
    bool hasMore = false;
    int limit = 0; // X-Limit, 0 when absent
    qint64 offset = 0; // X-Offset

    static Decoded<CampaignProspectPage> fromJson(const QJsonValue &value,
        const QByteArray &hasMoreHeader = {}, const QByteArray &nextCursorHeader = {},
        const QByteArray &limitHeader = {}, const QByteArray &offsetHeader = {});
};

} // namespace kakiyo
