#include "ui/import/ProgressStep.h"

#include "ui/import/ImportTexts.h"
#include "ui/import/ImportWizard.h"
#include "ui/import/ImportWizardState.h"
#include "ui/import/NoticeLabel.h"
#include "ui/shell/MessageBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakiyo {

ProgressStep::ProgressStep(ImportWizardState *s)
    : m_s(s)
{
    setTitle(ImportWizard::tr("Importing"));
    setSubTitle(ImportWizard::tr("You can pause, or close the window: the import resumes "
                                 "where it stopped when you open the same file again."));
    auto *layout = new QVBoxLayout(this);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setAccessibleName(ImportWizard::tr("Import progress"));
    layout->addWidget(m_bar);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("importProgressText"));
    m_text->setWordWrap(true);
    layout->addWidget(m_text);
    m_status = new NoticeLabel(QStringLiteral("importProgressStatus"), this);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    m_pause = new QPushButton(ImportWizard::tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("importPause"));
    m_resume = new QPushButton(ImportWizard::tr("Res&ume"), this);
    m_resume->setObjectName(QStringLiteral("importResume"));
    m_cancel = new QPushButton(ImportWizard::tr("&Stop import"), this);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->setAccessibleName(ImportWizard::tr("Stop the import for good"));
    buttons->addWidget(m_pause);
    buttons->addWidget(m_resume);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_pause, &QPushButton::clicked, this, [this] { m_s->runner->pause(); });
    connect(m_resume, &QPushButton::clicked, this, [this] { m_s->runner->resume(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (MessageBox::question(this, ImportWizard::tr("Stop the import?"),
                ImportWizard::tr("Rows not sent yet will not be imported, and this import "
                                 "cannot be resumed. People already sent stay in the "
                                 "campaign."))
            == QMessageBox::Yes)
            m_s->runner->cancel();
    });
}

void ProgressStep::initializePage()
{
    m_s->ensureRunner();
    ImportRunner *runner = m_s->runner.get();
    if (m_connected != runner) {
        m_connected = runner;
        connect(runner, &ImportRunner::progressChanged, this, [this] { refresh(); });
        connect(runner, &ImportRunner::stateChanged, this, [this] { refresh(); });
        connect(runner, &ImportRunner::finished, this, [this] {
            refresh();
            emit completeChanged();
        });
    }
    if (runner->state() == ImportRunner::State::Idle && !runner->start(m_s->importId))
        m_status->setNotice(ImportWizard::tr("This import cannot be started: it is "
                                             "finished or no longer in the journal."),
            true);
    refresh();
}

bool ProgressStep::isComplete() const
{
    return !m_s->isRunning();
}

void ProgressStep::refresh()
{
    const ImportRunner *runner = m_s->runner.get();
    const ImportRunner::Progress p = runner->progress();
    m_bar->setRange(0, std::max(1, p.rows));
    m_bar->setValue(p.rowsConfirmed);
    QString text = ImportWizard::tr("%1 of %2 batches confirmed · %3 of %4 people answered "
                                    "· %5 elapsed")
                       .arg(ImportTexts::number(p.batchesConfirmed), ImportTexts::number(p.batches),
                           ImportTexts::number(p.rowsConfirmed), ImportTexts::number(p.rows),
                           ImportTexts::duration(p.elapsedMs));
    if (p.etaMs >= 0 && runner->state() == ImportRunner::State::Running)
        text += ImportWizard::tr(" · about %1 left").arg(ImportTexts::duration(p.etaMs));
    m_text->setText(text);
    const ImportRunner::State s = runner->state();
    QString status;
    bool error = false;
    switch (s) {
    case ImportRunner::State::Paused:
        status = ImportWizard::tr("Paused. Nothing more is sent until you resume.");
        break;
    case ImportRunner::State::Waiting:
        status = ImportWizard::tr("Waiting: %1").arg(runner->statusText());
        break;
    case ImportRunner::State::Finished:
        status = ImportWizard::tr("Done. The report shows what happened to every row.");
        break;
    case ImportRunner::State::Cancelled:
        status = ImportWizard::tr("Stopped. The report shows which rows were not sent.");
        break;
    case ImportRunner::State::Failed:
        status = ImportWizard::tr("The import stopped: %1 Fix this, then open the same "
                                  "file again to resume.")
                     .arg(runner->statusText());
        error = true;
        break;
    default:
        break;
    }
    m_status->setNotice(status, error);
    const bool active = m_s->isRunning();
    m_pause->setEnabled(s == ImportRunner::State::Running || s == ImportRunner::State::Waiting);
    m_resume->setEnabled(s == ImportRunner::State::Paused);
    m_cancel->setEnabled(active);
}

} // namespace kakiyo
