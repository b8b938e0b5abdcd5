#include "ui/import/ReportStep.h"

#include "models/import/ImportJournal.h"
#include "ui/import/ImportReportModel.h"
#include "ui/import/ImportReportTable.h"
#include "ui/import/ImportTexts.h"
#include "ui/import/ImportWizard.h"
#include "ui/import/ImportWizardState.h"
#include "ui/import/NoticeLabel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kakiyo {

ReportStep::ReportStep(ImportWizardState *s)
    : m_s(s)
{
    setTitle(ImportWizard::tr("Report"));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_counts);
    m_model = new ImportReportModel(this);
    layout->addWidget(ImportReportTable::make(m_model, QStringLiteral("importReportTable"),
                          ImportWizard::tr("Outcome per row"), this),
        1);
    auto *row = new QHBoxLayout;
    m_saved = new NoticeLabel(QStringLiteral("importExportState"), this);
    auto *save = new QPushButton(ImportWizard::tr("&Export CSV…"), this);
    save->setObjectName(QStringLiteral("importExport"));
    save->setAccessibleName(ImportWizard::tr("Export the report as CSV"));
    row->addWidget(m_saved, 1);
    row->addStretch(0);
    row->addWidget(save);
    layout->addLayout(row);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, ImportWizard::tr("Export the report"),
                QFileInfo(m_s->path).completeBaseName() + QStringLiteral("-report.csv"),
                ImportWizard::tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (m_s->wizard->exportReport(path, &error))
            m_saved->setNotice(
                ImportWizard::tr("Saved to %1").arg(QDir::toNativeSeparators(path)), false);
        else
            m_saved->setNotice(ImportWizard::tr("Could not save: %1").arg(error), true);
    });
}

void ReportStep::initializePage()
{
    const ImportReport report = m_s->wizard->report();
    const QMap<QString, int> counts = report.counts();
    // Good news first, then what the server refused, then what was never sent.
    QStringList order {QStringLiteral("imported"), QStringLiteral("existing"),
        QStringLiteral("skipped_dnc"), QStringLiteral("enrichment_failed"),
        QStringLiteral("invalid"), ImportJournal::Rejected, ImportJournal::Pending,
        ImportJournal::Missing};
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!order.contains(it.key()))
            order << it.key();
    }
    QStringList parts;
    for (const QString &outcome : std::as_const(order)) {
        if (counts.contains(outcome))
            parts << QStringLiteral("%1: <b>%2</b>")
                         .arg(ImportReportModel::outcomeLabel(outcome).toHtmlEscaped(),
                             ImportTexts::number(counts.value(outcome)));
    }
    setSubTitle(
        ImportWizard::tr("%1 rows in %2.")
            .arg(ImportTexts::number(report.lines.size()), QFileInfo(m_s->path).fileName()));
    m_counts->setText(parts.join(QStringLiteral(" · ")));
    m_model->setLines(report.lines);
}

} // namespace kakiyo
