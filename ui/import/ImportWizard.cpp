#include "ui/import/ImportWizard.h"

#include "models/CampaignListModel.h"
#include "models/DncListModel.h"
#include "models/api/Connection.h"
#include "models/api/RequestScheduler.h"
#include "models/import/FileFingerprint.h"
#include "models/import/ImportJournal.h"
#include "models/import/ImportPlan.h"
#include "models/import/ImportPreparation.h"
#include "models/import/SessionImportCalls.h"
#include "ui/shell/MessageBox.h"
#include "ui/shell/Theme.h"
#include "ui/import/ImportReportModel.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kakiyo {

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString duration(qint64 ms)
{
    const qint64 s = (std::max<qint64>(ms, 0) + 999) / 1000;
    if (s < 60)
        return ImportWizard::tr("%n s", nullptr, int(s));
    if (s < 3600)
        return ImportWizard::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return ImportWizard::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString delimiterName(QChar c)
{
    switch (c.unicode()) {
    case ',':
        return ImportWizard::tr("comma");
    case ';':
        return ImportWizard::tr("semicolon");
    case '\t':
        return ImportWizard::tr("tab");
    case '|':
        return ImportWizard::tr("pipe");
    default:
        return QStringLiteral("\"%1\"").arg(c);
    }
}

// A label for messages about the step: errors in the theme's danger colour, kept in step with a
// palette switch (light/dark), word-wrapped, hidden when empty.
class NoticeLabel final : public QLabel
{
public:
    explicit NoticeLabel(QWidget *parent)
        : QLabel(parent)
    {
        setWordWrap(true);
        setTextInteractionFlags(Qt::TextSelectableByMouse);
        setVisible(false);
    }

    void show(const QString &text, bool error)
    {
        m_error = error;
        recolour();
        setText(text);
        setVisible(!text.isEmpty());
    }

protected:
    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
            recolour();
    }

private:
    void recolour()
    {
        const QColor colour = m_error
            ? Theme::danger()
            : (parentWidget() ? parentWidget()->palette() : QApplication::palette())
                  .color(QPalette::WindowText);
        if (palette().color(QPalette::WindowText) == colour)
            return;
        QPalette p = palette();
        p.setColor(QPalette::WindowText, colour);
        setPalette(p);
    }

    bool m_error = false;
};

QLabel *noticeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new NoticeLabel(parent);
    label->setObjectName(objectName);
    return label;
}

void showNotice(QLabel *label, const QString &text, bool error)
{
    static_cast<NoticeLabel *>(label)->show(text, error);
}

QTableView *reportTable(ImportReportModel *model, const QString &objectName,
    const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(
        ImportReportModel::LineColumn, QHeaderView::ResizeToContents);
    table->setColumnWidth(ImportReportModel::NameColumn, 150);
    table->setColumnWidth(ImportReportModel::UrlColumn, 260);
    table->setColumnWidth(ImportReportModel::OutcomeColumn, 150);
    return table;
}

QString rejectionLabel(LeadRow::Rejection r)
{
    switch (r) {
    case LeadRow::Rejection::Malformed:
        return ImportWizard::tr("Malformed lines");
    case LeadRow::Rejection::MissingName:
        return ImportWizard::tr("No name");
    case LeadRow::Rejection::BadUrl:
        return ImportWizard::tr("Not a LinkedIn profile URL");
    case LeadRow::Rejection::CustomDataTooLong:
        return ImportWizard::tr("Custom data over %1 characters")
            .arg(number(ColumnMapping::MaxCustomData));
    case LeadRow::Rejection::OnDncList:
        return ImportWizard::tr("On your Do Not Contact list");
    case LeadRow::Rejection::Duplicate:
        return ImportWizard::tr("Duplicates folded into their first row");
    case LeadRow::Rejection::None:
        break;
    }
    return {};
}

} // namespace

