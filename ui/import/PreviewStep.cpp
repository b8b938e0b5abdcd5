#include "ui/import/PreviewStep.h"

#include "models/import/ImportPreparation.h"
#include "ui/import/ImportTexts.h"
#include "ui/import/ImportWizard.h"
#include "ui/import/ImportWizardState.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kakiyo {

PreviewStep::PreviewStep(ImportWizardState *s)
    : m_s(s)
{
    setTitle(ImportWizard::tr("Preview"));
    auto *layout = new QVBoxLayout(this);
    m_format = new QLabel(this);
    m_format->setObjectName(QStringLiteral("importPreviewFormat"));
    m_format->setWordWrap(true);
    layout->addWidget(m_format);
    m_model = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setAccessibleName(ImportWizard::tr("First rows of the file"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    layout->addWidget(m_table, 1);
    m_malformedTitle = new QLabel(this);
    m_malformedTitle->setObjectName(QStringLiteral("importMalformedTitle"));
    m_malformedTitle->setWordWrap(true);
    layout->addWidget(m_malformedTitle);
    m_malformed = new QListWidget(this);
    m_malformed->setObjectName(QStringLiteral("importMalformed"));
    m_malformed->setAccessibleName(ImportWizard::tr("Malformed lines"));
    m_malformed->setMaximumHeight(90);
    layout->addWidget(m_malformed);
}

void PreviewStep::initializePage()
{
    const ImportPreparation::Preview &p = m_s->preview;
    setSubTitle(QFileInfo(m_s->path).fileName());
    m_format->setText(ImportWizard::tr("Separated by %1 · %2 · %n columns · first %3 rows "
                                       "shown",
        nullptr, int(p.headers.size()))
                          .arg(ImportTexts::delimiterName(p.delimiter), p.encoding)
                          .arg(p.rows.size()));
    m_model->clear();
    m_model->setHorizontalHeaderLabels(p.headers);
    for (const QStringList &row : p.rows) {
        QList<QStandardItem *> items;
        for (const QString &cell : row)
            items.append(new QStandardItem(cell));
        m_model->appendRow(items);
    }
    m_malformed->clear();
    for (const CsvRecord &r : p.malformed)
        m_malformed->addItem(r.problem);
    const QString scope = p.scannedAll
        ? ImportWizard::tr("in the file")
        : ImportWizard::tr("in the first %1 rows").arg(ImportTexts::number(p.scanned));
    m_malformedTitle->setText(p.malformed.isEmpty()
            ? ImportWizard::tr("No malformed lines %1.").arg(scope)
            : ImportWizard::tr("Malformed lines %1: %2. They will be left out; the rest "
                               "is imported.")
                  .arg(scope, ImportTexts::number(p.malformed.size())));
    m_malformed->setVisible(!p.malformed.isEmpty());
    QTimer::singleShot(0, this, [this] { m_s->offerResume(); });
}

int PreviewStep::nextId() const
{
    return m_s->resuming ? ImportWizard::ProgressPage : ImportWizard::MappingPage;
}

} // namespace kakiyo
