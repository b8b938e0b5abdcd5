// The import wizard's progress step: starts the run and shows it, with pause, resume and stop.
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace kakiyo {

class NoticeLabel;
class ImportRunner;
struct ImportWizardState;

class ProgressStep final : public QWizardPage
{
    Q_DISABLE_COPY_MOVE(ProgressStep)

public:
    explicit ProgressStep(ImportWizardState *s);

    void initializePage() override;
    bool isComplete() const override;

private:
    void refresh();

    ImportWizardState *m_s;
    QProgressBar *m_bar;
    QLabel *m_text;
    NoticeLabel *m_status;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    ImportRunner *m_connected = nullptr;
};

} // namespace kakiyo
