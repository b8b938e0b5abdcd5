// WatchCommand: `kakiyo-desk watch [--once] [--json] [--workspace ID] [--interval MIN]`. One
// refresh of the team (four GETs at background priority), the alerts derived from it against
// the last watch of this profile and workspace, printed for cron and scripts: the new ones, then
// every current one. The calls spent go to stderr. Exit codes: 0 nothing new, 3 something new,
// 1 failure, 2 usage. Without --once it keeps refreshing every --interval minutes (default: the
// refresh plan's pace) and prints what is new each time, until SIGINT/SIGTERM.
#pragma once

#include "app/LaunchOptions.h"

namespace kakiyo {

class WatchCommand final
{
public:
    static constexpr int ExitNothingNew = 0;
    static constexpr int ExitSomethingNew = 3;

    WatchCommand() = delete;
    static int run(const LaunchOptions &options);
    static QString usage();
};

} // namespace kakiyo
