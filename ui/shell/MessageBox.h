// Every modal question the app asks goes through here, so a GUI test can preset the answer
// instead of facing a dialog that blocks its event loop.
#pragma once

#include <QMessageBox>
#include <QString>

namespace kakiyo {

class MessageBox final
{
public:
    MessageBox() = delete;

    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget *parent, const QString &title, const QString &text,
        Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
        Button defaultButton = QMessageBox::No);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
        Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::Ok);
    static Button information(QWidget *parent, const QString &title, const QString &text);

    // Tests: the next dialog returns this answer at once (NoButton = show dialogs again).
    static void setNextAnswer(Button answer);
    // Tests: the text of the last dialog asked, answered or not.
    static QString lastText();

private:
    static Button ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
        const QString &text, Buttons buttons, Button defaultButton);
};

} // namespace kakiyo
