#include "models/api/RatePolicy.h"

#include <QStringList>
#include <algorithm>

namespace kakiyo {

namespace {

struct Route
{
    const char *method;
    const char *pattern;
};

// Every endpoint of the contract (section 8). Literal segments win over placeholders, so
// "/prospects/search" never matches "/prospects/{chatId}".
constexpr Route kRoutes[] = {
    {"GET", "/verify"},
    {"GET", "/campaigns"},
    {"POST", "/campaigns"},
    {"PUT", "/campaigns/{id}"},
    {"DELETE", "/campaigns/{id}"},
    {"POST", "/campaigns/{id}/pause"},
    {"POST", "/campaigns/{id}/resume"},
    {"GET", "/campaigns/{id}/stats"},
    {"POST", "/prospects"},
    {"POST", "/prospects/batch"},
    {"POST", "/prospects/batch/round-robin"},
    {"POST", "/prospects/sales-navigator"},
    {"GET", "/prospects/imports/{listId}"},
    {"GET", "/prospects/campaign/{campaignId}"},
    {"GET", "/prospects/search"},
    {"GET", "/prospects/{chatId}"},
    {"PATCH", "/prospects/{chatId}/custom-data"},
    {"POST", "/prospects/{chatId}/pause"},
    {"POST", "/prospects/{chatId}/resume"},
    {"POST", "/prospects/{chatId}/qualify"},
    {"DELETE", "/prospects/{prospectId}"},
    {"DELETE", "/prospects"},
    {"GET", "/dnc"},
    {"POST", "/dnc"},
    {"GET", "/dnc/check"},
    {"POST", "/dnc/batch"},
    {"DELETE", "/dnc/{id}"},
    {"GET", "/products"},
    {"POST", "/products"},
    {"GET", "/prompts"},
    {"POST", "/prompts"},
    {"GET", "/prompts/{id}"},
    {"PUT", "/prompts/{id}"},
    {"GET", "/agents"},
    {"POST", "/agents"},
    {"GET", "/agents/{id}"},
    {"PUT", "/agents/{id}"},
    {"POST", "/agents/{id}/setup"},
    {"POST", "/agents/{id}/pause"},
    {"POST", "/agents/{id}/resume"},
    {"DELETE", "/agents/{id}"},
    {"POST", "/agents/{id}/relaunch"},
    {"GET", "/webhooks"},
    {"POST", "/webhooks"},
    {"PUT", "/webhooks/{webhookId}"},
    {"DELETE", "/webhooks/{webhookId}"},
    {"GET", "/webhooks/events"},
    {"POST", "/webhooks/test"},
    {"GET", "/webhooks/test/events"},
    {"GET", "/webhooks/test/example/{event}"},
    {"GET", "/analytics/overview"},
    {"GET", "/analytics/campaigns/{campaignId}"},
    {"GET", "/models"},
    {"GET", "/models/{modelId}"},
    {"GET", "/workspaces"},
    {"POST", "/workspaces"},
    {"DELETE", "/workspaces/{id}"},
    {"POST", "/workspaces/{id}/invite"},
    {"DELETE", "/workspaces/{id}/clients"},
    {"POST", "/workspaces/{id}/agents/{agentId}"},
    {"DELETE", "/workspaces/{id}/agents/{agentId}"},
};

QStringList segmentsOf(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

struct CompiledRoute
{
    QByteArray method;
    QString pattern;
    QStringList segments;
};

const QList<CompiledRoute> &compiledRoutes()
{
    static const QList<CompiledRoute> routes = [] {
        QList<CompiledRoute> out;
        for (const Route &route : kRoutes) {
            const QString pattern = QString::fromLatin1(route.pattern);
            out.append({QByteArray(route.method), pattern, segmentsOf(pattern)});
        }
        return out;
    }();
    return routes;
}

// Score of a match: number of literal segments (higher = more specific); -1 = no match.
int matchScore(const QStringList &pattern, const QStringList &path)
{
    if (pattern.size() != path.size())
        return -1;
    int literals = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i].startsWith(QLatin1Char('{')))
            continue;
        if (pattern[i] != path[i])
            return -1;
        ++literals;
    }
    return literals;
}

} // namespace

RatePolicy::RatePolicy(Mode mode)
    : m_mode(mode)
{
}

QString RatePolicy::routeFor(const QByteArray &method, const QString &path)
{
    const QStringList segments = segmentsOf(path);
    int bestScore = -1;
    QString best;
    // Prefer a route of the same method; fall back to any method's template (same shape).
    for (int pass = 0; pass < 2 && best.isEmpty(); ++pass) {
        for (const CompiledRoute &route : compiledRoutes()) {
            if (pass == 0 && method != route.method)
                continue;
            const int score = matchScore(route.segments, segments);
            if (score > bestScore) {
                bestScore = score;
                best = route.pattern;
            }
        }
    }
    if (!best.isEmpty())
        return best;
    if (segments.isEmpty())
        return QStringLiteral("/");
    QString generic = QLatin1Char('/') + segments.first();
    for (qsizetype i = 1; i < segments.size(); ++i)
        generic += QStringLiteral("/{id}");
    return generic;
}

QString RatePolicy::tierFor(const QByteArray &method, const QString &route)
{
    if (route == QLatin1String("/dnc") || route.startsWith(QLatin1String("/dnc/"))) {
        if (method == "GET")
            return QStringLiteral("dnc-read");
        if (route == QLatin1String("/dnc/batch"))
            return QStringLiteral("dnc-batch");
        return QStringLiteral("dnc-write");
    }
    if (method != "GET")
        return QStringLiteral("low");
    if (route == QLatin1String("/prospects/search"))
        return QStringLiteral("low");
    if (route == QLatin1String("/verify") || route == QLatin1String("/models")
        || route == QLatin1String("/models/{modelId}")
        || route == QLatin1String("/webhooks/events"))
        return QStringLiteral("high");
    return QStringLiteral("medium");
}

int RatePolicy::tierLimit(const QString &tier)
{
    if (tier == QLatin1String("high") || tier == QLatin1String("dnc-read"))
        return 60;
    if (tier == QLatin1String("medium") || tier == QLatin1String("dnc-write"))
        return 30;
    if (tier == QLatin1String("dnc-batch"))
        return 10;
    return 15; // low, and anything unknown: the strictest tier
}

QString RatePolicy::groupFor(const QString &path)
{
    const QStringList segments = segmentsOf(path);
    return segments.isEmpty() ? QStringLiteral("other") : segments.first();
}

void RatePolicy::setOverride(int limit, qint64 windowMs)
{
    m_overrideLimit = std::max(0, limit);
    m_overrideWindowMs = std::max<qint64>(1, windowMs);
}

QList<RatePolicy::Limit> RatePolicy::limitsFor(const QByteArray &method, const QString &path) const
{
    const QString route = routeFor(method, path);
    QList<Limit> limits;
    if (m_mode != Mode::Tiered)
        limits.append(
            {QStringLiteral("endpoint:%1 %2").arg(QString::fromLatin1(method), route), 60, 60000});
    if (m_mode != Mode::PerEndpoint) {
        const QString tier = tierFor(method, route);
        limits.append({QStringLiteral("tier:") + tier, tierLimit(tier), 60000});
    }
    if (m_overrideLimit > 0) {
        for (Limit &limit : limits) {
            limit.limit = m_overrideLimit;
            limit.windowMs = m_overrideWindowMs;
        }
    }
    return limits;
}

} // namespace kakiyo
