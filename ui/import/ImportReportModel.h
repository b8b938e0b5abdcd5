// The rows of an import report (ImportReport::Line) as a table: input line, name, LinkedIn URL,
// outcome and reason. The wizard shows the rows validation left out with it before anything is
// sent, and every row's outcome after the run. DisplayRole is text; Qt::UserRole the raw line
// number (for sorting).
#pragma once

#include "models/import/ImportReport.h"

#include <QAbstractTableModel>

namespace kakiyo {

class ImportReportModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportModel)

public:
    enum Column
    {
        LineColumn,
        NameColumn,
        UrlColumn,
        OutcomeColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit ImportReportModel(QObject *parent = nullptr);

    void setLines(QList<ImportReport::Line> lines);
    const QList<ImportReport::Line> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "imported" -> "Imported", "skipped_dnc" -> "Skipped (Do Not Contact)", ...
    static QString outcomeLabel(const QString &outcome);

private:
    QList<ImportReport::Line> m_lines;
};

} // namespace kakiyo
