// The single place errors are shown: a column of banners above the page, at most one per error
// category, so a burst of failing calls says "network unreachable" once, not twenty times.
#pragma once

#include "ui/shell/Banner.h"

#include <QMap>
#include <QWidget>

class QVBoxLayout;

namespace kakiyo {

class BannerArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BannerArea)

public:
    explicit BannerArea(QWidget *parent = nullptr);

    // Shows the banner, replacing any banner of the same category.
    void show(const BannerSpec &spec);
    void dismiss(const QString &category);
    void dismissAll();

    Banner *banner(const QString &category) const { return m_banners.value(category); }
    QStringList categories() const { return m_banners.keys(); }

signals:
    void changed();

private:
    QVBoxLayout *m_layout = nullptr;
    QMap<QString, Banner *> m_banners;
};

} // namespace kakiyo
