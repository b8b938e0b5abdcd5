#include "models/api/ImportNews.h"

#include "models/api/ApiSession.h"

namespace kakiyo {

ImportNews::ImportNews(QObject *parent)
    : QObject(parent)
{
}

ImportNews *ImportNews::of(ApiSession *session)
{
    if (!session)
        return nullptr;
    if (auto *news = session->findChild<ImportNews *>(QString(), Qt::FindDirectChildrenOnly))
        return news;
    return new ImportNews(session);
}

} // namespace kakiyo
