#include "ui/workspaces/WorkspacesPage.h"

#include "models/api/ApiSession.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kakiyo {

WorkspacesPage::WorkspacesPage(ApiSession *session, QWidget *parent)
    : Page(tr("Workspaces"), parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("workspacesPage"));
    body()->addWidget(new QLabel(tr("Workspaces are not in this build yet."), this));
    body()->addStretch(1);
}

} // namespace kakiyo
