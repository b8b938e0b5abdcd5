#include "models/domain/DncEntry.h"

#include "models/domain/JsonReader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace kakiyo {

Decoded<QJsonValue> unwrapDnc(const QJsonValue &value, QString *message)
{
    if (!value.isObject())
        return Decoded<QJsonValue>::success(value);
    const QJsonObject o = value.toObject();
    if (!o.contains(QLatin1String("data")))
        return Decoded<QJsonValue>::success(value);
    const QJsonValue err = o.value(QLatin1String("error"));
    if (!err.isUndefined() && !err.isNull())
        return Decoded<QJsonValue>::failure({QStringLiteral("error"),
            QStringLiteral("expected null in a successful answer, got ")
                + (err.isString() ? QLatin1Char('"') + err.toString().left(60) + QLatin1Char('"')
                                  : JsonReader::typeName(err))});
    if (message)
        *message = o.value(QLatin1String("message")).toString();
    return Decoded<QJsonValue>::success(o.value(QLatin1String("data")));
}

namespace {
// Decodes `value` (enveloped or bare) with `inner(data, "data")`.
template<typename T, typename Fn>
Decoded<T> decodeDnc(
    const QJsonValue &value, const QString &path, Fn inner, QString *message = nullptr)
{
    const bool wrapped = value.isObject() && value.toObject().contains(QLatin1String("data"));
    auto data = unwrapDnc(value, message);
    if (!data.ok()) {
        if (!path.isEmpty())
            data.error.path = path + QLatin1Char('.') + data.error.path;
        return Decoded<T>::failure(data.error);
    }
    QString innerPath = path;
    if (wrapped)
        innerPath = path.isEmpty() ? QStringLiteral("data") : path + QStringLiteral(".data");
    return inner(data.value, innerPath);
}
} // namespace

Decoded<DncEntry> DncEntry::fromJson(const QJsonValue &value, const QString &path)
{
    return decodeDnc<DncEntry>(value, path, [](const QJsonValue &v, const QString &p) {
        JsonReader r(v, p);
        DncEntry e;
        e.id = r.stringOf({"$id", "id"});
        e.teamId = r.optString("teamId");
        e.url = r.string("url");
        e.createdAt = r.dateTime(r.has("$createdAt") ? "$createdAt" : "createdAt");
        e.updatedAt = r.dateTime(r.has("$updatedAt") ? "$updatedAt" : "updatedAt");
        return r.finish(std::move(e));
    });
}

Decoded<DncListPage> DncListPage::fromJson(const QJsonValue &value, const QString &path)
{
    return decodeDnc<DncListPage>(value, path, [](const QJsonValue &v, const QString &p) {
        JsonReader r(v, p);
        DncListPage page;
        page.entries = r.list<DncEntry>("entries", &DncEntry::fromJson, JsonReader::Required);
        page.total = r.optInteger("total", page.entries.size());
        page.limit = int(r.optInteger("limit", 50));
        page.offset = r.optInteger("offset");
        page.served = page.entries.size();
        return r.finish(std::move(page));
    });
}

Decoded<DncCheck> DncCheck::fromJson(const QJsonValue &value, const QString &path)
{
    return decodeDnc<DncCheck>(value, path, [](const QJsonValue &v, const QString &p) {
        JsonReader r(v, p);
        DncCheck c;
        c.onList = r.boolean("onList");
        if (r.has("entry"))
            c.entry = r.nested<DncEntry>("entry", &DncEntry::fromJson);
        return r.finish(std::move(c));
    });
}

Decoded<DncBatchRow> DncBatchRow::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    DncBatchRow row;
    row.url = r.optString("url");
    row.status = r.string("status");
    row.error = r.optString("error");
    return r.finish(std::move(row));
}

Decoded<DncBatchResult> DncBatchResult::fromJson(const QJsonValue &value, const QString &path)
{
    QString message;
    auto d = decodeDnc<DncBatchResult>(
        value, path,
        [](const QJsonValue &v, const QString &p) {
            JsonReader r(v, p);
            DncBatchResult b;
            b.added = r.optInteger("added");
            b.duplicates = r.optInteger("duplicates");
            b.errors = r.optInteger("errors");
            b.details = r.list<DncBatchRow>("details", &DncBatchRow::fromJson);
            return r.finish(std::move(b));
        },
        &message);
    d.value.message = message;
    return d;
}

QString normalizeLinkedInUrl(const QString &url)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:https?://)?(?:www\.)?linkedin\.com/in/([^/?#\s]+)/?(?:[?#].*)?$)"));
    static const QRegularExpression shortRe(QStringLiteral(R"(^in/([^/?#\s]+)/?$)"));
    const QString s = url.trimmed().toLower();
    QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        m = shortRe.match(s);
    if (!m.hasMatch())
        return {};
    return QStringLiteral("https://linkedin.com/in/") + m.captured(1);
}

namespace {
void checkDncUrl(FormCheck &c, const QString &field, const QString &url)
{
    if (c.required(field, url) && normalizeLinkedInUrl(url).isEmpty())
        c.add(field, QStringLiteral("must be a LinkedIn profile URL (linkedin.com/in/…)"));
}
} // namespace

Encoded DncUrl::encode() const
{
    FormCheck c;
    checkDncUrl(c, QStringLiteral("url"), url);
    Encoded e;
    e.body = {{QStringLiteral("url"), url.trimmed()}};
    e.errors = c.errors();
    return e;
}

EncodedQuery DncUrl::encodeQuery() const
{
    FormCheck c;
    checkDncUrl(c, QStringLiteral("url"), url);
    EncodedQuery q;
    addQueryValue(q.query, QStringLiteral("url"), url.trimmed());
    q.errors = c.errors();
    return q;
}

Encoded DncBatch::encode() const
{
    FormCheck c;
    c.count(QStringLiteral("entries"), urls.size(), 1, 0);
    QJsonArray arr;
    for (qsizetype i = 0; i < urls.size(); ++i) {
        c.required(QStringLiteral("entries[%1].url").arg(i), urls[i]);
        arr.append(QJsonObject {{QStringLiteral("url"), urls[i].trimmed()}});
    }
    Encoded e;
    e.body = {{QStringLiteral("entries"), arr}};
    e.errors = c.errors();
    return e;
}

EncodedQuery DncListQuery::encode() const
{
    FormCheck c;
    c.range(QStringLiteral("limit"), limit, 1, 1000);
    c.range(QStringLiteral("offset"), offset, 0, std::numeric_limits<qint32>::max());
    EncodedQuery q;
    q.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    q.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    q.errors = c.errors();
    return q;
}

} // namespace kakiyo
