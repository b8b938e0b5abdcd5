// DncEntry: one LinkedIn URL on the team's Do-Not-Contact list, and the DNC answers: a page (GET
// /dnc; `total` counts this page only), a check result, a batch result. Every DNC success is
// wrapped as {"error": null, "data": …}; the decoders also accept the bare `data` value.
#pragma once

#include "models/domain/Decoded.h"
#include "models/domain/FormCheck.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kakiyo {

struct DncEntry
{
    QString id; // `$id` (Appwrite) or `id`
    QString teamId;
    QString url;
    QDateTime createdAt; // `$createdAt` or `createdAt`
    QDateTime updatedAt;

    static Decoded<DncEntry> fromJson(const QJsonValue &value, const QString &path = {});
};

struct DncListPage
{
    QList<DncEntry> entries;
    qint64 total = 0; // entries in this page, not overall
    int limit = 0;
    qint64 offset = 0;
    // Entries the server sent for this page; more than `entries` holds when a client workspace
    // kept only its own (DncApi). The next page starts `served` after this one.
    qint64 served = 0;

    // The documented stop rule: a short page is the last one.
    bool hasMore() const { return limit > 0 && served >= limit; }
    static Decoded<DncListPage> fromJson(const QJsonValue &value, const QString &path = {});
};

struct DncCheck
{
    bool onList = false;
    std::optional<DncEntry> entry;

    static Decoded<DncCheck> fromJson(const QJsonValue &value, const QString &path = {});
};

struct DncBatchRow
{
    QString url;
    QString status; // added | duplicate | error
    QString error;

    static Decoded<DncBatchRow> fromJson(const QJsonValue &value, const QString &path = {});
};

struct DncBatchResult
{
    qint64 added = 0;
    qint64 duplicates = 0;
    qint64 errors = 0;
    QList<DncBatchRow> details;
    QString message;

    static Decoded<DncBatchResult> fromJson(const QJsonValue &value, const QString &path = {});
};

// POST /dnc, GET /dnc/check: one URL.
struct DncUrl
{
    QString url;

    Encoded encode() const;
    EncodedQuery encodeQuery() const;
};

// POST /dnc/batch
struct DncBatch
{
    QStringList urls; // ≥ 1

    Encoded encode() const;
};

// GET /dnc
struct DncListQuery
{
    int limit = 50; // 1–1000
    qint64 offset = 0;

    EncodedQuery encode() const;
};

// The contract's canonical form: https://linkedin.com/in/<username>, lowercase; empty if the
// input is not a LinkedIn profile URL.
QString normalizeLinkedInUrl(const QString &url);

// The `data` of a DNC envelope, or the value itself when it is not wrapped. A non-null `error`
// inside a 2xx body is reported as a decode error.
Decoded<QJsonValue> unwrapDnc(const QJsonValue &value, QString *message = nullptr);

} // namespace kakiyo
