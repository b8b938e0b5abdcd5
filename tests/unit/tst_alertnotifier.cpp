// Desktop notifications for new alerts against a fake org.freedesktop.Notifications service on a
// PRIVATE session bus this test starts (dbus-daemon --session --print-address), never the
// user's: the Notify calls it receives (how many, their text, urgency) and the coalescing (at
// most one per interval; alerts raised meanwhile leave together as one summary, not before the
// interval is over).
#include "common/FakeNotifications.h"
#include "common/PrivateSessionBus.h"
#include "models/live/AlertNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QElapsedTimer>
#include <QTest>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

Alert alert(const QString &title, Alert::Severity severity = Alert::Severity::Info)
{
    Alert a;
    a.id = title;
    a.title = title;
    a.detail = QStringLiteral("detail of ") + title;
    a.severity = severity;
    a.raisedAt = QDateTime::currentDateTimeUtc();
    return a;
}

} // namespace

class tst_AlertNotifier final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void oneAlertAtOnce();
    void coalescedWithinTheInterval();
    void manyAlertsOneSummary();
    void noBusIsNotAnError();

private:
    // Every Notify the client sent so far has reached the fake (one connection keeps order).
    bool settle();

    PrivateSessionBus m_bus;
    FakeNotifications m_fake;
};

void tst_AlertNotifier::initTestCase()
{
    QString error;
    QVERIFY2(m_bus.start(&error), qPrintable(error));

    QDBusConnection server = QDBusConnection::connectToBus(m_bus.address, QStringLiteral("server"));
    QVERIFY2(server.isConnected(), qPrintable(server.lastError().message()));
    QVERIFY(server.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_fake,
        QDBusConnection::ExportAllSlots));
    QVERIFY(server.registerService(QStringLiteral("org.freedesktop.Notifications")));
}

void tst_AlertNotifier::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(QStringLiteral("server"));
    QDBusConnection::disconnectFromBus(QStringLiteral("client"));
}

void tst_AlertNotifier::init()
{
    m_fake.calls.clear();
}

bool tst_AlertNotifier::settle()
{
    QDBusConnection client = QDBusConnection::connectToBus(m_bus.address, QStringLiteral("client"));
    // Asynchronous and waited for: the fake answers from this same thread's event loop.
    QDBusPendingCall pending = client.asyncCall(
        QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"),
            QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("GetCapabilities")));
    if (!QTest::qWaitFor([&] { return pending.isFinished(); }, 10000))
        return false;
    return !pending.isError();
}

void tst_AlertNotifier::oneAlertAtOnce()
{
    AlertNotifier notifier(QDBusConnection::connectToBus(m_bus.address, QStringLiteral("client")));
    notifier.notify({});
    QCOMPARE(notifier.sentCount(), 0);
    notifier.notify({alert(QStringLiteral("Ada replied"))});
    QCOMPARE(notifier.sentCount(), 1); // the first after a quiet interval does not wait
    QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 1, 10000);
    const ReceivedNotification &r = m_fake.calls.first();
    QCOMPARE(r.app, QStringLiteral("Kakiyo Desk"));
    QCOMPARE(r.summary, QStringLiteral("Ada replied"));
    QCOMPARE(r.body, QStringLiteral("detail of Ada replied"));
    QVERIFY(r.actions.contains(QStringLiteral("default")));
    QCOMPARE(r.hints.value(QStringLiteral("urgency")).toInt(), 1);
}

void tst_AlertNotifier::coalescedWithinTheInterval()
{
    AlertNotifier notifier(QDBusConnection::connectToBus(m_bus.address, QStringLiteral("client")));
    const int interval = 1500;
    notifier.setMinimumInterval(interval);
    QElapsedTimer clock;
    clock.start();
    notifier.notify({alert(QStringLiteral("A"))});
    notifier.notify({alert(QStringLiteral("B"))});
    notifier.notify({alert(QStringLiteral("C")), alert(QStringLiteral("D"))});
    QCOMPARE(notifier.sentCount(), 1);
    QCOMPARE(notifier.pendingCount(), 3);
    QVERIFY(settle());
    QCOMPARE(m_fake.calls.size(), 1); // B, C and D wait for the interval

    QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 2, 20000);
    QVERIFY2(clock.elapsed() >= interval, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_fake.calls.at(1).summary, QStringLiteral("3 new alert(s)"));
    QCOMPARE(m_fake.calls.at(1).body, QStringLiteral("B\nC\nD"));
    QCOMPARE(notifier.pendingCount(), 0);
    QCOMPARE(notifier.sentCount(), 2);

    // Right after the summary, the next alert waits again.
    notifier.notify({alert(QStringLiteral("E"))});
    QCOMPARE(notifier.sentCount(), 2);
    QCOMPARE(notifier.pendingCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 3, 20000);
    QCOMPARE(m_fake.calls.at(2).summary, QStringLiteral("E"));
    QVERIFY(settle());
    QCOMPARE(m_fake.calls.size(), 3);
}

void tst_AlertNotifier::manyAlertsOneSummary()
{
    AlertNotifier notifier(QDBusConnection::connectToBus(m_bus.address, QStringLiteral("client")));
    QList<Alert> six;
    for (int i = 1; i <= 6; ++i)
        six << alert(QStringLiteral("Alert %1").arg(i),
            i == 3 ? Alert::Severity::Error : Alert::Severity::Info);
    notifier.notify(six);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 1, 10000);
    const ReceivedNotification &r = m_fake.calls.first();
    QCOMPARE(r.summary, QStringLiteral("6 new alert(s)"));
    QCOMPARE(r.body, QStringLiteral("Alert 1\nAlert 2\nAlert 3\nAlert 4\nand 2 more"));
    QCOMPARE(r.hints.value(QStringLiteral("urgency")).toInt(), 2); // one of them is an error
    QVERIFY(settle());
    QCOMPARE(m_fake.calls.size(), 1);
}

void tst_AlertNotifier::noBusIsNotAnError()
{
    AlertNotifier notifier(QDBusConnection(QStringLiteral("nowhere")));
    notifier.notify({alert(QStringLiteral("A"))});
    QCOMPARE(notifier.sentCount(), 1);
    QVERIFY(settle());
    QCOMPARE(m_fake.calls.size(), 0);
}

QTEST_GUILESS_MAIN(tst_AlertNotifier)
#include "tst_alertnotifier.moc"
