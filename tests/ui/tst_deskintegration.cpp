// The desk beside the desktop, in the real window against the sandbox, with a PRIVATE session bus
// (dbus-daemon --session, started before anything connects) carrying a fake
// org.freedesktop.Notifications service:
// - "Keep running in the tray when the window is closed": closing hides the window, the
//   application goes on (the live desk still refreshes, nothing quits), the tray's "Show window"
//   and a click on the icon bring it back;
// - clicking a desktop notification (the service's ActionInvoked signal, "default" action) about
//   one alert brings the window forward and opens what the alert is about (the conversation of
//   a reply); a click on a summary of several alerts opens the alert list.
#include "DeskFixture.h"
#include "app/DeskTray.h"
#include "app/LiveDesk.h"
#include "common/FakeNotifications.h"
#include "common/PrivateSessionBus.h"
#include "models/ConversationModel.h"
#include "models/live/AlertNotifier.h"
#include "models/live/AutoRefresh.h"
#include "ui/prospects/ConversationView.h"
#include "ui/prospects/ProspectsPage.h"

#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDockWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_DeskIntegration final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void keepRunningInTheTray();
    void notificationClickOpensItsAlert();
    void summaryClickOpensTheAlertList();

private:
    bool refresh();
    QAction *trayAction(const char *name) const;
    void clickNotification(uint id);
    void hideToTray();

    PrivateSessionBus m_bus;
    FakeNotifications m_fake;
    ConnectedDesk m_fx;
};

void tst_DeskIntegration::initTestCase()
{
    QString error;
    QVERIFY2(m_bus.start(&error), qPrintable(error));
    // The desk's session bus is this one (nothing has connected to a session bus yet).
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.address.toUtf8());
    QDBusConnection server = QDBusConnection::connectToBus(m_bus.address, QStringLiteral("server"));
    QVERIFY2(server.isConnected(), qPrintable(server.lastError().message()));
    QVERIFY(server.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_fake,
        QDBusConnection::ExportAllSlots));
    QVERIFY(server.registerService(QStringLiteral("org.freedesktop.Notifications")));
    QVERIFY(QDBusConnection::sessionBus().isConnected());
    QVERIFY(QDBusConnection::sessionBus().interface()->isServiceRegistered(
        QStringLiteral("org.freedesktop.Notifications")));

    isolateSettings();
    QVERIFY(m_fx.start());
    m_fx.desk->live()->notifier()->setMinimumInterval(1); // each test's alerts leave at once
    QVERIFY(refresh()); // the seeded team's standing alerts and the unread baseline
    QVERIFY(QTest::qWaitForWindowExposed(m_fx.window()));
}

void tst_DeskIntegration::cleanupTestCase()
{
    m_fx.desk.reset();
    QDBusConnection::disconnectFromBus(QStringLiteral("server"));
}

bool tst_DeskIntegration::refresh()
{
    AutoRefresh *live = m_fx.desk->live()->autoRefresh();
    QSignalSpy refreshed(live, &AutoRefresh::refreshed);
    live->refreshNow();
    return refreshed.wait(20000);
}

QAction *tst_DeskIntegration::trayAction(const char *name) const
{
    return m_fx.desk->live()->tray()->menu()->findChild<QAction *>(QString::fromLatin1(name));
}

void tst_DeskIntegration::clickNotification(uint id)
{
    QDBusMessage signal
        = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
    signal << id << QStringLiteral("default");
    QVERIFY(QDBusConnection(QStringLiteral("server")).send(signal));
}

void tst_DeskIntegration::hideToTray()
{
    DeskTray *tray = m_fx.desk->live()->tray();
    // The offscreen platform has no tray; Qt still counts the icon as shown, which is all the
    // desk asks before hiding to it.
    tray->icon()->show();
    if (!DeskTray::keepInTray())
        trayAction("trayKeep")->trigger();
    QVERIFY(DeskTray::keepInTray());
    QVERIFY(m_fx.window()->isVisible());
    QVERIFY(!m_fx.window()->close()); // refused: hidden instead
    QVERIFY(!m_fx.window()->isVisible());
}

