#include "sandbox/ProspectChatRoutes.h"

#include "sandbox/ProspectContract.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxState.h"

namespace kakiyo::sandbox {

namespace {

Response setChatFlag(
    SandboxState &state, const QString &chatId, const QString &assignments, const QString &message)
{
    if (!state.exists(QStringLiteral("SELECT 1 FROM chats WHERE id = ?"), {chatId}))
        return Response::notFound(QStringLiteral("Conversation not found"));
    state.run(QStringLiteral("UPDATE chats SET %1, updated_at = ? WHERE id = ?").arg(assignments),
        {state.isoNow(), chatId});
    return Response::json(200, QJsonObject {{"message", message}});
}

} // namespace

void registerProspectChatRoutes(Router &router, SandboxState &state)
{
    SandboxState *s = &state;

    // C9: longer values are cut to 3,000 characters; "" clears.
    router.add("PATCH", QStringLiteral("/prospects/{chatId}/custom-data"), RateTier::Low,
        [s](const Request &r) {
            Response error;
            const auto body = r.jsonObject(&error);
            if (!body)
                return error;
            const QJsonValue value = body->value("customData");
            if (!value.isString())
                return validationError(QJsonArray {QJsonObject {{"field", "customData"},
                    {"message",
                        value.isUndefined() || value.isNull()
                            ? QStringLiteral("The customData field is required")
                            : QStringLiteral("The customData field must be a string")}}});
            const QString chatId = r.params.value(QStringLiteral("chatId"));
            if (!s->exists(QStringLiteral("SELECT 1 FROM chats WHERE id = ?"), {chatId}))
                return Response::notFound(QStringLiteral("Conversation not found"));
            const QString text = value.toString().left(kMaxCustomData);
            s->run(QStringLiteral("UPDATE chats SET custom_data = ?, updated_at = ? WHERE id = ?"),
                {text.isEmpty() ? QVariant() : QVariant(text), s->isoNow(), chatId});
            return Response::json(200,
                QJsonObject {{"message", "Conversation customData updated successfully"},
                    {"chatId", chatId}, {"customDataSaved", !text.isEmpty()},
                    {"customDataLength", int(text.size())}});
        });

    // C10-C12
    router.add(
        "POST", QStringLiteral("/prospects/{chatId}/pause"), RateTier::Low, [s](const Request &r) {
            return setChatFlag(*s, r.params.value(QStringLiteral("chatId")),
                QStringLiteral("paused = 1"), QStringLiteral("Conversation paused successfully"));
        });
    router.add(
        "POST", QStringLiteral("/prospects/{chatId}/resume"), RateTier::Low, [s](const Request &r) {
            return setChatFlag(*s, r.params.value(QStringLiteral("chatId")),
                QStringLiteral("paused = 0"), QStringLiteral("Conversation resumed successfully"));
        });
    router.add("POST", QStringLiteral("/prospects/{chatId}/qualify"), RateTier::Low,
        [s](const Request &r) {
            return setChatFlag(*s, r.params.value(QStringLiteral("chatId")),
                QStringLiteral(
                    "qualification = 'qualified', status = 5, "
                    "qualified_at = COALESCE(qualified_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"),
                QStringLiteral("Prospect marked as qualified successfully"));
        });
}

} // namespace kakiyo::sandbox
