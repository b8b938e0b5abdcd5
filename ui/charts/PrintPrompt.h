#pragma once
// PrintPrompt: asks the user to choose and set up a printer before a chart or report is printed.
// It wraps QPrintDialog so tests (and the offscreen platform, where a modal dialog would hang) can
// preset the answer: the preset configures the QPrinter (e.g. PDF output to a file) and says
// yes/no.

#include <functional>

class QPrinter;
class QWidget;

namespace kakiyo {

class PrintPrompt
{
public:
    using Answer = std::function<bool(QPrinter &printer)>;

    // True when the user accepted; the printer is then configured as they chose.
    static bool ask(QPrinter &printer, QWidget *parent = nullptr);

    // Replaces the dialog with `answer` until cleared with an empty function.
    static void preset(Answer answer);
    static bool isPreset();
};

} // namespace kakiyo
