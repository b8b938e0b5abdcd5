#pragma once
// WorkspaceSummaryModel: the agency's master view as a table — one row per client workspace,
// its figures side by side (see WorkspaceSummary for each formula). DisplayRole is formatted
// text ("42.5 %", "—" for a rate with nothing to divide by); RawRole is the number a proxy sorts
// on (a missing rate sorts below 0). Filled by a WorkspaceSweep.

#include "models/WorkspaceSummary.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace kakiyo {

class WorkspaceSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceSummaryModel)

public:
    enum Column
    {
        NameColumn,
        AgentsColumn,
        AttentionColumn,
        ActiveCampaignsColumn,
        ProspectsColumn,
        InvitedColumn,
        AcceptanceColumn,
        RepliesColumn,
        ReplyRateColumn,
        QualifiedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RawRole,
        NeedsAttentionRole, // bool: the workspace has an agent needing attention
    };

    explicit WorkspaceSummaryModel(QObject *parent = nullptr);

    void setSummaries(const QList<WorkspaceSummary> &summaries, const QDateTime &dataTime);
    QList<WorkspaceSummary> summaries() const { return m_rows; }
    QDateTime dataTime() const { return m_dataTime; }
    int rowOf(const QString &workspaceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "42.5 %" or "—".
    static QString formatRate(const std::optional<double> &rate);

private:
    QVariant raw(const WorkspaceSummary &s, int column) const;

    QList<WorkspaceSummary> m_rows;
    QDateTime m_dataTime;
};

} // namespace kakiyo
