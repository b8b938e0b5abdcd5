// The error labels of one form: one under each input, named by the API field it shows, plus one
// for everything else. Client-side checks (FieldErrors from an encoder) and the server's
// validation details (ApiError::details) land next to the field they name; other failures go to
// the general label in plain words.
#pragma once

#include "models/api/ApiError.h"
#include "models/domain/FieldError.h"

#include <QHash>
#include <QLabel>
#include <QPointer>

namespace kakiyo {

class FormErrors
{
public:
    explicit FormErrors(QLabel *general = nullptr);

    // A hidden, word-wrapped label for `field` ("name", "followUps", ...): place it under the
    // input. Errors for "field", "field.x" and "field[n]..." go to it; a message that is not a
    // sentence of its own ("must be at least 3 characters") is prefixed with `label` ("Name").
    QLabel *addField(
        const QString &field, const QString &label, QWidget *parent, const QString &objectName);
    void setGeneral(QLabel *general) { m_general = general; }

    void clear();
    // Shows `errors` (replacing what was shown); returns false when there were none.
    bool show(const FieldErrors &errors);
    // Shows a failed call: its details by field, its message in the general label.
    void show(const ApiError &error, const QString &what);
    void showGeneral(const QString &text);
    // Re-colours the shown messages after a palette change.
    void restyle();
    QString text(const QString &field) const;

    // One error label's look (danger colour of the current palette, wrapped, hidden when empty).
    static QLabel *makeLabel(QWidget *parent, const QString &objectName);
    static void setLabelText(QLabel *label, const QString &text);
    // A form row's label with its mnemonic bound to `input` (needed when the row holds a layout).
    static QLabel *buddyLabel(const QString &text, QWidget *input, QWidget *parent);

private:
    QLabel *labelFor(const QString &field, QString *display = nullptr) const;

    QPointer<QLabel> m_general;
    struct Field
    {
        QPointer<QLabel> label;
        QString display;
    };
    QHash<QString, Field> m_fields;
};

} // namespace kakiyo
