// Agents: the team's LinkedIn accounts in a sortable table (status, alerts by severity, today's
// invitations and messages against the daily limits, country, next task) with a details panel for
// the selected one (usage bars, limits, working hours, settings) and the actions the API allows,
// each enabled only in the statuses the contract allows it: pause (running), resume (paused),
// edit limits/hours/settings, set up or reconnect the LinkedIn login (setup needed, login needed),
// relaunch and delete (ended), and create a new agent. Refusals are explained in plain words next
// to the actions. The actions are palette commands too (QWidget::addAction).
#pragma once

#include "models/api/Result.h"
#include "models/domain/Ack.h"
#include "models/domain/Agent.h"
#include "ui/shell/Page.h"

#include <functional>

class QAction;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace kakiyo {

class AgentLimitsDialog;
class AgentListModel;
class AgentSetupDialog;
class AgentsApi;
class Connection;
struct ApiError;

class AgentsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentsPage)

public:
    explicit AgentsPage(Connection *session, QWidget *parent = nullptr);
    ~AgentsPage() override;

    void refresh() override;
    void refreshInPlace() override;
    void activate() override;

    AgentListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString selectedAgentId() const { return m_selectedId; }
    void selectAgent(const QString &id);
    QString messageText() const;

    // The actions (buttons and palette commands); each acts on the selected agent.
    void newAgent();
    void editLimits();
    void setUpAgent();
    void pauseOrResume(bool pause);
    void relaunchAgent();
    void deleteAgent();

signals:
    void agentChanged(const QString &id);
    void limitsDialogOpened(kakiyo::AgentLimitsDialog *dialog);
    void setupDialogOpened(kakiyo::AgentSetupDialog *dialog);

private:
    void showDetails(const QString &id, bool refresh = false);
    void renderDetails(const Agent &agent);
    void clearDetails();
    void updateActions(const Agent *agent);
    void openSetup(const Agent &agent);
    // The message line under the actions; it is about `id` and goes when another agent is shown.
    void say(const QString &text, bool problem = false);
    void sayAbout(const QString &id, const QString &text, bool problem = false);
    // Plain words for a refused action on `agent` ("delete", "relaunch", "resume", ...).
    QString refusal(const ApiError &error, const QString &action, const Agent &agent) const;
    Agent selectedAgent() const;
    // Relaunch and delete: asks `question`, sends `call` on "Yes", explains a refusal with `verb`
    // and hands the server's answer to `accepted`.
    void confirmThenCall(const Agent &agent, const QString &title, const QString &question,
        const QString &verb,
        void (AgentsApi::*call)(const QString &, QObject *, ResultHandler<Ack>),
        const std::function<void(const Ack &)> &accepted);

    Connection *m_connection;
    AgentListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_header;
    QProgressBar *m_invitationsBar;
    QProgressBar *m_messagesBar;
    QWidget *m_usage;
    QLabel *m_details;
    QLabel *m_message;
    QLabel *m_hint;
    QAction *m_newAction;
    QAction *m_pauseAction;
    QAction *m_resumeAction;
    QAction *m_editAction;
    QAction *m_setupAction;
    QAction *m_relaunchAction;
    QAction *m_deleteAction;
    QString m_selectedId;
    QString m_messageFor; // the agent the message line is about ("" = none in particular)
    QString m_pendingSelect; // a new agent to select once the list has it
    Agent m_shown; // what the details panel shows
    bool m_activated = false;
};

} // namespace kakiyo
