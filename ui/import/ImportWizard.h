// ImportWizard: the lead import as a stepper — file (open dialog or a CSV dropped on the window)
// → preview of the first rows with the detected delimiter and encoding and the malformed lines →
// column mapping → validation summary with every row left out and why (duplicates folded, the
// cached Do Not Contact list optionally applied) → target (one campaign or round-robin over
// several) with the cost preview → progress (pause, resume, cancel) → per-row report with CSV
// export. Everything before the Import button is offline and costs nothing; the file is read
// and validated on a worker thread.
//
// The run is journaled (ImportJournal): closing the window mid-run asks, then stops sending and
// leaves the import in the journal; opening the same file again offers to resume it.
#pragma once

#include "models/import/ImportReport.h"
#include "models/import/ImportRunner.h"

#include <QWizard>
#include <memory>

namespace kakiyo {

class Connection;
struct ImportWizardState;

class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId
    {
        FilePage,
        PreviewPage,
        MappingPage,
        ValidationPage,
        TargetPage,
        ProgressPage,
        ReportPage
    };
    Q_ENUM(PageId)

    explicit ImportWizard(Connection *session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Reads the file's first rows; when that works the file step is skipped (before the wizard
    // is shown: it opens on the preview; on the file step: it moves on). When it does not, the
    // file step shows why.
    void setFile(const QString &path);
    QString file() const;
    // Preselects the target campaign (one-campaign import).
    void setTargetCampaign(const QString &campaignId);
    QString targetCampaign() const;
    // Default: ImportJournal::defaultPath().
    void setJournalPath(const QString &path);
    void setRunnerOptions(const ImportRunner::Options &options);

    // The run (null before the Import button).
    ImportRunner *runner() const;
    qint64 importId() const;
    // What happened to every row so far, from the journal.
    ImportReport report() const;
    // Writes report() as CSV, atomically.
    bool exportReport(const QString &path, QString *error = nullptr) const;

    void reject() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    std::unique_ptr<ImportWizardState> d;
};

} // namespace kakiyo
