#pragma once
// AnalyticsTableModel: one table of analytics numbers (campaign comparison, daily activity, status
// funnel, qualification breakdown, last 7 days, snapshot history). Columns say what kind of number
// they hold so the view formats it and the chart adapter / CSV read the raw value. The same model
// feeds a chart and the table beside it, so the two can never disagree.

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace kakiyo {

class AnalyticsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsTableModel)

public:
    enum class Kind
    {
        Text, // QString
        Count, // qint64, shown with group separators
        Percent, // double in percent, shown "18.72 %"
        Decimal, // double, shown with two decimals
        Date, // QDate, shown in the locale's short form
    };
    struct Column
    {
        QString key; // stable name for code and CSV consumers ("messages")
        QString title; // header text
        Kind kind = Kind::Count;
        QString toolTip; // e.g. the formula of a computed column
    };
    enum Role
    {
        RawRole = Qt::UserRole + 1, // unformatted value (number, date, text) for sorting/charts/CSV
        RowKeyRole, // the row's identity (campaign id, date, stage key)
        KindRole, // int(Kind) of the column
        CellStateRole, // int(CellState): how the view marks the cell
    };
    // A cell the reader should look at twice: above a ceiling, or computed from too few
    // prospects to compare. The view colours it; its note becomes the tooltip.
    enum class CellState
    {
        Normal,
        Warning,
        LowSample,
    };

    explicit AnalyticsTableModel(const QString &name, QObject *parent = nullptr);

    QString name() const { return m_name; } // "campaigns", "daily", ... (chart and file names)
    void setColumns(const QList<Column> &columns);
    QList<Column> columns() const { return m_columns; }
    int columnOf(const QString &key) const; // -1 when absent

    // Each row holds one raw value per column; rowKeys (optional) name the rows.
    void setRows(const QList<QVariantList> &rows, const QStringList &rowKeys = {});
    void clear();
    bool isEmpty() const { return m_rows.isEmpty(); }
    QVariant raw(int row, int column) const;
    QVariant raw(int row, const QString &columnKey) const;
    QString rowKey(int row) const;
    // Marks one cell (after setRows, which clears every mark).
    void setCellNote(int row, const QString &columnKey, CellState state, const QString &note);
    CellState cellState(int row, int column) const;
    QString cellNote(int row, int column) const;

    static QString format(Kind kind, const QVariant &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString m_name;
    QList<Column> m_columns;
    QList<QVariantList> m_rows;
    QStringList m_rowKeys;
    struct CellNote
    {
        CellState state = CellState::Normal;
        QString text;
    };
    QHash<quint64, CellNote> m_notes; // key: row << 32 | column
};

} // namespace kakiyo