// Everything the pages share: the file, its preview and mapping, the validated rows, the target,
// the journal and the run.
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

    bool openJournal(QString *error)
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

    // Reads the first rows; empty when fine, else why not.
    QString loadFile(const QString &file)
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

    void offerResume()
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
            QDateTime::fromString(import->createdAt, Qt::ISODate).toLocalTime(),
            QLocale::ShortFormat);
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

    void ensureRunner()
    {
        if (runner)
            return;
        calls = std::make_unique<SessionImportCalls>(session);
        runner = std::make_unique<ImportRunner>(calls.get(), &journal);
        runner->setOptions(runnerOptions);
    }

    bool isRunning() const
    {
        if (!runner)
            return false;
        const ImportRunner::State s = runner->state();
        return s == ImportRunner::State::Running || s == ImportRunner::State::Paused
            || s == ImportRunner::State::Waiting;
    }
};

namespace {

// --- File ---------------------------------------------------------------------------------

class FileStep final : public QWizardPage
{
public:
    explicit FileStep(ImportWizardState *s)
        : m_s(s)
    {
        setTitle(ImportWizard::tr("Choose a file"));
        setSubTitle(ImportWizard::tr(
            "A CSV export from Sales Navigator, a CRM or a spreadsheet. You can also drop the "
            "file on this window."));
        auto *layout = new QVBoxLayout(this);
        auto *row = new QHBoxLayout;
        m_path = new QLineEdit(this);
        m_path->setObjectName(QStringLiteral("importFilePath"));
        m_path->setAccessibleName(ImportWizard::tr("CSV file"));
        m_path->setPlaceholderText(ImportWizard::tr("Path of a .csv file"));
        auto *browse = new QPushButton(ImportWizard::tr("&Browse…"), this);
        browse->setObjectName(QStringLiteral("importBrowse"));
        browse->setAccessibleName(ImportWizard::tr("Browse for a CSV file"));
        row->addWidget(m_path, 1);
        row->addWidget(browse);
        layout->addLayout(row);
        auto *hint = new QLabel(
            ImportWizard::tr("Columns are detected from the header line: a name (or first and "
                             "last name), the LinkedIn profile URL and anything you want to "
                             "pass to the agent as custom data."),
            this);
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(hint);
        m_error = noticeLabel(QStringLiteral("importFileError"), this);
        layout->addWidget(m_error);
        layout->addStretch(1);
        connect(m_path, &QLineEdit::textChanged, this, [this] {
            showNotice(m_error, {}, false);
            emit completeChanged();
        });
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString file = QFileDialog::getOpenFileName(this,
                ImportWizard::tr("Import leads"), m_path->text(),
                ImportWizard::tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
            if (!file.isEmpty())
                m_path->setText(QDir::toNativeSeparators(file));
        });
    }

    void setPath(const QString &path) { m_path->setText(QDir::toNativeSeparators(path)); }
    void setError(const QString &text) { showNotice(m_error, text, true); }

    bool isComplete() const override { return !m_path->text().trimmed().isEmpty(); }

    bool validatePage() override
    {
        const QString error = m_s->loadFile(QDir::fromNativeSeparators(m_path->text().trimmed()));
        setError(error);
        return error.isEmpty();
    }

private:
    ImportWizardState *m_s;
    QLineEdit *m_path;
    QLabel *m_error;
};

// --- Preview ------------------------------------------------------------------------------

class PreviewStep final : public QWizardPage
{
public:
    explicit PreviewStep(ImportWizardState *s)
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

