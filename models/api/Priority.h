#pragma once
// Priority of a queued API call. The scheduler always sends the most urgent eligible call first:
// what the user is waiting for beats what a view prefetches, which beats background refreshes.

namespace kakiyo {

enum class Priority
{
    Interactive = 0, // the user clicked and is looking at a spinner
    Prefetch = 1, // likely needed soon (next page, hovered row)
    Background = 2, // refreshes and bulk work nobody is waiting for
};

} // namespace kakiyo
