#include "models/live/JsonFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QObject>
#include <QSaveFile>

namespace kakiyo::jsonfile {

std::optional<QJsonObject> read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QObject::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!doc.isObject()) {
        // A damaged file loses the alert history, not the app: start empty.
        return QJsonObject();
    }
    return doc.object();
}

bool write(const QString &path, const QJsonObject &object, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = QObject::tr("Cannot save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace kakiyo::jsonfile
