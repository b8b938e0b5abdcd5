// The import wizard's check step: every row validated offline on a worker thread (duplicates
// folded, the cached Do Not Contact list optionally applied), with each row left out and why.
#pragma once

#include "models/import/PreparedImport.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace kakiyo {

class DncListModel;
class ImportReportModel;
struct ImportWizardState;

class ValidationStep final : public QWizardPage
{
    Q_DISABLE_COPY_MOVE(ValidationStep)

public:
    explicit ValidationStep(ImportWizardState *s);
    ~ValidationStep() override;

    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;

private:
    void showDncState();
    void start();
    void done();

    ImportWizardState *m_s;
    QCheckBox *m_dncCheck;
    QLabel *m_dncState;
    QProgressBar *m_progress;
    QLabel *m_summary;
    ImportReportModel *m_rejected;
    QTableView *m_table;
    QFutureWatcher<PreparedImport> m_watcher;
    DncListModel *m_dnc = nullptr;
    QString m_dncFailed;
    bool m_restart = false;
};

} // namespace kakiyo
