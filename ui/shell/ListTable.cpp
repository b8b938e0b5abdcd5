#include "ui/shell/ListTable.h"

#include "ui/shell/Theme.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace kakiyo {

void setUpListTable(QTableView *table, QAbstractItemModel *model, const QString &objectName,
    const QString &accessibleName, int sortColumn, Qt::SortOrder order)
{
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    Theme::styleListTable(table, sortColumn);
    if (order != Qt::AscendingOrder)
        table->sortByColumn(sortColumn, order);
}

void stretchListColumn(QTableView *table, int stretchColumn)
{
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

QModelIndex selectSourceRow(QTableView *table, const QSortFilterProxyModel *proxy, int sourceRow)
{
    const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0));
    table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return index;
}

} // namespace kakiyo
