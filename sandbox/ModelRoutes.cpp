#include "sandbox/ModelRoutes.h"

#include "sandbox/Router.h"
#include "sandbox/SandboxState.h"

namespace kakiyo::sandbox {

namespace {

// The documented catalogue (contract J1); prices as published.
QJsonArray catalogue()
{
    struct Row
    {
        const char *id;
        const char *name;
        double input;
        double output;
        double cached; // < 0: null
    };
    static const Row rows[] = {
        {"67fcab2e0032f8b20363", "Claude 4 Sonnet", 3, 15, 3.75},
        {"67fccf2900258424236f", "Claude OPUS 4.1", 15, 75, 7.5},
        {"680321e500318611796d", "Gemini 2.5 Flash", 0.3, 2.5, 0.15},
        {"682c0dfc0036ded6b90b", "Gemini 2.5 Pro", 1.25, 10, -1},
        {"680321aa001300a6673d", "GPT 4.1", 2, 8, 0.5},
        {"689f6adb001e16e22378", "GPT 5", 1.25, 10, 3},
        {"680321c8001e2f527d82", "GPT 5 Mini", 0.25, 2, 0.1},
        {"689f1e61000b7da834bf", "Grok 4", 3, 15, -1},
    };
    QJsonArray models;
    for (const Row &r : rows) {
        models.append(QJsonObject {{"id", r.id}, {"name", r.name},
            {"pricing",
                QJsonObject {{"input", r.input}, {"output", r.output},
                    {"cached",
                        r.cached < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(r.cached)}}},
            {"status", "active"}});
    }
    return models;
}

} // namespace

bool isKnownModel(const QString &id)
{
    // Legacy enum values (OpenAPI before 2026-03) are still accepted by prompt creation.
    static const QStringList legacy {"model_gpt4", "model_claude3", "model_gpt35"};
    if (legacy.contains(id))
        return true;
    for (const QJsonValue &m : catalogue()) {
        if (m.toObject().value("id").toString() == id)
            return true;
    }
    return false;
}

QString defaultModelId()
{
    return QStringLiteral("680321c8001e2f527d82");
}

void registerModelRoutes(Router &router, SandboxState &state)
{
    Q_UNUSED(state);
    router.add("GET", QStringLiteral("/models"), RateTier::High, [](const Request &) {
        const QJsonArray models = catalogue();
        return Response::json(200, QJsonObject {{"models", models}, {"total", models.size()}});
    });
    router.add("GET", QStringLiteral("/models/{modelId}"), RateTier::High, [](const Request &r) {
        const QString id = r.params.value("modelId");
        for (const QJsonValue &m : catalogue()) {
            if (m.toObject().value("id").toString() == id)
                return Response::json(200, m);
        }
        return Response::notFound(QStringLiteral("Model not found"));
    });
}

} // namespace kakiyo::sandbox
