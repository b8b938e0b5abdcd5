// KeyCommand: `kakiyo-desk key set|status|remove`. `set` reads the key from standard input
// (never argv), checks its format, verifies it with GET /verify and stores it in the keychain for
// the profile; `status` shows the stored key's redacted form and verifies it live; `remove`
// deletes it. Exit codes: 0 ok, 1 failure, 2 usage. The key never appears in any output.
#pragma once

#include "app/LaunchOptions.h"

namespace kakiyo {

class KeyCommand final
{
public:
    KeyCommand() = delete;
    static int run(const LaunchOptions &options);
};

} // namespace kakiyo
