#include "ui/dnc/DncBatchDialog.h"

#include "models/DncListModel.h"
#include "models/api/DncApi.h"
#include "models/api/UsageMeter.h"
#include "ui/dnc/DncBatchPreviewModel.h"
#include "ui/shell/Teardown.h"
#include "ui/shell/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kakiyo {

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString callsText(int calls)
{
    return calls == 1 ? DncBatchDialog::tr("1 call") : DncBatchDialog::tr("%1 calls").arg(calls);
}

} // namespace

DncBatchDialog::DncBatchDialog(Connection *session, DncListModel *list, QWidget *parent)
    : QDialog(parent)
    , m_connection(session)
    , m_list(list)
    , m_preview(new DncBatchPreviewModel(this))
{
    setObjectName(QStringLiteral("dncBatchDialog"));
    setWindowTitle(tr("Add many to Do Not Contact"));
    setAccessibleName(windowTitle());
    resize(760, 620);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Paste LinkedIn profile URLs, one per line, or import a CSV file. "
                                "Nothing is sent until you press Add."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("dncBatchText"));
    m_text->setAccessibleName(tr("LinkedIn URLs, one per line"));
    m_text->setPlaceholderText(
        tr("https://www.linkedin.com/in/jane-doe/\nlinkedin.com/in/john-smith\n…"));
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMinimumHeight(80);
    layout->addWidget(m_text, 2);

    m_fileRow = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(m_fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_fileLabel = new QLabel(m_fileRow);
    m_fileLabel->setObjectName(QStringLiteral("dncBatchFile"));
    m_fileLabel->setWordWrap(true);
    fileLayout->addWidget(m_fileLabel, 1);
    auto *columnLabel = new QLabel(tr("&URL column:"), m_fileRow);
    fileLayout->addWidget(columnLabel);
    m_column = new QComboBox(m_fileRow);
    m_column->setObjectName(QStringLiteral("dncBatchColumn"));
    m_column->setAccessibleName(tr("Column with the LinkedIn URLs"));
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    columnLabel->setBuddy(m_column);
    fileLayout->addWidget(m_column);
    auto *backToText = new QPushButton(tr("Paste &instead"), m_fileRow);
    backToText->setObjectName(QStringLiteral("dncBatchPaste"));
    backToText->setAccessibleName(tr("Use pasted URLs instead of the file"));
    fileLayout->addWidget(backToText);
    m_fileRow->hide();
    layout->addWidget(m_fileRow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dncBatchError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    layout->addWidget(m_error);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dncBatchSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Preview summary"));
    // Wrapped text needs its full height; the text box and the table give way instead.
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    layout->addWidget(m_summary);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("dncBatchPreview"));
    m_table->setAccessibleName(tr("Preview of each line"));
    m_table->setModel(m_preview);
    m_table->setMinimumHeight(120);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(
        DncBatchPreviewModel::LineColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        DncBatchPreviewModel::InputColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(
        DncBatchPreviewModel::OutcomeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(DncBatchPreviewModel::InputColumn, 280);
    layout->addWidget(m_table, 3);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("dncBatchProgress"));
    m_progress->setAccessibleName(tr("Calls sent"));
    m_progress->setFormat(tr("%v of %m calls"));
    m_progress->hide();
    layout->addWidget(m_progress);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("dncBatchResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import &CSV…"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("dncBatchImport"));
    m_import->setAccessibleName(tr("Import a CSV file"));
    m_send = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("dncBatchSend"));
    m_send->setDefault(true);
    m_cancel = buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("dncBatchStop"));
    m_cancel->setAccessibleName(tr("Stop after the call in progress"));
    m_cancel->hide();
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("dncBatchClose"));
    layout->addWidget(buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &DncBatchDialog::updatePreview);
    connect(m_text, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_column, &QComboBox::activated, this, &DncBatchDialog::useColumn);
    connect(backToText, &QPushButton::clicked, this, &DncBatchDialog::usePastedText);
    connect(m_import, &QPushButton::clicked, this, &DncBatchDialog::chooseFile);
    connect(m_send, &QPushButton::clicked, this, &DncBatchDialog::send);
    connect(m_cancel, &QPushButton::clicked, this, &DncBatchDialog::cancel);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    // "Already on the list" follows the list (e.g. once a send has been confirmed by a reload).
    connect(m_list, &DncListModel::loaded, this, &DncBatchDialog::updatePreview);
    updatePreview();
}

