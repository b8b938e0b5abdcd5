#include "models/domain/Model.h"

#include "models/domain/JsonReader.h"

namespace kakiyo {

Decoded<Model> Model::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    Model m;
    m.id = r.string("id");
    m.name = r.string("name");
    m.status = r.optString("status", QStringLiteral("active"));
    JsonReader p = r.child("pricing");
    m.pricing.input = p.optNumber("input");
    m.pricing.output = p.optNumber("output");
    if (p.has("cached"))
        m.pricing.cached = p.optNumber("cached");
    return r.finish(std::move(m));
}

Decoded<ModelList> ModelList::fromJson(const QJsonValue &value, const QString &path)
{
    ModelList list;
    if (value.isArray()) {
        auto d = JsonReader::decodeList<Model>(value, path, &Model::fromJson);
        if (!d.ok())
            return Decoded<ModelList>::failure(d.error);
        list.models = std::move(d.value);
        list.total = list.models.size();
        return Decoded<ModelList>::success(std::move(list));
    }
    JsonReader r(value, path);
    list.models = r.list<Model>("models", &Model::fromJson, JsonReader::Required);
    list.total = r.optInteger("total", list.models.size());
    return r.finish(std::move(list));
}

} // namespace kakiyo
