# French translations, part 17: the live desk's desktop side (unread, notifications, tray,
# start at login, "since you were away").
T = {
'%1, %n unread': ("%1, %n non lu", "%1, %n non lus"),
'and %n more': ("et %n autre", "et %n autres"),
'%n new alert(s)': ("%n nouvelle alerte", "%n nouvelles alertes"),
'Open': "Ouvrir",
'Watches your Kakiyo team': "Surveille votre équipe Kakiyo",
'Cannot remove %1': "Impossible de supprimer %1",
'Show window': "Afficher la fenêtre",
'Pause auto-refresh': "Suspendre l’actualisation automatique",
'Keep running in the tray when the window is closed': "Continuer dans la zone de notification quand la fenêtre est fermée",
'Start at login': "Lancer à l’ouverture de session",
'%n unread': ("%n non lu", "%n non lus"),
'%n alert(s)': ("%n alerte", "%n alertes"),
'%n min': ("%n min", "%n min"),
'%n h': ("%n h", "%n h"),
'%n day(s)': ("%n jour", "%n jours"),
'%n prospect(s) replied': ("%n prospect a répondu", "%n prospects ont répondu"),
'%n newly qualified': ("%n nouvellement qualifié", "%n nouvellement qualifiés"),
'%n agent(s) need attention': ("%n agent demande votre attention", "%n agents demandent votre attention"),
'%n campaign(s) completed': ("%n campagne terminée", "%n campagnes terminées"),
'%n other alert(s)': ("%n autre alerte", "%n autres alertes"),
'Nothing changed since you were away (%1).': "Rien n’a changé pendant votre absence (%1).",
'Since you were away (%1): %2.': "Pendant votre absence (%1) : %2.",
'Usage: kakiyo-desk watch [--once] [--json] [--workspace ID] [--interval MIN]\n'
'                         [--demo | --profile NAME | --base-url URL]\n'
'  Refreshes the team (4 calls, 5 in a client workspace) and prints the alerts that\n'
'  are new since the last watch of this profile and workspace, then every current\n'
'  alert. --json prints one JSON object per refresh. Without --once it keeps\n'
'  watching every --interval minutes (default: 15 where calls are free, 60 where\n'
'  they cost credits) until interrupted, and shows new alerts as desktop\n'
'  notifications (at most one a minute). Exit: 0 nothing new, 3 something new,\n'
'  1 failure, 2 wrong command line. Calls spent are written to stderr.\n':
'Utilisation : kakiyo-desk watch [--once] [--json] [--workspace ID] [--interval MIN]\n'
'                         [--demo | --profile NOM | --base-url URL]\n'
'  Actualise l’équipe (4 appels, 5 dans un espace de travail client) et affiche les\n'
'  alertes nouvelles depuis la dernière surveillance de ce profil et de cet espace de\n'
'  travail, puis toutes les alertes en cours. --json affiche un objet JSON par\n'
'  actualisation. Sans --once, la surveillance continue toutes les --interval minutes\n'
'  (par défaut : 15 là où les appels sont gratuits, 60 là où ils coûtent des crédits)\n'
'  jusqu’à interruption, et\n'
'  les nouvelles alertes s’affichent en notifications du bureau (une par minute au plus).\n'
'  Sortie : 0 rien de nouveau, 3 du nouveau, 1 échec, 2 ligne de commande erronée.\n'
'  Les appels dépensés sont écrits sur la sortie d’erreur.\n',
}
