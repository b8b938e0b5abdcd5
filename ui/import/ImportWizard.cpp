#include "ui/import/ImportWizard.h"

#include "models/api/Connection.h"
#include "ui/import/FileStep.h"
#include "ui/import/ImportWizardState.h"
#include "ui/import/MappingStep.h"
#include "ui/import/PreviewStep.h"
#include "ui/import/ProgressStep.h"
#include "ui/import/ReportStep.h"
#include "ui/import/TargetStep.h"
#include "ui/import/ValidationStep.h"
#include "ui/shell/MessageBox.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QUrl>

namespace kakiyo {

ImportWizard::ImportWizard(Connection *session, QWidget *parent)
    : QWizard(parent)
    , d(std::make_unique<ImportWizardState>())
{
    d->wizard = this;
    d->session = session;
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import leads"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CancelButton, tr("Close"));
    setAcceptDrops(true);
    setMinimumSize(760, 560);
    setPage(FilePage, new FileStep(d.get()));
    setPage(PreviewPage, new PreviewStep(d.get()));
    setPage(MappingPage, new MappingStep(d.get()));
    setPage(ValidationPage, new ValidationStep(d.get()));
    setPage(TargetPage, new TargetStep(d.get()));
    setPage(ProgressPage, new ProgressStep(d.get()));
    setPage(ReportPage, new ReportStep(d.get()));
    setStartId(FilePage);
    // Without its session the wizard cannot go on: stop (the journal keeps the import) and close.
    connect(session, &QObject::destroyed, this, [this] {
        d->runner.reset();
        d->calls.reset();
        QWizard::reject();
    });
    // The run cannot be undone by going back: no Back button from the import on.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        QList<WizardButton> layout {Stretch};
        if (id < ProgressPage)
            layout << BackButton;
        layout << NextButton << CommitButton << FinishButton << CancelButton;
        setButtonLayout(layout);
    });
}

ImportWizard::~ImportWizard()
{
    if (d->runner && d->isRunning())
        d->runner->pause(); // the journal keeps the import open for the next time
}

void ImportWizard::setFile(const QString &path)
{
    auto *fileStep = static_cast<FileStep *>(page(FilePage));
    fileStep->setPath(path);
    const QString error = d->loadFile(path);
    fileStep->setError(error);
    if (!error.isEmpty())
        return;
    if (!isVisible())
        setStartId(PreviewPage);
    else if (currentId() == FilePage)
        next();
}

QString ImportWizard::file() const
{
    return d->path;
}

void ImportWizard::setTargetCampaign(const QString &campaignId)
{
    d->targetCampaign = campaignId;
}

QString ImportWizard::targetCampaign() const
{
    return d->targetCampaign;
}

void ImportWizard::setJournalPath(const QString &path)
{
    d->journalPath = path;
    if (d->journal.isOpen() && d->journal.path() != path && !d->runner)
        d->journal.close();
}

void ImportWizard::setRunnerOptions(const ImportRunner::Options &options)
{
    d->runnerOptions = options;
    if (d->runner)
        d->runner->setOptions(options);
}

ImportRunner *ImportWizard::runner() const
{
    return d->runner.get();
}

qint64 ImportWizard::importId() const
{
    return d->importId;
}

ImportReport ImportWizard::report() const
{
    if (d->importId < 0 || !d->journal.isOpen())
        return {};
    return ImportReport::fromJournal(d->journal, d->importId);
}

bool ImportWizard::exportReport(const QString &path, QString *error) const
{
    return report().writeCsv(path, error);
}

void ImportWizard::reject()
{
    if (d->isRunning()) {
        const auto answer = MessageBox::question(this, tr("Close the import?"),
            tr("The import is not finished. Close the window and stop sending? Everything sent "
               "so far is kept; open the same file again to resume where it stopped."));
        if (answer != QMessageBox::Yes)
            return;
        d->runner->pause();
    }
    QWizard::reject();
}

void ImportWizard::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (currentId() <= PreviewPage && urls.size() == 1 && urls.front().isLocalFile())
        event->acceptProposedAction();
}

void ImportWizard::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (currentId() > PreviewPage || urls.size() != 1 || !urls.front().isLocalFile())
        return;
    event->acceptProposedAction();
    if (currentId() == PreviewPage)
        back();
    setFile(urls.front().toLocalFile());
}

} // namespace kakiyo
