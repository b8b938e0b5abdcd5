#include "ui/dnc/DncPage.h"

#include "models/DncListModel.h"
#include "models/jobs/DncExport.h"
#include "ui/dnc/DncListEditor.h"
#include "ui/shell/Theme.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace kakiyo {

DncPage::DncPage(Connection *session, QWidget *parent)
    : Page(tr("Do Not Contact"), parent)
    , m_editor(new DncListEditor(session, this))
    , m_export(new DncExport(session, this))
{
    setObjectName(QStringLiteral("dncPage"));
    body()->addWidget(m_editor, 1);
    trackModel(m_editor->listModel());
    addActions(m_editor->commands());
    connect(m_editor, &DncListEditor::showRequested, this, &Page::showRequested);

    m_exportAction = new QAction(
        Theme::icon(QStringLiteral("dnc")), tr("Export Do Not Contact list to CSV…"), this);
    m_exportAction->setObjectName(QStringLiteral("dncExport"));
    m_exportAction->setToolTip(tr("Writes every entry to a CSV file that imports can use to "
                                  "skip these people (one call per 1,000 entries)."));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X));
    m_exportAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        emit showRequested(); // a palette command may come from another page
        exportWithDialog();
    });
    addAction(m_exportAction); // also in the command palette
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("dncExportButton"));
    m_exportButton->setDefaultAction(m_exportAction);
    m_exportAction->setIconText(tr("Export CSV…")); // the button's short text
    m_exportButton->setAccessibleName(tr("Export the Do Not Contact list to a CSV file"));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    headerActions()->addWidget(m_exportButton);

    connect(m_export, &DncExport::progress, this, [this](qint64 read) {
        m_editor->showMessage(tr("Exporting: %1 entries read…").arg(QLocale().toString(read)));
    });
    connect(m_export, &DncExport::finished, this, [this](const DncExport::Outcome &o) {
        m_exportAction->setEnabled(true);
        const QString text = o.ok ? tr("Exported %n entries to %1.", nullptr, int(o.rows))
                                        .arg(QDir::toNativeSeparators(m_lastFile))
                                  : tr("The export failed: %1").arg(o.error);
        m_editor->showMessage(text, !o.ok);
        // The export's fresh pages are in the cache now: the list shows what was exported, at no
        // cost.
        if (o.ok)
            m_editor->list()->load(false);
        emit exportFinished(o.ok, text);
    });
}

DncPage::~DncPage() = default;

void DncPage::refresh()
{
    m_editor->refresh();
}

void DncPage::activate()
{
    m_editor->activate();
}

bool DncPage::isExporting() const
{
    return m_export->isRunning();
}

void DncPage::exportWithDialog()
{
    if (m_export->isRunning())
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the Do Not Contact list"),
        QDir::home().filePath(QStringLiteral("do-not-contact.csv")), tr("CSV (*.csv)"));
    if (!file.isEmpty())
        exportTo(file);
}

void DncPage::exportTo(const QString &fileName)
{
    if (m_export->isRunning())
        return;
    m_lastFile = fileName;
    m_exportAction->setEnabled(false);
    m_editor->showMessage(tr("Exporting the Do Not Contact list…"));
    m_export->start(fileName);
}

} // namespace kakiyo
