// The asynchronous import flow: ImportAccepted (201 of POST /prospects and /prospects/batch, with
// the `listId` to poll), ImportStatus (GET /prospects/imports/{listId}: counters and per-row
// report; a row counts as imported only when `chatCreated` is true), RoundRobinResult,
// SalesNavigatorRun (202 of the Sales Navigator queue) and CustomDataResult.
#pragma once

#include "models/domain/Decoded.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kakiyo {

struct ImportAccepted
{
    QString message;
    QString listId; // empty on legacy deployments (synchronous adds)

    static Decoded<ImportAccepted> fromJson(const QJsonValue &value, const QString &path = {});
};

struct ImportRow
{
    int index = 0; // position in the submitted array
    QString inputUrl;
    QString linkedinSlug;
    QString status; // imported | existing | invalid | skipped_dnc | enrichment_failed | …
    QString prospectId;
    QString chatId;
    QString message;
    bool chatCreated = false;
    bool customDataSaved = false;

    static Decoded<ImportRow> fromJson(const QJsonValue &value, const QString &path = {});
};

struct ImportStatus
{
    QString listId;
    QString campaignId;
    QString status; // queued → processing → completed; anything else shown as it is
    qint64 total = 0;
    qint64 processed = 0;
    qint64 imported = 0;
    qint64 existing = 0;
    qint64 invalid = 0;
    qint64 skippedDnc = 0;
    qint64 enrichmentFailed = 0;
    qint64 currentIndex = 0;
    QDateTime startedAt;
    QDateTime lastProcessedAt;
    QDateTime completedAt;
    QList<ImportRow> report;

    bool isFinished() const;
    qsizetype confirmedRows() const; // rows with chatCreated

    static Decoded<ImportStatus> fromJson(const QJsonValue &value, const QString &path = {});
};

struct RoundRobinShare
{
    QString campaignId;
    QString campaignName;
    QString listId;
    qint64 prospectsAssigned = 0;

    static Decoded<RoundRobinShare> fromJson(const QJsonValue &value, const QString &path = {});
};

// 201 of POST /prospects/batch/round-robin
struct RoundRobinResult
{
    QString message;
    qint64 totalProspects = 0;
    qint64 campaignsCount = 0;
    QStringList successfulCampaignIds;
    QList<RoundRobinShare> distribution;

    static Decoded<RoundRobinResult> fromJson(const QJsonValue &value, const QString &path = {});
};

// 202 of POST /prospects/sales-navigator
struct SalesNavigatorRun
{
    QString message;
    QString sourceId;
    QString runId; // may be null
    QString status; // "queued"
    int requestedCount = 0;

    static Decoded<SalesNavigatorRun> fromJson(const QJsonValue &value, const QString &path = {});
};

// 200 of PATCH /prospects/{chatId}/custom-data
struct CustomDataResult
{
    QString message;
    QString chatId;
    bool customDataSaved = false;
    qint64 customDataLength = 0;

    static Decoded<CustomDataResult> fromJson(const QJsonValue &value, const QString &path = {});
};

} // namespace kakiyo
