#include "sandbox/ProductRoutes.h"

#include "sandbox/Router.h"
#include "sandbox/SandboxState.h"
#include "sandbox/Validator.h"

namespace kakiyo::sandbox {

namespace {
// Plan cap behind 403 "Forbidden - limit reached" (generous: the sandbox team is on Agency).
constexpr int MaxProducts = 200;
} // namespace

void registerProductRoutes(Router &router, SandboxState &state)
{
    router.add("GET", QStringLiteral("/products"), RateTier::Medium, [&state](const Request &) {
        QSqlQuery q = state.run(QStringLiteral(
            "SELECT id, name, description, created_at FROM products ORDER BY created_at DESC, id"));
        QJsonArray list;
        while (q.next()) {
            list.append(QJsonObject {{"id", q.value(0).toString()}, {"name", q.value(1).toString()},
                {"description", q.value(2).toString()}, {"createdAt", q.value(3).toString()}});
        }
        return Response::json(200, list);
    });

    router.add("POST", QStringLiteral("/products"), RateTier::Low, [&state](const Request &r) {
        Response error;
        const auto body = r.jsonObject(&error);
        if (!body)
            return error;
        Validator v(*body);
        const auto name = v.string("name", Validator::Required, 3, 200);
        const auto description = v.string("description", Validator::Required, 10, 20000);
        if (!v.ok())
            return v.error();
        if (state.scalar(QStringLiteral("SELECT COUNT(*) FROM products")).toInt() >= MaxProducts)
            return Response::error(
                403, QStringLiteral("forbidden"), QStringLiteral("Forbidden - limit reached"));
        const QString id = state.newId();
        state.run(QStringLiteral("INSERT INTO products (id, name, description, created_at) "
                                 "VALUES (?, ?, ?, ?)"),
            {id, name->trimmed(), *description, state.isoNow()});
        return Response::json(
            201, QJsonObject {{"id", id}, {"message", "Product created successfully"}});
    });
}

} // namespace kakiyo::sandbox
