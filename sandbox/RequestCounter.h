// Per-route request counts for the admin API ("GET /prospects/search": 3), so client tests can
// assert how many calls their code made (caching, retries, prefetch).
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace kakiyo::sandbox {

class RequestCounter
{
public:
    void countUnmatched() { ++m_total; }
    void count(const QString &route)
    {
        ++m_total;
        ++m_byRoute[route];
    }
    void reset()
    {
        m_total = 0;
        m_byRoute.clear();
    }
    QJsonObject toJson() const
    {
        QJsonObject byRoute;
        for (auto it = m_byRoute.begin(); it != m_byRoute.end(); ++it)
            byRoute.insert(it.key(), it.value());
        return QJsonObject {{"total", m_total}, {"byRoute", byRoute}};
    }

private:
    qint64 m_total = 0;
    QHash<QString, qint64> m_byRoute;
};

} // namespace kakiyo::sandbox
