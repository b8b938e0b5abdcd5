#include "ui/prospects/TablePlace.h"

#include <QItemSelection>
#include <QScrollBar>
#include <QTableView>

namespace kakiyo {

TablePlace::TablePlace(QTableView *table, int idRole)
    : m_table(table)
    , m_role(idRole)
{
}

void TablePlace::keep()
{
    const QItemSelectionModel *selection = m_table->selectionModel();
    m_current = selection->currentIndex().data(m_role).toString();
    m_selected.clear();
    for (const QModelIndex &row : selection->selectedRows())
        m_selected.insert(row.data(m_role).toString());
    m_selected.remove(QString());
    m_vertical = m_table->verticalScrollBar()->value();
    m_horizontal = m_table->horizontalScrollBar()->value();
    m_kept = true;
}

void TablePlace::restore()
{
    if (!m_kept)
        return;
    const QAbstractItemModel *model = m_table->model();
    QItemSelectionModel *selection = m_table->selectionModel();
    QModelIndex current;
    QItemSelection rows;
    const int columns = model->columnCount();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString id = model->index(r, 0).data(m_role).toString();
        if (id.isEmpty())
            continue;
        if (id == m_current)
            current = model->index(r, 0);
        if (m_selected.contains(id))
            rows.select(model->index(r, 0), model->index(r, columns - 1));
    }
    // Only what moved is touched: an unchanged current row sends no signal (and opens nothing).
    if (current.isValid() && current.row() != selection->currentIndex().row())
        selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    if (!rows.isEmpty() || !m_selected.isEmpty())
        selection->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // Moving the current row scrolls it into view: the user's scroll position wins.
    m_table->verticalScrollBar()->setValue(m_vertical);
    m_table->horizontalScrollBar()->setValue(m_horizontal);
}

} // namespace kakiyo
