#pragma once
// The campaign chooser the prospect dialogs share (add one prospect, Sales Navigator import):
// the list sorted by name as the user reads it, campaigns that are not active marked with their
// status, and the choice the user made while the list was loading kept.

#include "models/domain/Campaign.h"

#include <QList>
#include <QString>

class QComboBox;

namespace kakiyo {

// Replaces the items of `combo` (text: name or id; data: id) and selects the campaign that was
// current, or `preselect` when none was.
void fillCampaignCombo(QComboBox *combo, QList<Campaign> campaigns, const QString &preselect);

// The Prospects page's campaign filter: `allText` first (no id), then the campaigns by name, the
// campaign filtered on still chosen (without a signal).
void fillCampaignFilter(QComboBox *combo, QList<Campaign> campaigns, const QString &allText);
// Chooses the campaign `id`, adding it when the list does not have it (a saved search may name
// a campaign deleted since, or not loaded yet).
void selectCampaignFilter(QComboBox *combo, const QString &id);

} // namespace kakiyo
