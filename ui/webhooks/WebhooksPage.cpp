#include "ui/webhooks/WebhooksPage.h"

#include "models/api/ApiSession.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kakiyo {

WebhooksPage::WebhooksPage(ApiSession *session, QWidget *parent)
    : Page(tr("Webhooks"), parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("webhooksPage"));
    body()->addWidget(new QLabel(tr("Webhook management is not in this build yet."), this));
    body()->addStretch(1);
}

} // namespace kakiyo
