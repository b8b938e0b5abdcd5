#include "ui/import/ImportLauncher.h"

#include "ui/import/ImportWizard.h"

namespace kakiyo {

ImportWizard *ImportLauncher::open(
    Connection *session, QWidget *parent, const QString &campaignId, const QString &path)
{
    auto *wizard = new ImportWizard(session, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::NonModal);
    if (!campaignId.isEmpty())
        wizard->setTargetCampaign(campaignId);
    if (!path.isEmpty())
        wizard->setFile(path);
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
    return wizard;
}

} // namespace kakiyo
