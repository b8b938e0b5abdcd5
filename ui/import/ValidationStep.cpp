#include "ui/import/ValidationStep.h"

#include "models/DncListModel.h"
#include "models/import/ImportJournal.h"
#include "models/import/ImportPreparation.h"
#include "ui/import/ImportReportModel.h"
#include "ui/import/ImportReportTable.h"
#include "ui/import/ImportTexts.h"
#include "ui/import/ImportWizard.h"
#include "ui/import/ImportWizardState.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace kakiyo {

ValidationStep::ValidationStep(ImportWizardState *s)
    : m_s(s)
{
    setTitle(ImportWizard::tr("Check"));
    setSubTitle(ImportWizard::tr("Every row is checked here, offline; nothing is sent and "
                                 "nothing costs credits."));
    auto *layout = new QVBoxLayout(this);
    m_dncCheck
        = new QCheckBox(ImportWizard::tr("Leave out people on your &Do Not Contact list"), this);
    m_dncCheck->setObjectName(QStringLiteral("importDncCheck"));
    m_dncCheck->setAccessibleName(ImportWizard::tr("Check the Do Not Contact list"));
    m_dncCheck->setChecked(true);
    layout->addWidget(m_dncCheck);
    m_dncState = new QLabel(this);
    m_dncState->setObjectName(QStringLiteral("importDncState"));
    m_dncState->setWordWrap(true);
    m_dncState->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_dncState);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importParseProgress"));
    m_progress->setAccessibleName(ImportWizard::tr("Reading the file"));
    m_progress->setRange(0, 1000);
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importValidationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_rejected = new ImportReportModel(this);
    m_table = ImportReportTable::make(
        m_rejected, QStringLiteral("importRejectedTable"), ImportWizard::tr("Rows left out"), this);
    m_table->hideColumn(ImportReportModel::OutcomeColumn);
    layout->addWidget(m_table, 1);
    connect(m_dncCheck, &QCheckBox::toggled, this, [this] { start(); });
    connect(&m_watcher, &QFutureWatcher<PreparedImport>::progressValueChanged, m_progress,
        &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<PreparedImport>::finished, this, [this] { done(); });
}

ValidationStep::~ValidationStep()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ValidationStep::initializePage()
{
    if (!m_dnc) {
        m_dnc = new DncListModel(m_s->session, this);
        connect(m_dnc, &ServerListModel::loaded, this, [this] {
            if (m_dncCheck->isChecked())
                start();
            else
                showDncState();
        });
        connect(m_dnc, &ServerListModel::loadFailed, this, [this](const QString &message) {
            m_dncFailed = message;
            showDncState();
        });
        m_dnc->load(); // the cached list first; asks the server only when there is none
    }
    start();
}

bool ValidationStep::isComplete() const
{
    return m_s->prepared_ok && m_s->prepared.error.isEmpty() && m_s->prepared.validCount() > 0;
}

void ValidationStep::cleanupPage()
{
    m_watcher.cancel();
}

void ValidationStep::showDncState()
{
    if (!m_dnc || m_dnc->isLoading())
        m_dncState->setText(ImportWizard::tr("Loading the Do Not Contact list…"));
    else if (!m_dncFailed.isEmpty() && !m_dnc->hasLoaded())
        m_dncState->setText(
            ImportWizard::tr("The Do Not Contact list could not be loaded (%1); the server "
                             "still skips listed people when they are sent.")
                .arg(m_dncFailed));
    else
        m_dncState->setText(
            ImportWizard::tr("Profiles on the list: %1 (as of %2).")
                .arg(ImportTexts::number(m_dnc->entries().size()),
                    QLocale().toString(m_dnc->updatedAt().toLocalTime(), QLocale::ShortFormat)));
}

void ValidationStep::start()
{
    showDncState();
    m_s->prepared_ok = false;
    emit completeChanged();
    m_watcher.cancel();
    if (m_watcher.isRunning()) {
        m_restart = true; // after the cancelled run reports
        return;
    }
    QSet<QString> dnc;
    if (m_dncCheck->isChecked() && m_dnc) {
        if (m_dnc->isLoading() && !m_dnc->hasLoaded()) {
            m_summary->setText(ImportWizard::tr("Waiting for the Do Not Contact list…"));
            return; // loaded() starts again
        }
        for (const DncEntry &e : m_dnc->entries())
            dnc.insert(e.url);
    }
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_summary->setText(ImportWizard::tr("Reading %1…").arg(QFileInfo(m_s->path).fileName()));
    m_rejected->setLines({});
    m_watcher.setFuture(ImportPreparation::prepareFileAsync(m_s->path, m_s->mapping, dnc));
}

void ValidationStep::done()
{
    if (m_restart || m_watcher.isCanceled()) {
        const bool again = m_restart;
        m_restart = false;
        if (again)
            start();
        return;
    }
    m_progress->setVisible(false);
    m_s->prepared = m_watcher.result();
    m_s->prepared_ok = true;
    const PreparedImport &p = m_s->prepared;
    if (!p.error.isEmpty()) {
        m_summary->setText(ImportWizard::tr("Cannot read the file: %1").arg(p.error));
        emit completeChanged();
        return;
    }
    QStringList parts;
    parts << ImportWizard::tr("<b>%1 rows read: %2 will be sent, %3 left out.</b>")
                 .arg(ImportTexts::number(p.rows.size()), ImportTexts::number(p.validCount()),
                     ImportTexts::number(p.rejectedCount()));
    for (LeadRow::Rejection r : {LeadRow::Rejection::Malformed, LeadRow::Rejection::MissingName,
             LeadRow::Rejection::BadUrl, LeadRow::Rejection::CustomDataTooLong,
             LeadRow::Rejection::Duplicate, LeadRow::Rejection::OnDncList}) {
        if (const int n = p.count(r); n > 0)
            parts << QStringLiteral("%1: %2").arg(
                ImportTexts::rejectionLabel(r).toHtmlEscaped(), ImportTexts::number(n));
    }
    if (p.validCount() == 0)
        parts << ImportWizard::tr("Nothing to import: fix the file or the columns.");
    m_summary->setText(parts.join(QStringLiteral("<br>")));
    QList<ImportReport::Line> lines;
    for (const LeadRow &row : p.rows) {
        if (!row.isValid())
            lines.append({row.line, row.name, row.url.isEmpty() ? row.inputUrl : row.url,
                ImportJournal::Rejected, row.reason, {}, {}});
    }
    m_rejected->setLines(std::move(lines));
    m_table->setVisible(p.rejectedCount() > 0);
    emit completeChanged();
}

} // namespace kakiyo
