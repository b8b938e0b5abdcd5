#include "ui/prospects/BulkActionDialog.h"

#include "models/ProspectBulkResultModel.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace kakiyo {

namespace {

// Colours the result column by outcome with the theme's status colours.
class OutcomeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != ProspectBulkResultModel::OutcomeColumn)
            return;
        using O = ProspectBulkResultModel::Outcome;
        const auto o = O(index.data(ProspectBulkResultModel::OutcomeRole).toInt());
        if (o == O::Done)
            option->palette.setColor(QPalette::Text, Theme::success());
        else if (o == O::Failed)
            option->palette.setColor(QPalette::Text, Theme::danger());
        else if (o == O::NotSent)
            option->palette.setColor(QPalette::Text, Theme::warning());
    }
};

} // namespace

BulkActionDialog::BulkActionDialog(ProspectBulkAction *action, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_results(new ProspectBulkResultModel(action, this))
{
    action->setParent(this);
    setObjectName(QStringLiteral("bulkActionDialog"));
    setWindowTitle(tr("%1 prospects").arg(ProspectBulkAction::kindName(action->kind())));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(640, 460);

    auto *layout = new QVBoxLayout(this);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("bulkPreview"));
    m_preview->setWordWrap(true);
    QString text = action->preview().text();
    if (action->kind() == ProspectBulkAction::Kind::Delete)
        text += u' '
            + tr("Deleting cannot be undone; the API refuses prospects whose conversation is "
                 "active.");
    m_preview->setText(text);
    layout->addWidget(m_preview);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, int(action->targets().size()));
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Progress"));
    layout->addWidget(m_progress);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("bulkResults"));
    m_table->setModel(m_results);
    m_table->setItemDelegate(new OutcomeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ProspectBulkResultModel::ProspectColumn, 200);
    m_table->setColumnWidth(ProspectBulkResultModel::OutcomeColumn, 90);
    m_table->setAccessibleName(tr("Result per prospect"));
    layout->addWidget(m_table, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    m_copy = buttons->addButton(tr("Copy results"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("Save as CSV…"), QDialogButtonBox::ActionRole);
    m_run = buttons->addButton(
        ProspectBulkAction::kindName(action->kind()), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("bulkRun"));
    m_run->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("bulkCancel"));
    layout->addWidget(buttons);

    connect(m_run, &QPushButton::clicked, this, &BulkActionDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, &BulkActionDialog::reject);
    connect(m_copy, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_results->toCsv()); });
    connect(m_save, &QPushButton::clicked, this, &BulkActionDialog::saveCsv);
    connect(action, &ProspectBulkAction::progress, this, [this](int done, int) {
        m_progress->setValue(done);
        updateState();
    });
    connect(action, &ProspectBulkAction::finished, this, [this] {
        m_done = true;
        updateState();
        emit finished();
    });
    updateState();
}

void BulkActionDialog::run()
{
    if (m_action->isRunning() || m_done)
        return;
    m_action->start();
    updateState();
}

void BulkActionDialog::reject()
{
    // While running, Cancel (or Esc) stops the rest; the window stays to show what happened.
    if (m_action->isRunning()) {
        m_action->cancel();
        m_cancel->setEnabled(false);
        m_summary->setText(tr("Cancelling after the call in flight…"));
        return;
    }
    QDialog::reject();
}

void BulkActionDialog::updateState()
{
    const bool running = m_action->isRunning();
    m_run->setVisible(!running && !m_done);
    m_cancel->setText(m_done ? tr("Close") : (running ? tr("Cancel the rest") : tr("Cancel")));
    m_cancel->setEnabled(!m_action->isCancelled() || m_done);
    m_copy->setEnabled(m_done);
    m_save->setEnabled(m_done);
    m_summary->setText(m_results->summary());
}

void BulkActionDialog::saveCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save results"), QStringLiteral("bulk-results.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes = m_results->toCsv().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        m_summary->setText(tr("Could not save %1: %2").arg(path, file.errorString()));
}

} // namespace kakiyo
