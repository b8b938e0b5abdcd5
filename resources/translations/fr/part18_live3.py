# French translations, part 18: the live desk below the UI (live3): the import-finished alert.
T = {
'Import finished: %1 added, %2 skipped': "Import terminé : %1 ajoutés, %2 ignorés",
'Into campaign %1.': "Dans la campagne %1.",
'Open the campaign to see its new prospects.': "Ouvrez la campagne pour voir ses nouveaux prospects.",
}
