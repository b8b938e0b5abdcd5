#include "HostileFaults.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kakiyo::test {

using Handler = HostileServer::Handler;

QList<HostileFault> hostileFaults()
{
    auto constant = [](HostileReply reply) {
        return [reply](HostileServer *) -> Handler {
            return [reply](const HostileRequest &) { return reply; };
        };
    };
    HostileReply drip = HostileReply::json(200, QJsonObject {{"data", QJsonArray {}}});
    drip.kind = HostileReply::Kind::Drip;
    drip.dripMs = 2000;
    HostileReply huge = HostileReply::bytes(200, QByteArray(64 * 1024, ' '));
    huge.contentLength = 40LL * 1024 * 1024; // more than the client's cap; never all sent
    const QByteArray deep = QByteArray(200000, '[') + QByteArray(200000, ']');
    HostileReply truncated = HostileReply::bytes(200, "{\"data\":[{\"id\":\"x\",\"na");
    truncated.contentLength = 4000;
    HostileReply limited = HostileReply::json(429,
        QJsonObject {{"error", "rate_limit_exceeded"}, {"message", "Too many"}, {"retryAfter", 1}});
    limited.addHeader("Retry-After", "1");
    HostileReply reset = HostileReply::bytes(200, "{\"data\":[");
    reset.kind = HostileReply::Kind::Reset;
    HostileReply garbage;
    garbage.kind = HostileReply::Kind::Raw;
    garbage.body = "SSH-2.0-OpenSSH_9.2\r\nthis is not HTTP\r\n\r\n";
    return {
        {"slow drip", constant(drip)},
        {"huge body", constant(huge)},
        {"deep nesting", constant(HostileReply::bytes(200, deep))},
        {"truncated", constant(truncated)},
        {"invalid utf-8",
            constant(HostileReply::bytes(200, "{\"data\":\"\xff\xfe\xfd\",\"x\":1}"))},
        {"html 200",
            constant(HostileReply::bytes(
                200, "<html><body><h1>Welcome to nginx!</h1></body></html>", "text/html"))},
        {"empty 200", constant(HostileReply::bytes(200, QByteArray()))},
        {"wrong types",
            constant(HostileReply::json(200,
                QJsonObject {{"prospects", "many"}, {"pagination", QJsonObject {{"total", "x"}}},
                    {"data", 5}, {"listId", 7}, {"status", false}, {"valid", "yes"}}))},
        {"redirect to another host",
            [](HostileServer *other) -> Handler {
                return [other](const HostileRequest &r) {
                    HostileReply reply = HostileReply::bytes(302, QByteArray());
                    reply.addHeader("Location",
                        other->baseUrl(QStringLiteral("localhost")).toString().toUtf8()
                            + r.path.mid(3));
                    return reply;
                };
            }},
        {"429 forever", constant(limited)},
        {"500 forever",
            constant(HostileReply::json(
                500, QJsonObject {{"error", "internal_error"}, {"message", "boom"}}))},
        {"connection reset", constant(reset)},
        {"not http", constant(garbage)},
    };
}

} // namespace kakiyo::test
