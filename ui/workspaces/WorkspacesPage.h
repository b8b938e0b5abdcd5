// Workspaces (Agency plan): the agency's client workspaces in a table, and for the selected one
// its clients (invite by email, remove) and assigned agents (assign from the live agent list,
// unassign; the page shows what the server says the change propagated to). Create by name;
// delete after a confirmation, then show what the server reports it unassigned. The switcher
// picks the workspace the whole window works in. "Compare all" swaps in the agency's master view
// (WorkspaceComparisonView). A team without the Agency plan sees an explanation instead of an
// error.
#pragma once

#include "models/api/Connection.h"
#include "models/domain/Agent.h"
#include "models/domain/Workspace.h"
#include "ui/shell/Page.h"

#include <QMap>
#include <QPointer>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kakiyo {

class Connection;
class CurrentWorkspace;
class WorkspaceComparisonView;
class WorkspaceListModel;
class WorkspaceSwitcher;

class WorkspacesPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspacesPage)

public:
    WorkspacesPage(Connection *session, CurrentWorkspace *current, QWidget *parent = nullptr);
    ~WorkspacesPage() override;

    void refresh() override;
    void activate() override;

    WorkspaceListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString selectedWorkspaceId() const { return m_selectedId; }
    void selectWorkspace(const QString &id);
    bool agentsLoaded() const { return m_agentsLoaded; }
    bool isBusyWriting() const { return m_writing; }
    // The last outcome or problem shown under the actions.
    QString messageText() const;

    // Each acts on the form fields / the selection, like the buttons.
    void createWorkspace();
    void deleteWorkspace();
    void inviteClient();
    void removeClient();
    void assignAgent();
    void unassignAgent();
    void workHere(); // makes the selected workspace the window's current one

    // The master view: every workspace's figures side by side, instead of the management view.
    WorkspaceComparisonView *comparison() const { return m_comparison; }
    void showComparison(bool show);
    bool isComparisonShown() const;

signals:
    void workspaceChanged(const QString &id);
    void writeFinished(bool ok);
    // A row of the master view was opened: the window's workspace is now that one, and the
    // window should show its Overview.
    void overviewRequested();

private:
    void loadAgents(bool refresh);
    void showDetails(const QString &id);
    void showAgencyNotice(bool show);
    void setMessage(const QString &text, bool problem = false);
    void startWrite(const QString &what);
    void finishWrite(const QString &text, bool ok);
    void updateButtons();
    QString agentName(const QString &id) const;
    static QString describePropagation(const QMap<QString, qint64> &counts);

    QPointer<Connection> m_connection;
    QPointer<CurrentWorkspace> m_current;
    WorkspaceListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table = nullptr;
    QLabel *m_notice = nullptr;
    QWidget *m_content = nullptr;
    QLineEdit *m_newName = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_details = nullptr;
    QGroupBox *m_clientsBox = nullptr;
    QListWidget *m_clients = nullptr;
    QLineEdit *m_email = nullptr;
    QPushButton *m_invite = nullptr;
    QPushButton *m_removeClient = nullptr;
    QGroupBox *m_agentsBox = nullptr;
    QListWidget *m_assigned = nullptr;
    QComboBox *m_agentPicker = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_unassign = nullptr;
    QPushButton *m_workHere = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_message = nullptr;
    WorkspaceSwitcher *m_switcher = nullptr;
    WorkspaceComparisonView *m_comparison = nullptr;
    QPushButton *m_compareToggle = nullptr;
    QList<Agent> m_agents;
    QString m_selectedId;
    bool m_activated = false;
    bool m_agentsLoaded = false;
    bool m_writing = false;
};

} // namespace kakiyo
