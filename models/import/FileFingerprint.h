#pragma once
// FileFingerprint: identifies an input file by content (size + SHA-256), not by name or date, so
// re-opening the same data — even renamed or copied — finds its unfinished import in the journal,
// and a changed file never resumes an import planned from the old one.

#include <QByteArray>
#include <QString>

class QIODevice;

namespace kakiyo {

struct FileFingerprint
{
    qint64 size = -1;
    QByteArray sha256Hex;

    bool isValid() const { return size >= 0 && !sha256Hex.isEmpty(); }
    QString toString() const
    {
        return QString::number(size) + u':' + QString::fromLatin1(sha256Hex);
    }

    // Reads the device from its current position to the end, in chunks.
    static FileFingerprint of(QIODevice *device);
    static FileFingerprint ofFile(const QString &path); // invalid when unreadable

    friend bool operator==(const FileFingerprint &, const FileFingerprint &) = default;
};

} // namespace kakiyo
