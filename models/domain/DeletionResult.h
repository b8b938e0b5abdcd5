// DeletionResult: the summary of an irreversible delete (DELETE /campaigns/{id}, DELETE
// /prospects/{id}) in its minimal (OA) or full (MDX) form; BulkDeleteResult: DELETE /prospects.
#pragma once

#include "models/domain/Decoded.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

namespace kakiyo {

struct DeletionResult
{
    QString message;
    QString id; // deletionSummary.campaignId or .prospectId
    QString name; // campaignName / prospectName when sent
    QString campaignId;
    QString campaignName;
    QMap<QString, qint64> deletedItems; // prospects, chats, messages, tasks, webhookEvents …
    QDateTime deletedAt;
    QMap<QString, qint64> campaignStatsUpdated;

    static Decoded<DeletionResult> fromJson(const QJsonValue &value, const QString &path = {});
};

struct BulkDeleteRow
{
    QString prospectId;
    QString status; // success | failed
    QString prospectName;
    QString error;
    QString message;
    QMap<QString, qint64> deletedItems;

    bool succeeded() const { return status == QLatin1String("success"); }
    static Decoded<BulkDeleteRow> fromJson(const QJsonValue &value, const QString &path = {});
};

struct BulkDeleteResult
{
    QString message;
    qint64 requested = 0;
    qint64 successful = 0;
    qint64 failed = 0;
    QDateTime processedAt;
    QList<BulkDeleteRow> results;

    static Decoded<BulkDeleteResult> fromJson(const QJsonValue &value, const QString &path = {});
};

} // namespace kakiyo
