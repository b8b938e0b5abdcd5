// The live desk's alert list: what needs the user (agents, idle or completed campaigns, replies,
// qualified prospects, credits, webhooks), newest first, each dismissable (Delete or the button;
// a dismissal is kept for this profile and workspace) and each opening what it is about
// (double-click or Enter emits openSubject; the window navigates). Above it the refresh plan as
// the user pays for it ("auto-refresh every N min · M calls/hour · K credits/day") with the
// setting to change or stop it, and a "refresh now".
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;

namespace kakiyo {

class AlertListModel;
class AutoRefresh;

class AlertsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsPanel)

public:
    explicit AlertsPanel(QWidget *parent = nullptr);

    // null: nothing connected (an empty list, the settings disabled).
    void setSource(AutoRefresh *source);
    AlertListModel *model() const { return m_model; }
    int count() const;

signals:
    // subject: "agent", "campaign", "conversation", "webhook" or "credits".
    void openSubject(const QString &subject, const QString &id);
    void countChanged(int count);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showPlan();
    void dismissSelected();
    void updateState();

    AutoRefresh *m_source = nullptr;
    AlertListModel *m_model;
    QLabel *m_plan;
    QComboBox *m_interval;
    QPushButton *m_refreshNow;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_dismiss;
};

} // namespace kakiyo
