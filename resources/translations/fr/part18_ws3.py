# French translations, part 18: workspace costs and scoping (the search's calls per campaign, the
# DNC and Library notes in a client workspace, ids of another workspace refused).
T = {
'Next page: %n call(s), %n credit(s)': ("Page suivante : %n appel, %n crédit", "Page suivante : %n appels, %n crédits"),
'Next page: %n call(s)': ("Page suivante : %n appel", "Page suivante : %n appels"),
'In this client workspace the list shows the entries filed under the client\'s team and the agency\'s own entries, which protect every client; entries of other clients are hidden. New entries are filed under the agency\'s team.':
"Dans cet espace de travail client, la liste montre les entrées enregistrées pour l’équipe du client et celles de l’agence, qui protègent tous les clients ; les entrées des autres clients sont masquées. Les nouvelles entrées sont enregistrées pour l’équipe de l’agence.",
'The Library is the whole team\'s: offerings, prompts and AI models name no workspace, so every workspace shows the same Library.':
"La bibliothèque appartient à toute l’équipe : offres, prompts et modèles d’IA ne désignent aucun espace de travail, donc chaque espace de travail affiche la même bibliothèque.",
'The campaign %1 is not part of the workspace “%2”: switch to the workspace it belongs to, or to All (team).':
"La campagne %1 ne fait pas partie de l’espace de travail « %2 » : passez à l’espace de travail auquel elle appartient, ou à « Tous (équipe) ».",
'The agent %1 is not assigned to the workspace “%2”: switch to the workspace it belongs to, or to All (team).':
"L’agent %1 n’est pas affecté à l’espace de travail « %2 » : passez à l’espace de travail auquel il appartient, ou à « Tous (équipe) ».",
}
