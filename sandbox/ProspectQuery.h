// Reading prospects and conversations for the API: the query-string parsing every list endpoint
// shares (integers, booleans) and the JSON shapes of a conversation as the list (OA "Prospect"),
// search (Decision 5 superset) and details endpoints return it.
#pragma once

#include "sandbox/HttpTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace kakiyo::sandbox {

struct SandboxState;

class ProspectQuery
{
public:
    enum class Shape
    {
        List,
        Search,
        Details
    };

    explicit ProspectQuery(const SandboxState &state)
        : m_state(state)
    {
    }

    // The conversations with these chat ids, in the given order, in the given shape.
    QJsonArray items(const QStringList &chatIds, Shape shape) const;
    // One conversation with its messages (C8), or an empty object when there is no such chat.
    QJsonObject details(const QString &chatId) const;

    // Query parameter helpers: on a bad value they append a validation detail and return the
    // default. An absent parameter gives the default without a detail.
    static qint64 integer(const Request &request, const QString &name, qint64 fallback, qint64 min,
        qint64 max, QJsonArray *details);
    static std::optional<bool> boolean(
        const Request &request, const QString &name, QJsonArray *details);

private:
    const SandboxState &m_state;
};

} // namespace kakiyo::sandbox
