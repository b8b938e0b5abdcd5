// The rows of a DncBatchPlan as a table for the "many at once" preview: the line, what was given
// and what will happen to it (added, invalid with the reason, duplicate, already listed).
#pragma once

#include "models/import/DncBatchPlan.h"

#include <QAbstractTableModel>

namespace kakiyo {

class DncBatchPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DncBatchPreviewModel)

public:
    enum Column
    {
        LineColumn,
        InputColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum Role
    {
        StatusRole = Qt::UserRole + 1, // DncBatchLine::Status as int
    };

    explicit DncBatchPreviewModel(QObject *parent = nullptr);

    void setPlan(const DncBatchPlan &plan);
    const DncBatchPlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DncBatchPlan m_plan;
};

} // namespace kakiyo
