#include "sandbox/Router.h"

#include <QUrl>

namespace kakiyo::sandbox {

namespace {
QStringList splitPath(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool isParam(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{'))
        && segment.endsWith(QLatin1Char('}'));
}
} // namespace

void Router::add(const QByteArray &method, const QString &pattern, RateTier tier, Handler handler)
{
    m_routes.append(
        Route {method.toUpper(), pattern, splitPath(pattern), tier, std::move(handler)});
}

int Router::score(const Route &route, const QStringList &segments, QHash<QString, QString> *params)
{
    if (route.segments.size() != segments.size())
        return -1;
    int value = 0;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &p = route.segments.at(i);
        if (isParam(p)) {
            if (params)
                params->insert(
                    p.mid(1, p.size() - 2), QUrl::fromPercentEncoding(segments.at(i).toUtf8()));
            continue;
        }
        if (p != segments.at(i))
            return -1;
        // Literal segments near the front weigh more, so /a/lit/{x} beats /a/{y}/lit.
        value += 1 << (16 - int(std::min<qsizetype>(i, 15)));
    }
    return value;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    const QStringList segments = splitPath(path);
    Match result;
    int bestScore = -1;
    int bestOtherScore = -1;
    for (const Route &route : m_routes) {
        const int s = score(route, segments, nullptr);
        if (s < 0)
            continue;
        if (route.method == method.toUpper()) {
            if (s > bestScore) {
                bestScore = s;
                result.route = &route;
            }
        } else {
            bestOtherScore = std::max(bestOtherScore, s);
            if (!result.allowedMethods.contains(route.method))
                result.allowedMethods.append(route.method);
        }
    }
    if (result.route) {
        // A more specific pattern registered for another method only (e.g. GET /prospects/search
        // asked with DELETE) means the path names that resource: answer 405, not the {param} route.
        if (bestOtherScore > bestScore) {
            result.route = nullptr;
            result.pathKnown = true;
            return result;
        }
        score(*result.route, segments, &result.params);
        return result;
    }
    result.pathKnown = bestOtherScore >= 0;
    return result;
}

} // namespace kakiyo::sandbox
