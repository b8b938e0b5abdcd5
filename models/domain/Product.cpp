#include "models/domain/Product.h"

#include "models/domain/JsonReader.h"

namespace kakiyo {

Decoded<Product> Product::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    Product p;
    p.id = r.string("id");
    p.name = r.string("name");
    p.description = r.optString("description");
    p.createdAt = r.dateTime("createdAt");
    return r.finish(std::move(p));
}

Decoded<QList<Product>> Product::listFromJson(const QJsonValue &value, const QString &path)
{
    return JsonReader::decodeList<Product>(value, path, &Product::fromJson);
}

Encoded ProductCreate::encode() const
{
    FormCheck c;
    c.length(QStringLiteral("name"), name.trimmed(), 3, 200);
    c.length(QStringLiteral("description"), description.trimmed(), 10, 10000);
    Encoded e;
    e.body = {{QStringLiteral("name"), name.trimmed()},
        {QStringLiteral("description"), description.trimmed()}};
    e.errors = c.errors();
    return e;
}

} // namespace kakiyo
