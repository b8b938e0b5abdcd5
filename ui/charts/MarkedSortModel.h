#pragma once
// MarkedSortModel: a sorted view of an AnalyticsTableModel that sorts on the raw numbers and
// draws the cells the model marks (AnalyticsTableModel::CellStateRole): above a LinkedIn ceiling
// in the theme's warning colour and bold, computed from too few prospects in the muted colour and
// italic. The reason is in the cell's tooltip, which the model provides.

#include <QSortFilterProxyModel>

namespace kakiyo {

class MarkedSortModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkedSortModel)

public:
    explicit MarkedSortModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace kakiyo
