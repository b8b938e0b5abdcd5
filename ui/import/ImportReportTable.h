// The table the import wizard shows an ImportReportModel in: the rows validation left out (check
// step) and every row's outcome (report step), read-only, whole rows selected.
#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace kakiyo {

class ImportReportModel;

class ImportReportTable
{
public:
    static QTableView *make(ImportReportModel *model, const QString &objectName,
        const QString &accessibleName, QWidget *parent);
};

} // namespace kakiyo
