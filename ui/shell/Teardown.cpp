#include "ui/shell/Teardown.h"

#include <QObject>

namespace kakiyo {

void disconnectChildren(QObject *receiver)
{
    const auto children = receiver->findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, receiver, nullptr);
}

} // namespace kakiyo
