// Stands in for the desktop's notification server (org.freedesktop.Notifications) on a test's
// private session bus (PrivateSessionBus): records every Notify call and answers its number
// (1, 2, ...), which is what an ActionInvoked signal names. Register it on the bus under
// /org/freedesktop/Notifications with ExportAllSlots.
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace kakiyo::test {

struct ReceivedNotification
{
    QString app;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
};

class FakeNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QList<ReceivedNotification> calls;

public slots:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout);
    QStringList GetCapabilities();
};

} // namespace kakiyo::test
