#include "ui/import/ImportWizardState.h"

#include "models/import/FileFingerprint.h"
#include "ui/import/ImportWizard.h"
#include "ui/shell/MessageBox.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace kakiyo {

bool ImportWizardState::openJournal(QString *error)
{
    if (journal.isOpen())
        return true;
    const QString p = journalPath.isEmpty() ? ImportJournal::defaultPath() : journalPath;
    QDir().mkpath(QFileInfo(p).absolutePath());
    if (journal.open(p))
        return true;
    *error = ImportWizard::tr("Cannot open the import journal %1: %2")
                 .arg(QDir::toNativeSeparators(p), journal.errorString());
    return false;
}

QString ImportWizardState::loadFile(const QString &file)
{
    const QFileInfo info(file);
    if (!info.isFile())
        return ImportWizard::tr("\"%1\" is not a file that can be read.")
            .arg(QDir::toNativeSeparators(file));
    ImportPreparation::Preview p = ImportPreparation::previewFile(info.absoluteFilePath());
    if (!p.error.isEmpty())
        return ImportWizard::tr("Cannot import %1: %2").arg(info.fileName(), p.error);
    if (p.headers.size() < 2)
        return ImportWizard::tr("%1 does not look like a CSV file: its first line has no "
                                "column separator.")
            .arg(info.fileName());
    if (p.rows.isEmpty())
        return ImportWizard::tr("%1 has a header line but no rows.").arg(info.fileName());
    path = info.absoluteFilePath();
    preview = std::move(p);
    mapping = preview.mapping;
    prepared_ok = false;
    resumeAsked = false;
    resuming = false;
    resumeCandidate = -1;
    QString error;
    if (openJournal(&error)) {
        const QString fingerprint = FileFingerprint::ofFile(path).toString();
        for (const ImportJournal::Import &i : journal.imports()) {
            if (i.state == ImportJournal::State::Running && i.fingerprint == fingerprint) {
                resumeCandidate = i.id;
                break;
            }
        }
    }
    return {};
}

void ImportWizardState::offerResume()
{
    if (resumeCandidate < 0 || resumeAsked)
        return;
    resumeAsked = true;
    const auto import = journal.import(resumeCandidate);
    if (!import)
        return;
    int confirmed = 0;
    for (const ImportJournal::Batch &b : journal.batches(resumeCandidate))
        confirmed += b.state == ImportJournal::BatchState::Confirmed;
    const QString when = QLocale().toString(
        QDateTime::fromString(import->createdAt, Qt::ISODate).toLocalTime(), QLocale::ShortFormat);
    const auto answer = MessageBox::question(wizard, ImportWizard::tr("Resume the import?"),
        ImportWizard::tr("An import of this file started %1 stopped after %2 of %3 batches. "
                         "Resume it where it stopped?\n\nNo: look at the file again and "
                         "start a new import (people the server already has are then "
                         "reported as already in a campaign).")
            .arg(when)
            .arg(confirmed)
            .arg(import->batchCount),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    importId = resumeCandidate;
    target = import->target;
    resuming = true;
    wizard->next();
}

void ImportWizardState::ensureRunner()
{
    if (runner)
        return;
    calls = std::make_unique<SessionImportCalls>(session);
    runner = std::make_unique<ImportRunner>(calls.get(), &journal);
    runner->setOptions(runnerOptions);
}

bool ImportWizardState::isRunning() const
{
    if (!runner)
        return false;
    const ImportRunner::State s = runner->state();
    return s == ImportRunner::State::Running || s == ImportRunner::State::Paused
        || s == ImportRunner::State::Waiting;
}

} // namespace kakiyo
