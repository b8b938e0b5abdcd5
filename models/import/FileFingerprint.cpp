#include "models/import/FileFingerprint.h"

#include <QCryptographicHash>
#include <QFile>

namespace kakiyo {

FileFingerprint FileFingerprint::of(QIODevice *device)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    FileFingerprint fingerprint;
    qint64 size = 0;
    for (;;) {
        const QByteArray chunk = device->read(256 * 1024);
        if (chunk.isEmpty())
            break;
        size += chunk.size();
        hash.addData(chunk);
    }
    fingerprint.size = size;
    fingerprint.sha256Hex = hash.result().toHex();
    return fingerprint;
}

FileFingerprint FileFingerprint::ofFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return of(&file);
}

} // namespace kakiyo
