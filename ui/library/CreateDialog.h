// The shared frame of the Library's "New …" dialogs: a form whose inputs each have an error label
// underneath, a line for other errors, and Create / Cancel. Create checks the form with the
// subclass's encoder first and shows the problems next to their fields (then re-checks as the
// user types); a form that passes is sent by the subclass, and the dialog closes only when the
// server accepted it — a refusal is shown in place and nothing typed is lost.
#pragma once

#include "ui/library/FormErrors.h"

#include <QDialog>

class QFormLayout;
class QPushButton;

namespace kakiyo {

class CreateDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateDialog)

public:
    bool isSending() const { return m_sending; }
    QString errorText(const QString &field) const { return m_errors.text(field); }
    // Checks the form; sends it when it passes. Returns false when the form was refused locally.
    bool submit();

protected:
    // `name` prefixes the object names ("product" -> productDialog, createProductButton, ...).
    CreateDialog(const QString &name, const QString &title, QWidget *parent);

    // Adds a row: a label whose mnemonic focuses `input`, the input, its error label below.
    void addField(
        const QString &field, const QString &label, QWidget *input, const QString &errorObjectName);
    // Text below the form (a hint); the error line and the buttons follow it.
    void addNote(const QString &text);
    // Re-checks the form after the first attempt; connect the inputs' change signals to it.
    void recheck();

    // What is wrong with the form now (the encoder's errors); empty when it can be sent.
    virtual FieldErrors problems() const = 0;
    // Sends the form; must call finished() exactly once with the answer.
    virtual void send() = 0;
    void finished(const ApiError &error);
    void changeEvent(QEvent *event) override;

private:
    void setSending(bool sending);

    QFormLayout *m_form = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_general = nullptr;
    QList<QPair<QString, QWidget *>> m_inputs; // field -> input, in form order
    FormErrors m_errors;
    bool m_attempted = false;
    bool m_sending = false;
};

} // namespace kakiyo
