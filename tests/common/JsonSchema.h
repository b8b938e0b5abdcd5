// A small JSON Schema checker for the published OpenAPI description: type (also arrays of types
// and OpenAPI's nullable), properties, required, items, enum, $ref into the same document, allOf /
// anyOf / oneOf. Formats, patterns and lengths are not checked; additionalProperties is ignored
// (unknown keys are allowed by the contract). Tests use it to hold sandbox answers to the schema.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace kakiyo::test {

class JsonSchema
{
public:
    // document: the whole OpenAPI (or schema) document that "#/..." references point into.
    explicit JsonSchema(const QJsonObject &document = {})
        : m_document(document)
    {
    }

    // Problems found, each "path: what is wrong"; empty when value conforms.
    QStringList validate(const QJsonValue &value, const QJsonObject &schema,
        const QString &path = QStringLiteral("$")) const;
    // Follows "#/a/b/c" in the document; an empty object when it does not resolve.
    QJsonObject resolve(const QString &ref) const;

private:
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &path,
        QStringList &problems, int depth) const;
    static bool hasType(const QJsonValue &value, const QString &type);
    static QString describe(const QJsonValue &value);

    QJsonObject m_document;
};

} // namespace kakiyo::test
