#include "ui/shell/PlaceholderPage.h"

#include "ui/shell/Theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kakiyo {

PlaceholderPage::PlaceholderPage(
    const QString &title, const QString &iconName, const QString &message, QWidget *parent)
    : Page(title, parent)
{
    setRefreshable(false);
    body()->addStretch(2);
    auto *icon = new QLabel(this);
    icon->setPixmap(
        Theme::icon(iconName, Theme::muted()).pixmap(QSize(56, 56), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    body()->addWidget(icon);
    auto *label = new QLabel(message, this);
    label->setObjectName(QStringLiteral("placeholderText"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setProperty("class", QStringLiteral("muted"));
    body()->addWidget(label);
    body()->addStretch(3);
}

} // namespace kakiyo
