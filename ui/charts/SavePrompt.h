#pragma once
// SavePrompt: asks where to save an export. It wraps QFileDialog so a GUI test can preset the
// answer (a path, or empty for "cancelled") instead of facing a modal dialog.

#include <QString>
#include <functional>

class QWidget;

namespace kakiyo {

class SavePrompt final
{
public:
    SavePrompt() = delete;
    using Answer = std::function<QString(const QString &suggestedName, const QString &filter)>;

    // Empty when the user cancelled.
    static QString ask(
        QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter);
    static void preset(Answer answer); // empty function = show the dialog again
};

} // namespace kakiyo
