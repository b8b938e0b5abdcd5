#pragma once
// WorkspaceComparisonView: the agency's master view inside the Workspaces page — every client
// workspace side by side (agents and how many need attention, active campaigns, prospects,
// invitations, acceptance, replies, reply rate, qualified), sortable on the raw numbers. The
// sweep that fills it says what it will cost (calls, and credits where the server charges them)
// and runs only after the user confirms; answers fresh in the cache cost nothing. Activating a
// row asks to open that workspace (the page switches the window to it and goes to Overview).

#include <QWidget>

class QLabel;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kakiyo {

class Connection;
class WorkspaceSummaryModel;
class WorkspaceSweep;

class WorkspaceComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceComparisonView)

public:
    explicit WorkspaceComparisonView(Connection *connection, QWidget *parent = nullptr);

    WorkspaceSummaryModel *model() const { return m_model; }
    WorkspaceSweep *sweep() const { return m_sweep; }
    QTableView *table() const { return m_table; }
    QString costText() const;
    QString stateText() const;

    // Shows the cost of a sweep now (call when the view is shown: the cache may have changed).
    void updateCost();
    // Asks to confirm the cost (unless confirm is false), then sweeps.
    void compare(bool confirm = true);

signals:
    void openWorkspace(const QString &workspaceId);

private:
    void sweepFinished();
    void rowActivated(const QModelIndex &index);

    WorkspaceSweep *m_sweep;
    WorkspaceSummaryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_run = nullptr;
};

} // namespace kakiyo