DncBatchDialog::~DncBatchDialog()
{
    // Children still signal while ~QWidget deletes them: none of it may reach this half-destroyed
    // object (see Teardown.h).
    disconnectChildren(this);
}

void DncBatchDialog::setText(const QString &text)
{
    usePastedText();
    m_text->setPlainText(text);
    updatePreview();
}

bool DncBatchDialog::loadCsv(const QString &path)
{
    if (m_sending)
        return false;
    DncCsvFile file = DncCsvFile::read(path);
    if (!file.ok()) {
        // The pasted text, or the previous file, stays as it was.
        showError(file.error());
        return false;
    }
    showError({});
    m_csv = std::move(file);
    m_column->clear();
    for (int c = 0; c < m_csv->headers().size(); ++c)
        m_column->addItem(m_csv->headers().at(c), c);
    const int detected = m_csv->detectedUrlColumn();
    m_column->setCurrentIndex(detected);
    const QString name = QFileInfo(path).fileName();
    const QString rows
        = m_csv->recordCount() == 1 ? tr("1 row") : tr("%1 rows").arg(number(m_csv->recordCount()));
    m_fileLabel->setText(detected >= 0
            ? tr("%1 — %2; the URLs were found in “%3”.")
                  .arg(name, rows, m_csv->headers().at(detected))
            : tr("%1 — %2; no column looks like LinkedIn URLs: pick the one that holds them.")
                  .arg(name, rows));
    m_text->hide();
    m_fileRow->show();
    updatePreview();
    return true;
}

void DncBatchDialog::useColumn(int column)
{
    if (!m_csv || m_sending)
        return;
    m_column->setCurrentIndex(column);
    updatePreview();
}

void DncBatchDialog::usePastedText()
{
    if (m_sending || !m_csv)
        return;
    m_csv.reset();
    m_fileRow->hide();
    m_text->show();
    updatePreview();
}

void DncBatchDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import URLs from a CSV file"),
        QString(), tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadCsv(path);
}

void DncBatchDialog::updatePreview()
{
    m_debounce->stop();
    if (m_sending)
        return;
    const QList<DncBatchPlan::Input> inputs = m_csv ? m_csv->column(m_column->currentIndex())
                                                    : DncBatchPlan::linesOf(m_text->toPlainText());
    m_preview->setPlan(
        DncBatchPlan::make(inputs, [this](const QString &canonical) -> std::optional<QDateTime> {
            if (const auto entry = m_list->find(canonical))
                return entry->createdAt;
            return std::nullopt;
        }));
    const DncBatchPlan &p = m_preview->plan();
    using S = DncBatchLine::Status;
    const int valid = p.count(S::Valid);
    if (p.lines().isEmpty()) {
        m_summary->setText(
            m_csv ? tr("The chosen column has no values.") : tr("Nothing pasted yet."));
    } else {
        const int duplicates = p.count(S::Duplicate);
        QString text = tr("%1 valid · %2 invalid · %3 · %4 already on the list.")
                           .arg(number(valid), number(p.count(S::Invalid)),
                               duplicates == 1 ? tr("1 duplicate")
                                               : tr("%1 duplicates").arg(number(duplicates)),
                               number(p.count(S::Listed)));
        if (valid > 0)
            text += QLatin1Char(' ')
                + tr("Adding them takes %1 (at most %2 URLs per call; batch calls are limited "
                     "to 10 a minute).")
                      .arg(callsText(p.calls()), number(DncBatchPlan::MaxPerCall));
        // Credits only where the server charges them for calls (see ServerGeneration).
        if (valid > 0 && m_connection->usage() && m_connection->usage()->callsCostCredits())
            text += QLatin1Char(' ')
                + tr("The server charges 1 credit per call: %n credit(s).", nullptr, p.calls());
        if (!m_list->hasLoaded())
            text += QLatin1Char(' ')
                + tr("The list is not loaded yet, so “already on the list” "
                     "is not known.");
        m_summary->setText(text);
    }
    m_send->setText(valid > 0
            ? tr("&Add %1 (%2)")
                  .arg(valid == 1 ? tr("1 URL") : tr("%1 URLs").arg(number(valid)),
                      callsText(p.calls()))
            : tr("&Add"));
    m_send->setAccessibleName(m_send->text().remove(QLatin1Char('&')));
    syncButtons();
}