void tst_DeskIntegration::keepRunningInTheTray()
{
    QSignalSpy quitting(qApp, &QCoreApplication::aboutToQuit);
    hideToTray();
    QVERIFY(!QApplication::quitOnLastWindowClosed()); // hidden is not closed
    // Still running: the live desk refreshes while the window is hidden.
    QVERIFY(refresh());
    QCOMPARE(quitting.count(), 0);
    QVERIFY(m_fx.desk->live()->autoRefresh());

    // "Show window" brings it back.
    trayAction("trayShow")->trigger();
    QVERIFY(m_fx.window()->isVisible());
    QVERIFY(!m_fx.window()->isMinimized());
    QVERIFY(QApplication::quitOnLastWindowClosed());

    // So does a click on the icon.
    hideToTray();
    emit m_fx.desk->live()->tray()->icon()->activated(QSystemTrayIcon::Trigger);
    QVERIFY(m_fx.window()->isVisible());
    QCOMPARE(quitting.count(), 0);
}

void tst_DeskIntegration::notificationClickOpensItsAlert()
{
    using P = MainWindow::PageId;
    m_fx.window()->goTo(P::Overview);
    hideToTray(); // not the active window: new alerts go to the desktop
    QVERIFY(!m_fx.window()->isActiveWindow());
    const int before = int(m_fake.calls.size());
    QJsonObject reply;
    QCOMPARE(m_fx.sandbox->admin("POST", "/events", {{"type", "reply"}}, &reply), 201);
    const QString chat = reply.value("chatId").toString();
    QVERIFY(!chat.isEmpty());
    QVERIFY(refresh());
    // One alert, one notification about it.
    QTRY_COMPARE_WITH_TIMEOUT(int(m_fake.calls.size()), before + 1, 10000);
    const uint id = uint(m_fake.calls.size());
    QVERIFY2(m_fake.calls.last().summary.contains(QStringLiteral("replied")),
        qPrintable(m_fake.calls.last().summary));
    QVERIFY(!m_fx.window()->isVisible());

    QSignalSpy activated(m_fx.desk->live()->notifier(), &AlertNotifier::alertActivated);
    clickNotification(id);
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 10000);
    QVERIFY(m_fx.window()->isVisible());
    QCOMPARE(m_fx.window()->currentPageId(), P::Prospects);
    auto *prospects = static_cast<ProspectsPage *>(m_fx.window()->page(P::Prospects));
    QCOMPARE(prospects->conversation()->model()->chatId(), chat);
    QVERIFY(m_fx.desk->live()->dock()->isVisible());
}

void tst_DeskIntegration::summaryClickOpensTheAlertList()
{
    using P = MainWindow::PageId;
    m_fx.window()->goTo(P::Overview);
    hideToTray();
    m_fx.desk->live()->dock()->hide();
    const int before = int(m_fake.calls.size());
    QCOMPARE(m_fx.sandbox->admin("POST", "/events", {{"type", "reply"}}), 201);
    QCOMPARE(m_fx.sandbox->admin("POST", "/events", {{"type", "reply"}}), 201);
    QVERIFY(refresh());
    QTRY_COMPARE_WITH_TIMEOUT(int(m_fake.calls.size()), before + 1, 10000);
    QVERIFY2(m_fake.calls.last().summary.endsWith(QStringLiteral(" new alert(s)")),
        qPrintable(m_fake.calls.last().summary));
    QSignalSpy clicked(m_fx.desk->live()->notifier(), &AlertNotifier::activated);
    QSignalSpy about(m_fx.desk->live()->notifier(), &AlertNotifier::alertActivated);
    clickNotification(uint(m_fake.calls.size()));
    QTRY_COMPARE_WITH_TIMEOUT(clicked.count(), 1, 10000);
    QCOMPARE(about.count(), 0); // about several alerts: none of them opens
    QVERIFY(m_fx.window()->isVisible());
    QVERIFY(m_fx.desk->live()->dock()->isVisible());
    QCOMPARE(m_fx.window()->currentPageId(), P::Overview);
}

QTEST_MAIN(tst_DeskIntegration)
#include "tst_deskintegration.moc"
