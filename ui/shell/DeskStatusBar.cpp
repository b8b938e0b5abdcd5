#include "ui/shell/DeskStatusBar.h"

#include "ui/shell/Theme.h"
#include "ui/workspaces/WorkspaceMarker.h"

#include <QLabel>

namespace kakiyo {

DeskStatusBar::DeskStatusBar(QWidget *parent)
    : QStatusBar(parent)
{
    setObjectName(QStringLiteral("statusBar"));
    setSizeGripEnabled(true);
    auto make = [this](const char *name, const QString &accessible) {
        auto *label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(name));
        label->setAccessibleName(accessible);
        return label;
    };
    m_profile = make("statusProfile", tr("Profile and workspace"));
    m_usage = make("statusUsage", tr("Usage today"));
    m_queue = make("statusQueue", tr("Request queue"));
    m_online = make("statusOnline", tr("Connection"));
    m_workspace = new WorkspaceMarker(this);
    m_workspace->setObjectName(QStringLiteral("statusWorkspace"));
    addWidget(m_profile);
    addWidget(m_workspace);
    m_workspace->hide(); // until a session says which workspace the window works in
    // Room for the longest usual texts, so the line does not jump (or clip) as they change.
    m_usage->setMinimumWidth(
        fontMetrics().horizontalAdvance(tr("9999 calls today · 9999 credits")));
    m_queue->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("99 queued · next in 99 s · budget 99/99")));
    addPermanentWidget(m_usage);
    addPermanentWidget(m_queue);
    addPermanentWidget(m_online);
    setProfile(tr("No profile"));
    setUsage(0, 0, false);
    setQueue(0, 0);
    setOnline(false, tr("not connected"));
}

void DeskStatusBar::setProfile(const QString &profile, const QString &workspace)
{
    m_profile->setText(
        workspace.isEmpty() ? profile : QStringLiteral("%1 · %2").arg(profile, workspace));
}

void DeskStatusBar::setWorkspace(const QString &id, const QString &name)
{
    m_workspace->setWorkspace(id, name);
    m_workspace->show();
}

void DeskStatusBar::setUsage(int callsToday, int creditsToday, bool creditsApply)
{
    QString text = callsToday == 1 ? tr("1 call today") : tr("%L1 calls today").arg(callsToday);
    if (creditsApply)
        text += creditsToday == 1 ? tr(" · 1 credit") : tr(" · %L1 credits").arg(creditsToday);
    m_usage->setText(text);
}

void DeskStatusBar::setUsageDetails(const QString &details)
{
    m_usage->setToolTip(details);
}

QString DeskStatusBar::usageDetails() const
{
    return m_usage->toolTip();
}

QString DeskStatusBar::describeQueue(int queued, qint64 nextInMs)
{
    if (queued <= 0)
        return tr("queue empty");
    const QString head = tr("%L1 queued").arg(queued);
    if (nextInMs <= 0)
        return head + tr(" · sending");
    const qint64 s = (nextInMs + 999) / 1000;
    return head + tr(" · next in %L1 s").arg(s);
}

void DeskStatusBar::setQueue(int queued, qint64 nextInMs, int budgetLeft, int budgetLimit)
{
    QString text = describeQueue(queued, nextInMs);
    if (budgetLeft >= 0 && budgetLimit > 0)
        text += tr(" · budget %L1/%L2").arg(budgetLeft).arg(budgetLimit);
    m_queue->setText(text);
}

void DeskStatusBar::setOnline(bool online, const QString &detail)
{
    const QString word = online ? tr("online") : tr("offline");
    const QColor c = online ? Theme::success() : Theme::muted();
    m_online->setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2%3")
            .arg(c.name(), word,
                detail.isEmpty() ? QString()
                                 : QStringLiteral(" (%1)").arg(detail.toHtmlEscaped())));
    m_online->setProperty("online", online);
}

QString DeskStatusBar::profileText() const
{
    return m_profile->text();
}

QString DeskStatusBar::usageText() const
{
    return m_usage->text();
}

QString DeskStatusBar::queueText() const
{
    return m_queue->text();
}

QString DeskStatusBar::onlineText() const
{
    return m_online->text();
}

} // namespace kakiyo
