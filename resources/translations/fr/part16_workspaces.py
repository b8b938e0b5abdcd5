# French translations, part 16: client workspaces that scope the data, client reports.
T = {
'The workspace %1 no longer exists on the server; choose another one.': "L'espace de travail %1 n'existe plus sur le serveur ; choisissez-en un autre.",
"The workspace “%1” has no agents assigned, so it has no campaigns, prospects or analytics yet. Assign agents to it on the Workspaces page.": "L'espace de travail « %1 » n'a aucun agent attribué : il n'a donc encore ni campagnes, ni prospects, ni statistiques. Attribuez-lui des agents dans la page Espaces de travail.",
"Nothing here belongs to the workspace “%1” (its agents' campaigns).": "Rien ici n'appartient à l'espace de travail « %1 » (les campagnes de ses agents).",
'the workspaces could not be listed: %1': "impossible de lister les espaces de travail : %1",
'there is no workspace "%1": the team has no client workspaces': "il n'y a pas d'espace de travail « %1 » : l'équipe n'a aucun espace client",
'there is no workspace "%1"; the team\'s workspaces: %2': "il n'y a pas d'espace de travail « %1 » ; les espaces de l'équipe : %2",
'%1 workspaces are named "%2": give its id instead': "%1 espaces de travail s'appellent « %2 » : indiquez plutôt son identifiant",
'Workspace overview: %1': "Vue d'ensemble de l'espace : %1",
'--paper applies to PDF only.': "--paper ne s'applique qu'au PDF.",
"""  kakiyo-desk export --chart NAME|--report [--campaign ID] --format png|svg|pdf|csv
                     [--scale N] [--paper a4|letter] -o FILE
                     [--profile NAME] [--base-url URL] [--demo]
  kakiyo-desk export --report [--logo FILE] [--paper a4|letter] -o FILE.pdf
  kakiyo-desk export --table campaigns|agents|senders|dnc --format csv -o FILE
  kakiyo-desk export --table prospects [--query Q] [--campaign ID]
                     [--qualification Q] [--status N] [--city C] [--country C]
                     [--has-responded] [--paused] [--limit N] --format csv -o FILE
  Every export also takes --workspace NAME|ID: only that client workspace's data.
""": """  kakiyo-desk export --chart NOM|--report [--campaign ID]
                     --format png|svg|pdf|csv [--scale N] [--paper a4|letter] -o FICHIER
                     [--profile NOM] [--base-url URL] [--demo]
  kakiyo-desk export --report [--logo FICHIER] [--paper a4|letter] -o FICHIER.pdf
  kakiyo-desk export --table campaigns|agents|senders|dnc --format csv -o FICHIER
  kakiyo-desk export --table prospects [--query Q] [--campaign ID]
                     [--qualification Q] [--status N] [--city C] [--country C]
                     [--has-responded] [--paused] [--limit N] --format csv -o FICHIER
  Chaque export accepte aussi --workspace NOM|ID : seules les données de cet espace client.
""",
"""Usage:
  kakiyo-desk export --chart NAME [--campaign ID] --format png|svg|pdf|csv [--scale 1|2|3] -o FILE
  kakiyo-desk export --report [--campaign ID] [--paper a4|letter] [--logo FILE] -o FILE.pdf
  Any export: --workspace NAME|ID for one client workspace's data only.

Connection: the stored key of the current profile, KAKIYO_API_KEY, --base-url URL, or --demo.

Charts:
""": """Utilisation :
  kakiyo-desk export --chart NOM [--campaign ID] --format png|svg|pdf|csv [--scale 1|2|3] -o FICHIER
  kakiyo-desk export --report [--campaign ID] [--paper a4|letter] [--logo FICHIER] -o FICHIER.pdf
  Tout export : --workspace NOM|ID pour les seules données d'un espace client.

Connexion : la clé enregistrée du profil courant, KAKIYO_API_KEY, --base-url URL, ou --demo.

Graphiques :
""",
}