    void initializePage() override
    {
        const ImportPreparation::Preview &p = m_s->preview;
        setSubTitle(QFileInfo(m_s->path).fileName());
        m_format->setText(ImportWizard::tr("Separated by %1 · %2 · %n columns · first %3 rows "
                                           "shown",
            nullptr, int(p.headers.size()))
                              .arg(delimiterName(p.delimiter), p.encoding)
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
            : ImportWizard::tr("in the first %1 rows").arg(number(p.scanned));
        m_malformedTitle->setText(p.malformed.isEmpty()
                ? ImportWizard::tr("No malformed lines %1.").arg(scope)
                : ImportWizard::tr("Malformed lines %1: %2. They will be left out; the rest "
                                   "is imported.")
                      .arg(scope, number(p.malformed.size())));
        m_malformed->setVisible(!p.malformed.isEmpty());
        QTimer::singleShot(0, this, [this] { m_s->offerResume(); });
    }

    int nextId() const override
    {
        return m_s->resuming ? ImportWizard::ProgressPage : ImportWizard::MappingPage;
    }

private:
    ImportWizardState *m_s;
    QLabel *m_format;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QLabel *m_malformedTitle;
    QListWidget *m_malformed;
};

// --- Mapping ------------------------------------------------------------------------------

class MappingStep final : public QWizardPage
{
public:
    explicit MappingStep(ImportWizardState *s)
        : m_s(s)
    {
        setTitle(ImportWizard::tr("Columns"));
        setSubTitle(ImportWizard::tr("Detected from the header line; change anything that is "
                                     "wrong."));
        auto *form = new QFormLayout(this);
        auto combo = [this](const QString &name, const QString &accessible) {
            auto *c = new QComboBox(this);
            c->setObjectName(name);
            c->setAccessibleName(accessible);
            c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            c->setMinimumContentsLength(24);
            connect(c, &QComboBox::activated, this, [this] { readBack(); });
            return c;
        };
        m_name = combo(QStringLiteral("importNameColumn"), ImportWizard::tr("Name column"));
        m_first = combo(QStringLiteral("importFirstColumn"), ImportWizard::tr("First name column"));
        m_last = combo(QStringLiteral("importLastColumn"), ImportWizard::tr("Last name column"));
        m_url = combo(QStringLiteral("importUrlColumn"), ImportWizard::tr("LinkedIn URL column"));
        form->addRow(ImportWizard::tr("&Name:"), m_name);
        form->addRow(ImportWizard::tr("&First name:"), m_first);
        form->addRow(ImportWizard::tr("&Last name:"), m_last);
        form->addRow(ImportWizard::tr("LinkedIn &URL:"), m_url);
        auto *custom = new QHBoxLayout;
        m_template = new QLineEdit(this);
        m_template->setObjectName(QStringLiteral("importCustomTemplate"));
        m_template->setAccessibleName(ImportWizard::tr("Custom data template"));
        m_template->setPlaceholderText(ImportWizard::tr("e.g. {Company} – {Title}; empty: none"));
        m_insert = new QComboBox(this);
        m_insert->setObjectName(QStringLiteral("importInsertColumn"));
        m_insert->setAccessibleName(ImportWizard::tr("Insert a column into the template"));
        custom->addWidget(m_template, 1);
        custom->addWidget(m_insert);
        auto *customLabel = new QLabel(ImportWizard::tr("&Custom data:"), this);
        customLabel->setBuddy(m_template);
        form->addRow(customLabel, custom);
        m_sample = new QLabel(this);
        m_sample->setObjectName(QStringLiteral("importMappingSample"));
        m_sample->setWordWrap(true);
        m_sample->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(ImportWizard::tr("First row:"), m_sample);
        m_problem = noticeLabel(QStringLiteral("importMappingProblem"), this);
        form->addRow(m_problem);
        connect(m_template, &QLineEdit::textEdited, this, [this] { readBack(); });
        connect(m_insert, &QComboBox::activated, this, [this](int index) {
            if (index <= 0)
                return;
            m_template->insert(QStringLiteral("{%1}").arg(m_insert->itemText(index)));
            m_insert->setCurrentIndex(0);
            readBack();
        });
    }

    void initializePage() override
    {
        const QStringList &headers = m_s->mapping.headers;
        auto fill = [&headers](QComboBox *c, const QString &none, int current) {
            c->clear();
            c->addItem(none, -1);
            for (int i = 0; i < headers.size(); ++i)
                c->addItem(headers.at(i), i);
            c->setCurrentIndex(std::max(0, c->findData(current)));
        };
        const ColumnMapping &m = m_s->mapping;
        fill(m_name, ImportWizard::tr("(first + last name columns)"), m.nameColumn);
        fill(m_first, ImportWizard::tr("(none)"), m.firstNameColumn);
        fill(m_last, ImportWizard::tr("(none)"), m.lastNameColumn);
        fill(m_url, ImportWizard::tr("(choose a column)"), m.urlColumn);
        fill(m_insert, ImportWizard::tr("Insert column…"), -1);
        m_template->setText(m.customTemplate);
        update();
    }

