// JsonReader: reads the fields of one JSON object for a decoder, tolerantly and uniformly.
// Optional getters turn a missing or null field into the documented default; required getters and
// wrong types record the first DecodeError with the field's full path. Decoders therefore stay a
// flat list of `x.f = r.string("f")` lines and never crash on surprising input.
#pragma once

#include "models/domain/DecodeError.h"
#include "models/domain/Decoded.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QStringList>
#include <initializer_list>
#include <optional>

namespace kakiyo {

class JsonReader
{
public:
    enum Presence
    {
        Optional,
        Required
    };

    // A root reader: `value` must be an object, else the reader starts with an error at `path`.
    explicit JsonReader(const QJsonValue &value, const QString &path = {});
    JsonReader(const JsonReader &) = delete;
    JsonReader &operator=(const JsonReader &) = delete;

    bool ok() const { return !m_error->isSet(); }
    const DecodeError &error() const { return *m_error; }
    const QJsonObject &object() const { return m_object; }
    const QString &path() const { return m_path; }
    QString pathOf(const char *key) const;

    // True when the key is present with a non-null value.
    bool has(const char *key) const;
    // The first of `keys` present with a non-null value, or nullptr.
    const char *firstPresent(std::initializer_list<const char *> keys) const;

    QString string(const char *key, Presence p = Required);
    QString optString(const char *key, const QString &fallback = {});
    // The first present of several spellings (`id` / `$id`); the error names the first spelling.
    QString stringOf(std::initializer_list<const char *> keys, Presence p = Required);

    qint64 integer(const char *key, Presence p = Required, qint64 fallback = 0);
    qint64 optInteger(const char *key, qint64 fallback = 0)
    {
        return integer(key, Optional, fallback);
    }
    double number(const char *key, Presence p = Required, double fallback = 0);
    double optNumber(const char *key, double fallback = 0)
    {
        return number(key, Optional, fallback);
    }
    // A percentage given as a number (7.12) or as a string ("12.00%", "12.5").
    double optRate(const char *key, double fallback = 0);
    bool boolean(const char *key, Presence p = Required, bool fallback = false);
    bool optBool(const char *key, bool fallback = false)
    {
        return boolean(key, Optional, fallback);
    }
    std::optional<bool> maybeBool(const char *key);

    // ISO-8601 with or without milliseconds; missing/null → invalid QDateTime.
    QDateTime dateTime(const char *key, Presence p = Optional);
    QDate date(const char *key, Presence p = Optional);

    QStringList stringList(const char *key, Presence p = Optional);
    QJsonObject rawObject(const char *key);
    QMap<QString, qint64> countMap(const char *key);
    QMap<QString, QString> stringMap(const char *key);

    // A nested object read in place. A missing optional child is "absent": its getters return
    // defaults without errors (the whole block was optional).
    JsonReader child(const char *key, Presence p = Optional);
    bool isAbsent() const { return m_absent; }

    // Decodes a nested value with another type's decoder, keeping the path.
    template<typename T, typename Fn> T nested(const char *key, Fn decode, Presence p = Optional)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (p == Required && !m_absent)
                fail(key, QStringLiteral("required field missing"));
            return T {};
        }
        Decoded<T> d = decode(v, pathOf(key));
        if (!d.ok())
            adopt(d.error);
        return std::move(d.value);
    }

    // Decodes an array of values with `decode(const QJsonValue&, const QString &path)`.
    template<typename T, typename Fn>
    QList<T> list(const char *key, Fn decode, Presence p = Optional)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (p == Required && !m_absent)
                fail(key, QStringLiteral("required field missing"));
            return {};
        }
        if (!v.isArray()) {
            failType(key, QStringLiteral("array"), v);
            return {};
        }
        return decodeArray<T>(v.toArray(), pathOf(key), decode, m_error);
    }

    // Records a problem with `key` (first error wins).
    void fail(const char *key, const QString &problem);
    void failType(const char *key, const QString &expected, const QJsonValue &got);
    void adopt(const DecodeError &e);

    template<typename T> Decoded<T> finish(T value) const
    {
        if (!ok())
            return Decoded<T>::failure(*m_error);
        return Decoded<T>::success(std::move(value));
    }

    // Decodes a bare JSON array (a whole response body or a field).
    template<typename T, typename Fn>
    static Decoded<QList<T>> decodeList(const QJsonValue &value, const QString &path, Fn decode)
    {
        if (!value.isArray())
            return Decoded<QList<T>>::failure(
                {path, QStringLiteral("expected array, got ") + typeName(value)});
        DecodeError err;
        QList<T> out = decodeArray<T>(value.toArray(), path, decode, &err);
        if (err.isSet())
            return Decoded<QList<T>>::failure(err);
        return Decoded<QList<T>>::success(std::move(out));
    }

    static QString typeName(const QJsonValue &v);
    static std::optional<QDateTime> parseDateTime(const QString &text);
    static std::optional<double> parseRate(const QString &text);
    // Parses a response body; malformed or truncated JSON becomes a DecodeError with the offset.
    static Decoded<QJsonValue> parse(const QByteArray &body);

private:
    JsonReader(const QJsonObject &object, QString path, DecodeError *error, bool absent);

    template<typename T, typename Fn>
    static QList<T> decodeArray(
        const QJsonArray &array, const QString &path, Fn decode, DecodeError *err)
    {
        QList<T> out;
        out.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            Decoded<T> d = decode(
                array.at(i), path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
            if (!d.ok()) {
                if (!err->isSet())
                    *err = d.error;
                return {};
            }
            out.append(std::move(d.value));
        }
        return out;
    }

    QJsonValue valueOf(const char *key) const { return m_object.value(QLatin1String(key)); }

    QJsonObject m_object;
    QString m_path;
    DecodeError m_storage;
    DecodeError *m_error = &m_storage;
    bool m_absent = false;
};

} // namespace kakiyo
