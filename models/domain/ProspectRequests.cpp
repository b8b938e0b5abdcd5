#include "models/domain/ProspectRequests.h"

#include "models/domain/ConversationStatus.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>
#include <limits>

namespace kakiyo {

namespace {
QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

void checkProspectList(FormCheck &c, const QList<ProspectInput> &prospects, QJsonArray &out)
{
    c.count(QStringLiteral("prospects"), prospects.size(), 1, kMaxBatchProspects);
    QSet<QString> seen;
    for (qsizetype i = 0; i < prospects.size(); ++i) {
        FormCheck item(QStringLiteral("prospects[%1]").arg(i));
        item.merge(prospects[i].validate());
        const QString key = prospects[i].url.trimmed().toLower();
        if (!key.isEmpty() && seen.contains(key))
            item.add(QStringLiteral("url"), QStringLiteral("appears twice in this batch"));
        seen.insert(key);
        c.merge(item.errors());
        out.append(prospects[i].toJson());
    }
}
} // namespace

FieldErrors ProspectInput::validate() const
{
    FormCheck c;
    c.length(QStringLiteral("name"), name.trimmed(), 1, 200);
    c.linkedInProfileUrl(QStringLiteral("url"), url);
    if (customData.size() > kMaxCustomDataChars)
        c.add(QStringLiteral("customData"),
            QStringLiteral("must be at most %1 characters (it has %2)")
                .arg(kMaxCustomDataChars)
                .arg(customData.size()));
    for (qsizetype i = 0; i < additionalFields.size(); ++i)
        c.required(
            QStringLiteral("additionalFields[%1].fieldName").arg(i), additionalFields[i].name);
    return c.errors();
}

QJsonObject ProspectInput::toJson() const
{
    QJsonObject o {
        {QStringLiteral("name"), name.trimmed()}, {QStringLiteral("url"), url.trimmed()}};
    if (!customData.isEmpty())
        o.insert(QStringLiteral("customData"), customData);
    if (ongoing)
        o.insert(QStringLiteral("ongoing"), *ongoing);
    if (!additionalFields.isEmpty()) {
        QJsonArray arr;
        for (const CustomField &f : additionalFields)
            arr.append(QJsonObject {
                {QStringLiteral("fieldName"), f.name}, {QStringLiteral("fieldValue"), f.value}});
        o.insert(QStringLiteral("additionalFields"), arr);
    }
    return o;
}

Encoded ProspectCreate::encode() const
{
    FormCheck c;
    c.required(QStringLiteral("campaignId"), campaignId);
    c.merge(prospect.validate());
    Encoded e;
    e.body = prospect.toJson();
    e.body.insert(QStringLiteral("campaignId"), campaignId);
    e.errors = c.errors();
    return e;
}

Encoded ProspectBatch::encode() const
{
    FormCheck c;
    c.required(QStringLiteral("campaignId"), campaignId);
    QJsonArray arr;
    checkProspectList(c, prospects, arr);
    Encoded e;
    e.body = {{QStringLiteral("campaignId"), campaignId}, {QStringLiteral("prospects"), arr}};
    e.errors = c.errors();
    return e;
}

Encoded RoundRobinBatch::encode() const
{
    FormCheck c;
    QStringList ids;
    for (const QString &id : campaignIds) {
        if (!id.trimmed().isEmpty() && !ids.contains(id.trimmed()))
            ids.append(id.trimmed());
    }
    if (ids.size() < 2)
        c.add(QStringLiteral("campaignIds"),
            QStringLiteral("round-robin needs at least 2 different campaigns"));
    QJsonArray arr;
    checkProspectList(c, prospects, arr);
    Encoded e;
    e.body = {{QStringLiteral("campaignIds"), QJsonArray::fromStringList(ids)},
        {QStringLiteral("prospects"), arr}};
    e.errors = c.errors();
    return e;
}

Encoded SalesNavigatorImport::encode() const
{
    FormCheck c;
    c.required(QStringLiteral("campaignId"), campaignId);
    if (c.required(QStringLiteral("searchUrl"), searchUrl)) {
        const QUrl u(searchUrl, QUrl::StrictMode);
        if (searchUrl.size() > 20000)
            c.add(QStringLiteral("searchUrl"), QStringLiteral("must be at most 20000 characters"));
        else if (!u.isValid() || u.scheme() != QLatin1String("https")
            || !u.host().toLower().endsWith(QLatin1String("linkedin.com"))
            || !u.path().startsWith(QLatin1String("/sales/search/people"))
            || !QUrlQuery(u).hasQueryItem(QStringLiteral("query")))
            c.add(QStringLiteral("searchUrl"),
                QStringLiteral("must be a Sales Navigator people search URL "
                               "(https://www.linkedin.com/sales/search/people?query=…)"));
    }
    if (requestedCount != 100 && requestedCount != 250 && requestedCount != 500)
        c.add(QStringLiteral("requestedCount"), QStringLiteral("must be 100, 250 or 500"));
    if (!name.isEmpty())
        c.length(QStringLiteral("name"), name, 1, 120);
    Encoded e;
    e.body = {{QStringLiteral("campaignId"), campaignId}, {QStringLiteral("searchUrl"), searchUrl},
        {QStringLiteral("requestedCount"), requestedCount}};
    if (!name.isEmpty())
        e.body.insert(QStringLiteral("name"), name);
    e.errors = c.errors();
    return e;
}

Encoded CustomDataUpdate::encode() const
{
    FormCheck c;
    // The server truncates silently; refusing here keeps the user's text intact.
    if (customData.size() > kMaxCustomDataChars)
        c.add(QStringLiteral("customData"),
            QStringLiteral("must be at most %1 characters (it has %2)")
                .arg(kMaxCustomDataChars)
                .arg(customData.size()));
    Encoded e;
    e.body = {{QStringLiteral("customData"), customData}};
    e.errors = c.errors();
    return e;
}

Encoded BulkDelete::encode() const
{
    FormCheck c;
    c.count(QStringLiteral("prospectIds"), prospectIds.size(), 1, 100);
    for (qsizetype i = 0; i < prospectIds.size(); ++i)
        c.required(QStringLiteral("prospectIds[%1]").arg(i), prospectIds[i]);
    Encoded e;
    e.body = {{QStringLiteral("prospectIds"), QJsonArray::fromStringList(prospectIds)}};
    if (!campaignId.isEmpty())
        e.body.insert(QStringLiteral("campaignId"), campaignId);
    e.errors = c.errors();
    return e;
}

EncodedQuery ProspectSearchQuery::encode() const
{
    FormCheck c;
    EncodedQuery q;
    if (!query.trimmed().isEmpty())
        addQueryValue(q.query, QStringLiteral("query"), query.trimmed());
    if (!campaignId.isEmpty())
        addQueryValue(q.query, QStringLiteral("campaignId"), campaignId);
    if (!qualification.isEmpty()) {
        c.oneOf(QStringLiteral("qualification"), qualification, qualificationFilterValues());
        q.query.addQueryItem(QStringLiteral("qualification"), qualification);
    }
    if (status)
        q.query.addQueryItem(QStringLiteral("status"), QString::number(*status));
    if (!city.isEmpty())
        addQueryValue(q.query, QStringLiteral("city"), city);
    if (!country.isEmpty())
        addQueryValue(q.query, QStringLiteral("country"), country);
    if (hasResponded)
        q.query.addQueryItem(QStringLiteral("hasResponded"), boolText(*hasResponded));
    if (isPaused)
        q.query.addQueryItem(QStringLiteral("isPaused"), boolText(*isPaused));
    c.range(QStringLiteral("limit"), limit, 1, 100);
    c.range(QStringLiteral("offset"), offset, 0, std::numeric_limits<qint32>::max());
    q.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    q.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    q.errors = c.errors();
    return q;
}

EncodedQuery CampaignProspectQuery::encode() const
{
    FormCheck c;
    EncodedQuery q;
    c.range(QStringLiteral("limit"), limit, 1, 100);
    q.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty()) {
        addQueryValue(q.query, QStringLiteral("cursor"), cursor);
    } else {
        c.range(QStringLiteral("offset"), offset, 0, std::numeric_limits<qint32>::max());
        if (offset > 0)
            q.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    }
    if (status)
        q.query.addQueryItem(QStringLiteral("status"), QString::number(*status));
    if (isPaused)
        q.query.addQueryItem(QStringLiteral("isPaused"), boolText(*isPaused));
    if (hasResponded)
        q.query.addQueryItem(QStringLiteral("hasResponded"), boolText(*hasResponded));
    q.errors = c.errors();
    return q;
}

} // namespace kakiyo