    bool isComplete() const override
    {
        return m_s->mapping.problem().isEmpty() && m_s->mapping.unknownPlaceholders().isEmpty();
    }

private:
    void readBack()
    {
        ColumnMapping &m = m_s->mapping;
        m.nameColumn = m_name->currentData().toInt();
        m.firstNameColumn = m.nameColumn >= 0 ? -1 : m_first->currentData().toInt();
        m.lastNameColumn = m.nameColumn >= 0 ? -1 : m_last->currentData().toInt();
        m.urlColumn = m_url->currentData().toInt();
        m.customTemplate = m_template->text().trimmed();
        m_s->prepared_ok = false;
        update();
        emit completeChanged();
    }

    void update()
    {
        const ColumnMapping &m = m_s->mapping;
        const bool split = m.nameColumn < 0;
        m_first->setEnabled(split);
        m_last->setEnabled(split);
        if (!split) {
            m_first->setCurrentIndex(0);
            m_last->setCurrentIndex(0);
        }
        const QStringList first = m_s->preview.rows.value(0);
        const QString custom = m.customData(first);
        int tooLong = 0;
        for (const QStringList &row : std::as_const(m_s->preview.rows))
            tooLong += m.customData(row).size() > ColumnMapping::MaxCustomData;
        QString sample = ImportWizard::tr("%1 · %2").arg(
            m.name(first).isEmpty() ? ImportWizard::tr("(no name)") : m.name(first),
            m.url(first).isEmpty() ? ImportWizard::tr("(no URL)") : m.url(first));
        if (!m.customTemplate.isEmpty())
            sample += u'\n'
                + ImportWizard::tr("Custom data: “%1” (%2 of %3 characters)")
                      .arg(custom.left(200), number(custom.size()),
                          number(ColumnMapping::MaxCustomData));
        m_sample->setText(sample);
        QString problem = m.problem();
        if (problem.isEmpty() && !m.unknownPlaceholders().isEmpty())
            problem = ImportWizard::tr("The template names columns the file does not have: %1")
                          .arg(m.unknownPlaceholders().join(QStringLiteral(", ")));
        if (problem.isEmpty() && tooLong > 0)
            problem = ImportWizard::tr("%n of the first rows have custom data over %1 "
                                       "characters; such rows will be left out.",
                nullptr, tooLong)
                          .arg(number(ColumnMapping::MaxCustomData));
        showNotice(m_problem, problem, !m.problem().isEmpty() || tooLong > 0);
    }

