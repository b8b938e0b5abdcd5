// The bottom line of the window: who we are connected as (profile · workspace), what today cost
// (calls, credits), the scheduler's state ("2 queued · next in 12 s", budget left) and whether
// the server is reachable. Plain setters: the composition root feeds it from the client core.
#pragma once

#include <QStatusBar>

class QLabel;

namespace kakiyo {

class WorkspaceMarker;

class DeskStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskStatusBar)

public:
    explicit DeskStatusBar(QWidget *parent = nullptr);

    void setProfile(const QString &profile, const QString &workspace = {});
    // The coloured marker of the workspace the window works in (id empty = the whole team).
    void setWorkspace(const QString &id, const QString &name);
    WorkspaceMarker *workspaceMarker() const { return m_workspace; }
    void setUsage(int callsToday, int creditsToday, bool creditsApply);
    // The usage label's tooltip: which API generation the server runs and how calls are counted.
    void setUsageDetails(const QString &details);
    QString usageDetails() const;
    // queued: requests waiting; nextInMs: when the next one may leave (0 = now);
    // budgetLeft/budgetLimit: the tightest bucket (-1 = unknown).
    void setQueue(int queued, qint64 nextInMs, int budgetLeft = -1, int budgetLimit = -1);
    void setOnline(bool online, const QString &detail = {});

    QString profileText() const;
    QString usageText() const;
    QString queueText() const;
    QString onlineText() const;

    // "2 queued · next in 12 s" (public for tests and the palette).
    static QString describeQueue(int queued, qint64 nextInMs);

private:
    QLabel *m_profile = nullptr;
    WorkspaceMarker *m_workspace = nullptr;
    QLabel *m_usage = nullptr;
    QLabel *m_queue = nullptr;
    QLabel *m_online = nullptr;
};

} // namespace kakiyo
