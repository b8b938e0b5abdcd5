#include "models/domain/Campaign.h"

#include "models/domain/JsonReader.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace kakiyo {

namespace {
// `agent` / `product` are ids in the OA shape; accept an embedded object with an id too.
QString idOrObjectId(JsonReader &r, const char *key)
{
    const QJsonValue v = r.object().value(QLatin1String(key));
    if (v.isObject()) {
        JsonReader c = r.child(key);
        return c.string("id");
    }
    return r.optString(key);
}

QJsonObject variablesJson(const QMap<QString, QString> &vars)
{
    QJsonObject o;
    for (auto it = vars.begin(); it != vars.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
} // namespace

Decoded<CampaignCounts> CampaignCounts::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    CampaignCounts c;
    c.prospects = r.optInteger("prospects");
    c.prospectsAnswers = r.optInteger("prospectsAnswers");
    c.messages = r.optInteger("messages");
    c.qualified = r.optInteger("qualified");
    c.closed = r.optInteger("closed");
    if (r.has("conversionRate"))
        c.conversionRate = r.optRate("conversionRate");
    if (r.has("responseRate"))
        c.responseRate = r.optRate("responseRate");
    return r.finish(c);
}

Decoded<Campaign> Campaign::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    Campaign c;
    c.id = r.string("id");
    c.name = r.string("name");
    c.status = r.optString("status");
    c.agentId = idOrObjectId(r, "agent");
    c.productId = idOrObjectId(r, "product");
    c.createdAt = r.dateTime("createdAt");
    c.stats = r.nested<CampaignCounts>("stats", &CampaignCounts::fromJson);
    return r.finish(c);
}

Decoded<QList<Campaign>> Campaign::listFromJson(const QJsonValue &value, const QString &path)
{
    return JsonReader::decodeList<Campaign>(value, path, &Campaign::fromJson);
}

Decoded<CampaignStats> CampaignStats::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    CampaignStats s;
    s.id = r.string("id");
    s.name = r.optString("name");
    s.status = r.optString("status");
    s.stats = r.nested<CampaignCounts>("stats", &CampaignCounts::fromJson, JsonReader::Required);
    return r.finish(std::move(s));
}

Decoded<CampaignCreated> CampaignCreated::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    CampaignCreated c;
    c.id = r.string("id");
    c.name = r.optString("name");
    c.status = r.optString("status");
    c.preventAutoStart = r.optBool("preventAutoStart");
    return r.finish(c);
}

FieldErrors validateVariables(const QMap<QString, QString> &variables)
{
    static const QRegularExpression keyRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    FormCheck c(QStringLiteral("variables"));
    for (auto it = variables.begin(); it != variables.end(); ++it) {
        if (!keyRe.match(it.key()).hasMatch())
            c.add(it.key(), QStringLiteral("variable names use letters, digits and _ (max 64)"));
        else if (it.value().size() > 3000)
            c.add(it.key(), QStringLiteral("must be at most 3000 characters"));
    }
    return c.errors();
}

Encoded CampaignCreate::encode() const
{
    FormCheck c;
    c.length(QStringLiteral("name"), name.trimmed(), 3, 100);
    c.required(QStringLiteral("productId"), productId);
    c.required(QStringLiteral("promptId"), promptId);
    c.required(QStringLiteral("agentId"), agentId);
    c.range(QStringLiteral("qualificationAutomatic"), qualificationAutomatic, 0, 100);
    c.range(QStringLiteral("qualificationVerification"), qualificationVerification, 0, 100);
    c.merge(validateVariables(variables));
    Encoded e;
    e.body = {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("productId"), productId},
        {QStringLiteral("promptId"), promptId}, {QStringLiteral("agentId"), agentId},
        {QStringLiteral("qualificationAutomatic"), qualificationAutomatic},
        {QStringLiteral("qualificationVerification"), qualificationVerification},
        {QStringLiteral("variables"), variablesJson(variables)},
        {QStringLiteral("preventAutoStart"), preventAutoStart}};
    e.errors = c.errors();
    return e;
}

Encoded CampaignUpdate::encode() const
{
    FormCheck c;
    Encoded e;
    if (!name && !qualificationAutomatic && !qualificationVerification && !variables)
        c.add(QString(), QStringLiteral("nothing to change"));
    if (name) {
        c.length(QStringLiteral("name"), name->trimmed(), 3, 100);
        e.body.insert(QStringLiteral("name"), name->trimmed());
    }
    if (qualificationAutomatic) {
        c.range(QStringLiteral("qualificationAutomatic"), *qualificationAutomatic, 0, 100);
        e.body.insert(QStringLiteral("qualificationAutomatic"), *qualificationAutomatic);
    }
    if (qualificationVerification) {
        c.range(QStringLiteral("qualificationVerification"), *qualificationVerification, 0, 100);
        e.body.insert(QStringLiteral("qualificationVerification"), *qualificationVerification);
    }
    if (variables) {
        c.merge(validateVariables(*variables));
        e.body.insert(QStringLiteral("variables"), variablesJson(*variables));
    }
    e.errors = c.errors();
    return e;
}

} // namespace kakiyo
