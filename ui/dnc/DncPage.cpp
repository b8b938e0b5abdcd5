#include "ui/dnc/DncPage.h"

#include "models/api/ApiSession.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kakiyo {

DncPage::DncPage(ApiSession *session, QWidget *parent)
    : Page(tr("Do Not Contact"), parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("dncPage"));
    body()->addWidget(new QLabel(tr("The Do Not Contact list is not in this build yet."), this));
    body()->addStretch(1);
}

} // namespace kakiyo
