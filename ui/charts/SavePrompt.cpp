#include "ui/charts/SavePrompt.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace kakiyo {

namespace {
SavePrompt::Answer &presetAnswer()
{
    static SavePrompt::Answer answer;
    return answer;
}
} // namespace

QString SavePrompt::ask(
    QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter)
{
    if (presetAnswer())
        return presetAnswer()(suggestedName, filter);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(
        parent, title, QDir(folder).filePath(suggestedName), filter);
}

void SavePrompt::preset(Answer answer)
{
    presetAnswer() = std::move(answer);
}

} // namespace kakiyo
