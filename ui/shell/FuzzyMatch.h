// Scores how well a typed pattern matches a command name, for the command palette: every
// pattern character must appear in order (case-insensitive); matches at word starts and runs of
// consecutive characters score higher, so "cp" finds "Campaigns: pause" before "Open cache path".
#pragma once

#include <QStringView>

namespace kakiyo {

struct FuzzyMatch
{
    // -1 when the pattern does not match; otherwise higher is better. Empty pattern scores 0.
    static int score(QStringView pattern, QStringView candidate);
};

} // namespace kakiyo
