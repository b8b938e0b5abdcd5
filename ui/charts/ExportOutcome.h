#pragma once
// ExportOutcome: what one export (file, clipboard, printer) did — success, or a sentence the user
// can act on. A value so the GUI menu, the report writer and the headless CLI report the same way.

#include <QString>

namespace kakiyo {

struct ExportOutcome
{
    bool ok = false;
    QString message; // on failure: what went wrong and where; on success: what was written
    QString path; // the file written, empty for clipboard/printer

    static ExportOutcome success(const QString &message, const QString &path = {})
    {
        return {true, message, path};
    }
    static ExportOutcome failure(const QString &message, const QString &path = {})
    {
        return {false, message, path};
    }
};

} // namespace kakiyo
