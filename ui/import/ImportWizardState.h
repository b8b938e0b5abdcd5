// Everything the import wizard's steps share: the file, its preview and mapping, the validated
// rows, the target, the journal and the run.
#pragma once

#include "models/import/ColumnMapping.h"
#include "models/import/ImportJournal.h"
#include "models/import/ImportPreparation.h"
#include "models/import/ImportRunner.h"
#include "models/import/ImportTarget.h"
#include "models/import/PreparedImport.h"
#include "models/import/SessionImportCalls.h"

#include <QString>
#include <memory>

namespace kakiyo {

class Connection;
class ImportWizard;

struct ImportWizardState
{
    ImportWizard *wizard = nullptr;
    Connection *session = nullptr;
    QString path;
    ImportPreparation::Preview preview;
    ColumnMapping mapping;
    PreparedImport prepared;
    bool prepared_ok = false;
    QString targetCampaign; // preselected
    ImportTarget target;
    QString journalPath;
    ImportJournal journal;
    qint64 importId = -1;
    qint64 resumeCandidate = -1; // an unfinished import of this file found in the journal
    bool resumeAsked = false;
    bool resuming = false;
    ImportRunner::Options runnerOptions;
    std::unique_ptr<SessionImportCalls> calls;
    std::unique_ptr<ImportRunner> runner;

    // Opens the journal (journalPath, else the default) unless it is open; false with *error
    // when it cannot.
    bool openJournal(QString *error);
    // Reads the first rows; empty when fine, else why not.
    QString loadFile(const QString &file);
    // Once per file: when the journal has an unfinished import of it, asks whether to resume;
    // yes goes straight to the progress step.
    void offerResume();
    // The runner and its calls over the session, made on first use.
    void ensureRunner();
    // Running, paused or waiting for the rate limits: the run is not over.
    bool isRunning() const;
};

} // namespace kakiyo
