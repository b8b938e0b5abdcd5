#include "ui/import/ImportReportTable.h"

#include "ui/import/ImportReportModel.h"

#include <QHeaderView>
#include <QTableView>

namespace kakiyo {

QTableView *ImportReportTable::make(ImportReportModel *model, const QString &objectName,
    const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(
        ImportReportModel::LineColumn, QHeaderView::ResizeToContents);
    table->setColumnWidth(ImportReportModel::NameColumn, 150);
    table->setColumnWidth(ImportReportModel::UrlColumn, 260);
    table->setColumnWidth(ImportReportModel::OutcomeColumn, 150);
    return table;
}

} // namespace kakiyo
