#include "models/AnalyticsTableModel.h"

#include <QDate>
#include <QLocale>

namespace kakiyo {

AnalyticsTableModel::AnalyticsTableModel(const QString &name, QObject *parent)
    : QAbstractTableModel(parent)
    , m_name(name)
{
}

void AnalyticsTableModel::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    m_rows.clear();
    m_rowKeys.clear();
    m_notes.clear();
    endResetModel();
}

int AnalyticsTableModel::columnOf(const QString &key) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].key == key)
            return i;
    return -1;
}

void AnalyticsTableModel::setRows(const QList<QVariantList> &rows, const QStringList &rowKeys)
{
    beginResetModel();
    m_rows = rows;
    for (auto &row : m_rows)
        row.resize(m_columns.size());
    m_rowKeys = rowKeys;
    m_rowKeys.resize(m_rows.size());
    m_notes.clear();
    endResetModel();
}

void AnalyticsTableModel::setCellNote(
    int row, const QString &columnKey, CellState state, const QString &note)
{
    const int column = columnOf(columnKey);
    if (row < 0 || row >= m_rows.size() || column < 0)
        return;
    m_notes.insert(quint64(row) << 32 | quint64(column), CellNote {state, note});
    const QModelIndex cell = index(row, column);
    emit dataChanged(cell, cell, {CellStateRole, Qt::ToolTipRole});
}

AnalyticsTableModel::CellState AnalyticsTableModel::cellState(int row, int column) const
{
    return m_notes.value(quint64(row) << 32 | quint64(column)).state;
}

QString AnalyticsTableModel::cellNote(int row, int column) const
{
    return m_notes.value(quint64(row) << 32 | quint64(column)).text;
}

void AnalyticsTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowKeys.clear();
    m_notes.clear();
    endResetModel();
}

QVariant AnalyticsTableModel::raw(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_columns.size())
        return {};
    return m_rows[row][column];
}

QVariant AnalyticsTableModel::raw(int row, const QString &columnKey) const
{
    return raw(row, columnOf(columnKey));
}

QString AnalyticsTableModel::rowKey(int row) const
{
    return row >= 0 && row < m_rowKeys.size() ? m_rowKeys[row] : QString();
}

QString AnalyticsTableModel::format(Kind kind, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return tr("—");
    const QLocale locale;
    switch (kind) {
    case Kind::Text:
        return value.toString();
    case Kind::Count:
        return locale.toString(value.toLongLong());
    case Kind::Percent:
        return tr("%1 %").arg(locale.toString(value.toDouble(), 'f', 2));
    case Kind::Decimal:
        return locale.toString(value.toDouble(), 'f', 2);
    case Kind::Date:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    }
    return value.toString();
}

int AnalyticsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnalyticsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant AnalyticsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column &column = m_columns[index.column()];
    const QVariant &value = m_rows[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return format(column.kind, value);
    case RawRole:
        return value;
    case RowKeyRole:
        return rowKey(index.row());
    case KindRole:
        return int(column.kind);
    case CellStateRole:
        return int(cellState(index.row(), index.column()));
    case Qt::ToolTipRole: {
        // The cell's own note first (why it is marked), then what the column means.
        QStringList tip;
        if (const QString note = cellNote(index.row(), index.column()); !note.isEmpty())
            tip << note;
        if (!column.toolTip.isEmpty())
            tip << column.toolTip;
        return tip.isEmpty() ? QVariant() : QVariant(tip.join(u'\n'));
    }
    case Qt::TextAlignmentRole:
        return column.kind == Kind::Text ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant AnalyticsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns[section].title;
    if (role == Qt::ToolTipRole && !m_columns[section].toolTip.isEmpty())
        return m_columns[section].toolTip;
    if (role == Qt::UserRole)
        return m_columns[section].key;
    return {};
}

QHash<int, QByteArray> AnalyticsTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(RawRole, "raw");
    names.insert(RowKeyRole, "rowKey");
    names.insert(KindRole, "kind");
    names.insert(CellStateRole, "cellState");
    return names;
}

} // namespace kakiyo
