// Agents: the team's LinkedIn accounts in a sortable table (status, alerts by severity, country,
// next task) with a details panel for the selected one (usage against daily limits, working
// hours, settings) and the actions the API allows: pause, resume, edit limits and hours.
#pragma once

#include "models/domain/Agent.h"
#include "ui/Page.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kakiyo {

class AgentListModel;
class ApiSession;
class AgentLimitsDialog;

class AgentsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentsPage)

public:
    explicit AgentsPage(ApiSession *session, QWidget *parent = nullptr);

    void refresh() override;
    void activate() override;

    AgentListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString selectedAgentId() const { return m_selectedId; }
    void selectAgent(const QString &id);
    void editLimits();
    void pauseOrResume(bool pause);

signals:
    void agentChanged(const QString &id);
    void limitsDialogOpened(kakiyo::AgentLimitsDialog *dialog);

private:
    void showDetails(const QString &id);
    void renderDetails(const Agent &agent);

    ApiSession *m_session;
    AgentListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_details;
    QLabel *m_message;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_edit;
    QString m_selectedId;
    Agent m_shown; // what the details panel shows (details when fetched)
    bool m_activated = false;
};

} // namespace kakiyo
