#include "ui/shell/AgeText.h"

#include <QCoreApplication>

namespace kakiyo {

QString AgeText::describe(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return QCoreApplication::translate("kakiyo::AgeText", "not loaded yet");
    const qint64 s = then.secsTo(now);
    if (s < 45)
        return QCoreApplication::translate("kakiyo::AgeText", "updated just now");
    if (s < 90)
        return QCoreApplication::translate("kakiyo::AgeText", "updated 1 min ago");
    if (s < 3600)
        return QCoreApplication::translate("kakiyo::AgeText", "updated %1 min ago")
            .arg((s + 30) / 60);
    if (s < 2 * 3600)
        return QCoreApplication::translate("kakiyo::AgeText", "updated 1 h ago");
    if (s < 24 * 3600)
        return QCoreApplication::translate("kakiyo::AgeText", "updated %1 h ago").arg(s / 3600);
    if (s < 48 * 3600)
        return QCoreApplication::translate("kakiyo::AgeText", "updated yesterday");
    return QCoreApplication::translate("kakiyo::AgeText", "updated %1 days ago").arg(s / 86400);
}

} // namespace kakiyo
