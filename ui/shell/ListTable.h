// The set-up every list page repeats for its QTableView, in one place.
#pragma once

#include <Qt>

class QAbstractItemModel;
class QModelIndex;
class QSortFilterProxyModel;
class QString;
class QTableView;

namespace kakiyo {

// Names the table (object and accessible name), puts it on its model (usually a sort proxy),
// gives it the look of the Desk's lists (Theme::styleListTable: whole rows, one at a time,
// alternating rows, no grid, no row numbers) and sorts it by sortColumn in that order.
void setUpListTable(QTableView *table, QAbstractItemModel *model, const QString &objectName,
    const QString &accessibleName, int sortColumn, Qt::SortOrder order = Qt::AscendingOrder);

// Every column as wide as its content; stretchColumn takes the width that is left.
void stretchListColumn(QTableView *table, int stretchColumn);

// Makes sourceRow (a row of proxy's source model) the table's current and selected row; returns
// its index in the table.
QModelIndex selectSourceRow(QTableView *table, const QSortFilterProxyModel *proxy, int sourceRow);

} // namespace kakiyo
