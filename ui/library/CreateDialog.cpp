#include "ui/library/CreateDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakiyo {

CreateDialog::CreateDialog(const QString &name, const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(name + QStringLiteral("Dialog"));
    setWindowTitle(title);
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);

    m_general = FormErrors::makeLabel(this, name + QStringLiteral("DialogError"));
    m_errors.setGeneral(m_general);
    layout->addWidget(m_general);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = buttons->button(QDialogButtonBox::Ok);
    QString capitalised = name;
    capitalised[0] = capitalised.at(0).toUpper();
    m_create->setObjectName(QStringLiteral("create%1Button").arg(capitalised));
    m_create->setText(tr("Create"));
    m_create->setAccessibleName(title);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void CreateDialog::addField(
    const QString &field, const QString &label, QWidget *input, const QString &errorObjectName)
{
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(input);
    box->addWidget(
        m_errors.addField(field, QString(label).remove(QLatin1Char('&')), this, errorObjectName));
    m_form->addRow(FormErrors::buddyLabel(label, input, this), box);
    // The dialog opens on its first field (the buttons come first in the focus chain since they
    // were made first), so Tab goes on down the form and then to the buttons.
    if (m_inputs.isEmpty())
        input->setFocus();
    m_inputs.append({field, input});
}

void CreateDialog::addNote(const QString &text)
{
    auto *note = new QLabel(text, this);
    note->setWordWrap(true);
    note->setProperty("class", QStringLiteral("muted"));
    m_form->addRow(note);
}

void CreateDialog::recheck()
{
    if (m_attempted && !m_sending)
        m_errors.show(problems());
}

void CreateDialog::setSending(bool sending)
{
    m_sending = sending;
    m_create->setEnabled(!sending);
    for (const auto &input : std::as_const(m_inputs))
        input.second->setEnabled(!sending);
    if (sending)
        m_errors.clear();
}

bool CreateDialog::submit()
{
    if (m_sending)
        return true;
    m_attempted = true;
    const FieldErrors errors = problems();
    if (m_errors.show(errors)) {
        // Put the cursor where the first problem is.
        for (const auto &input : std::as_const(m_inputs)) {
            if (!m_errors.text(input.first).isEmpty()) {
                input.second->setFocus();
                break;
            }
        }
        return false;
    }
    setSending(true);
    send();
    return true;
}

void CreateDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_errors.restyle();
}

void CreateDialog::finished(const ApiError &error)
{
    setSending(false);
    if (error.isError()) {
        m_errors.show(error, tr("Not created"));
        return;
    }
    accept();
}

} // namespace kakiyo
