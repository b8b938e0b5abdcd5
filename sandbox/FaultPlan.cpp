#include "sandbox/FaultPlan.h"

#include <QJsonValue>

namespace kakiyo::sandbox {

std::optional<Fault> Fault::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<Fault> {};
    };
    Fault f;
    const QString kind = json.value("kind").toString(QStringLiteral("status"));
    if (kind == u"status")
        f.kind = Kind::Status;
    else if (kind == u"delay")
        f.kind = Kind::Delay;
    else if (kind == u"drop")
        f.kind = Kind::Drop;
    else if (kind == u"malformed")
        f.kind = Kind::Malformed;
    else if (kind == u"truncated")
        f.kind = Kind::Truncated;
    else if (kind == u"omit")
        f.kind = Kind::Omit;
    else
        return fail(
            QStringLiteral("kind must be status, delay, drop, malformed, truncated or omit"));
    if (f.kind == Kind::Omit) {
        f.omitKey = json.value("key").toString();
        if (f.omitKey.isEmpty())
            return fail(QStringLiteral("an omit fault needs key: the top-level key to leave out"));
    }
    if (json.contains("method") && !json.value("method").isNull()) {
        if (!json.value("method").isString())
            return fail(QStringLiteral("method must be a string"));
        f.method = json.value("method").toString().toUpper().toLatin1();
    }
    if (json.contains("path") && !json.value("path").isString())
        return fail(QStringLiteral("path must be a string"));
    f.pathPrefix = json.value("path").toString();
    if (json.contains("count")) {
        const QJsonValue c = json.value("count");
        if (!c.isDouble() || c.toDouble() < 1 || c.toDouble() != double(int(c.toDouble())))
            return fail(QStringLiteral("count must be a positive integer"));
        f.count = c.toInt();
    }
    if (json.contains("status")) {
        const int s = json.value("status").toInt(-1);
        if (s < 100 || s > 599)
            return fail(QStringLiteral("status must be an HTTP status code"));
        f.status = s;
    }
    if (json.contains("body")) {
        if (!json.value("body").isObject())
            return fail(QStringLiteral("body must be a JSON object"));
        f.body = json.value("body").toObject();
        f.hasBody = true;
    }
    if (json.contains("headers")) {
        if (!json.value("headers").isObject())
            return fail(QStringLiteral("headers must be a JSON object of strings"));
        f.headers = json.value("headers").toObject();
    }
    if (json.contains("delayMs")) {
        const int d = json.value("delayMs").toInt(-1);
        if (d < 0 || d > 600000)
            return fail(QStringLiteral("delayMs must be between 0 and 600000"));
        f.delayMs = d;
    } else if (f.kind == Kind::Delay) {
        f.delayMs = 3000;
    }
    return f;
}

QJsonObject Fault::toJson() const
{
    static const char *kinds[] = {"status", "delay", "drop", "malformed", "truncated", "omit"};
    QJsonObject o {{"kind", kinds[int(kind)]}, {"path", pathPrefix}, {"count", count},
        {"status", status}, {"delayMs", delayMs}};
    if (!method.isEmpty())
        o.insert("method", QString::fromLatin1(method));
    if (hasBody)
        o.insert("body", body);
    if (!headers.isEmpty())
        o.insert("headers", headers);
    if (kind == Kind::Omit)
        o.insert("key", omitKey);
    return o;
}

std::optional<Fault> FaultPlan::take(const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!f.method.isEmpty() && f.method != method)
            continue;
        if (!path.startsWith(f.pathPrefix))
            continue;
        Fault taken = f;
        if (--f.count <= 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

} // namespace kakiyo::sandbox
