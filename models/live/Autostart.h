// "Start at login": the XDG autostart entry ($XDG_CONFIG_HOME/autostart/kakiyo-desk.desktop,
// ~/.config when unset) that desktop sessions run at login. The file is the setting: enabled
// when it exists, so a user who removes it by hand has switched it off.
#pragma once

#include <QString>

namespace kakiyo {

class Autostart final
{
public:
    static QString entryPath();
    static bool isEnabled();
    // Writes the entry running `executable` (absolute) or removes it. false + *error on failure.
    static bool setEnabled(bool enabled, const QString &executable, QString *error = nullptr);
    // The entry's text (Exec quoted as the Desktop Entry specification asks).
    static QString entry(const QString &executable);
};

} // namespace kakiyo
