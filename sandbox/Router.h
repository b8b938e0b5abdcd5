// The sandbox's route table: method + path pattern ("/prospects/{chatId}") + rate tier + handler.
// Literal segments win over {params}, so "/prospects/search" never reaches "/prospects/{chatId}".
#pragma once

#include "sandbox/HttpTypes.h"

#include <QStringList>

namespace kakiyo::sandbox {

class Router
{
public:
    using Handler = std::function<Response(const Request &)>;

    struct Route
    {
        QByteArray method;
        QString pattern; // as registered, e.g. "/prospects/{chatId}"
        QStringList segments;
        RateTier tier = RateTier::Medium;
        Handler handler;
    };

    struct Match
    {
        const Route *route = nullptr; // null: no route for this method
        QHash<QString, QString> params;
        bool pathKnown = false; // some other method matches the path (→ 405)
        QList<QByteArray> allowedMethods;
    };

    void add(const QByteArray &method, const QString &pattern, RateTier tier, Handler handler);
    Match match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    // Score of a pattern against the path: -1 if it does not match; otherwise higher for more
    // literal segments earlier in the path.
    static int score(
        const Route &route, const QStringList &segments, QHash<QString, QString> *params);

    QList<Route> m_routes;
};

} // namespace kakiyo::sandbox
