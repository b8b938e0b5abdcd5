#include "ui/shell/BannerArea.h"

#include <QVBoxLayout>

namespace kakiyo {

BannerArea::BannerArea(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bannerArea"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(16, 0, 16, 0);
    m_layout->setSpacing(6);
    setVisible(false);
}

void BannerArea::show(const BannerSpec &spec)
{
    dismiss(spec.category);
    auto *banner = new Banner(spec, this);
    m_banners.insert(spec.category, banner);
    const QString category = spec.category;
    connect(banner, &Banner::closeRequested, this, [this, category] { dismiss(category); });
    m_layout->addWidget(banner);
    m_layout->setContentsMargins(16, 10, 16, 0);
    setVisible(true);
    emit changed();
}

void BannerArea::dismiss(const QString &category)
{
    Banner *banner = m_banners.take(category);
    if (!banner)
        return;
    banner->hide();
    banner->deleteLater();
    if (m_banners.isEmpty()) {
        m_layout->setContentsMargins(16, 0, 16, 0);
        setVisible(false);
    }
    emit changed();
}

void BannerArea::dismissAll()
{
    const QStringList all = m_banners.keys();
    for (const QString &c : all)
        dismiss(c);
}

} // namespace kakiyo
