#pragma once
// DncFile: a local Do Not Contact list for imports made without the window — a text file with
// one LinkedIn profile URL per line, or any CSV that has them in one of its columns (such as the
// DNC page's export). Every cell that is a LinkedIn profile address counts, in any spelling;
// blank lines, `#` comments and other cells are ignored. Read offline, costs nothing.

#include <QSet>
#include <QString>

namespace kakiyo {

struct DncFile
{
    // Canonical URLs (https://linkedin.com/in/<slug>). False with `error` set when the file
    // cannot be read; a readable file without any profile URL is an empty list, not an error.
    static bool read(const QString &path, QSet<QString> *urls, QString *error);
};

} // namespace kakiyo
