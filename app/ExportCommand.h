// ExportCommand: `kakiyo-desk export`. Charts and the PDF report go to ChartExport; the prospect
// table (a search, page by page) to ProspectExport. Progress goes to stderr, the summary to
// stdout; a failure exits non-zero and leaves no file behind. Exit codes: 0 ok, 1 failure,
// 2 usage. Needs a QApplication (charts render offscreen).
#pragma once

#include "app/LaunchOptions.h"

namespace kakiyo {

class ExportCommand final
{
public:
    ExportCommand() = delete;
    static int run(const LaunchOptions &options);
    static QString usage();
};

} // namespace kakiyo