    ImportWizardState *m_s;
    QComboBox *m_name;
    QComboBox *m_first;
    QComboBox *m_last;
    QComboBox *m_url;
    QLineEdit *m_template;
    QComboBox *m_insert;
    QLabel *m_sample;
    QLabel *m_problem;
};

// --- Validation ---------------------------------------------------------------------------

class ValidationStep final : public QWizardPage
{
public:
    explicit ValidationStep(ImportWizardState *s)
        : m_s(s)
    {
        setTitle(ImportWizard::tr("Check"));
        setSubTitle(ImportWizard::tr("Every row is checked here, offline; nothing is sent and "
                                     "nothing costs credits."));
        auto *layout = new QVBoxLayout(this);
        m_dncCheck = new QCheckBox(
            ImportWizard::tr("Leave out people on your &Do Not Contact list"), this);
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
        m_table = reportTable(m_rejected, QStringLiteral("importRejectedTable"),
            ImportWizard::tr("Rows left out"), this);
        m_table->hideColumn(ImportReportModel::OutcomeColumn);
        layout->addWidget(m_table, 1);
        connect(m_dncCheck, &QCheckBox::toggled, this, [this] { start(); });
        connect(&m_watcher, &QFutureWatcher<PreparedImport>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
        connect(&m_watcher, &QFutureWatcher<PreparedImport>::finished, this, [this] { done(); });
    }

    ~ValidationStep() override
    {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }

    void initializePage() override
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

    bool isComplete() const override
    {
        return m_s->prepared_ok && m_s->prepared.error.isEmpty() && m_s->prepared.validCount() > 0;
    }

    void cleanupPage() override { m_watcher.cancel(); }

private:
    void showDncState()
    {
        if (!m_dnc || m_dnc->isLoading())
            m_dncState->setText(ImportWizard::tr("Loading the Do Not Contact list…"));
        else if (!m_dncFailed.isEmpty() && !m_dnc->hasLoaded())
            m_dncState->setText(
                ImportWizard::tr("The Do Not Contact list could not be loaded (%1); the server "
                                 "still skips listed people when they are sent.")
                    .arg(m_dncFailed));
        else
            m_dncState->setText(ImportWizard::tr("Profiles on the list: %1 (as of %2).")
                                    .arg(number(m_dnc->entries().size()),
                                        QLocale().toString(m_dnc->updatedAt().toLocalTime(),
                                            QLocale::ShortFormat)));
    }

    void start()
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

    void done()
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
                     .arg(number(p.rows.size()), number(p.validCount()), number(p.rejectedCount()));
        for (LeadRow::Rejection r : {LeadRow::Rejection::Malformed, LeadRow::Rejection::MissingName,
                 LeadRow::Rejection::BadUrl, LeadRow::Rejection::CustomDataTooLong,
                 LeadRow::Rejection::Duplicate, LeadRow::Rejection::OnDncList}) {
            if (const int n = p.count(r); n > 0)
                parts << QStringLiteral("%1: %2").arg(rejectionLabel(r).toHtmlEscaped(), number(n));
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

    ImportWizardState *m_s;
    QCheckBox *m_dncCheck;
    QLabel *m_dncState;
    QProgressBar *m_progress;
    QLabel *m_summary;
    ImportReportModel *m_rejected;
    QTableView *m_table;
    QFutureWatcher<PreparedImport> m_watcher;
    DncListModel *m_dnc = nullptr;
    QString m_dncFailed;
    bool m_restart = false;
};

// --- Target and cost ----------------------------------------------------------------------

class TargetStep final : public QWizardPage
{
public:
    explicit TargetStep(ImportWizardState *s)
        : m_s(s)
    {
        setTitle(ImportWizard::tr("Campaign"));
        setSubTitle(ImportWizard::tr("Where the people go, and what sending them will take."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, ImportWizard::tr("&Import"));
        auto *layout = new QVBoxLayout(this);
        m_one = new QRadioButton(ImportWizard::tr("One &campaign:"), this);
        m_one->setObjectName(QStringLiteral("importOneCampaign"));
        m_one->setChecked(true);
        m_campaign = new QComboBox(this);
        m_campaign->setObjectName(QStringLiteral("importCampaign"));
        m_campaign->setAccessibleName(ImportWizard::tr("Target campaign"));
        auto *row = new QHBoxLayout;
        row->addWidget(m_one);
        row->addWidget(m_campaign, 1);
        layout->addLayout(row);
        m_rr = new QRadioButton(
            ImportWizard::tr("&Round-robin over two or more campaigns (by their workload):"), this);
        m_rr->setObjectName(QStringLiteral("importRoundRobin"));
        layout->addWidget(m_rr);
        m_list = new QListWidget(this);
        m_list->setObjectName(QStringLiteral("importCampaignList"));
        m_list->setAccessibleName(ImportWizard::tr("Campaigns for round-robin"));
        layout->addWidget(m_list, 1);
        m_loading = noticeLabel(QStringLiteral("importCampaignsState"), this);
        layout->addWidget(m_loading);
        m_cost = new QLabel(this);
        m_cost->setObjectName(QStringLiteral("importCost"));
        m_cost->setWordWrap(true);
        m_cost->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_cost);
        m_error = noticeLabel(QStringLiteral("importTargetError"), this);
        layout->addWidget(m_error);
        auto *group = new QButtonGroup(this);
        group->addButton(m_one);
        group->addButton(m_rr);
        connect(m_one, &QRadioButton::toggled, this, [this] { update(); });
        connect(m_campaign, &QComboBox::currentIndexChanged, this, [this] { update(); });
        connect(m_list, &QListWidget::itemChanged, this, [this] { update(); });
        connect(&m_watcher, &QFutureWatcher<Recorded>::finished, this, [this] { recorded(); });
    }

    ~TargetStep() override { m_watcher.waitForFinished(); }

    void initializePage() override
    {
        if (!m_model) {
            m_model = new CampaignListModel(m_s->session, this);
            connect(m_model, &ServerListModel::loaded, this, [this] { fill(); });
            connect(m_model, &ServerListModel::loadFailed, this, [this](const QString &message) {
                showNotice(m_loading,
                    ImportWizard::tr("The campaign list could not be loaded: %1").arg(message),
                    true);
            });
            showNotice(m_loading, ImportWizard::tr("Loading the campaigns…"), false);
            m_model->load(true); // live list: campaigns may have been created a minute ago
        }
        update();
    }

    bool isComplete() const override
    {
        return !m_recording && target().problem().isEmpty() && m_s->prepared.validCount() > 0;
    }

    bool validatePage() override
    {
        if (m_s->importId >= 0 && m_s->target == target())
            return true; // recorded (the second call, from recorded())
        QString error;
        if (!m_s->openJournal(&error)) {
            showNotice(m_error, error, true);
            return false;
        }
        m_s->target = target();
        m_s->importId = m_s->journal.findUnfinished(m_s->prepared.fingerprint, m_s->target);
        if (m_s->importId >= 0)
            return true;
        // Recording 100,000 rows takes a second or more: on a worker thread, with its own
        // connection to the journal, while the window stays responsive.
        m_recording = true;
        emit completeChanged();
        showNotice(m_error, ImportWizard::tr("Recording the import…"), false);
        const QString journalPath = m_s->journal.path();
        const QString file = m_s->path;
        const PreparedImport prepared = m_s->prepared;
        const ImportPlan plan = ImportPlan::make(m_s->target, prepared.validCount());
        m_watcher.setFuture(QtConcurrent::run([journalPath, file, prepared, plan] {
            ImportJournal journal;
            if (!journal.open(journalPath))
                return Recorded {-1, journal.errorString()};
            const qint64 id = journal.create(file, prepared, plan);
            return Recorded {id, id < 0 ? journal.errorString() : QString()};
        }));
        return false;
    }

private:
    struct Recorded
    {
        qint64 id = -1;
        QString error;
    };

    void recorded()
    {
        const Recorded r = m_watcher.result();
        m_recording = false;
        emit completeChanged();
        if (r.id < 0) {
            showNotice(
                m_error, ImportWizard::tr("Cannot record the import: %1").arg(r.error), true);
            return;
        }
        showNotice(m_error, {}, false);
        m_s->importId = r.id;
        wizard()->next();
    }

    ImportTarget target() const
    {
        if (m_one->isChecked())
            return ImportTarget::campaign(m_campaign->currentData().toString());
        QStringList ids;
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->checkState() == Qt::Checked)
                ids << m_list->item(i)->data(Qt::UserRole).toString();
        }
        return ImportTarget::roundRobin(ids);
    }

