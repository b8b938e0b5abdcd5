#include "ui/shell/FuzzyMatch.h"

#include <QChar>

namespace kakiyo {

namespace {

bool isWordStart(QStringView s, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar prev = s.at(i - 1);
    const QChar cur = s.at(i);
    return !prev.isLetterOrNumber() || (prev.isLower() && cur.isUpper());
}

} // namespace

int FuzzyMatch::score(QStringView pattern, QStringView candidate)
{
    qsizetype p = 0;
    int total = 0;
    int run = 0;
    qsizetype lastMatch = -2;
    for (qsizetype i = 0; i < candidate.size() && p < pattern.size(); ++i) {
        const QChar pc = pattern.at(p);
        if (pc.isSpace()) { // spaces in the pattern are separators, not characters to find
            ++p;
            --i;
            continue;
        }
        if (candidate.at(i).toCaseFolded() != pc.toCaseFolded())
            continue;
        int s = 1;
        if (isWordStart(candidate, i))
            s += 8;
        if (lastMatch == i - 1) {
            ++run;
            s += 4 * run;
        } else {
            run = 0;
        }
        if (i == 0)
            s += 4;
        total += s;
        lastMatch = i;
        ++p;
    }
    while (p < pattern.size() && pattern.at(p).isSpace())
        ++p;
    if (p < pattern.size())
        return -1;
    // Shorter candidates win ties: a precise name beats a long one that merely contains it.
    return total * 100 / (100 + int(candidate.size()));
}

} // namespace kakiyo
