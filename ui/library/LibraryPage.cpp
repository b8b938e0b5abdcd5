#include "ui/library/LibraryPage.h"

#include "models/api/ApiSession.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kakiyo {

LibraryPage::LibraryPage(ApiSession *session, QWidget *parent)
    : Page(tr("Library"), parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("libraryPage"));
    body()->addWidget(
        new QLabel(tr("Products, prompts and models are not in this build yet."), this));
    body()->addStretch(1);
}

} // namespace kakiyo
