// The request bodies and queries of the prospect endpoints, each with the contract's client-side
// checks: single add, batch (≤100), round-robin (≥2 campaigns), Sales Navigator import,
// custom-data update (≤3000 chars), bulk delete (1–100 ids), search and campaign-list queries.
#pragma once

#include "models/domain/ChatDetails.h"
#include "models/domain/FormCheck.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kakiyo {

inline constexpr int kMaxBatchProspects = 100;
inline constexpr int kMaxCustomDataChars = 3000;

// One prospect to import.
struct ProspectInput
{
    QString name;
    QString url;
    QString customData; // ≤ 3000 characters
    std::optional<bool> ongoing;
    QList<CustomField> additionalFields; // legacy deployments; sent only when set

    FieldErrors validate() const;
    QJsonObject toJson() const;
};

// POST /prospects
struct ProspectCreate
{
    QString campaignId;
    ProspectInput prospect;

    Encoded encode() const;
};

// POST /prospects/batch
struct ProspectBatch
{
    QString campaignId;
    QList<ProspectInput> prospects; // 1–100

    Encoded encode() const;
};

// POST /prospects/batch/round-robin
struct RoundRobinBatch
{
    QStringList campaignIds; // ≥ 2, distinct
    QList<ProspectInput> prospects; // 1–100

    Encoded encode() const;
};

// POST /prospects/sales-navigator
struct SalesNavigatorImport
{
    QString campaignId;
    QString searchUrl; // https://www.linkedin.com/sales/search/people?query=…, ≤ 20000
    int requestedCount = 250; // 100 | 250 | 500
    QString name; // optional, 1–120

    Encoded encode() const;
};

// PATCH /prospects/{chatId}/custom-data
struct CustomDataUpdate
{
    QString customData; // "" clears; ≤ 3000

    Encoded encode() const;
};

// DELETE /prospects (JSON body)
struct BulkDelete
{
    QStringList prospectIds; // 1–100
    QString campaignId; // optional safety filter

    Encoded encode() const;
};

// GET /prospects/search
struct ProspectSearchQuery
{
    QString query;
    QString campaignId;
    QString qualification; // pending | qualified | disqualified
    std::optional<int> status;
    QString city;
    QString country;
    std::optional<bool> hasResponded;
    std::optional<bool> isPaused;
    int limit = 50; // 1–100
    qint64 offset = 0;

    EncodedQuery encode() const;
};

// GET /prospects/campaign/{campaignId}
struct CampaignProspectQuery
{
    int limit = 25; // 1–100
    qint64 offset = 0;
    QString cursor; // from X-Next-Cursor; offset is ignored when set
    std::optional<int> status;
    std::optional<bool> isPaused;
    std::optional<bool> hasResponded;

    EncodedQuery encode() const;
};

} // namespace kakiyo
