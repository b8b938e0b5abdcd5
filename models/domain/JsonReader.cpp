#include "models/domain/JsonReader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace kakiyo {

JsonReader::JsonReader(const QJsonValue &value, const QString &path)
    : m_path(path)
{
    if (value.isObject())
        m_object = value.toObject();
    else
        *m_error = {path, QStringLiteral("expected object, got ") + typeName(value)};
}

JsonReader::JsonReader(const QJsonObject &object, QString path, DecodeError *error, bool absent)
    : m_object(object)
    , m_path(std::move(path))
    , m_error(error)
    , m_absent(absent)
{
}

QString JsonReader::pathOf(const char *key) const
{
    if (m_path.isEmpty())
        return QString::fromLatin1(key);
    return m_path + QLatin1Char('.') + QLatin1String(key);
}

bool JsonReader::has(const char *key) const
{
    const QJsonValue v = valueOf(key);
    return !v.isUndefined() && !v.isNull();
}

const char *JsonReader::firstPresent(std::initializer_list<const char *> keys) const
{
    for (const char *k : keys) {
        if (has(k))
            return k;
    }
    return nullptr;
}

void JsonReader::fail(const char *key, const QString &problem)
{
    if (!m_error->isSet())
        *m_error = {pathOf(key), problem};
}

void JsonReader::failType(const char *key, const QString &expected, const QJsonValue &got)
{
    fail(key, QStringLiteral("expected %1, got %2").arg(expected, typeName(got)));
}

void JsonReader::adopt(const DecodeError &e)
{
    if (!m_error->isSet() && e.isSet())
        *m_error = e;
}

QString JsonReader::string(const char *key, Presence p)
{
    const QJsonValue v = valueOf(key);
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || v.isNull()) {
        if (p == Required && !m_absent)
            fail(key, QStringLiteral("required field missing"));
        return {};
    }
    failType(key, QStringLiteral("string"), v);
    return {};
}

QString JsonReader::optString(const char *key, const QString &fallback)
{
    // One lookup: this runs for most fields of every decoded row.
    const QJsonValue v = valueOf(key);
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || v.isNull())
        return fallback;
    failType(key, QStringLiteral("string"), v);
    return fallback;
}

QString JsonReader::stringOf(std::initializer_list<const char *> keys, Presence p)
{
    if (const char *k = firstPresent(keys))
        return string(k, p);
    if (p == Required && !m_absent && keys.size() > 0)
        fail(*keys.begin(), QStringLiteral("required field missing"));
    return {};
}

qint64 JsonReader::integer(const char *key, Presence p, qint64 fallback)
{
    const QJsonValue v = valueOf(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Integral numbers only, within the range a double holds exactly.
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= 9007199254740992.0)
            return static_cast<qint64>(d);
        fail(key, QStringLiteral("expected integer, got %1").arg(d));
        return fallback;
    }
    if (v.isUndefined() || v.isNull()) {
        if (p == Required && !m_absent)
            fail(key, QStringLiteral("required field missing"));
        return fallback;
    }
    failType(key, QStringLiteral("integer"), v);
    return fallback;
}

double JsonReader::number(const char *key, Presence p, double fallback)
{
    const QJsonValue v = valueOf(key);
    if (v.isDouble())
        return v.toDouble();
    if (v.isUndefined() || v.isNull()) {
        if (p == Required && !m_absent)
            fail(key, QStringLiteral("required field missing"));
        return fallback;
    }
    failType(key, QStringLiteral("number"), v);
    return fallback;
}

double JsonReader::optRate(const char *key, double fallback)
{
    const QJsonValue v = valueOf(key);
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        if (const auto rate = parseRate(v.toString()))
            return *rate;
        fail(key, QStringLiteral("expected a percentage, got \"%1\"").arg(v.toString().left(40)));
        return fallback;
    }
    if (v.isUndefined() || v.isNull())
        return fallback;
    failType(key, QStringLiteral("number or percentage string"), v);
    return fallback;
}

bool JsonReader::boolean(const char *key, Presence p, bool fallback)
{
    const QJsonValue v = valueOf(key);
    if (v.isBool())
        return v.toBool();
    if (v.isUndefined() || v.isNull()) {
        if (p == Required && !m_absent)
            fail(key, QStringLiteral("required field missing"));
        return fallback;
    }
    failType(key, QStringLiteral("boolean"), v);
    return fallback;
}

std::optional<bool> JsonReader::maybeBool(const char *key)
{
    const QJsonValue v = valueOf(key);
    if (v.isBool())
        return v.toBool();
    if (!v.isUndefined() && !v.isNull())
        failType(key, QStringLiteral("boolean"), v);
    return std::nullopt;
}

