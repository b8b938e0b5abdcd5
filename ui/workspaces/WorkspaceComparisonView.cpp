#include "ui/workspaces/WorkspaceComparisonView.h"

#include "models/WorkspaceSummaryModel.h"
#include "models/jobs/WorkspaceSweep.h"
#include "ui/shell/AgeText.h"
#include "ui/shell/ListTable.h"
#include "ui/shell/MessageBox.h"
#include "ui/shell/Theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kakiyo {

WorkspaceComparisonView::WorkspaceComparisonView(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_sweep(new WorkspaceSweep(connection, this))
    , m_model(new WorkspaceSummaryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("workspaceComparison"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WorkspaceSummaryModel::RawRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *intro = new QLabel(tr("Every client workspace side by side. Double-click a row to work "
                                "in that workspace."),
        this);
    intro->setWordWrap(true);
    m_run
        = new QPushButton(Theme::icon(QStringLiteral("refresh")), tr("&Compare workspaces…"), this);
    m_run->setObjectName(QStringLiteral("compareWorkspaces"));
    m_run->setAccessibleName(tr("Compare every workspace"));
    m_cost = new QLabel(this);
    m_cost->setObjectName(QStringLiteral("comparisonCost"));
    m_cost->setAccessibleName(tr("Cost of the comparison"));
    m_cost->setWordWrap(true);
    m_state = new QLabel(tr("Not compared yet."), this);
    m_state->setObjectName(QStringLiteral("comparisonState"));
    m_state->setAccessibleName(tr("Comparison state"));
    m_state->setWordWrap(true);

    m_table = new QTableView(this);
    setUpListTable(m_table, m_proxy, QStringLiteral("comparisonTable"), tr("Workspaces compared"),
        WorkspaceSummaryModel::NameColumn);
    // The names as wide as they are; the figures share the rest (a bold header in the dark
    // theme would otherwise squeeze a stretched name column to nothing).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        WorkspaceSummaryModel::NameColumn, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_cost, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(runRow);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);

    connect(m_run, &QPushButton::clicked, this, [this] { compare(true); });
    connect(m_table, &QTableView::activated, this, &WorkspaceComparisonView::rowActivated);
    connect(m_sweep, &WorkspaceSweep::runningChanged, this, [this](bool running) {
        m_run->setEnabled(!running);
        if (running)
            m_state->setText(tr("Comparing…"));
    });
    connect(m_sweep, &WorkspaceSweep::progress, this, [this](qint64 read, qint64 total) {
        m_state->setText(tr("Comparing… %L1 of %L2 conversations read").arg(read).arg(total));
    });
    connect(m_sweep, &WorkspaceSweep::finished, this, &WorkspaceComparisonView::sweepFinished);
    connect(m_sweep, &WorkspaceSweep::failed, this, [this](const QString &message) {
        m_state->setText(message);
        updateCost();
    });
    updateCost();
}

QString WorkspaceComparisonView::costText() const
{
    return m_cost->text();
}

QString WorkspaceComparisonView::stateText() const
{
    return m_state->text();
}

void WorkspaceComparisonView::updateCost()
{
    m_cost->setText(tr("Cost: %1").arg(m_sweep->plan().text()));
}

void WorkspaceComparisonView::compare(bool confirm)
{
    if (m_sweep->isRunning())
        return;
    const WorkspaceSweep::Plan plan = m_sweep->plan();
    updateCost();
    if (confirm && plan.calls > 0
        && MessageBox::question(this, tr("Compare workspaces"),
               tr("Comparing every workspace reads the team's workspaces, agents, campaigns and "
                  "conversations: %1. Continue?")
                   .arg(plan.text()))
            != QMessageBox::Yes)
        return;
    m_sweep->run();
}

void WorkspaceComparisonView::sweepFinished()
{
    m_model->setSummaries(m_sweep->summaries(), m_sweep->dataTime());
    m_state->setText(m_model->rowCount() == 0
            ? tr("This team has no client workspace yet.")
            : tr("%n workspace(s) compared from %L1 conversations · %2", nullptr,
                m_model->rowCount())
                  .arg(m_sweep->conversationsRead())
                  .arg(AgeText::describe(m_sweep->dataTime(), QDateTime::currentDateTimeUtc())));
    updateCost();
}

void WorkspaceComparisonView::rowActivated(const QModelIndex &index)
{
    const QString id = index.data(WorkspaceSummaryModel::IdRole).toString();
    if (!id.isEmpty())
        emit openWorkspace(id);
}

} // namespace kakiyo
