#include "ui/CampaignCard.h"

#include "models/CampaignListModel.h"
#include "ui/Theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace kakiyo {

QString CampaignCard::badgeFor(const QString &status)
{
    if (status == QLatin1String("active"))
        return QStringLiteral("good");
    if (status == QLatin1String("paused"))
        return QStringLiteral("warn");
    if (status == QLatin1String("disabled"))
        return QStringLiteral("bad");
    if (status == QLatin1String("completed"))
        return QStringLiteral("accent");
    return QStringLiteral("idle");
}

CampaignCard::CampaignCard(const Campaign &c, QWidget *parent)
    : QFrame(parent)
    , m_id(c.id)
{
    setObjectName(QStringLiteral("card"));
    setProperty("campaignId", c.id);
    setAccessibleName(tr("Campaign %1").arg(c.name));
    setMinimumWidth(260);
    const QLocale locale;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 10);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    auto *name = new QLabel(c.name, this);
    name->setObjectName(QStringLiteral("cardTitle"));
    name->setToolTip(c.name);
    name->setMinimumWidth(60);
    top->addWidget(name, 1);
    auto *badge = new QLabel(CampaignListModel::statusLabel(c.status), this);
    badge->setObjectName(QStringLiteral("statusBadge"));
    badge->setProperty("badge", badgeFor(c.status));
    top->addWidget(badge, 0, Qt::AlignTop);
    layout->addLayout(top);

    auto *numbers = new QGridLayout;
    numbers->setHorizontalSpacing(16);
    numbers->setVerticalSpacing(0);
    const struct
    {
        QString label;
        QString value;
    } figures[] = {
        {tr("prospects"), locale.toString(c.stats.prospects)},
        {tr("replies"), locale.toString(c.stats.prospectsAnswers)},
        {tr("qualified"), locale.toString(c.stats.qualified)},
    };
    int col = 0;
    for (const auto &f : figures) {
        auto *value = new QLabel(f.value, this);
        value->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: 600;"));
        auto *label = new QLabel(f.label, this);
        label->setProperty("class", QStringLiteral("muted"));
        numbers->addWidget(value, 0, col);
        numbers->addWidget(label, 1, col);
        ++col;
    }
    numbers->setColumnStretch(3, 1);
    layout->addLayout(numbers);

    auto *rates = new QLabel(tr("Response %1 % · Conversion %2 %")
                                 .arg(locale.toString(CampaignListModel::responseRate(c), 'f', 1),
                                     locale.toString(CampaignListModel::conversionRate(c), 'f', 1)),
        this);
    rates->setObjectName(QStringLiteral("cardRates"));
    rates->setProperty("class", QStringLiteral("muted"));
    layout->addWidget(rates);

    auto *actions = new QHBoxLayout;
    const bool active = c.status == QLatin1String("active");
    const bool canToggle
        = active || c.status == QLatin1String("paused") || c.status == QLatin1String("draft");
    m_toggle
        = new QPushButton(Theme::icon(active ? QStringLiteral("pause") : QStringLiteral("play")),
            active ? tr("Pause") : tr("Resume"), this);
    m_toggle->setObjectName(QStringLiteral("campaignToggle"));
    m_toggle->setAccessibleName(active ? tr("Pause %1").arg(c.name) : tr("Resume %1").arg(c.name));
    m_toggle->setEnabled(canToggle);
    connect(m_toggle, &QPushButton::clicked, this,
        [this, active] { emit toggleRequested(m_id, active); });
    actions->addWidget(m_toggle);
    actions->addStretch(1);
    auto *edit = new QToolButton(this);
    edit->setObjectName(QStringLiteral("editCampaign"));
    edit->setIcon(Theme::icon(QStringLiteral("edit")));
    edit->setToolTip(tr("Edit"));
    edit->setAccessibleName(tr("Edit %1").arg(c.name));
    connect(edit, &QToolButton::clicked, this, [this] { emit editRequested(m_id); });
    actions->addWidget(edit);
    auto *del = new QToolButton(this);
    del->setObjectName(QStringLiteral("deleteCampaign"));
    del->setIcon(Theme::icon(QStringLiteral("delete")));
    del->setToolTip(tr("Delete"));
    del->setAccessibleName(tr("Delete %1").arg(c.name));
    connect(del, &QToolButton::clicked, this, [this] { emit deleteRequested(m_id); });
    actions->addWidget(del);
    layout->addLayout(actions);
}

} // namespace kakiyo
