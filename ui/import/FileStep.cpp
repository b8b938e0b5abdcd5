#include "ui/import/FileStep.h"

#include "ui/import/ImportWizard.h"
#include "ui/import/ImportWizardState.h"
#include "ui/import/NoticeLabel.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakiyo {

FileStep::FileStep(ImportWizardState *s)
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
    m_error = new NoticeLabel(QStringLiteral("importFileError"), this);
    layout->addWidget(m_error);
    layout->addStretch(1);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->setNotice({}, false);
        emit completeChanged();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, ImportWizard::tr("Import leads"),
            m_path->text(), ImportWizard::tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
        if (!file.isEmpty())
            m_path->setText(QDir::toNativeSeparators(file));
    });
}

void FileStep::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void FileStep::setError(const QString &text)
{
    m_error->setNotice(text, true);
}

bool FileStep::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool FileStep::validatePage()
{
    const QString error = m_s->loadFile(QDir::fromNativeSeparators(m_path->text().trimmed()));
    setError(error);
    return error.isEmpty();
}

} // namespace kakiyo