    void fill()
    {
        const QString current = m_campaign->currentData().toString().isEmpty()
            ? m_s->targetCampaign
            : m_campaign->currentData().toString();
        QSet<QString> checked;
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->checkState() == Qt::Checked)
                checked.insert(m_list->item(i)->data(Qt::UserRole).toString());
        }
        const QSignalBlocker b1(m_campaign);
        const QSignalBlocker b2(m_list);
        m_campaign->clear();
        m_list->clear();
        for (const Campaign &c : m_model->campaigns()) {
            const QString text = QStringLiteral("%1 (%2)").arg(
                c.name.isEmpty() ? c.id : c.name, CampaignListModel::statusLabel(c.status));
            m_campaign->addItem(text, c.id);
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(Qt::UserRole, c.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(c.id) ? Qt::Checked : Qt::Unchecked);
        }
        m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(current)));
        showNotice(m_loading,
            m_model->campaigns().isEmpty() ? ImportWizard::tr("There are no campaigns yet.")
                                           : QString(),
            true);
        update();
    }

    void update()
    {
        m_campaign->setEnabled(m_one->isChecked());
        m_list->setEnabled(m_rr->isChecked());
        const ImportTarget t = target();
        const int rows = m_s->prepared.validCount();
        if (const QString problem = t.problem(); !problem.isEmpty()) {
            m_cost->setText(problem);
        } else {
            const ImportPlan plan = ImportPlan::make(t, rows);
            const ImportPlan::Preview p = plan.preview(ImportPlan::Limits::fromPolicy(
                m_s->session->scheduler()->policy(), t.kind == ImportTarget::Kind::RoundRobin));
            m_cost->setText(
                ImportWizard::tr("<b>%1 people in %2 batch calls</b>, plus about %3 status checks "
                                 "(%4 calls in all) · %5 credits · %6.")
                    .arg(number(rows), number(p.batchCalls), number(p.statusPolls),
                        number(p.totalCalls), number(p.credits),
                        p.minimumMs > 0
                            ? ImportWizard::tr("at least %1 under the rate limits")
                                  .arg(duration(p.minimumMs))
                            : ImportWizard::tr("the rate limits allow it without waiting")));
        }
        emit completeChanged();
    }

    ImportWizardState *m_s;
    QRadioButton *m_one;
    QComboBox *m_campaign;
    QRadioButton *m_rr;
    QListWidget *m_list;
    QLabel *m_loading;
    QLabel *m_cost;
    QLabel *m_error;
    CampaignListModel *m_model = nullptr;
    QFutureWatcher<Recorded> m_watcher;
    bool m_recording = false;
};

