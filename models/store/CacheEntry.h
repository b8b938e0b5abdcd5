// One cached answer: the raw body of a successful GET, when it was fetched (so a view can say how
// old what it shows is) and the response headers that belong to the answer itself, e.g. the
// pagination headers X-Has-More / X-Next-Cursor without which a cached page could not be continued.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>

namespace kakiyo {

struct CacheEntry
{
    QByteArray body;
    QDateTime fetchedAt; // UTC
    QMap<QByteArray, QByteArray> headers; // lower-case names

    // One "name: value" line per header (names and values never hold a line break).
    static QByteArray encodeHeaders(const QMap<QByteArray, QByteArray> &headers)
    {
        QByteArray out;
        for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
            if (it.key().isEmpty() || it.key().contains('\n') || it.value().contains('\n'))
                continue;
            out += it.key() + ": " + it.value() + '\n';
        }
        return out;
    }
    static QMap<QByteArray, QByteArray> decodeHeaders(const QByteArray &text)
    {
        QMap<QByteArray, QByteArray> headers;
        const QList<QByteArray> lines = text.split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(": ");
            if (colon > 0)
                headers.insert(line.left(colon), line.mid(colon + 2));
        }
        return headers;
    }

    // Whole seconds between fetchedAt and now (never negative, even if the clock went back).
    qint64 ageSeconds(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return qMax<qint64>(0, fetchedAt.secsTo(now));
    }
};

} // namespace kakiyo
