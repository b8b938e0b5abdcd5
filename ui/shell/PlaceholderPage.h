// A page whose real content arrives with later work; says so plainly instead of looking broken.
#pragma once

#include "ui/shell/Page.h"

namespace kakiyo {

class PlaceholderPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const QString &title, const QString &iconName, const QString &message,
        QWidget *parent = nullptr);
};

} // namespace kakiyo
