#include "ui/import/MappingStep.h"

#include "ui/import/ImportTexts.h"
#include "ui/import/ImportWizard.h"
#include "ui/import/ImportWizardState.h"
#include "ui/import/NoticeLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace kakiyo {

MappingStep::MappingStep(ImportWizardState *s)
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
    m_problem = new NoticeLabel(QStringLiteral("importMappingProblem"), this);
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

void MappingStep::initializePage()
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

bool MappingStep::isComplete() const
{
    return m_s->mapping.problem().isEmpty() && m_s->mapping.unknownPlaceholders().isEmpty();
}

void MappingStep::readBack()
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

void MappingStep::update()
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
                  .arg(custom.left(200), ImportTexts::number(custom.size()),
                      ImportTexts::number(ColumnMapping::MaxCustomData));
    m_sample->setText(sample);
    QString problem = m.problem();
    if (problem.isEmpty() && !m.unknownPlaceholders().isEmpty())
        problem = ImportWizard::tr("The template names columns the file does not have: %1")
                      .arg(m.unknownPlaceholders().join(QStringLiteral(", ")));
    if (problem.isEmpty() && tooLong > 0)
        problem = ImportWizard::tr("%n of the first rows have custom data over %1 "
                                   "characters; such rows will be left out.",
            nullptr, tooLong)
                      .arg(ImportTexts::number(ColumnMapping::MaxCustomData));
    m_problem->setNotice(problem, !m.problem().isEmpty() || tooLong > 0);
}

} // namespace kakiyo
