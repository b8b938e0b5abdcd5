// A PRIVATE D-Bus session bus for a test (dbus-daemon --session --nofork --print-address), never
// the user's: start() runs the daemon and reads the address it listens on; the daemon ends with
// this object.
#pragma once

#include <QProcess>
#include <QString>
#include <QTest>

namespace kakiyo::test {

struct PrivateSessionBus
{
    QProcess daemon;
    QString address;

    // True once the daemon listens; `error` says why not.
    bool start(QString *error)
    {
        daemon.start(QStringLiteral("dbus-daemon"),
            {QStringLiteral("--session"), QStringLiteral("--nofork"),
                QStringLiteral("--print-address")});
        if (!daemon.waitForStarted(10000)) {
            *error = QStringLiteral("dbus-daemon (package dbus-daemon) did not start");
            return false;
        }
        if (!QTest::qWaitFor([this] { return daemon.canReadLine(); }, 10000)) {
            *error = QStringLiteral("dbus-daemon printed no address");
            return false;
        }
        address = QString::fromUtf8(daemon.readLine()).trimmed();
        return !address.isEmpty();
    }

    ~PrivateSessionBus()
    {
        daemon.terminate();
        daemon.waitForFinished(5000);
    }
};

} // namespace kakiyo::test
