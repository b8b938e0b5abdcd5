#include "ui/shell/WelcomePage.h"

#include "ui/shell/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakiyo {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);

    auto *logo = new QLabel(this);
    logo->setPixmap(
        Theme::icon(QStringLiteral("app"), QColor()).pixmap(QSize(72, 72), devicePixelRatioF()));
    logo->setAlignment(Qt::AlignCenter);
    outer->addWidget(logo);

    auto *title = new QLabel(tr("Welcome to Kakiyo Desk"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);

    auto *intro
        = new QLabel(tr("Run your Kakiyo agents, campaigns and prospects from the desktop.\n"
                        "Try it on a demo team first, or connect your account with an API key."),
            this);
    intro->setAlignment(Qt::AlignCenter);
    intro->setWordWrap(true);
    intro->setProperty("class", QStringLiteral("muted"));
    outer->addWidget(intro);
    outer->addSpacing(18);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_demo
        = new QPushButton(Theme::icon(QStringLiteral("demo"), Qt::white), tr("Try the demo"), this);
    m_demo->setObjectName(QStringLiteral("tryDemoButton"));
    m_demo->setAccessibleName(tr("Try the demo"));
    m_demo->setToolTip(tr("Starts a local sandbox with a seeded team. No key, no network."));
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    buttons->addWidget(m_demo);
    auto *connectButton = new QPushButton(
        Theme::icon(QStringLiteral("key")), tr("Connect your Kakiyo account"), this);
    connectButton->setObjectName(QStringLiteral("connectAccountButton"));
    connectButton->setAccessibleName(tr("Connect your Kakiyo account"));
    connectButton->setToolTip(tr("Paste an API key from the Kakiyo dashboard (Team → API Keys)."));
    connect(connectButton, &QPushButton::clicked, this, &WelcomePage::connectRequested);
    buttons->addWidget(connectButton);
    buttons->addStretch(1);
    outer->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("welcomeStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    outer->addSpacing(10);
    outer->addWidget(m_status);
    outer->addStretch(3);
}

void WelcomePage::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(
        isError ? QStringLiteral("color: %1;").arg(Theme::danger().name()) : QString());
}

void WelcomePage::setDemoStarting(bool starting)
{
    m_demo->setEnabled(!starting);
    if (starting)
        setStatus(tr("Starting the demo team…"));
}

} // namespace kakiyo
