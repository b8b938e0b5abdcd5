#include "ui/library/FormErrors.h"

#include "ui/shell/Theme.h"

#include <QLabel>

namespace kakiyo {

FormErrors::FormErrors(QLabel *general)
    : m_general(general)
{
}

QLabel *FormErrors::makeLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QLabel *FormErrors::buddyLabel(const QString &text, QWidget *input, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(input);
    return label;
}

void FormErrors::setLabelText(QLabel *label, const QString &text)
{
    if (!label)
        return;
    // The colour is taken when the text is set, so it follows the palette in use now.
    label->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLabel *FormErrors::addField(
    const QString &field, const QString &label, QWidget *parent, const QString &objectName)
{
    QLabel *widget = makeLabel(parent, objectName);
    m_fields.insert(field, {widget, label});
    return widget;
}

QLabel *FormErrors::labelFor(const QString &field, QString *display) const
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString &key = it.key();
        if (field == key
            || (field.startsWith(key)
                && (field.at(key.size()) == u'.' || field.at(key.size()) == u'['))) {
            if (display)
                *display = field == key ? it->display : field;
            return it->label;
        }
    }
    if (display)
        *display = field;
    return m_general;
}

void FormErrors::clear()
{
    for (const Field &f : std::as_const(m_fields))
        setLabelText(f.label, QString());
    setLabelText(m_general, QString());
}

bool FormErrors::show(const FieldErrors &errors)
{
    clear();
    QHash<QLabel *, QStringList> lines;
    QList<QLabel *> order;
    for (const FieldError &e : errors) {
        QString display;
        QLabel *label = labelFor(e.field, &display);
        if (!lines.contains(label))
            order.append(label);
        // "must be at least 3 characters" needs its subject; a full sentence does not.
        const bool fragment = !e.message.isEmpty() && e.message.at(0).isLower();
        lines[label] << (fragment && !display.isEmpty()
                ? QStringLiteral("%1 %2.").arg(display, e.message)
                : e.message);
    }
    for (QLabel *label : std::as_const(order))
        setLabelText(label, lines.value(label).join(QLatin1Char('\n')));
    return !errors.isEmpty();
}

void FormErrors::show(const ApiError &error, const QString &what)
{
    FieldErrors fields;
    for (const ApiError::FieldError &d : error.details)
        fields.append({d.field, d.message});
    show(fields);
    // Field problems are already next to their fields; say so instead of repeating the first.
    const QString reason = error.category == ApiError::Category::Validation && !fields.isEmpty()
        ? QObject::tr("Kakiyo rejected the input; correct the fields marked in red and try again.")
        : error.userMessage();
    QString general = what.isEmpty() ? reason : QStringLiteral("%1: %2").arg(what, reason);
    if (m_general && !m_general->text().isEmpty())
        general += QLatin1Char('\n') + m_general->text();
    setLabelText(m_general, general);
}

void FormErrors::restyle()
{
    for (const Field &f : std::as_const(m_fields)) {
        if (f.label)
            setLabelText(f.label, f.label->text());
    }
    if (m_general)
        setLabelText(m_general, m_general->text());
}

void FormErrors::showGeneral(const QString &text)
{
    setLabelText(m_general, text);
}

QString FormErrors::text(const QString &field) const
{
    const QLabel *label = m_fields.value(field).label;
    return label ? label->text() : QString();
}

} // namespace kakiyo
