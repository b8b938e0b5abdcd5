// One bulk action over selected prospects, start to finish, in a window that does not block the
// app: what it will cost (calls, credits, the time the rate limits need) and which rows it touches
// before anything is sent; progress and Cancel while it runs; the result of every row after, with
// copy and save as CSV.
#pragma once

#include "models/jobs/ProspectBulkAction.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace kakiyo {

class ProspectBulkResultModel;

class BulkActionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkActionDialog)

public:
    // Takes ownership of `action` (not started yet).
    BulkActionDialog(ProspectBulkAction *action, QWidget *parent = nullptr);

    ProspectBulkAction *action() const { return m_action; }
    ProspectBulkResultModel *results() const { return m_results; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *summaryLabel() const { return m_summary; }

    void run();

signals:
    void finished(); // the action finished (all rows have a result)

protected:
    void reject() override;

private:
    void updateState();
    void saveCsv();

    ProspectBulkAction *m_action;
    ProspectBulkResultModel *m_results;
    QLabel *m_preview;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTableView *m_table;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QPushButton *m_save;
    bool m_done = false;
};

} // namespace kakiyo
