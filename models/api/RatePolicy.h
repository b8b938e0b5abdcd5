#pragma once
// RatePolicy: which rate buckets a request spends from, per the two rule sets the API has had.
//  - PerEndpoint (help centre): 60 calls/min per endpoint (method + path template).
//  - Tiered (current reference), per team: High 60 (GET /verify, /models, /webhooks/events),
//    Medium 30 (other reads), Low 15 (every write and GET /prospects/search); DNC has its own
//    buckets: reads 60, single writes 30, batch 10.
//  - Strictest (default): both at once, so the client stays inside whichever generation the
//    server runs without being told.
// A request is mapped to the contract's path template first ("/prospects/abc" ->
// "/prospects/{chatId}"); unknown paths get a template with their last segments generalised.

#include <QByteArray>
#include <QList>
#include <QString>

namespace kakiyo {

class RatePolicy
{
public:
    enum class Mode
    {
        PerEndpoint,
        Tiered,
        Strictest
    };

    struct Limit
    {
        QString bucketId;
        int limit = 0;
        qint64 windowMs = 60000;
        friend bool operator==(const Limit &, const Limit &) = default;
    };

    explicit RatePolicy(Mode mode = Mode::Strictest);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }
    // Extra wait added before a spent call leaves the window (our clock vs the server's).
    qint64 marginMs() const { return m_marginMs; }
    void setMarginMs(qint64 margin) { m_marginMs = margin; }

    // Replaces every bucket's limit and window (limit 0 = use the tables). For a server known to
    // run other limits, e.g. a sandbox started with --rate-limit / --rate-window-ms.
    void setOverride(int limit, qint64 windowMs);

    QList<Limit> limitsFor(const QByteArray &method, const QString &path) const;

    // "/prospects/abc/pause" -> "/prospects/{chatId}/pause"; query and base path are not part
    // of `path`. Unknown paths: literal first segment, "{id}" for the others.
    static QString routeFor(const QByteArray &method, const QString &path);
    // "high", "medium", "low", "dnc-read", "dnc-write" or "dnc-batch".
    static QString tierFor(const QByteArray &method, const QString &route);
    static int tierLimit(const QString &tier);
    // The endpoint group UsageMeter counts under: the first path segment ("prospects").
    static QString groupFor(const QString &path);

private:
    Mode m_mode;
    qint64 m_marginMs = 250;
    int m_overrideLimit = 0;
    qint64 m_overrideWindowMs = 60000;
};

} // namespace kakiyo
