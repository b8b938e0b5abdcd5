#include "ui/prospects/CampaignCombo.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSignalBlocker>
#include <algorithm>

namespace kakiyo {

namespace {
void sortByName(QList<Campaign> &campaigns)
{
    std::sort(campaigns.begin(), campaigns.end(), [](const Campaign &a, const Campaign &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
}
} // namespace

void fillCampaignCombo(QComboBox *combo, QList<Campaign> campaigns, const QString &preselect)
{
    sortByName(campaigns);
    const QString current = combo->currentData().toString();
    combo->clear();
    for (const Campaign &c : std::as_const(campaigns)) {
        const QString name = c.name.isEmpty() ? c.id : c.name;
        combo->addItem(c.status.isEmpty() || c.status == QLatin1String("active")
                ? name
                : QStringLiteral("%1 (%2)").arg(name, c.status),
            c.id);
    }
    combo->setCurrentIndex(combo->findData(current.isEmpty() ? preselect : current));
}

void fillCampaignFilter(QComboBox *combo, QList<Campaign> campaigns, const QString &allText)
{
    sortByName(campaigns);
    const QString current = combo->currentData().toString();
    {
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(allText, QString());
        for (const Campaign &c : std::as_const(campaigns))
            combo->addItem(c.name.isEmpty() ? c.id : c.name, c.id);
    }
    selectCampaignFilter(combo, current);
}

void selectCampaignFilter(QComboBox *combo, const QString &id)
{
    int index = combo->findData(id);
    if (index < 0) {
        combo->addItem(
            QCoreApplication::translate("kakiyo::ProspectsPage", "Campaign %1").arg(id), id);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace kakiyo
