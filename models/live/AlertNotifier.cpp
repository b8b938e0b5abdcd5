#include "models/live/AlertNotifier.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace kakiyo {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");

} // namespace

AlertNotifier::AlertNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    m_wait.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: "one per minute" is a promise.
    m_wait.setTimerType(Qt::PreciseTimer);
    connect(&m_wait, &QTimer::timeout, this, &AlertNotifier::flush);
    if (m_bus.isConnected())
        m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
            SLOT(actionInvoked(uint, QString)));
}

void AlertNotifier::setMinimumInterval(int milliseconds)
{
    m_intervalMs = qMax(0, milliseconds);
}

void AlertNotifier::notify(const QList<Alert> &alerts)
{
    if (alerts.isEmpty())
        return;
    m_pending += alerts;
    if (m_wait.isActive())
        return; // leaves with the others when the interval ends
    const qint64 waited = m_sinceLast.isValid() ? m_sinceLast.elapsed() : m_intervalMs;
    if (waited >= m_intervalMs)
        flush();
    else
        m_wait.start(int(m_intervalMs - waited));
}

void AlertNotifier::flush()
{
    if (m_pending.isEmpty())
        return;
    if (m_sinceLast.isValid() && m_sinceLast.elapsed() < m_intervalMs) {
        m_wait.start(int(m_intervalMs - m_sinceLast.elapsed())); // woken a little early
        return;
    }
    const QList<Alert> alerts = std::exchange(m_pending, {});
    bool urgent = false;
    for (const Alert &a : alerts)
        urgent = urgent || a.severity == Alert::Severity::Error;
    if (alerts.size() == 1) {
        send(alerts.first().title, alerts.first().detail, urgent, alerts.first());
        return;
    }
    QStringList lines;
    for (const Alert &a : alerts.mid(0, SummaryLines))
        lines << a.title;
    if (alerts.size() > SummaryLines)
        lines << QCoreApplication::translate(
            "AlertNotifier", "and %n more", nullptr, int(alerts.size() - SummaryLines));
    send(QCoreApplication::translate(
             "AlertNotifier", "%n new alert(s)", nullptr, int(alerts.size())),
        lines.join(u'\n'), urgent);
}

void AlertNotifier::send(
    const QString &summary, const QString &body, bool urgent, const Alert &only)
{
    m_sinceLast.start();
    ++m_sent;
    if (!m_bus.isConnected())
        return;
    QDBusMessage call
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    // Urgency is a byte: 1 normal, 2 critical (an agent restricted, out of credits).
    const QVariantMap hints {
        {QStringLiteral("urgency"), QVariant::fromValue(uchar(urgent ? 2 : 1))},
        {QStringLiteral("desktop-entry"), QStringLiteral("kakiyo-desk")},
        {QStringLiteral("category"), QStringLiteral("im.received")}};
    call << QCoreApplication::translate("AlertNotifier", "Kakiyo Desk") << uint(0)
         << QStringLiteral("kakiyo-desk") << summary << body
         << QStringList {QStringLiteral("default"),
                QCoreApplication::translate("AlertNotifier", "Open")}
         << hints << int(-1);
    // Asynchronous: a slow or absent notification server never blocks the desk.
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, only](QDBusPendingCallWatcher *w) {
            const QDBusPendingReply<uint> reply = *w;
            if (reply.isValid()) {
                m_ids.append(reply.value());
                if (!only.id.isEmpty())
                    m_about.insert(reply.value(), only);
            }
            if (m_ids.size() > 50)
                m_about.remove(m_ids.takeFirst());
            w->deleteLater();
        });
}

void AlertNotifier::actionInvoked(uint id, const QString &action)
{
    if (action != u"default" || !m_ids.contains(id))
        return;
    emit activated();
    if (const auto about = m_about.constFind(id); about != m_about.cend())
        emit alertActivated(*about);
}

} // namespace kakiyo
