#include "ui/charts/PrintPrompt.h"

#include <QPrintDialog>
#include <QPrinter>

namespace kakiyo {

namespace {
PrintPrompt::Answer &presetAnswer()
{
    static PrintPrompt::Answer answer;
    return answer;
}
} // namespace

bool PrintPrompt::ask(QPrinter &printer, QWidget *parent)
{
    if (presetAnswer())
        return presetAnswer()(printer);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QObject::tr("Print"));
    return dialog.exec() == QDialog::Accepted;
}

void PrintPrompt::preset(Answer answer)
{
    presetAnswer() = std::move(answer);
}

bool PrintPrompt::isPreset()
{
    return static_cast<bool>(presetAnswer());
}

} // namespace kakiyo
