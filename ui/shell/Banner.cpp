#include "ui/shell/Banner.h"

#include "ui/shell/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace kakiyo {

namespace {

const char *toneName(BannerSpec::Tone tone)
{
    switch (tone) {
    case BannerSpec::Tone::Error:
        return "error";
    case BannerSpec::Tone::Warning:
        return "warning";
    case BannerSpec::Tone::Info:
        return "info";
    }
    return "info";
}

} // namespace

Banner::Banner(const BannerSpec &spec, QWidget *parent)
    : QFrame(parent)
    , m_spec(spec)
    , m_secondsLeft(spec.countdownSeconds)
{
    setObjectName(QStringLiteral("banner-") + spec.category);
    setProperty("tone", QString::fromLatin1(toneName(spec.tone)));
    setAccessibleName(QStringLiteral("%1 notice").arg(spec.category));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(10);

    m_icon = new QLabel(this);
    const QColor tint = spec.tone == BannerSpec::Tone::Error ? Theme::danger()
        : spec.tone == BannerSpec::Tone::Warning             ? Theme::warning()
                                                             : Theme::accent();
    m_icon->setPixmap(Theme::icon(spec.tone == BannerSpec::Tone::Info ? QStringLiteral("info")
            : spec.tone == BannerSpec::Tone::Warning                  ? QStringLiteral("warning")
                                                                      : QStringLiteral("error"),
        tint)
                          .pixmap(QSize(20, 20), devicePixelRatioF()));
    layout->addWidget(m_icon);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);

    if (!spec.actionText.isEmpty()) {
        m_action = new QPushButton(spec.actionText, this);
        m_action->setObjectName(QStringLiteral("bannerAction"));
        m_action->setAccessibleName(spec.actionText);
        connect(m_action, &QPushButton::clicked, this, &Banner::triggerAction);
        layout->addWidget(m_action);
    }
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("bannerClose"));
    close->setIcon(Theme::icon(QStringLiteral("close")));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss notice"));
    connect(close, &QToolButton::clicked, this, &Banner::closeRequested);
    layout->addWidget(close);

    if (m_secondsLeft > 0) {
        m_countdown = new QTimer(this);
        m_countdown->setInterval(1000);
        connect(m_countdown, &QTimer::timeout, this, [this] {
            if (--m_secondsLeft <= 0) {
                m_countdown->stop();
                triggerAction();
                return;
            }
            updateText();
        });
        m_countdown->start();
    }
    updateText();
}

QString Banner::text() const
{
    return m_text->text();
}

void Banner::triggerAction()
{
    // The action may close this banner (and delete it later); copy what we need first.
    const auto action = m_spec.action;
    if (action)
        action();
}

void Banner::updateText()
{
    m_text->setText(m_spec.text.contains(QLatin1String("%1"))
            ? m_spec.text.arg(qMax(0, m_secondsLeft))
            : m_spec.text);
}

} // namespace kakiyo
