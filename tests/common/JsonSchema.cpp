#include "JsonSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace kakiyo::test {

QJsonObject JsonSchema::resolve(const QString &ref) const
{
    if (!ref.startsWith(u"#/"))
        return {};
    QJsonValue node = m_document;
    const QStringList parts = ref.mid(2).split(u'/');
    for (QString part : parts) {
        part.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (!node.isObject())
            return {};
        node = node.toObject().value(part);
    }
    return node.toObject();
}

bool JsonSchema::hasType(const QJsonValue &value, const QString &type)
{
    if (type == u"object")
        return value.isObject();
    if (type == u"array")
        return value.isArray();
    if (type == u"string")
        return value.isString();
    if (type == u"boolean")
        return value.isBool();
    if (type == u"null")
        return value.isNull();
    if (type == u"number")
        return value.isDouble();
    if (type == u"integer") {
        if (!value.isDouble())
            return false;
        const double d = value.toDouble();
        return std::isfinite(d) && std::floor(d) == d;
    }
    return true; // unknown type names do not constrain
}

QString JsonSchema::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return u'"' + value.toString().left(60) + u'"';
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("nothing");
    }
}

QStringList JsonSchema::validate(
    const QJsonValue &value, const QJsonObject &schema, const QString &path) const
{
    QStringList problems;
    check(value, schema, path, problems, 0);
    return problems;
}

void JsonSchema::check(const QJsonValue &value, const QJsonObject &schemaIn, const QString &path,
    QStringList &problems, int depth) const
{
    if (depth > 64) {
        problems << path + QStringLiteral(": schema nesting too deep (cyclic $ref?)");
        return;
    }
    QJsonObject schema = schemaIn;
    if (schema.contains("$ref")) {
        const QString ref = schema.value("$ref").toString();
        const QJsonObject target = resolve(ref);
        if (target.isEmpty()) {
            problems << path + QStringLiteral(": unresolvable $ref ") + ref;
            return;
        }
        // Sibling keywords next to $ref (OpenAPI 3.1) still apply.
        QJsonObject merged = target;
        for (auto it = schema.begin(); it != schema.end(); ++it) {
            if (it.key() != u"$ref")
                merged.insert(it.key(), it.value());
        }
        check(value, merged, path, problems, depth + 1);
        return;
    }

    const bool nullable = schema.value("nullable").toBool();
    if (value.isNull() && nullable)
        return;

    if (schema.contains("type")) {
        const QJsonValue t = schema.value("type");
        QStringList types;
        if (t.isArray()) {
            for (const QJsonValue &x : t.toArray())
                types << x.toString();
        } else {
            types << t.toString();
        }
        bool ok = false;
        for (const QString &type : std::as_const(types))
            ok = ok || hasType(value, type);
        if (!ok) {
            problems << QStringLiteral("%1: expected %2, got %3")
                            .arg(path, types.join(u'|'), describe(value));
            return;
        }
    }

    if (schema.contains("enum")) {
        const QJsonArray options = schema.value("enum").toArray();
        bool found = false;
        for (const QJsonValue &option : options)
            found = found || option == value;
        if (!found)
            problems << QStringLiteral("%1: %2 is not one of %3")
                            .arg(path, describe(value),
                                QString::fromUtf8(
                                    QJsonDocument(options).toJson(QJsonDocument::Compact)));
    }

    if (schema.contains("allOf")) {
        for (const QJsonValue &sub : schema.value("allOf").toArray())
            check(value, sub.toObject(), path, problems, depth + 1);
    }
    for (const char *key : {"anyOf", "oneOf"}) {
        if (!schema.contains(QLatin1String(key)))
            continue;
        const QJsonArray options = schema.value(QLatin1String(key)).toArray();
        int matches = 0;
        QStringList firstProblems;
        for (const QJsonValue &sub : options) {
            QStringList p;
            check(value, sub.toObject(), path, p, depth + 1);
            if (p.isEmpty())
                ++matches;
            else if (firstProblems.isEmpty())
                firstProblems = p;
        }
        if (matches == 0)
            problems << QStringLiteral("%1: matches none of %2 (%3)")
                            .arg(path, QLatin1String(key), firstProblems.join(u"; "));
        else if (QLatin1String(key) == QLatin1String("oneOf") && matches > 1)
            problems << QStringLiteral("%1: matches %2 oneOf alternatives").arg(path).arg(matches);
    }

    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &name : schema.value("required").toArray()) {
            if (!object.contains(name.toString()))
                problems
                    << QStringLiteral("%1: missing required \"%2\"").arg(path, name.toString());
        }
        const QJsonObject properties = schema.value("properties").toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (object.contains(it.key()))
                check(object.value(it.key()), it.value().toObject(), path + u'.' + it.key(),
                    problems, depth + 1);
        }
    }

    if (value.isArray() && schema.contains("items")) {
        const QJsonArray array = value.toArray();
        const QJsonObject items = schema.value("items").toObject();
        for (qsizetype i = 0; i < array.size(); ++i)
            check(
                array.at(i), items, QStringLiteral("%1[%2]").arg(path).arg(i), problems, depth + 1);
    }
}

} // namespace kakiyo::test
