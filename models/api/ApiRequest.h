#pragma once
// ApiRequest: one call to the Kakiyo API as a value — what to ask (method, path under the base
// URL, query, JSON body) and how to treat it (priority, cache use, retries). The resource classes
// build these; the scheduler decides when they leave; ApiClient turns them into HTTP.

#include "models/api/Priority.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace kakiyo {

struct ApiRequest
{
    // How a GET uses the local cache (ignored for writes, which never read the cache).
    enum class CacheMode
    {
        CacheFirst, // answer from the cache when an entry exists; otherwise fetch and store
        Refresh, // always fetch; store the fresh answer (the user asked for a refresh)
        NetworkOnly, // always fetch; never store (e.g. GET /verify while checking a new key)
    };

    QByteArray method = "GET"; // GET, POST, PUT, PATCH, DELETE
    QString path; // concrete path below the base URL, e.g. "/prospects/abc"
    QUrlQuery query;
    QJsonDocument body; // sent as application/json when not null (DELETE may carry one too)
    Priority priority = Priority::Interactive;
    CacheMode cacheMode = CacheMode::CacheFirst;
    int maxAttempts = 0; // 0 = the scheduler's default
    QStringList invalidates; // extra GET path prefixes a successful write makes stale

    bool isWrite() const { return method != "GET" && method != "HEAD"; }
    // Path plus sorted query: the identity of a GET for coalescing and caching.
    QString resourceKey() const;
    // Method + resourceKey(): two requests with the same key are the same question.
    QString key() const;

    static ApiRequest get(const QString &path, const QUrlQuery &query = {},
        Priority priority = Priority::Interactive);
    static ApiRequest post(const QString &path, const QJsonDocument &body = {});
    static ApiRequest put(const QString &path, const QJsonDocument &body);
    static ApiRequest patch(const QString &path, const QJsonDocument &body);
    static ApiRequest del(const QString &path, const QJsonDocument &body = {});
};

} // namespace kakiyo
