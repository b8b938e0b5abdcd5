// What the fuzz targets share: the input as JSON (a body as the server could send it) and a
// failure that libFuzzer and the corpus replay both report (abort with a message).
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace kakiyo::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The body as the decoders see it: parsed JSON, or — for bodies that are not JSON at all — the
// text as a JSON string, so the decoders' type checks are exercised too.
inline QJsonValue json(const uint8_t *data, size_t size)
{
    const QByteArray body = bytes(data, size);
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QString::fromUtf8(body));
    if (doc.isArray())
        return doc.array();
    return doc.object();
}

[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

// A decoder either gives a value or says why not (a path and a problem): never both empty.
template<typename D> void checkDecoded(const D &decoded)
{
    if (!decoded.ok() && decoded.error.toString().isEmpty())
        fail("a failed decode without a reason");
}

} // namespace kakiyo::fuzz
