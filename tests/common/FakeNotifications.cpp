#include "FakeNotifications.h"

namespace kakiyo::test {

uint FakeNotifications::Notify(const QString &app, uint replaces, const QString &icon,
    const QString &summary, const QString &body, const QStringList &actions,
    const QVariantMap &hints, int timeout)
{
    Q_UNUSED(replaces)
    Q_UNUSED(icon)
    Q_UNUSED(timeout)
    calls.append({app, summary, body, actions, hints});
    return uint(calls.size());
}

QStringList FakeNotifications::GetCapabilities()
{
    return {QStringLiteral("body"), QStringLiteral("actions")};
}

} // namespace kakiyo::test
