// Library page (skeleton; replaced by its full implementation).
#pragma once

#include "ui/Page.h"

#include <QPointer>

namespace kakiyo {

class ApiSession;

class LibraryPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPage)

public:
    explicit LibraryPage(ApiSession *session, QWidget *parent = nullptr);

private:
    QPointer<ApiSession> m_session;
};

} // namespace kakiyo