void DncBatchDialog::send()
{
    if (m_sending)
        return;
    updatePreview();
    m_chunks = m_preview->plan().chunks();
    if (m_chunks.isEmpty())
        return;
    m_sending = true;
    m_cancelRequested = false;
    m_run = Outcome {};
    m_run.callsPlanned = int(m_chunks.size());
    for (const QStringList &chunk : std::as_const(m_chunks))
        m_run.notSent += chunk.size();
    m_outcome.reset();
    showError({});
    m_progress->setRange(0, m_run.callsPlanned);
    m_progress->setValue(0);
    m_progress->show();
    m_result->setText(tr("Sending…"));
    m_result->setStyleSheet({});
    m_result->show();
    syncButtons();
    sendNext();
}

void DncBatchDialog::cancel()
{
    if (!m_sending)
        return;
    m_cancelRequested = true;
    m_result->setText(tr("Stopping after the call in progress…"));
    syncButtons();
}

void DncBatchDialog::sendNext()
{
    if (m_run.callsDone >= m_run.callsPlanned || m_cancelRequested) {
        finish();
        return;
    }
    const QStringList urls = m_chunks.at(m_run.callsDone);
    DncApi(m_connection)
        .addBatch(DncBatch {urls}, this, [this, urls](const Result<DncBatchResult> &r) {
            if (!r.ok()) {
                m_run.error = tr("Call %1 of %2 failed: %3")
                                  .arg(m_run.callsDone + 1)
                                  .arg(m_run.callsPlanned)
                                  .arg(r.error.userMessage());
                finish();
                return;
            }
            ++m_run.callsDone;
            m_run.notSent -= urls.size();
            m_run.added += r.value.added;
            m_run.duplicates += r.value.duplicates;
            m_run.refused += r.value.errors;
            m_progress->setValue(m_run.callsDone);
            m_result->setText(tr("Sent %1 of %2 calls: %3 added so far.")
                                  .arg(m_run.callsDone)
                                  .arg(m_run.callsPlanned)
                                  .arg(number(m_run.added)));
            sendNext();
        });
}

void DncBatchDialog::finish()
{
    m_sending = false;
    m_outcome = m_run;
    const Outcome &o = m_run;
    QString text = tr("%1 added, %2 already on the list, %3 refused by the server (%4 of %5 sent).")
                       .arg(number(o.added), number(o.duplicates), number(o.refused),
                           callsText(o.callsDone), number(o.callsPlanned));
    if (!o.error.isEmpty() || o.notSent > 0) {
        const QString why
            = o.error.isEmpty() ? tr("Stopped on request.") : o.error + QLatin1Char('.');
        text = why + QLatin1Char(' ') + text + QLatin1Char(' ')
            + tr("%1 URLs were not sent; press Add again to send them.").arg(number(o.notSent));
        m_result->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    } else {
        m_result->setStyleSheet({});
    }
    m_result->setText(text);
    syncButtons();
    emit sent(o);
}

void DncBatchDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    m_error->setVisible(!text.isEmpty());
}

void DncBatchDialog::syncButtons()
{
    m_send->setEnabled(!m_sending && m_preview->plan().count(DncBatchLine::Status::Valid) > 0);
    m_import->setEnabled(!m_sending);
    m_text->setReadOnly(m_sending);
    m_column->setEnabled(!m_sending);
    m_cancel->setVisible(m_sending);
    m_cancel->setEnabled(m_sending && !m_cancelRequested);
}

const DncBatchPlan &DncBatchDialog::plan() const
{
    return m_preview->plan();
}

QString DncBatchDialog::summaryText() const
{
    return m_summary->text();
}

QString DncBatchDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString DncBatchDialog::resultText() const
{
    return m_result->text();
}

} // namespace kakiyo
