#include "ui/import/ImportableFile.h"

#include <QFileInfo>
#include <QMimeData>
#include <QString>
#include <QUrl>

namespace kakiyo {

bool isImportableFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")
        || suffix == QLatin1String("txt");
}

QString importableFileOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && isImportableFile(url.toLocalFile()))
            return url.toLocalFile();
    }
    return {};
}

} // namespace kakiyo
