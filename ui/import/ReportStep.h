// The import wizard's last step: what happened to every row, with a CSV export.
#pragma once

#include <QWizardPage>

class QLabel;

namespace kakiyo {

class ImportReportModel;
class NoticeLabel;
struct ImportWizardState;

class ReportStep final : public QWizardPage
{
    Q_DISABLE_COPY_MOVE(ReportStep)

public:
    explicit ReportStep(ImportWizardState *s);

    void initializePage() override;

private:
    ImportWizardState *m_s;
    QLabel *m_counts;
    ImportReportModel *m_model;
    NoticeLabel *m_saved;
};

} // namespace kakiyo