QDateTime JsonReader::dateTime(const char *key, Presence p)
{
    const QJsonValue v = valueOf(key);
    if (v.isString()) {
        if (const auto dt = parseDateTime(v.toString()))
            return *dt;
        fail(key,
            QStringLiteral("expected ISO-8601 date-time, got \"%1\"").arg(v.toString().left(40)));
        return {};
    }
    if (v.isUndefined() || v.isNull()) {
        if (p == Required && !m_absent)
            fail(key, QStringLiteral("required field missing"));
        return {};
    }
    failType(key, QStringLiteral("date-time string"), v);
    return {};
}

QDate JsonReader::date(const char *key, Presence p)
{
    const QJsonValue v = valueOf(key);
    if (v.isString()) {
        const QString s = v.toString();
        QDate d = QDate::fromString(s.left(10), Qt::ISODate);
        if (d.isValid() && (s.size() == 10 || parseDateTime(s)))
            return d;
        fail(key, QStringLiteral("expected date YYYY-MM-DD, got \"%1\"").arg(s.left(40)));
        return {};
    }
    if (v.isUndefined() || v.isNull()) {
        if (p == Required && !m_absent)
            fail(key, QStringLiteral("required field missing"));
        return {};
    }
    failType(key, QStringLiteral("date string"), v);
    return {};
}

QStringList JsonReader::stringList(const char *key, Presence p)
{
    const QJsonValue v = valueOf(key);
    if (v.isUndefined() || v.isNull()) {
        if (p == Required && !m_absent)
            fail(key, QStringLiteral("required field missing"));
        return {};
    }
    if (!v.isArray()) {
        failType(key, QStringLiteral("array of strings"), v);
        return {};
    }
    const QJsonArray a = v.toArray();
    QStringList out;
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            if (!m_error->isSet())
                *m_error = {pathOf(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                    QStringLiteral("expected string, got ") + typeName(a.at(i))};
            return {};
        }
        out.append(a.at(i).toString());
    }
    return out;
}

QJsonObject JsonReader::rawObject(const char *key)
{
    const QJsonValue v = valueOf(key);
    if (v.isObject())
        return v.toObject();
    if (!v.isUndefined() && !v.isNull())
        failType(key, QStringLiteral("object"), v);
    return {};
}

QMap<QString, qint64> JsonReader::countMap(const char *key)
{
    JsonReader c = child(key);
    QMap<QString, qint64> out;
    const QJsonObject &o = c.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QByteArray k = it.key().toUtf8();
        out.insert(it.key(), c.integer(k.constData(), Optional));
    }
    return out;
}

QMap<QString, QString> JsonReader::stringMap(const char *key)
{
    JsonReader c = child(key);
    QMap<QString, QString> out;
    const QJsonObject &o = c.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QByteArray k = it.key().toUtf8();
        out.insert(it.key(), c.string(k.constData(), Optional));
    }
    return out;
}

JsonReader JsonReader::child(const char *key, Presence p)
{
    const QJsonValue v = valueOf(key);
    if (v.isObject())
        return JsonReader(v.toObject(), pathOf(key), m_error, false);
    if (v.isUndefined() || v.isNull()) {
        if (p == Required && !m_absent)
            fail(key, QStringLiteral("required field missing"));
    } else {
        failType(key, QStringLiteral("object"), v);
    }
    return JsonReader(QJsonObject(), pathOf(key), m_error, true);
}

QString JsonReader::typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

std::optional<QDateTime> JsonReader::parseDateTime(const QString &text)
{
    if (text.size() < 10 || text.size() > 40)
        return std::nullopt;
    // ISODateWithMs parses both "…:00Z" and "…:00.000Z" (and offsets); a bare date is midnight UTC.
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid() && text.size() == 10) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            dt = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (!dt.isValid())
        return std::nullopt;
    return dt.toUTC();
}

std::optional<double> JsonReader::parseRate(const QString &text)
{
    QString s = text.trimmed();
    if (s.endsWith(QLatin1Char('%')))
        s.chop(1);
    bool ok = false;
    const double d = s.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

Decoded<QJsonValue> JsonReader::parse(const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        return Decoded<QJsonValue>::failure({QString(),
            QStringLiteral("invalid JSON at byte %1 of %2: %3")
                .arg(qMin<qsizetype>(err.offset, body.size()))
                .arg(body.size())
                .arg(err.errorString())});
    }
    if (doc.isArray())
        return Decoded<QJsonValue>::success(doc.array());
    if (doc.isObject())
        return Decoded<QJsonValue>::success(doc.object());
    return Decoded<QJsonValue>::failure({QString(), QStringLiteral("empty body")});
}

} // namespace kakiyo
