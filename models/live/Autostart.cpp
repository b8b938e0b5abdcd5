#include "models/live/Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace kakiyo {

QString Autostart::entryPath()
{
    // Not QStandardPaths: its test mode would move the file away from where sessions look.
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || !QDir::isAbsolutePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/autostart/kakiyo-desk.desktop");
}

bool Autostart::isEnabled()
{
    return QFileInfo::exists(entryPath());
}

QString Autostart::entry(const QString &executable)
{
    // Inside a quoted argument, ", `, $ and \ are escaped with a backslash.
    QString quoted;
    for (const QChar c : executable) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    // Desktop entry strings escape the backslash once more.
    quoted.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Kakiyo Desk\n"
                          "Comment=%1\n"
                          "Exec=\"%2\"\n"
                          "Icon=kakiyo-desk\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(QCoreApplication::translate("Autostart", "Watches your Kakiyo team"), quoted);
}

bool Autostart::setEnabled(bool enabled, const QString &executable, QString *error)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            if (error)
                *error = QCoreApplication::translate("Autostart", "Cannot remove %1").arg(path);
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("Autostart", "Cannot create %1")
                         .arg(QFileInfo(path).absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Autostart", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    file.write(entry(executable).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Autostart", "Cannot save %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace kakiyo