// --- Progress -----------------------------------------------------------------------------

class ProgressStep final : public QWizardPage
{
public:
    explicit ProgressStep(ImportWizardState *s)
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
        m_status = noticeLabel(QStringLiteral("importProgressStatus"), this);
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

    void initializePage() override
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
            showNotice(m_status,
                ImportWizard::tr("This import cannot be started: it is "
                                 "finished or no longer in the journal."),
                true);
        refresh();
    }

    bool isComplete() const override { return !m_s->isRunning(); }

private:
    void refresh()
    {
        const ImportRunner *runner = m_s->runner.get();
        const ImportRunner::Progress p = runner->progress();
        m_bar->setRange(0, std::max(1, p.rows));
        m_bar->setValue(p.rowsConfirmed);
        QString text = ImportWizard::tr("%1 of %2 batches confirmed · %3 of %4 people answered "
                                        "· %5 elapsed")
                           .arg(number(p.batchesConfirmed), number(p.batches),
                               number(p.rowsConfirmed), number(p.rows), duration(p.elapsedMs));
        if (p.etaMs >= 0 && runner->state() == ImportRunner::State::Running)
            text += ImportWizard::tr(" · about %1 left").arg(duration(p.etaMs));
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
        showNotice(m_status, status, error);
        const bool active = m_s->isRunning();
        m_pause->setEnabled(s == ImportRunner::State::Running || s == ImportRunner::State::Waiting);
        m_resume->setEnabled(s == ImportRunner::State::Paused);
        m_cancel->setEnabled(active);
    }

    ImportWizardState *m_s;
    QProgressBar *m_bar;
    QLabel *m_text;
    QLabel *m_status;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    ImportRunner *m_connected = nullptr;
};

// --- Report -------------------------------------------------------------------------------

class ReportStep final : public QWizardPage
{
public:
    explicit ReportStep(ImportWizardState *s)
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
        layout->addWidget(reportTable(m_model, QStringLiteral("importReportTable"),
                              ImportWizard::tr("Outcome per row"), this),
            1);
        auto *row = new QHBoxLayout;
        m_saved = noticeLabel(QStringLiteral("importExportState"), this);
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
                showNotice(m_saved,
                    ImportWizard::tr("Saved to %1").arg(QDir::toNativeSeparators(path)), false);
            else
                showNotice(m_saved, ImportWizard::tr("Could not save: %1").arg(error), true);
        });
    }

    void initializePage() override
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
                                 number(counts.value(outcome)));
        }
        setSubTitle(ImportWizard::tr("%1 rows in %2.")
                        .arg(number(report.lines.size()), QFileInfo(m_s->path).fileName()));
        m_counts->setText(parts.join(QStringLiteral(" · ")));
        m_model->setLines(report.lines);
    }

private:
    ImportWizardState *m_s;
    QLabel *m_counts;
    ImportReportModel *m_model;
    QLabel *m_saved;
};

} // namespace

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
