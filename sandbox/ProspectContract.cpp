#include "sandbox/ProspectContract.h"

#include "sandbox/SandboxState.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace kakiyo::sandbox {

std::optional<Campaign> findCampaign(const SandboxState &state, const QString &id)
{
    QSqlQuery q = state.run(QStringLiteral("SELECT id, name, status, agent_id FROM campaigns "
                                           "WHERE id = ?"),
        {id});
    if (!q.next())
        return std::nullopt;
    return Campaign {
        q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

void addDetail(QJsonArray *details, const QString &field, const QString &message)
{
    details->append(QJsonObject {{"field", field}, {"message", message}});
}

Response validationError(const QJsonArray &details)
{
    const QString message = details.isEmpty()
        ? QStringLiteral("Validation failed")
        : details.first().toObject().value("message").toString();
    return Response::error(400, QStringLiteral("validation_error"), message, details);
}

} // namespace kakiyo::sandbox
