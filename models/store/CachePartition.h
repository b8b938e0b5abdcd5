// Which slice of the cache an entry belongs to: one profile (one file on disk) and one workspace
// inside it. Switching workspace never shows another workspace's data.
#pragma once

#include <QString>

namespace kakiyo {

struct CachePartition
{
    QString profileId; // selects the cache file
    QString workspaceId; // empty = the team's default workspace

    bool operator==(const CachePartition &other) const = default;
};

} // namespace kakiyo
