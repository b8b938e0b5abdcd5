// The rows of one bulk action as a table: every selected prospect with its outcome — waiting,
// done, failed (with the server's reason) or not sent (cancelled) — updated as the action runs.
#pragma once

#include "models/jobs/ProspectBulkAction.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace kakiyo {

class ProspectBulkResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProspectBulkResultModel)

public:
    enum Column
    {
        ProspectColumn,
        OutcomeColumn,
        DetailsColumn,
        ColumnCount
    };
    enum class Outcome
    {
        Waiting,
        Done,
        Failed,
        NotSent
    };
    enum Role
    {
        OutcomeRole = Qt::UserRole + 1, // int(Outcome)
    };

    explicit ProspectBulkResultModel(ProspectBulkAction *action, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Outcome outcome(int row) const;
    int count(Outcome outcome) const;
    // "12 done · 1 failed · 7 not sent" (only the non-zero parts; "12 waiting" before the run).
    QString summary() const;
    // The table as CSV text (header + one line per row), for copy or save.
    QString toCsv() const;

private:
    void onProgress(int done);

    QPointer<ProspectBulkAction> m_action;
    QList<ProspectBulkAction::Target> m_targets;
    QList<ProspectBulkAction::RowResult> m_results; // first m_results.size() rows are finished
};

} // namespace kakiyo
