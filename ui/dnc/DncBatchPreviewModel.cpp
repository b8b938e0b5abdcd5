#include "ui/dnc/DncBatchPreviewModel.h"

#include "ui/shell/Theme.h"

namespace kakiyo {

DncBatchPreviewModel::DncBatchPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DncBatchPreviewModel::setPlan(const DncBatchPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

int DncBatchPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.lines().size());
}

int DncBatchPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DncBatchPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DncBatchLine &l = m_plan.lines().at(index.row());
    using S = DncBatchLine::Status;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case LineColumn:
            return l.line;
        case InputColumn:
            return l.input;
        case OutcomeColumn:
            return l.status == S::Valid ? tr("Will be added as %1").arg(l.canonical) : l.outcome();
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == InputColumn ? l.input : l.outcome();
    case Qt::ForegroundRole:
        if (index.column() != OutcomeColumn)
            break;
        switch (l.status) {
        case S::Valid:
            return Theme::success();
        case S::Invalid:
            return Theme::danger();
        case S::Duplicate:
        case S::Listed:
            return Theme::muted();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StatusRole:
        return int(l.status);
    default:
        break;
    }
    return {};
}

QVariant DncBatchPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case InputColumn:
        return tr("Given");
    case OutcomeColumn:
        return tr("What happens");
    }
    return {};
}

} // namespace kakiyo
