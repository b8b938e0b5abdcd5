#include "ui/shell/MessageBox.h"

namespace kakiyo {

namespace {
MessageBox::Button g_nextAnswer = QMessageBox::NoButton;
QString g_lastText;
} // namespace

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
    const QString &text, Buttons buttons, Button defaultButton)
{
    g_lastText = text;
    if (g_nextAnswer != QMessageBox::NoButton) {
        const Button answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setObjectName(QStringLiteral("messageBox"));
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
    Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
    Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(
    QWidget *parent, const QString &title, const QString &text)
{
    return ask(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

} // namespace kakiyo
