#include "ui/charts/MarkedSortModel.h"

#include "models/AnalyticsTableModel.h"
#include "ui/shell/Theme.h"

#include <QFont>

namespace kakiyo {

MarkedSortModel::MarkedSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AnalyticsTableModel::RawRole);
}

QVariant MarkedSortModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::ForegroundRole && role != Qt::FontRole)
        return QSortFilterProxyModel::data(index, role);
    using CellState = AnalyticsTableModel::CellState;
    const auto state
        = CellState(QSortFilterProxyModel::data(index, AnalyticsTableModel::CellStateRole).toInt());
    if (state == CellState::Normal)
        return QSortFilterProxyModel::data(index, role);
    if (role == Qt::ForegroundRole)
        return state == CellState::Warning ? Theme::warning() : Theme::muted();
    QFont font;
    font.setBold(state == CellState::Warning);
    font.setItalic(state == CellState::LowSample);
    return font;
}

} // namespace kakiyo
