#include "ui/prospects/CampaignCombo.h"

#include <QComboBox>
#include <algorithm>

namespace kakiyo {

void fillCampaignCombo(QComboBox *combo, QList<Campaign> campaigns, const QString &preselect)
{
    std::sort(campaigns.begin(), campaigns.end(), [](const Campaign &a, const Campaign &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
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

} // namespace kakiyo
