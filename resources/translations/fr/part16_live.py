# French translations, part 16: the live desk (alerts, refresh plan, watch).
T = {
'Agent %1 needs attention (%2)': "L’agent %1 demande votre attention (%2)",
'The agent cannot work until this is resolved.': "L’agent ne peut pas travailler tant que ce n’est pas réglé.",
'Campaign %1 sent nothing for %2 h': "La campagne %1 n’a rien envoyé depuis %2 h",
'Campaign %1 completed': "Campagne %1 terminée",
'%1 prospects, %2 qualified.': "%1 prospects, %2 qualifiés.",
'%1 replied': "%1 a répondu",
'Open the conversation to answer.': "Ouvrez la conversation pour répondre.",
'%1 is qualified': "%1 est qualifié",
'Time to take over the conversation.': "À vous de reprendre la conversation.",
'Out of credits': "Plus de crédits",
"The API answered 402: Kakiyo pauses the team's agents until credits are added.": "L’API a répondu 402 : Kakiyo met en pause les agents de l’équipe jusqu’à l’ajout de crédits.",
'Credits are running low': "Les crédits s’épuisent",
'%1 credits left: about %2 days at the current pace.': "%1 crédits restants : environ %2 jours au rythme actuel.",
'%1 credits left, below 20 % of %2.': "%1 crédits restants, moins de 20 % de %2.",
'Webhook %1 is disabled': "Le webhook %1 est désactivé",
'Deliveries stopped after repeated failures; fix the endpoint and re-enable it.': "Les envois se sont arrêtés après des échecs répétés ; réparez l’adresse de réception puis réactivez-le.",
'Webhook %1 is failing': "Le webhook %1 échoue",
'%1 failed deliveries since the last check.': "%1 envois en échec depuis la dernière vérification.",
'Likely reason: the campaign has no agent.': "Raison probable : la campagne n’a pas d’agent.",
'Likely reason: agent %1 is restricted or needs attention (%2).': "Raison probable : l’agent %1 est restreint ou demande votre attention (%2).",
'Likely reason: agent %1 is %2.': "Raison probable : l’agent %1 est dans l’état %2.",
'Likely reason: agent %1 reached its daily message limit.': "Raison probable : l’agent %1 a atteint sa limite quotidienne de messages.",
"Likely reason: outside agent %1's working hours.": "Raison probable : en dehors des heures de travail de l’agent %1.",
'Likely reason: out of prospects — add leads to the campaign.': "Raison probable : plus de prospects — ajoutez des leads à la campagne.",
'auto-refresh off': "actualisation automatique désactivée",
'auto-refresh every %1 min · %2 calls/hour · %3 credits/day': "actualisation automatique toutes les %1 min · %2 appels/heure · %3 crédits/jour",
'Cannot read %1: %2': "Impossible de lire %1 : %2",
'Cannot create %1': "Impossible de créer %1",
'--workspace needs a value': "--workspace attend une valeur",
'--interval expects minutes between 1 and 1440': "--interval attend un nombre de minutes entre 1 et 1440",
'watch: unknown argument %1': "watch : argument inconnu %1",
'%n new since the last watch': ("%n nouveauté depuis la dernière surveillance", "%n nouveautés depuis la dernière surveillance"),
'%n current alert(s)': ("%n alerte en cours", "%n alertes en cours"),
'watch: %1 calls (at most %2 per refresh)': "watch : %1 appels (au plus %2 par actualisation)",
'Usage: kakiyo-desk watch [--once] [--json] [--workspace ID] [--interval MIN]\n'
'                         [--demo | --profile NAME | --base-url URL]\n'
'  Refreshes the team (4 calls) and prints the alerts that are new since the last\n'
'  watch of this profile and workspace, then every current alert. --json prints one\n'
'  JSON object per refresh. Without --once it keeps watching every --interval\n'
'  minutes (default 15) until interrupted. Exit: 0 nothing new, 3 something new,\n'
'  1 failure, 2 wrong command line. Calls spent are written to stderr.\n':
'Utilisation : kakiyo-desk watch [--once] [--json] [--workspace ID] [--interval MIN]\n'
'                         [--demo | --profile NOM | --base-url URL]\n'
'  Actualise l’équipe (4 appels) et affiche les alertes nouvelles depuis la dernière\n'
'  surveillance de ce profil et de cet espace de travail, puis toutes les alertes en\n'
'  cours. --json affiche un objet JSON par actualisation. Sans --once, la surveillance\n'
'  continue toutes les --interval minutes (15 par défaut) jusqu’à interruption.\n'
'  Sortie : 0 rien de nouveau, 3 du nouveau, 1 échec, 2 ligne de commande erronée.\n'
'  Les appels dépensés sont écrits sur la sortie d’erreur.\n',
'  kakiyo-desk watch [--once] [--json] [--workspace ID]: print new and current\n'
'      alerts (exit 3 when something is new; `kakiyo-desk watch --help`).\n':
'  kakiyo-desk watch [--once] [--json] [--workspace ID] : affiche les alertes\n'
'      nouvelles et en cours (sortie 3 s’il y a du nouveau ; `kakiyo-desk watch --help`).\n',
'Refresh now': "Actualiser maintenant",
'No alerts. The desk keeps watching.': "Aucune alerte. Le bureau continue de surveiller.",
'Auto-refresh': "Actualisation automatique",
'Auto-refresh off': "Actualisation automatique désactivée",
'Every %n min': ("Toutes les %n min", "Toutes les %n min"),
'Dismiss the selected alerts (Delete)': "Ignorer les alertes sélectionnées (Suppr)",
'Not connected.': "Non connecté.",
'Show alerts': "Afficher les alertes",
'Alerts (%1)': "Alertes (%1)",
}
