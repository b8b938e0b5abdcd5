// ImportLauncher: one call for every place that starts an import (Campaigns page action, a CSV
// dropped on a campaign card or the main window, the Prospects page): creates the wizard,
// preselects the campaign and the file when known, shows it non-modally and deletes it on close.
#pragma once

#include <QString>

class QWidget;

namespace kakiyo {

class Connection;
class ImportWizard;

class ImportLauncher final
{
public:
    ImportLauncher() = delete;

    static ImportWizard *open(Connection *session, QWidget *parent, const QString &campaignId = {},
        const QString &path = {});
};

} // namespace kakiyo
