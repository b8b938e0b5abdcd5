#include "ui/settings/SettingsDialog.h"

#include "ui/settings/UiLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakiyo {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    // Grows when the restart note appears (or a longer language's text), never cuts it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_sections = new QVBoxLayout;
    layout->addLayout(m_sections);
    addSection(buildLanguageSection());
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    updateRestartNote();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addSection(QWidget *section)
{
    m_sections->addWidget(section);
}

QWidget *SettingsDialog::buildLanguageSection()
{
    auto *box = new QGroupBox(tr("Language"), this);
    box->setObjectName(QStringLiteral("languageSection"));
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->setAccessibleName(tr("Language of the interface"));
    const QString systemName = QLocale::system().nativeLanguageName();
    for (const UiLanguage::Choice &choice : UiLanguage::choices()) {
        QString label = choice.name;
        if (choice.code.isEmpty() && !systemName.isEmpty()
            && QLocale::system().language() != QLocale::C)
            label = tr("System default (%1)").arg(systemName);
        m_language->addItem(label, choice.code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(UiLanguage::stored())));
    auto *caption = new QLabel(tr("&Language:"), box);
    caption->setBuddy(m_language);
    form->addRow(caption, m_language);

    m_restartNote = new QLabel(tr("The new language applies after a restart."), box);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restart = new QPushButton(tr("&Restart now"), box);
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_restart->setAccessibleName(tr("Restart Kakiyo Desk now"));
    auto *restartRow = new QHBoxLayout;
    restartRow->addWidget(m_restartNote, 1);
    restartRow->addWidget(m_restart);
    form->addRow(restartRow);

    connect(m_language, &QComboBox::activated, this,
        [this](int index) { chooseLanguage(m_language->itemData(index).toString()); });
    connect(m_restart, &QPushButton::clicked, this, &SettingsDialog::restartRequested);
    return box;
}

void SettingsDialog::chooseLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    if (index < 0)
        return;
    m_language->setCurrentIndex(index);
    UiLanguage::store(code);
    updateRestartNote();
}

bool SettingsDialog::restartNeeded() const
{
    // Retranslating every page in place would touch each widget; a restart is cheaper and
    // cannot leave half the window in the old language.
    return UiLanguage::stored() != UiLanguage::installedChoice();
}

void SettingsDialog::updateRestartNote()
{
    const bool needed = restartNeeded();
    m_restartNote->setVisible(needed);
    m_restart->setVisible(needed);
}

} // namespace kakiyo
