<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AlertEngine</name>
        <message>
            <location filename="../../models/live/AlertEngine.cpp" line="+63" />
            <source>Agent %1 needs attention (%2)</source>
            <translation>L’agent %1 demande votre attention (%2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The agent cannot work until this is resolved.</source>
            <translation>L’agent ne peut pas travailler tant que ce n’est pas réglé.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Campaign %1 sent nothing for %2 h</source>
            <translation>La campagne %1 n’a rien envoyé depuis %2 h</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Campaign %1 completed</source>
            <translation>Campagne %1 terminée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 prospects, %2 qualified.</source>
            <translation>%1 prospects, %2 qualifiés.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 replied</source>
            <translation>%1 a répondu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the conversation to answer.</source>
            <translation>Ouvrez la conversation pour répondre.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is qualified</source>
            <translation>%1 est qualifié</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time to take over the conversation.</source>
            <translation>À vous de reprendre la conversation.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Out of credits</source>
            <translation>Plus de crédits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The API answered 402: Kakiyo pauses the team's agents until credits are added.</source>
            <translation>L’API a répondu 402 : Kakiyo met en pause les agents de l’équipe jusqu’à l’ajout de crédits.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Credits are running low</source>
            <translation>Les crédits s’épuisent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 credits left: about %2 days at the current pace.</source>
            <translation>%1 crédits restants : environ %2 jours au rythme actuel.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 credits left, below 20 % of %2.</source>
            <translation>%1 crédits restants, moins de 20 % de %2.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Webhook %1 is disabled</source>
            <translation>Le webhook %1 est désactivé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deliveries stopped after repeated failures; fix the endpoint and re-enable it.</source>
            <translation>Les envois se sont arrêtés après des échecs répétés ; réparez l’adresse de réception puis réactivez-le.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Webhook %1 is failing</source>
            <translation>Le webhook %1 échoue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 failed deliveries since the last check.</source>
            <translation>%1 envois en échec depuis la dernière vérification.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Likely reason: the campaign has no agent.</source>
            <translation>Raison probable : la campagne n’a pas d’agent.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Likely reason: agent %1 is restricted or needs attention (%2).</source>
            <translation>Raison probable : l’agent %1 est restreint ou demande votre attention (%2).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Likely reason: agent %1 is %2.</source>
            <translation>Raison probable : l’agent %1 est dans l’état %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Likely reason: agent %1 reached its daily message limit.</source>
            <translation>Raison probable : l’agent %1 a atteint sa limite quotidienne de messages.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Likely reason: outside agent %1's working hours.</source>
            <translation>Raison probable : en dehors des heures de travail de l’agent %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Likely reason: out of prospects — add leads to the campaign.</source>
            <translation>Raison probable : plus de prospects — ajoutez des leads à la campagne.</translation>
        </message>
    </context>
    <context>
        <name>AlertInbox</name>
        <message>
            <location filename="../../models/live/AlertInbox.cpp" line="+233" />
            <source>Open the campaign to see its new prospects.</source>
            <translation>Ouvrez la campagne pour voir ses nouveaux prospects.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Into campaign %1.</source>
            <translation>Dans la campagne %1.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Import finished: %1 added, %2 skipped</source>
            <translation>Import terminé : %1 ajoutés, %2 ignorés</translation>
        </message>
    </context>
    <context>
        <name>AlertNotifier</name>
        <message numerus="yes">
            <location filename="../../models/live/AlertNotifier.cpp" line="+71" />
            <source>and %n more</source>
            <translation>
                <numerusform>et %n autre</numerusform>
                <numerusform>et %n autres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n new alert(s)</source>
            <translation>
                <numerusform>%n nouvelle alerte</numerusform>
                <numerusform>%n nouvelles alertes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Kakiyo Desk</source>
            <translation>Kakiyo Desk</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
    </context>
    <context>
        <name>Autostart</name>
        <message>
            <location filename="../../models/live/Autostart.cpp" line="+44" />
            <source>Watches your Kakiyo team</source>
            <translation>Surveille votre équipe Kakiyo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot remove %1</source>
            <translation>Impossible de supprimer %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot create %1</source>
            <translation>Impossible de créer %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot save %1: %2</source>
            <translation>Impossible d’enregistrer %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>AwaySummary</name>
        <message numerus="yes">
            <location filename="../../models/live/AwaySummary.cpp" line="+20" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+37" />
            <source>%n prospect(s) replied</source>
            <translation>
                <numerusform>%n prospect a répondu</numerusform>
                <numerusform>%n prospects ont répondu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n newly qualified</source>
            <translation>
                <numerusform>%n nouvellement qualifié</numerusform>
                <numerusform>%n nouvellement qualifiés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n agent(s) need attention</source>
            <translation>
                <numerusform>%n agent demande votre attention</numerusform>
                <numerusform>%n agents demandent votre attention</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n campaign(s) completed</source>
            <translation>
                <numerusform>%n campagne terminée</numerusform>
                <numerusform>%n campagnes terminées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n other alert(s)</source>
            <translation>
                <numerusform>%n autre alerte</numerusform>
                <numerusform>%n autres alertes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing changed since you were away (%1).</source>
            <translation>Rien n’a changé pendant votre absence (%1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Since you were away (%1): %2.</source>
            <translation>Pendant votre absence (%1) : %2.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../../app/ExportCommand.cpp" line="+322" />
            <source>  kakiyo-desk export --chart NAME|--report [--campaign ID] --format png|svg|pdf|csv
                     [--scale N] [--paper a4|letter] -o FILE
                     [--profile NAME] [--base-url URL] [--demo]
  kakiyo-desk export --report [--logo FILE] [--paper a4|letter] -o FILE.pdf
  kakiyo-desk export --table campaigns|agents|senders|dnc --format csv -o FILE
  kakiyo-desk export --table prospects [--query Q] [--campaign ID]
                     [--qualification Q] [--status N] [--city C] [--country C]
                     [--has-responded] [--paused] [--limit N] --format csv -o FILE
  Every export also takes --workspace NAME|ID: only that client workspace's data.
</source>
            <translation>  kakiyo-desk export --chart NOM|--report [--campaign ID]
                     --format png|svg|pdf|csv [--scale N] [--paper a4|letter] -o FICHIER
                     [--profile NOM] [--base-url URL] [--demo]
  kakiyo-desk export --report [--logo FICHIER] [--paper a4|letter] -o FICHIER.pdf
  kakiyo-desk export --table campaigns|agents|senders|dnc --format csv -o FICHIER
  kakiyo-desk export --table prospects [--query Q] [--campaign ID]
                     [--qualification Q] [--status N] [--city C] [--country C]
                     [--has-responded] [--paused] [--limit N] --format csv -o FICHIER
  Chaque export accepte aussi --workspace NOM|ID : seules les données de cet espace client.
</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+7" />
            <source>Usage:</source>
            <translation>Utilisation :</translation>
        </message>
        <message>
            <location filename="../../app/ImportCommand.cpp" line="+192" />
            <source>Usage: kakiyo-desk import FILE.csv --campaign ID | --round-robin ID,ID[,...] [options]

Validates a CSV of prospects offline, prints the plan (valid and rejected rows, batch
calls, credits, least time under the rate limits), then imports it in batches of 100.
An interrupted import of the same file to the same target resumes where it stopped.

  --campaign ID             all rows to one campaign
  --round-robin ID,ID,...   spread the rows over 2 or more campaigns by workload
  --map KEY=COL,...         override the detected columns; keys: name, first, last,
                            url, custom (a column or a {Col} - {Col} template)
  --skip-dnc FILE           leave out rows whose profile is on this local Do Not
                            Contact list (one URL per line, or a CSV with a URL column
                            such as the DNC page's export); checked offline
  --dry-run                 validate and print the plan; send nothing
  --report FILE             write the per-row report as CSV
  --journal FILE            the import journal (default: the app's data folder)
  --profile NAME, --base-url URL   connect like the window

Exit 0 when every row got an answer about its data, 1 otherwise, 2 for a wrong
command line or an unreadable file.
</source>
            <translation>Utilisation : kakiyo-desk import FICHIER.csv --campaign ID
              | --round-robin ID,ID[,...] [options]

Valide hors ligne un CSV de prospects, affiche le plan (lignes valides et
rejetées, appels groupés, crédits, durée minimale avec les limites de débit),
puis l’importe par lots de 100. Un import interrompu du même fichier vers la
même cible reprend là où il s’est arrêté.

  --campaign ID             toutes les lignes vers une campagne
  --round-robin ID,ID,...   répartir les lignes sur 2 campagnes ou plus selon
                            leur charge
  --map CLÉ=COL,...         remplacer les colonnes détectées ; clés : name,
                            first, last, url, custom (une colonne ou un modèle
                            {Col} - {Col})
  --skip-dnc FICHIER        écarter les lignes dont le profil figure sur cette
                            liste locale « Ne pas contacter » (une URL par
                            ligne, ou un CSV avec une colonne d’URL, comme
                            l’export de la page DNC) ; vérifié hors ligne
  --dry-run                 valider et afficher le plan ; ne rien envoyer
  --report FICHIER          écrire le rapport ligne par ligne en CSV
  --journal FICHIER         le journal d’import (par défaut : le dossier de
                            données de l’application)
  --profile NOM, --base-url URL   se connecter comme la fenêtre

Code de sortie 0 quand chaque ligne a reçu une réponse sur ses données,
1 sinon, 2 pour une ligne de commande incorrecte ou un fichier illisible.
</translation>
        </message>
        <message>
            <location filename="../../app/KeyCommand.cpp" line="+216" />
            <location filename="../../app/LaunchOptions.cpp" line="+181" />
            <source>key: say what to do: set, status or remove</source>
            <translation>key : indiquez l’action : set, status ou remove</translation>
        </message>
        <message>
            <location filename="../../app/LaunchOptions.cpp" line="-162" />
            <location line="+4" />
            <source>%1 needs a value</source>
            <translation>%1 attend une valeur</translation>
        </message>
        <message>
            <location line="+15" />
            <source>--base-url: "%1" is not a URL (expected e.g. https://api.kakiyo.com/v1)</source>
            <translation>--base-url : « %1 » n’est pas une URL (attendu par exemple https://api.kakiyo.com/v1)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--base-url: only http and https URLs are supported</source>
            <translation>--base-url : seules les URL http et https sont prises en charge</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--base-url: credentials do not belong in the URL</source>
            <translation>--base-url : les identifiants n’ont pas leur place dans l’URL</translation>
        </message>
        <message>
            <location line="+74" />
            <source>--profile: "%1" is not a valid profile name (letters, digits, space, . - _; at most 64)</source>
            <translation>--profile : « %1 » n’est pas un nom de profil valide (lettres, chiffres, espace, . - _ ; 64 au plus)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>unknown option %1</source>
            <translation>option inconnue %1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>key: unknown action "%1" (expected set, status or remove)</source>
            <translation>key : action inconnue « %1 » (attendu : set, status ou remove)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>key: unexpected argument; the key is read from standard input, never from the command line</source>
            <translation>key : argument inattendu ; la clé est lue sur l’entrée standard, jamais sur la ligne de commande</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unknown command "%1"</source>
            <translation>commande inconnue « %1 »</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--new-campaign and --import-leads only apply to the window</source>
            <translation>--new-campaign et --import-leads ne s’appliquent qu’à la fenêtre</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--demo only applies to the window, export and import (the demo's key is never stored)</source>
            <translation>--demo ne s’applique qu’à la fenêtre, à export et à import (la clé de la démo n’est jamais enregistrée)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--demo and --base-url cannot be combined: the demo runs its own local server</source>
            <translation>--demo et --base-url ne peuvent pas être combinés : la démo utilise son propre serveur local</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--demo and --profile cannot be combined: the demo has its own profile</source>
            <translation>--demo et --profile ne peuvent pas être combinés : la démo a son propre profil</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Usage:
  kakiyo-desk [--demo] [--profile NAME] [--base-url URL]
              [--new-campaign | --import-leads]
      Open the window. --demo starts a local kakiyo-sandbox with a seeded team and
      connects to it (no key, no network). --profile picks a saved profile;
      --base-url overrides the API address (https, or http on loopback).
      --new-campaign and --import-leads open the new-campaign dialog or the lead
      import wizard as soon as the window is connected.
  kakiyo-desk key set|status|remove [--profile NAME] [--base-url URL]
      Manage the API key of a profile; `key set` reads the key from standard input.
  kakiyo-desk export --chart NAME|--report [--campaign ID] --format png|svg|pdf|csv
                     [--scale N] -o FILE
  kakiyo-desk export --table prospects [filters] [--limit N] --format csv -o FILE
      Export a chart, the PDF report or the prospect table without the window
      (`kakiyo-desk export --help` lists the charts and filters). Connects like the
      window: --demo, --profile, --base-url; KAKIYO_API_KEY is used for the run only.
  kakiyo-desk import FILE.csv --campaign ID | --round-robin ID,ID[,...]
                     [--map name=COL,url=COL,custom=COL] [--skip-dnc FILE] [--dry-run]
                     [--report FILE] [--journal FILE] [--profile NAME] [--base-url URL]
      Validate a CSV of prospects, show the plan, then import it (resumes an
      interrupted run of the same file and target). Exit 0 when every row got an
      answer about its data, 1 otherwise, 2 for a wrong command line.
      (`kakiyo-desk import --help` lists the options.)
  kakiyo-desk --help | --version

Headless commands are bounded: a request not fully answered within KAKIYO_TIMEOUT
seconds (default 60) is given up, an export stops when a page takes longer, an
import stops after 10 x KAKIYO_TIMEOUT without progress (run it again to resume).
Ctrl-C or SIGTERM stops any command at once and writes no partial file. An export
whose server contradicts itself keeps the rows served and exits 1.
</source>
            <translation>Utilisation :
  kakiyo-desk [--demo] [--profile NOM] [--base-url URL]
              [--new-campaign | --import-leads]
      Ouvre la fenêtre. --demo lance une kakiyo-sandbox locale avec une équipe
      préremplie et s’y connecte (sans clé ni réseau). --profile choisit un
      profil enregistré ; --base-url remplace l’adresse de l’API (https, ou
      http en boucle locale). --new-campaign et --import-leads ouvrent la
      boîte de dialogue de nouvelle campagne ou l’assistant d’import de
      prospects dès que la fenêtre est connectée.
  kakiyo-desk key set|status|remove [--profile NOM] [--base-url URL]
      Gère la clé API d’un profil ; `key set` lit la clé sur l’entrée standard.
  kakiyo-desk export --chart NOM|--report [--campaign ID]
                     --format png|svg|pdf|csv [--scale N] -o FICHIER
  kakiyo-desk export --table prospects [filtres] [--limit N] --format csv
                     -o FICHIER
      Exporte un graphique, le rapport PDF ou le tableau des prospects sans la
      fenêtre (`kakiyo-desk export --help` liste les graphiques et les
      filtres). Se connecte comme la fenêtre : --demo, --profile, --base-url ;
      KAKIYO_API_KEY ne sert que pour cette exécution.
  kakiyo-desk import FICHIER.csv --campaign ID | --round-robin ID,ID[,...]
                     [--map name=COL,url=COL,custom=COL] [--skip-dnc FICHIER]
                     [--dry-run] [--report FICHIER] [--journal FICHIER]
                     [--profile NOM] [--base-url URL]
      Valide un CSV de prospects, affiche le plan, puis l’importe (reprend une
      exécution interrompue du même fichier vers la même cible). Code de sortie
      0 quand chaque ligne a reçu une réponse sur ses données, 1 sinon, 2 pour
      une ligne de commande incorrecte.
      (`kakiyo-desk import --help` liste les options.)
  kakiyo-desk --help | --version

Les commandes sans fenêtre sont bornées : une requête sans réponse complète
dans un délai de KAKIYO_TIMEOUT secondes (60 par défaut) est abandonnée, un
export s’arrête quand une page prend plus de temps, un import s’arrête après
10 x KAKIYO_TIMEOUT sans progression (relancez-le pour le reprendre). Ctrl-C
ou SIGTERM arrête toute commande immédiatement et n’écrit aucun fichier
partiel. Un export dont le serveur se contredit conserve les lignes reçues et
se termine avec le code 1.
</translation>
        </message>
        <message>
            <location line="+38" />
            <source>  kakiyo-desk watch [--once] [--json] [--workspace ID]: print new and current
      alerts (exit 3 when something is new; `kakiyo-desk watch --help`).
</source>
            <translation>  kakiyo-desk watch [--once] [--json] [--workspace ID] : affiche les alertes
      nouvelles et en cours (sortie 3 s’il y a du nouveau ; `kakiyo-desk watch --help`).
</translation>
        </message>
    </context>
    <context>
        <name>DncBatchLine</name>
        <message>
            <location filename="../../models/import/DncBatchPlan.cpp" line="+15" />
            <source>Will be added</source>
            <translation>Sera ajouté</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invalid: %1</source>
            <translation>Non valide : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Duplicate of line %1</source>
            <translation>Doublon de la ligne %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Already on the list since %1</source>
            <translation>Déjà sur la liste depuis le %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Already on the list</source>
            <translation>Déjà sur la liste</translation>
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <location filename="../../models/LibraryListModel.h" line="+110" />
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>LoadFailure</name>
        <message>
            <location filename="../../models/jobs/LoadFailure.h" line="+22" />
            <source>The %1 answer was not understood (%2)</source>
            <translation>La réponse %1 n’a pas été comprise (%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Could not load the %1: %2</source>
            <translation>Impossible de charger %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>ProspectColumns</name>
        <message>
            <location filename="../../models/ProspectColumns.cpp" line="+15" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Headline</source>
            <translation>Titre du profil</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Job title</source>
            <translation>Poste</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Qualification</source>
            <translation>Qualification</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last activity</source>
            <translation>Dernière activité</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Location</source>
            <translation>Localisation</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 (paused)</source>
            <translation>%1 (en pause)</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <location filename="../../ui/agents/AgentsPage.cpp" line="+64" />
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <location filename="../../ui/charts/AnalyticsCharts.cpp" line="+16" />
            <source>Campaign comparison</source>
            <translation>Comparaison des campagnes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>one bar per campaign for a chosen metric (team overview)</source>
            <translation>une barre par campagne pour l’indicateur choisi (vue d’ensemble de l’équipe)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Acceptance rate</source>
            <translation>Taux d’acceptation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>invitations accepted ÷ sent, the team and each campaign</source>
            <translation>invitations acceptées ÷ envoyées, pour l’équipe et chaque campagne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Acceptance by sender</source>
            <translation>Acceptation par expéditeur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>acceptance rate per sender (LinkedIn account)</source>
            <translation>taux d’acceptation par expéditeur (compte LinkedIn)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reply activity</source>
            <translation>Activité des réponses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>prospects' last replies by weekday and hour, as a shaded grid</source>
            <translation>dernières réponses des prospects par jour de la semaine et par heure, en grille ombrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recent activity</source>
            <translation>Activité récente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>messages and qualified prospects, last 24 hours and last week</source>
            <translation>messages et prospects qualifiés, dernières 24 heures et dernière semaine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team trend</source>
            <translation>Tendance de l’équipe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>messages, replies and qualified (left axis) and response and conversion rates (right axis, %) per stored daily snapshot</source>
            <translation>messages, réponses et qualifiés (axe de gauche), taux de réponse et de conversion (axe de droite, %) par instantané quotidien enregistré</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Daily activity</source>
            <translation>Activité quotidienne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>messages, responses and qualified per day of one campaign</source>
            <translation>messages, réponses et qualifiés par jour pour une campagne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status funnel</source>
            <translation>Entonnoir des statuts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pending → contacted → responded → qualified → closed, with stage conversion</source>
            <translation>en attente → contacté → a répondu → qualifié → clos, avec la conversion par étape</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Qualification breakdown</source>
            <translation>Répartition des qualifications</translation>
        </message>
        <message>
            <location line="+1" />
            <source>qualified, pending and disqualified prospects of one campaign</source>
            <translation>prospects qualifiés, en attente et disqualifiés d’une campagne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>messages, responses and qualified of one campaign in the last 7 days</source>
            <translation>messages, réponses et qualifiés d’une campagne sur les 7 derniers jours</translation>
        </message>
        <message>
            <location line="+19" />
            <source> (needs --campaign)</source>
            <translation> (nécessite --campaign)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>No campaigns yet</source>
            <translation>Aucune campagne pour l’instant</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+1" />
            <source>Metric to compare</source>
            <translation>Indicateur à comparer</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No invitations yet</source>
            <translation>Aucune invitation pour l’instant</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No senders yet</source>
            <translation>Aucun expéditeur pour l’instant</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No replies with a time yet</source>
            <translation>Aucune réponse horodatée pour l’instant</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No trend yet: a snapshot is kept each day you refresh, and a trend needs two days</source>
            <translation>Pas encore de tendance : un instantané est conservé chaque jour où vous actualisez, et une tendance en nécessite deux</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No daily activity yet</source>
            <translation>Aucune activité quotidienne pour l’instant</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A quiet week: no messages, responses or qualified prospects in this campaign in the last 7 days</source>
            <translation>Semaine calme : aucun message, aucune réponse ni aucun prospect qualifié dans cette campagne sur les 7 derniers jours</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a campaign to see this chart</source>
            <translation>Choisissez une campagne pour afficher ce graphique</translation>
        </message>
        <message>
            <location filename="../../ui/charts/ChartExporter.cpp" line="+86" />
            <source>Could not write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <location line="+83" />
            <source>Kakiyo Desk chart</source>
            <translation>Graphique Kakiyo Desk</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Unknown export format</source>
            <translation>Format d’export inconnu</translation>
        </message>
        <message>
            <location line="+7" />
            <source>PNG scale must be 1, 2 or 3 (got %1)</source>
            <translation>L’échelle PNG doit être 1, 2 ou 3 (reçu : %1)</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+17" />
            <location line="+7" />
            <source>There is no chart to export</source>
            <translation>Aucun graphique à exporter</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Could not encode the PNG image</source>
            <translation>Impossible d’encoder l’image PNG</translation>
        </message>
        <message>
            <location line="+26" />
            <source>There is no chart to copy</source>
            <translation>Aucun graphique à copier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No clipboard is available</source>
            <translation>Aucun presse-papiers n’est disponible</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Chart copied to the clipboard</source>
            <translation>Graphique copié dans le presse-papiers</translation>
        </message>
        <message>
            <location line="+6" />
            <source>There is no chart to print</source>
            <translation>Aucun graphique à imprimer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printing cancelled</source>
            <translation>Impression annulée</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The printer could not be started</source>
            <translation>L’imprimante n’a pas pu être démarrée</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Chart sent to the printer</source>
            <translation>Graphique envoyé à l’imprimante</translation>
        </message>
        <message>
            <location line="+40" />
            <source>No output file was given</source>
            <translation>Aucun fichier de sortie n’a été indiqué</translation>
        </message>
        <message>
            <location line="+3" />
            <source>it is a folder</source>
            <translation>c’est un dossier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the folder does not exist</source>
            <translation>le dossier n’existe pas</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Wrote %1 (%2 bytes)</source>
            <translation>%1 écrit (%2 octets)</translation>
        </message>
        <message>
            <location filename="../../ui/charts/PrintPrompt.cpp" line="+21" />
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <location filename="../../ui/library/FormErrors.cpp" line="+102" />
            <source>Kakiyo rejected the input; correct the fields marked in red and try again.</source>
            <translation>Kakiyo a refusé la saisie ; corrigez les champs signalés en rouge et réessayez.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/ErrorNotice.cpp" line="+20" />
            <source>Kakiyo did not accept the API key (%1). Enter a valid key to continue.</source>
            <translation>Kakiyo n’a pas accepté la clé API (%1). Saisissez une clé valide pour continuer.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Re-enter key…</source>
            <translation>Saisir à nouveau la clé…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The team's Kakiyo subscription is inactive, so the API refuses every call. Renew it in the Kakiyo dashboard.</source>
            <translation>L’abonnement Kakiyo de l’équipe est inactif : l’API refuse donc tous les appels. Renouvelez-le dans le tableau de bord Kakiyo.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+7" />
            <source>Open billing page</source>
            <translation>Ouvrir la page de facturation</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Out of credits: the API answered 402 and Kakiyo pauses the team's agents at zero credits. Background work is stopped until credits are added.</source>
            <translation>Crédits épuisés : l’API a répondu 402 et Kakiyo met en pause les agents de l’équipe à zéro crédit. Les tâches de fond sont arrêtées jusqu’à l’ajout de crédits.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rate limit reached: Kakiyo asked us to slow down. Retrying in %1 s.</source>
            <translation>Limite de débit atteinte : Kakiyo demande de ralentir. Nouvel essai dans %1 s.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retry now</source>
            <translation>Réessayer maintenant</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Kakiyo cannot be reached (%1). Check the connection and retry.</source>
            <translation>Kakiyo est injoignable (%1). Vérifiez la connexion et réessayez.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+6" />
            <location line="+7" />
            <location line="+8" />
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Kakiyo did not answer in time. The service may be slow; retry in a moment.</source>
            <translation>Kakiyo n’a pas répondu à temps. Le service est peut-être lent ; réessayez dans un instant.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Kakiyo had a problem answering (HTTP %1). This is usually temporary.</source>
            <translation>Kakiyo a rencontré un problème pour répondre (HTTP %1). C’est généralement temporaire.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Kakiyo sent an answer we could not read (%1). Retrying usually helps.</source>
            <translation>Kakiyo a envoyé une réponse illisible (%1). Réessayer suffit généralement.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The secure connection to Kakiyo failed (%1). Nothing was sent.</source>
            <translation>La connexion sécurisée à Kakiyo a échoué (%1). Rien n’a été envoyé.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Kakiyo refused this: %1</source>
            <translation>Kakiyo a refusé : %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Manage keys…</source>
            <translation>Gérer les clés…</translation>
        </message>
        <message>
            <location filename="../../models/api/ApiError.cpp" line="+74" />
            <source>Kakiyo did not accept the API key; enter a valid key in the profile settings.</source>
            <translation>Kakiyo n’a pas accepté la clé API ; saisissez une clé valide dans les réglages du profil.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The team's Kakiyo subscription is inactive; renew it in the Kakiyo dashboard to use the API again.</source>
            <translation>L’abonnement Kakiyo de l’équipe est inactif ; renouvelez-le dans le tableau de bord Kakiyo pour utiliser à nouveau l’API.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kakiyo refused this action for your team (not your resource or a plan limit reached); check the plan or pick another item.</source>
            <translation>Kakiyo a refusé cette action pour votre équipe (ressource d’une autre équipe ou limite de l’offre atteinte) ; vérifiez l’offre ou choisissez un autre élément.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The team is out of credits and Kakiyo pauses agents at zero; top up credits in the Kakiyo dashboard, then resume.</source>
            <translation>L’équipe n’a plus de crédits et Kakiyo met les agents en pause à zéro ; rechargez les crédits dans le tableau de bord Kakiyo, puis reprenez.</translation>
        </message>
        <message>
            <location line="-65" />
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <location line="+69" />
            <source>Kakiyo's rate limit was reached and it asked for an implausible wait (%1 s); the call was given up, try again later.</source>
            <translation>La limite de débit de Kakiyo est atteinte et Kakiyo a demandé une attente invraisemblable (%1 s) ; l’appel a été abandonné, réessayez plus tard.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kakiyo's rate limit was reached; it asks to wait %1 before the next call, then try again.</source>
            <translation>La limite de débit de Kakiyo est atteinte ; Kakiyo demande d’attendre %1 avant l’appel suivant, puis réessayez.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kakiyo's rate limit was reached; wait a minute and try again.</source>
            <translation>La limite de débit de Kakiyo est atteinte ; patientez une minute puis réessayez.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kakiyo rejected the input (%1: %2); correct it and try again.</source>
            <translation>Kakiyo a refusé la saisie (%1 : %2) ; corrigez-la et réessayez.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kakiyo rejected the request as invalid; correct the input and try again.</source>
            <translation>Kakiyo a jugé la requête non valide ; corrigez la saisie et réessayez.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The item no longer exists on Kakiyo; refresh the list.</source>
            <translation>L’élément n’existe plus sur Kakiyo ; actualisez la liste.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The item is busy or already exists on Kakiyo; refresh and try again later.</source>
            <translation>L’élément est occupé ou existe déjà sur Kakiyo ; actualisez et réessayez plus tard.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kakiyo had a server problem; try again in a few minutes.</source>
            <translation>Kakiyo a rencontré un problème de serveur ; réessayez dans quelques minutes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kakiyo could not be reached; check the internet connection and try again.</source>
            <translation>Kakiyo est injoignable ; vérifiez la connexion internet et réessayez.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kakiyo took too long to answer; try again, or later if it keeps happening.</source>
            <translation>Kakiyo a mis trop de temps à répondre ; réessayez, ou plus tard si le problème persiste.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The secure connection to Kakiyo could not be verified; check the base URL and the system's certificates.</source>
            <translation>La connexion sécurisée à Kakiyo n’a pas pu être vérifiée ; vérifiez l’URL de base et les certificats du système.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kakiyo sent an answer this version cannot read; try again, and update Kakiyo Desk if it persists.</source>
            <translation>Kakiyo a envoyé une réponse que cette version ne sait pas lire ; réessayez, et mettez Kakiyo Desk à jour si le problème persiste.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The request was cancelled; start it again if you still need it.</source>
            <translation>La requête a été annulée ; relancez-la si vous en avez encore besoin.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The connection settings are unusable (%1); fix them in the profile settings.</source>
            <translation>Les paramètres de connexion sont inutilisables (%1) ; corrigez-les dans les réglages du profil.</translation>
        </message>
        <message>
            <location filename="../../models/jobs/ProspectExport.cpp" line="+216" />
            <location filename="../../models/live/JsonFile.cpp" line="+34" />
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../../models/live/JsonFile.cpp" line="+7" />
            <source>Cannot save %1: %2</source>
            <translation>Impossible d’enregistrer %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/live/JsonFile.cpp" line="-24" />
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/live/AlertInbox.cpp" line="-130" />
            <location filename="../../models/live/UnreadTracker.cpp" line="+66" />
            <source>Cannot create %1</source>
            <translation>Impossible de créer %1</translation>
        </message>
    </context>
    <context>
        <name>RefreshPlan</name>
        <message>
            <location filename="../../models/live/RefreshPlan.cpp" line="+96" />
            <source>auto-refresh off</source>
            <translation>actualisation automatique désactivée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>auto-refresh every %1 min · %2 calls/hour · %3 credits/day</source>
            <translation>actualisation automatique toutes les %1 min · %2 appels/heure · %3 crédits/jour</translation>
        </message>
    </context>
    <context>
        <name>ReportWriter</name>
        <message>
            <location filename="../../ui/charts/ReportWriter.cpp" line="+93" />
            <source>Kakiyo analytics report</source>
            <translation>Rapport d’analyse Kakiyo</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Kakiyo Desk analytics report</source>
            <translation>Rapport d’analyse Kakiyo Desk</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Page %1</source>
            <translation>Page %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Analytics report</source>
            <translation>Rapport d’analyse</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kakiyo team</source>
            <translation>Équipe Kakiyo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>all stored history</source>
            <translation>tout l’historique enregistré</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Period: %1</source>
            <translation>Période : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Figures of %1</source>
            <translation>Chiffres du %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Generated %1</source>
            <translation>Généré le %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Campaign: %1</source>
            <translation>Campagne : %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Key figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Connections made</source>
            <translation>Connexions établies</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <location line="+3" />
            <location line="+1" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Conversations in status 2–6</source>
            <translation>Conversations aux statuts 2 à 6</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invitations sent</source>
            <translation>Invitations envoyées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conversations in status 1–6</source>
            <translation>Conversations aux statuts 1 à 6</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+52" />
            <location line="+65" />
            <source>Acceptance rate</source>
            <translation>Taux d’acceptation</translation>
        </message>
        <message>
            <location line="-117" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Metric</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change</source>
            <translation>Évolution</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Formula</source>
            <translation>Formule</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Change: since the stored snapshot of %1.</source>
            <translation>Évolution : depuis l’instantané enregistré du %1.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Campaigns (continued)</source>
            <translation>Campagnes (suite)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>No campaigns yet.</source>
            <translation>Aucune campagne pour l’instant.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Acceptance rate (continued)</source>
            <translation>Taux d’acceptation (suite)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Senders</source>
            <translation>Expéditeurs</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Senders (continued)</source>
            <translation>Expéditeurs (suite)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No agents yet.</source>
            <translation>Aucun agent pour l’instant.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Definitions</source>
            <translation>Définitions</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Senders: ceilings</source>
            <translation>Expéditeurs : plafonds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LinkedIn's guidance: at most %1 invitations a day and about %2 a month per account. A sender above either, or configured so that it would be, is marked. Rates from fewer than %3 prospects are greyed: too few to compare.</source>
            <translation>Recommandation de LinkedIn : au plus %1 invitations par jour et environ %2 par mois et par compte. Un expéditeur au-dessus de l’un ou l’autre, ou configuré pour l’être, est signalé. Les taux calculés sur moins de %3 prospects sont grisés : trop peu pour comparer.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Status funnel: reached stage</source>
            <translation>Entonnoir des statuts : étape atteinte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status funnel: conversion</source>
            <translation>Entonnoir des statuts : conversion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rates</source>
            <translation>Taux</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Percentages as reported by the Kakiyo API, two decimals. Changes of rates are in percentage points (pts).</source>
            <translation>Pourcentages tels que fournis par l’API Kakiyo, à deux décimales. Les évolutions des taux sont exprimées en points de pourcentage (pts).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Snapshots</source>
            <translation>Instantanés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kakiyo Desk keeps one copy of the team overview per day it is refreshed; trends and period comparisons are drawn from these copies without extra API calls.</source>
            <translation>Kakiyo Desk conserve une copie de la vue d’ensemble de l’équipe pour chaque jour où elle est actualisée ; les tendances et les comparaisons de périodes sont établies à partir de ces copies, sans appel supplémentaire à l’API.</translation>
        </message>
    </context>
    <context>
        <name>SettingsCommand</name>
        <message>
            <location filename="../../app/SettingsCommand.cpp" line="+24" />
            <source>Settings…</source>
            <translation>Réglages…</translation>
        </message>
    </context>
    <context>
        <name>UiLanguage</name>
        <message>
            <location filename="../../ui/settings/UiLanguage.cpp" line="+31" />
            <source>System default</source>
            <translation>Langue du système</translation>
        </message>
    </context>
    <context>
        <name>WatchCommand</name>
        <message>
            <location filename="../../app/WatchCommand.cpp" line="+56" />
            <source>--workspace needs a value</source>
            <translation>--workspace attend une valeur</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--interval expects minutes between 1 and 1440</source>
            <translation>--interval attend un nombre de minutes entre 1 et 1440</translation>
        </message>
        <message>
            <location line="+3" />
            <source>watch: unknown argument %1</source>
            <translation>watch : argument inconnu %1</translation>
        </message>
        <message numerus="yes">
            <location line="+31" />
            <source>%n new since the last watch</source>
            <translation>
                <numerusform>%n nouveauté depuis la dernière surveillance</numerusform>
                <numerusform>%n nouveautés depuis la dernière surveillance</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n current alert(s)</source>
            <translation>
                <numerusform>%n alerte en cours</numerusform>
                <numerusform>%n alertes en cours</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>Usage: kakiyo-desk watch [--once] [--json] [--workspace ID] [--interval MIN]
                         [--demo | --profile NAME | --base-url URL]
  Refreshes the team (4 calls, 5 in a client workspace) and prints the alerts that
  are new since the last watch of this profile and workspace, then every current
  alert. --json prints one JSON object per refresh. Without --once it keeps
  watching every --interval minutes (default: 15 where calls are free, 60 where
  they cost credits) until interrupted, and shows new alerts as desktop
  notifications (at most one a minute). Exit: 0 nothing new, 3 something new,
  1 failure, 2 wrong command line. Calls spent are written to stderr.
</source>
            <translation>Utilisation : kakiyo-desk watch [--once] [--json] [--workspace ID] [--interval MIN]
                         [--demo | --profile NOM | --base-url URL]
  Actualise l’équipe (4 appels, 5 dans un espace de travail client) et affiche les
  alertes nouvelles depuis la dernière surveillance de ce profil et de cet espace de
  travail, puis toutes les alertes en cours. --json affiche un objet JSON par
  actualisation. Sans --once, la surveillance continue toutes les --interval minutes
  (par défaut : 15 là où les appels sont gratuits, 60 là où ils coûtent des crédits)
  jusqu’à interruption, et
  les nouvelles alertes s’affichent en notifications du bureau (une par minute au plus).
  Sortie : 0 rien de nouveau, 3 du nouveau, 1 échec, 2 ligne de commande erronée.
  Les appels dépensés sont écrits sur la sortie d’erreur.
</translation>
        </message>
        <message>
            <location line="+74" />
            <source>watch: %1 calls (at most %2 per refresh)</source>
            <translation>watch : %1 appels (au plus %2 par actualisation)</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceScope</name>
        <message>
            <location filename="../../models/api/WorkspaceScopeLookup.cpp" line="+66" />
            <source>The workspace %1 no longer exists on the server; choose another one.</source>
            <translation>L'espace de travail %1 n'existe plus sur le serveur ; choisissez-en un autre.</translation>
        </message>
        <message>
            <location line="+77" />
            <source>The campaign %1 is not part of the workspace “%2”: switch to the workspace it belongs to, or to All (team).</source>
            <translation>La campagne %1 ne fait pas partie de l’espace de travail « %2 » : passez à l’espace de travail auquel elle appartient, ou à « Tous (équipe) ».</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The agent %1 is not assigned to the workspace “%2”: switch to the workspace it belongs to, or to All (team).</source>
            <translation>L’agent %1 n’est pas affecté à l’espace de travail « %2 » : passez à l’espace de travail auquel il appartient, ou à « Tous (équipe) ».</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The workspace “%1” has no agents assigned, so it has no campaigns, prospects or analytics yet. Assign agents to it on the Workspaces page.</source>
            <translation>L'espace de travail « %1 » n'a aucun agent attribué : il n'a donc encore ni campagnes, ni prospects, ni statistiques. Attribuez-lui des agents dans la page Espaces de travail.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing here belongs to the workspace “%1” (its agents' campaigns).</source>
            <translation>Rien ici n'appartient à l'espace de travail « %1 » (les campagnes de ses agents).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>In this client workspace the list shows the entries filed under the client's team and the agency's own entries, which protect every client; entries of other clients are hidden. New entries are filed under the agency's team.</source>
            <translation>Dans cet espace de travail client, la liste montre les entrées enregistrées pour l’équipe du client et celles de l’agence, qui protègent tous les clients ; les entrées des autres clients sont masquées. Les nouvelles entrées sont enregistrées pour l’équipe de l’agence.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The Library is the whole team's: offerings, prompts and AI models name no workspace, so every workspace shows the same Library.</source>
            <translation>La bibliothèque appartient à toute l’équipe : offres, prompts et modèles d’IA ne désignent aucun espace de travail, donc chaque espace de travail affiche la même bibliothèque.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ActivitySparkline</name>
        <message>
            <location filename="../../ui/campaigns/ActivitySparkline.cpp" line="+60" />
            <source>loading activity…</source>
            <translation>chargement de l’activité…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>activity unavailable</source>
            <translation>activité indisponible</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no activity yet</source>
            <translation>aucune activité pour l’instant</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Activity over %n day(s): %1 messages, %2 responses</source>
            <translation>
                <numerusform>Activité sur %n jour : %1 messages, %2 réponses</numerusform>
                <numerusform>Activité sur %n jours : %1 messages, %2 réponses</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&lt;span style="color:%1"&gt;■&lt;/span&gt; messages&amp;nbsp; &lt;span style="color:%2"&gt;■&lt;/span&gt; responses per day</source>
            <translation>&lt;span style="color:%1"&gt;■&lt;/span&gt; messages&amp;nbsp; &lt;span style="color:%2"&gt;■&lt;/span&gt; réponses par jour</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::AddProspectDialog</name>
        <message>
            <location filename="../../ui/prospects/AddProspectDialog.cpp" line="+33" />
            <source>This person is already in the campaign.</source>
            <translation>Cette personne est déjà dans la campagne.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person is on the Do Not Contact list, so Kakiyo skipped them.</source>
            <translation>Cette personne figure sur la liste « Ne pas contacter » ; Kakiyo l’a donc écartée.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kakiyo found the LinkedIn address invalid.</source>
            <translation>Kakiyo a jugé l’adresse LinkedIn invalide.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kakiyo could not read this LinkedIn profile.</source>
            <translation>Kakiyo n’a pas pu lire ce profil LinkedIn.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kakiyo did not add the prospect (status "%1").</source>
            <translation>Kakiyo n’a pas ajouté le prospect (statut « %1 »).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Add a prospect</source>
            <translation>Ajouter un prospect</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add this prospect</source>
            <translation>Ajouter ce prospect</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loading campaigns…</source>
            <translation>Chargement des campagnes…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Campaign</source>
            <translation>&amp;Campagne</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jane Doe</source>
            <translation>Jeanne Dupont</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Full &amp;name</source>
            <translation>&amp;Nom complet</translation>
        </message>
        <message>
            <location line="+4" />
            <source>LinkedIn profile URL</source>
            <translation>URL du profil LinkedIn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>linkedin.com/in/username</source>
            <translation>linkedin.com/in/identifiant</translation>
        </message>
        <message>
            <location line="+7" />
            <source>LinkedIn &amp;URL</source>
            <translation>&amp;URL LinkedIn</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Custom data for the prompts</source>
            <translation>Données personnalisées pour les prompts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional: anything the prompts may use as {{customData}}, e.g. where you met.</source>
            <translation>Facultatif : tout ce que les prompts peuvent utiliser comme {{customData}}, par exemple où vous vous êtes rencontrés.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Custom &amp;data</source>
            <translation>&amp;Données personnalisées</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Treat as an &amp;ongoing conversation (no invitation step)</source>
            <translation>Traiter comme une c&amp;onversation en cours (sans invitation)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ongoing conversation</source>
            <translation>Conversation en cours</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+11" />
            <source>%1 / %2 characters</source>
            <translation>%1 / %2 caractères</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Kakiyo is importing the prospect (%1)…</source>
            <translation>Kakiyo importe le prospect (%1)…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Choose a campaign</source>
            <translation>Choisissez une campagne</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The campaigns could not be loaded: %1</source>
            <translation>Les campagnes n’ont pas pu être chargées : %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A profile address such as linkedin.com/in/jane-doe.</source>
            <translation>Une adresse de profil comme linkedin.com/in/jane-doe.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sent as %1</source>
            <translation>Envoyé sous la forme %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>A LinkedIn profile URL is required.</source>
            <translation>Une URL de profil LinkedIn est requise.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose the campaign to add them to.</source>
            <translation>Choisissez la campagne à laquelle l’ajouter.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Sending…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not added</source>
            <translation>Non ajouté</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Accepted; Kakiyo is importing the prospect…</source>
            <translation>Accepté ; Kakiyo importe le prospect…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Kakiyo accepted the prospect, but its import status could not be read: %1</source>
            <translation>Kakiyo a accepté le prospect, mais l’état de son import n’a pas pu être lu : %1</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Kakiyo accepted the prospect but had not finished importing it after %n second(s) (status "%1"). It may still appear in the campaign; refresh the list later.</source>
            <translation>
                <numerusform>Kakiyo a accepté le prospect mais n’avait pas fini de l’importer après %n seconde (statut « %1 »). Il peut encore apparaître dans la campagne ; actualisez la liste plus tard.</numerusform>
                <numerusform>Kakiyo a accepté le prospect mais n’avait pas fini de l’importer après %n secondes (statut « %1 »). Il peut encore apparaître dans la campagne ; actualisez la liste plus tard.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>Added to the campaign.</source>
            <translation>Ajouté à la campagne.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Kakiyo finished the import without adding the prospect (status "%1").</source>
            <translation>Kakiyo a terminé l’import sans ajouter le prospect (statut « %1 »).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kakiyo says: %1</source>
            <translation>Kakiyo indique : %1</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::AgeText</name>
        <message>
            <location filename="../../ui/shell/AgeText.cpp" line="+10" />
            <source>not loaded yet</source>
            <translation>pas encore chargé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>updated just now</source>
            <translation>mis à jour à l’instant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>updated 1 min ago</source>
            <translation>mis à jour il y a 1 min</translation>
        </message>
        <message>
            <location line="+2" />
            <source>updated %1 min ago</source>
            <translation>mis à jour il y a %1 min</translation>
        </message>
        <message>
            <location line="+3" />
            <source>updated 1 h ago</source>
            <translation>mis à jour il y a 1 h</translation>
        </message>
        <message>
            <location line="+2" />
            <source>updated %1 h ago</source>
            <translation>mis à jour il y a %1 h</translation>
        </message>
        <message>
            <location line="+2" />
            <source>updated yesterday</source>
            <translation>mis à jour hier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>updated %1 days ago</source>
            <translation>mis à jour il y a %1 jours</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::AgentLimitsDialog</name>
        <message>
            <location filename="../../ui/agents/AgentLimitsDialog.cpp" line="+55" />
            <source>Edit agent — %1</source>
            <translation>Modifier l’agent — %1</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Minimum invitations per day</source>
            <translation>Invitations minimum par jour</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Maximum invitations per day</source>
            <translation>Invitations maximum par jour</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Minimum messages per day</source>
            <translation>Messages minimum par jour</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Maximum messages per day</source>
            <translation>Messages maximum par jour</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Invitations per day</source>
            <translation>&amp;Invitations par jour</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+10" />
            <location line="+26" />
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <location line="-35" />
            <location line="+10" />
            <source>The minimum</source>
            <translation>Le minimum</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+10" />
            <source>The maximum</source>
            <translation>Le maximum</translation>
        </message>
        <message>
            <location line="-6" />
            <source>⚠ More than %1 invitations a day puts the LinkedIn account at risk; Kakiyo recommends staying at or below %1.</source>
            <translation>⚠ Plus de %1 invitations par jour mettent le compte LinkedIn en danger ; Kakiyo recommande de ne pas dépasser %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Messages per day</source>
            <translation>&amp;Messages par jour</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Working &amp;days</source>
            <translation>&amp;Jours ouvrés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Working days</source>
            <translation>Jours ouvrés</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Working hours start</source>
            <translation>Début des heures de travail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Working hours end</source>
            <translation>Fin des heures de travail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Working &amp;hours</source>
            <translation>&amp;Heures de travail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The start</source>
            <translation>Le début</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The end</source>
            <translation>La fin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 (set in the Kakiyo dashboard)</source>
            <translation>%1 (défini dans le tableau de bord Kakiyo)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Timezone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Don't message people already in the network</source>
            <translation>Ne pas écrire aux personnes déjà dans le réseau</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only send invitations (no follow-up messages)</source>
            <translation>Envoyer uniquement des invitations (pas de relances)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+65" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="-63" />
            <source>Save the agent's limits, hours and settings</source>
            <translation>Enregistrer les limites, les horaires et les réglages de l’agent</translation>
        </message>
        <message>
            <location line="+39" />
            <source>must be later than the start</source>
            <translation>doit être postérieure au début</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::AgentListModel</name>
        <message>
            <location filename="../../models/AgentListModel.cpp" line="+37" />
            <source>Running</source>
            <translation>Actif</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Setup needed</source>
            <translation>Configuration requise</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Login needed</source>
            <translation>Connexion requise</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Logging in</source>
            <translation>Connexion en cours</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disabled</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ended</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+9" />
            <location line="+73" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="-80" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Mon</source>
            <translation>lun.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tue</source>
            <translation>mar.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Wed</source>
            <translation>mer.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Thu</source>
            <translation>jeu.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fri</source>
            <translation>ven.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sat</source>
            <translation>sam.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sun</source>
            <translation>dim.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>UTC</source>
            <translation>UTC</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UTC+%1</source>
            <translation>UTC+%1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>UTC-%1</source>
            <translation>UTC-%1</translation>
        </message>
        <message>
            <location line="+38" />
            <source>(unnamed agent)</source>
            <translation>(agent sans nom)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 alerts: %2</source>
            <translation>%1 alertes : %2</translation>
        </message>
        <message>
            <location line="+40" />
            <source>%1 invitations sent today; daily limit %2–%3</source>
            <translation>%1 invitations envoyées aujourd’hui ; limite quotidienne %2–%3</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 messages sent today; daily limit %2–%3</source>
            <translation>%1 messages envoyés aujourd’hui ; limite quotidienne %2–%3</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Invitations sent today / the daily maximum</source>
            <translation>Invitations envoyées aujourd’hui / maximum quotidien</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Messages sent today / the daily maximum</source>
            <translation>Messages envoyés aujourd’hui / maximum quotidien</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Alerts</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invitations</source>
            <translation>Invitations</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next task</source>
            <translation>Prochaine tâche</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::AgentSetupDialog</name>
        <message>
            <location filename="../../ui/agents/AgentSetupDialog.cpp" line="+36" />
            <source>new agent</source>
            <translation>nouvel agent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connect LinkedIn — %1</source>
            <translation>Connecter LinkedIn — %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kakiyo logs in to LinkedIn with these credentials for “%1”. The password is sent once to Kakiyo and is not kept by Kakiyo Desk.</source>
            <translation>Kakiyo se connecte à LinkedIn avec ces identifiants pour « %1 ». Le mot de passe est envoyé une seule fois à Kakiyo et n’est pas conservé par Kakiyo Desk.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>LinkedIn login e-mail</source>
            <translation>E-mail de connexion LinkedIn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>name@example.com</source>
            <translation>nom@exemple.com</translation>
        </message>
        <message>
            <location line="+2" />
            <source>LinkedIn &amp;e-mail</source>
            <translation>&amp;E-mail LinkedIn</translation>
        </message>
        <message>
            <location line="+4" />
            <source>LinkedIn password</source>
            <translation>Mot de passe LinkedIn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At least 6 characters</source>
            <translation>Au moins 6 caractères</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Password</source>
            <translation>Mot de &amp;passe</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Country of the LinkedIn account</source>
            <translation>Pays du compte LinkedIn</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Country</source>
            <translation>Pa&amp;ys</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+47" />
            <source>Connect</source>
            <translation>Connecter</translation>
        </message>
        <message>
            <location line="-45" />
            <source>Connect the LinkedIn account</source>
            <translation>Connecter le compte LinkedIn</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Not connected</source>
            <translation>Non connecté</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1
The password is not kept: type it again to retry.</source>
            <translation>%1
Le mot de passe n’est pas conservé : saisissez-le à nouveau pour réessayer.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::AgentsPage</name>
        <message>
            <location filename="../../ui/agents/AgentsPage.cpp" line="+7" />
            <location line="+59" />
            <source>Agents</source>
            <translation>Agents</translation>
        </message>
        <message>
            <location line="-36" />
            <location line="+26" />
            <source>New agent…</source>
            <translation>Nouvel agent…</translation>
        </message>
        <message>
            <location line="-25" />
            <source>Create an agent, then connect a LinkedIn account to it</source>
            <translation>Créer un agent, puis y connecter un compte LinkedIn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pause agent</source>
            <translation>Pause de l’agent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop the selected agent's invitations and messages (running agents)</source>
            <translation>Arrêter les invitations et les messages de l’agent sélectionné (agents actifs)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume agent</source>
            <translation>Reprendre l’agent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start the selected agent again (paused agents without alerts)</source>
            <translation>Relancer l’agent sélectionné (agents en pause sans alerte)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit agent…</source>
            <translation>Modifier l’agent…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily limits, working hours and settings of the selected agent</source>
            <translation>Limites quotidiennes, heures de travail et réglages de l’agent sélectionné</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set up / reconnect…</source>
            <translation>Connecter LinkedIn…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connect the LinkedIn login (agents that need setup or a new login)</source>
            <translation>Connecter l’identifiant LinkedIn (agents à configurer ou à reconnecter)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relaunch agent…</source>
            <translation>Relancer l’agent…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset an ended agent to “Setup needed” (its id stays)</source>
            <translation>Relancer un agent terminé : il repasse en « Configuration requise » (son identifiant est conservé)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete agent…</source>
            <translation>Supprimer l’agent…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete an ended agent with its campaigns and statistics</source>
            <translation>Supprimer un agent terminé avec ses campagnes et ses statistiques</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+446" />
            <source>New agent</source>
            <translation>Nouvel agent</translation>
        </message>
        <message>
            <location line="-420" />
            <location line="+199" />
            <source>Select an agent to see its usage, hours and settings.</source>
            <translation>Sélectionnez un agent pour voir son activité, ses horaires et ses réglages.</translation>
        </message>
        <message>
            <location line="-188" />
            <location line="+2" />
            <source>Invitations today</source>
            <translation>Invitations aujourd’hui</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+2" />
            <source>Messages today</source>
            <translation>Messages aujourd’hui</translation>
        </message>
        <message>
            <location line="+168" />
            <source>This agent no longer exists on Kakiyo; the list has been refreshed.</source>
            <translation>Cet agent n’existe plus sur Kakiyo ; la liste a été actualisée.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The agent's details could not be read: %1</source>
            <translation>Impossible de lire les détails de l’agent : %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No agents yet. Create one with “New agent…”, then connect a LinkedIn account.</source>
            <translation>Aucun agent pour l’instant. Créez-en un avec « Nouvel agent… », puis connectez un compte LinkedIn.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Invitations / day</source>
            <translation>Invitations / jour</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>%1 to %2</source>
            <translation>%1 à %2</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Messages / day</source>
            <translation>Messages / jour</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Invitations in total</source>
            <translation>Invitations au total</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Messages in total</source>
            <translation>Messages au total</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next invitation</source>
            <translation>Prochaine invitation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next message</source>
            <translation>Prochain message</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Working days</source>
            <translation>Jours ouvrés</translation>
        </message>
        <message>
            <location line="+0" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Working hours</source>
            <translation>Heures de travail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 to %2 (%3)</source>
            <translation>%1 à %2 (%3)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Skip people in network</source>
            <translation>Ignorer les personnes du réseau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invitations only</source>
            <translation>Invitations uniquement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location line="+20" />
            <source>This agent has ended. Relaunch it to connect a LinkedIn account again, or delete it together with its campaigns.</source>
            <translation>Cet agent est terminé. Relancez-le pour connecter à nouveau un compte LinkedIn, ou supprimez-le avec ses campagnes.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connect a LinkedIn account (“Set up / reconnect…”) to start this agent.</source>
            <translation>Connectez un compte LinkedIn (« Connecter LinkedIn… ») pour démarrer cet agent.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>LinkedIn asks for the login again or for a verification code: reconnect the agent.</source>
            <translation>LinkedIn redemande l’identifiant ou un code de vérification : reconnectez l’agent.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kakiyo is logging in to LinkedIn; the status changes in a moment.</source>
            <translation>Kakiyo se connecte à LinkedIn ; le statut changera dans un instant.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kakiyo resumes an agent only when it has no active alerts.</source>
            <translation>Kakiyo ne reprend un agent que s’il n’a aucune alerte active.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Relaunch and delete are possible once the agent has ended.</source>
            <translation>La relance et la suppression sont possibles une fois l’agent terminé.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>this agent</source>
            <translation>cet agent</translation>
        </message>
        <message>
            <location line="+3" />
            <source>its status is “%1”. %2</source>
            <translation>son statut est « %1 ». %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The action is not allowed in this status.</source>
            <translation>Cette action n’est pas autorisée dans ce statut.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>prospects are still being imported into one of its campaigns. Wait for the imports to finish, then try again.</source>
            <translation>des prospects sont encore en cours d’import dans l’une de ses campagnes. Attendez la fin des imports, puis réessayez.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>it has active alerts%1. Resolve them first (reconnect the LinkedIn login if it asks for one).</source>
            <translation>il a des alertes actives%1. Résolvez-les d’abord (reconnectez l’identifiant LinkedIn s’il est demandé).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>it no longer exists on Kakiyo. The list has been refreshed.</source>
            <translation>il n’existe plus sur Kakiyo. La liste a été actualisée.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>this API key may not change it.</source>
            <translation>cette clé API n’a pas le droit de le modifier.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kakiyo refused to %1 %2: %3</source>
            <translation>Kakiyo a refusé de %1 %2 : %3</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Pausing…</source>
            <translation>Mise en pause…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Resuming…</source>
            <translation>Reprise…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>pause</source>
            <translation>mettre en pause</translation>
        </message>
        <message>
            <location line="+0" />
            <source>resume</source>
            <translation>reprendre</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Agent paused.</source>
            <translation>Agent mis en pause.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Agent resumed.</source>
            <translation>Agent repris.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Limits, hours and settings saved.</source>
            <translation>Limites, horaires et réglages enregistrés.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Logging in to LinkedIn as %1… The status updates in a moment.</source>
            <translation>Connexion à LinkedIn en tant que %1… Le statut sera mis à jour dans un instant.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Create a new agent?

Kakiyo adds an empty LinkedIn profile in “Setup needed”; it counts towards your plan's agent limit. Next you connect a LinkedIn account to it.</source>
            <translation>Créer un nouvel agent ?

Kakiyo ajoute un profil LinkedIn vide en « Configuration requise » ; il compte dans la limite d’agents de votre offre. Vous y connecterez ensuite un compte LinkedIn.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Creating an agent…</source>
            <translation>Création d’un agent…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Kakiyo refused to create an agent: %1. Your plan's agent limit is probably reached; delete an agent that has ended or upgrade the plan.</source>
            <translation>Kakiyo a refusé de créer un agent : %1. La limite d’agents de votre offre est probablement atteinte ; supprimez un agent terminé ou passez à une offre supérieure.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Agent created. Connect a LinkedIn account to start it.</source>
            <translation>Agent créé. Connectez un compte LinkedIn pour le démarrer.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Sending…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Relaunch agent</source>
            <translation>Relancer l’agent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relaunch “%1”?

Kakiyo resets it to “Setup needed”: its LinkedIn login, browser profile, alerts and pending tasks are cleared. Its id, campaigns and statistics stay. You then connect a LinkedIn account again.</source>
            <translation>Relancer « %1 » ?

Kakiyo le remet en « Configuration requise » : son identifiant LinkedIn, son profil de navigateur, ses alertes et ses tâches en attente sont effacés. Son identifiant Kakiyo, ses campagnes et ses statistiques sont conservés. Vous connecterez ensuite à nouveau un compte LinkedIn.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>relaunch</source>
            <translation>relancer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“%1” relaunched. Connect a LinkedIn account to start it again.</source>
            <translation>« %1 » relancé. Connectez un compte LinkedIn pour le redémarrer.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Delete agent</source>
            <translation>Supprimer l’agent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete “%1” for good?

This deletes the agent, all of its campaigns with their prospects and conversations, and its usage statistics. It cannot be undone.</source>
            <translation>Supprimer définitivement « %1 » ?

Cela supprime l’agent, toutes ses campagnes avec leurs prospects et leurs conversations, ainsi que ses statistiques d’utilisation. Cette action est irréversible.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>delete</source>
            <translation>supprimer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“%1” deleted with its campaigns.</source>
            <translation>« %1 » supprimé avec ses campagnes.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::AlertsPanel</name>
        <message>
            <location filename="../../ui/alerts/AlertsPanel.cpp" line="+50" />
            <source>Refresh now</source>
            <translation>Actualiser maintenant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No alerts. The desk keeps watching.</source>
            <translation>Aucune alerte. Le bureau continue de surveiller.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Auto-refresh</source>
            <translation>Actualisation automatique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Auto-refresh off</source>
            <translation>Actualisation automatique désactivée</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Every %n min</source>
            <translation>
                <numerusform>Toutes les %n min</numerusform>
                <numerusform>Toutes les %n min</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>Alerts</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Dismiss the selected alerts (Delete)</source>
            <translation>Ignorer les alertes sélectionnées (Suppr)</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Not connected.</source>
            <translation>Non connecté.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::AnalyticsKpiModel</name>
        <message>
            <location filename="../../models/AnalyticsKpiModel.cpp" line="+58" />
            <source>Prospects</source>
            <translation>Prospects</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replies</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Qualified</source>
            <translation>Qualifiés</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Response rate</source>
            <translation>Taux de réponse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conversion rate</source>
            <translation>Taux de conversion</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Qualification rate</source>
            <translation>Taux de qualification</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Messages per prospect</source>
            <translation>Messages par prospect</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Prospects in all campaigns of the team</source>
            <translation>Prospects de toutes les campagnes de l’équipe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Messages sent by the team's agents</source>
            <translation>Messages envoyés par les agents de l’équipe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prospects who answered at least once</source>
            <translation>Prospects ayant répondu au moins une fois</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prospects marked qualified</source>
            <translation>Prospects marqués comme qualifiés</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replies ÷ prospects × 100</source>
            <translation>Réponses ÷ prospects × 100</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Qualified ÷ prospects × 100</source>
            <translation>Qualifiés ÷ prospects × 100</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Qualified ÷ replies × 100</source>
            <translation>Qualifiés ÷ réponses × 100</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Messages ÷ prospects</source>
            <translation>Messages ÷ prospects</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location line="+10" />
            <source>no change</source>
            <translation>sans changement</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1%2 pts</source>
            <translation>%1%2 pts</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Since the previous snapshot: %1</source>
            <translation>Depuis l’instantané précédent : %1</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+4" />
            <location line="+4" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Metric</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change</source>
            <translation>Évolution</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Formula</source>
            <translation>Formule</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::AnalyticsModel</name>
        <message>
            <location filename="../../models/AnalyticsModel.cpp" line="+33" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+16" />
            <location line="+24" />
            <source>Prospects</source>
            <translation>Prospects</translation>
        </message>
        <message>
            <location line="-39" />
            <location line="+10" />
            <location line="+6" />
            <location line="+8" />
            <location line="+297" />
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <location line="-320" />
            <location line="+16" />
            <source>Replies</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+9" />
            <location line="+7" />
            <location line="+8" />
            <location line="+256" />
            <location line="+22" />
            <location line="+18" />
            <source>Qualified</source>
            <translation>Qualifiés</translation>
        </message>
        <message>
            <location line="-319" />
            <location line="+16" />
            <source>Response rate</source>
            <translation>Taux de réponse</translation>
        </message>
        <message>
            <location line="-14" />
            <location line="+15" />
            <source>Conversion rate</source>
            <translation>Taux de conversion</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+9" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+296" />
            <source>Responses</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <location line="-292" />
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reached stage</source>
            <translation>Étape atteinte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In this status now</source>
            <translation>Actuellement dans ce statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prospects whose conversation is in this status now (the API's statusDistribution)</source>
            <translation>Prospects dont la conversation est actuellement dans ce statut (statusDistribution de l’API)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From previous stage</source>
            <translation>Depuis l’étape précédente</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Metric</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Prospects who reached at least this stage: the prospects in this status plus those in every later one (pending → contacted → responded → qualified → closed)</source>
            <translation>Prospects ayant atteint au moins cette étape : ceux dans ce statut plus ceux de toutes les étapes suivantes (en attente → contacté → a répondu → qualifié → clos)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Prospects who reached this stage ÷ prospects who reached the stage before × 100 (never above 100 %)</source>
            <translation>Prospects ayant atteint cette étape ÷ prospects ayant atteint l’étape précédente × 100 (jamais plus de 100 %)</translation>
        </message>
        <message>
            <location line="+172" />
            <source>prospects</source>
            <translation>prospects</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Last 24 hours</source>
            <translation>Dernières 24 heures</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last week</source>
            <translation>Dernière semaine</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+22" />
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Contacted</source>
            <translation>Contacté</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Responded</source>
            <translation>A répondu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Disqualified</source>
            <translation>Disqualifié</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::AnalyticsModelLoader</name>
        <message>
            <location filename="../../models/jobs/AnalyticsModelLoader.cpp" line="+49" />
            <source>The %1 answer was not understood (%2)</source>
            <translation>La réponse %1 n’a pas été comprise (%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Could not load the %1: %2</source>
            <translation>Impossible de charger %1 : %2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>team analytics</source>
            <translation>les analyses de l’équipe</translation>
        </message>
        <message>
            <location line="+28" />
            <source>campaign analytics</source>
            <translation>les analyses de la campagne</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::AnalyticsPage</name>
        <message>
            <location filename="../../ui/analytics/AnalyticsPage.cpp" line="+23" />
            <source>Analytics</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Export the per-sender table</source>
            <translation>Exporter le tableau par expéditeur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export analytics report</source>
            <translation>Exporter le rapport d’analyse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1; %2 pages</source>
            <translation>%1 ; %2 pages</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::AnalyticsTableModel</name>
        <message>
            <location filename="../../models/AnalyticsTableModel.cpp" line="+96" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::AnalyticsView</name>
        <message>
            <location filename="../../ui/analytics/AnalyticsView.cpp" line="+48" />
            <source>Export report…</source>
            <translation>Exporter le rapport…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Campaign whose daily activity, funnel and breakdown are shown</source>
            <translation>Campagne dont l’activité quotidienne, l’entonnoir et la répartition sont affichés</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One PDF with the KPIs, every chart, the campaign table and the definitions</source>
            <translation>Un PDF avec les KPI, tous les graphiques, le tableau des campagnes et les définitions</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Campaign:</source>
            <translation>Campagne :</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+345" />
            <source>Team overview</source>
            <translation>Vue d’ensemble de l’équipe</translation>
        </message>
        <message>
            <location line="-337" />
            <source>Acceptance rate</source>
            <translation>Taux d’acceptation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Invitations sent</source>
            <translation>Invitations envoyées</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Connections made</source>
            <translation>Connexions établies</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Campaign comparison table</source>
            <translation>Tableau comparatif des campagnes</translation>
        </message>
        <message>
            <location line="+106" />
            <source>Senders</source>
            <translation>Expéditeurs</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The per-sender table as a CSV file</source>
            <translation>Le tableau par expéditeur en fichier CSV</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Invitations against LinkedIn's recommended ceilings: at most %1 a day, about %2 a month. Marked cells are above them (or would be at the configured limit); greyed rates come from fewer than %3 prospects.</source>
            <translation>Invitations face aux plafonds recommandés par LinkedIn : au plus %1 par jour, environ %2 par mois. Les cellules signalées les dépassent (ou les dépasseraient à la limite configurée) ; les taux grisés viennent de moins de %3 prospects.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Per-sender table</source>
            <translation>Tableau par expéditeur</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Campaign pace</source>
            <translation>Rythme des campagnes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Campaign pace table</source>
            <translation>Tableau du rythme des campagnes</translation>
        </message>
        <message>
            <location line="+10" />
            <source>When prospects reply</source>
            <translation>Quand les prospects répondent</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reply heatmap as a PNG, SVG or PDF grid, or its numbers as CSV</source>
            <translation>La carte des réponses en grille PNG, SVG ou PDF, ou ses chiffres en CSV</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Counts to date. The change compares with the snapshot the app stored at the start of the chosen period (the API dates no invitation).</source>
            <translation>Totaux à ce jour. La variation compare avec l'instantané enregistré par l'application au début de la période choisie (l'API ne date aucune invitation).</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+50" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="-50" />
            <source>not loaded yet</source>
            <translation>pas encore chargé</translation>
        </message>
        <message>
            <location line="+11" />
            <source>From the %1 most recent of %2 conversations.</source>
            <translation>D’après les %1 conversations les plus récentes sur %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Change since the snapshot of %1.</source>
            <translation>Variation depuis l'instantané du %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Acceptance rate: %1</source>
            <translation>Taux d’acceptation : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>invitations</source>
            <translation>invitations</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>no data for the previous %n days</source>
            <translation>
                <numerusform>aucune donnée pour le jour précédent</numerusform>
                <numerusform>aucune donnée pour les %n jours précédents</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>to date</source>
            <translation>à ce jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>latest %1 only</source>
            <translation>%1 dernières seulement</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 invitations only</source>
            <translation>%1 invitations seulement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Invitations sent: conversations in status 1–6</source>
            <translation>Invitations envoyées : conversations aux statuts 1 à 6</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Connections made: conversations in status 2–6</source>
            <translation>Connexions établies : conversations aux statuts 2 à 6</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Read all %1 conversations — search calls: %2…</source>
            <translation>Lire les %1 conversations — appels de recherche : %2…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Acceptance, pace and the heatmap come from the %1 most recent conversations. Reading the other %2 costs %3 search calls, about %4 s at the strictest rate (15 a minute); the pages already read come from the cache.</source>
            <translation>L'acceptation, le rythme et la carte des réponses viennent des %1 conversations les plus récentes. Lire les %2 autres coûte %3 appels de recherche, environ %4 s au débit le plus strict (15 par minute) ; les pages déjà lues viennent du cache.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Workspace overview: %1</source>
            <translation>Vue d'ensemble de l'espace : %1</translation>
        </message>
        <message>
            <location line="+27" />
            <source>No data yet — refresh to load the team's analytics</source>
            <translation>Pas encore de données — actualisez pour charger les analyses de l’équipe</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Figures of %1; no data for the previous %n days (no snapshot of %2 is stored), so no change is shown</source>
            <translation>
                <numerusform>Chiffres du %1 ; aucune donnée pour la période précédente de %n jour (aucun instantané du %2 n’est enregistré), aucune évolution n’est donc affichée</numerusform>
                <numerusform>Chiffres du %1 ; aucune donnée pour la période précédente de %n jours (aucun instantané du %2 n’est enregistré), aucune évolution n’est donc affichée</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Figures of %1; changes since the snapshot of %2</source>
            <translation>Chiffres du %1 ; évolutions depuis l’instantané du %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Figures of %1; changes appear once an earlier day is stored</source>
            <translation>Chiffres du %1 ; les évolutions apparaîtront dès qu’un jour antérieur sera enregistré</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose a campaign</source>
            <translation>Choisissez une campagne</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Campaign: %1</source>
            <translation>Campagne : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Campaign — choose one above</source>
            <translation>Campagne — choisissez-en une ci-dessus</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ApiKey</name>
        <message>
            <location filename="../../models/store/ApiKey.cpp" line="+47" />
            <source>Enter an API key.</source>
            <translation>Saisissez une clé API.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An API key has no spaces or line breaks.</source>
            <translation>Une clé API ne contient ni espace ni saut de ligne.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An API key has only letters and digits.</source>
            <translation>Une clé API ne contient que des lettres et des chiffres.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An API key has %1 characters; this one has %2.</source>
            <translation>Une clé API compte %1 caractères ; celle-ci en compte %2.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::Banner</name>
        <message>
            <location filename="../../ui/shell/Banner.cpp" line="+70" />
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss notice</source>
            <translation>Fermer l’avis</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::BulkActionDialog</name>
        <message>
            <location filename="../../ui/prospects/BulkActionDialog.cpp" line="+55" />
            <source>%1 prospects</source>
            <translation>%1 prospects</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Deleting cannot be undone; the API refuses prospects whose conversation is active.</source>
            <translation>La suppression est irréversible ; l’API refuse les prospects dont la conversation est active.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Result per prospect</source>
            <translation>Résultat par prospect</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Copy results</source>
            <translation>Copier les résultats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as CSV…</source>
            <translation>Enregistrer en CSV…</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Cancelling after the call in flight…</source>
            <translation>Annulation après l’appel en cours…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel the rest</source>
            <translation>Annuler le reste</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save results</source>
            <translation>Enregistrer les résultats</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Could not save %1: %2</source>
            <translation>Impossible d’enregistrer %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::Cache</name>
        <message>
            <location filename="../../models/store/Cache.cpp" line="+90" />
            <source>The cache file was damaged and has been replaced by an empty one (%1).</source>
            <translation>Le fichier de cache était endommagé et a été remplacé par un fichier vide (%1).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The cache file was damaged and has been replaced by an empty one; the old file was kept as %1.</source>
            <translation>Le fichier de cache était endommagé et a été remplacé par un fichier vide ; l’ancien fichier a été conservé sous %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The cache could not be stored on disk (%1); answers are kept in memory for this session only.</source>
            <translation>Le cache n’a pas pu être enregistré sur le disque (%1) ; les réponses sont conservées en mémoire pour cette session uniquement.</translation>
        </message>
        <message>
            <location line="+130" />
            <location line="+19" />
            <source>Could not remove %1.</source>
            <translation>Impossible de supprimer %1.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A snapshot needs a valid day.</source>
            <translation>Un instantané nécessite un jour valide.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::CampaignCard</name>
        <message>
            <location filename="../../ui/campaigns/CampaignCard.cpp" line="+42" />
            <source>Campaign %1</source>
            <translation>Campagne %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>prospects</source>
            <translation>prospects</translation>
        </message>
        <message>
            <location line="+1" />
            <source>replies</source>
            <translation>réponses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>qualified</source>
            <translation>qualifiés</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Response %1 % · Conversion %2 %</source>
            <translation>Réponse %1 % · Conversion %2 %</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Activity of %1</source>
            <translation>Activité de %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pause %1</source>
            <translation>Mettre %1 en pause</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Resume %1</source>
            <translation>Reprendre %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Details, statistics and prospects</source>
            <translation>Détails, statistiques et prospects</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details of %1</source>
            <translation>Détails de %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Import leads… (or drop a .csv file on the card)</source>
            <translation>Importer des prospects… (ou déposez un fichier .csv sur la carte)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import leads into %1</source>
            <translation>Importer des prospects dans %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit %1</source>
            <translation>Modifier %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete %1</source>
            <translation>Supprimer %1</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::CampaignDetailsPanel</name>
        <message>
            <location filename="../../ui/campaigns/CampaignDetailsPanel.cpp" line="+60" />
            <location line="+34" />
            <source>Campaign details</source>
            <translation>Détails de la campagne</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Import leads…</source>
            <translation>Importer des prospects…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import leads into this campaign</source>
            <translation>Importer des prospects dans cette campagne</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add a prospect…</source>
            <translation>Ajouter un prospect…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add one prospect to this campaign</source>
            <translation>Ajouter un prospect à cette campagne</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <source>Close the details</source>
            <translation>Fermer les détails</translation>
        </message>
        <message>
            <location line="+21" />
            <source>prospects</source>
            <translation>prospects</translation>
        </message>
        <message>
            <location line="+1" />
            <source>replied</source>
            <translation>ont répondu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>messages sent</source>
            <translation>messages envoyés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>qualified</source>
            <translation>qualifiés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>closed</source>
            <translation>clos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>response rate</source>
            <translation>taux de réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>conversion rate</source>
            <translation>taux de conversion</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Daily activity</source>
            <translation>Activité quotidienne</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Statistics</source>
            <translation>&amp;Statistiques</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Conversation status</source>
            <translation>Statut de la conversation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any status</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Paused or not</source>
            <translation>En pause ou non</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paused only</source>
            <translation>En pause uniquement</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not paused</source>
            <translation>Pas en pause</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Responded</source>
            <translation>A répondu</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Responded or not</source>
            <translation>Avec ou sans réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No response yet</source>
            <translation>Sans réponse pour l’instant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;tatus</source>
            <translation>S&amp;tatut</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Prospects of the campaign</source>
            <translation>Prospects de la campagne</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Prospects</source>
            <translation>&amp;Prospects</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Loading the campaign's statistics…</source>
            <translation>Chargement des statistiques de la campagne…</translation>
        </message>
        <message>
            <location line="+74" />
            <source>The statistics could not be loaded (%1); the figures shown are the campaign list's.</source>
            <translation>Les statistiques n’ont pas pu être chargées (%1) ; les chiffres affichés sont ceux de la liste des campagnes.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Statistics %1.</source>
            <translation>Statistiques %1.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>loaded %1</source>
            <translation>chargées le %1</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+3" />
            <source>loading…</source>
            <translation>chargement…</translation>
        </message>
        <message>
            <location line="+0" />
            <source> · loading more…</source>
            <translation> · chargement de la suite…</translation>
        </message>
        <message>
            <location line="+3" />
            <source> · more available (scroll down)</source>
            <translation> · d’autres disponibles (faites défiler)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no prospects match these filters</source>
            <translation>aucun prospect ne correspond à ces filtres</translation>
        </message>
        <message>
            <location line="+1" />
            <source> · all of them</source>
            <translation> · tous</translation>
        </message>
        <message>
            <location line="+3" />
            <source> · the next page failed: %1</source>
            <translation> · échec de la page suivante : %1</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::CampaignDialog</name>
        <message>
            <location filename="../../ui/campaigns/CampaignDialog.cpp" line="+35" />
            <source>Edit campaign</source>
            <translation>Modifier la campagne</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New campaign</source>
            <translation>Nouvelle campagne</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Campaign name</source>
            <translation>Nom de la campagne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3 to 100 characters</source>
            <translation>3 à 100 caractères</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Product</source>
            <translation>P&amp;roduit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;rompt</source>
            <translation>Pro&amp;mpt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Agent</source>
            <translation>&amp;Agent</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Product, prompt and agent cannot be changed after creation.</source>
            <translation>Le produit, le prompt et l’agent ne peuvent plus être modifiés après la création.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Automatic qualification threshold</source>
            <translation>Seuil de qualification automatique</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Manual verification threshold</source>
            <translation>Seuil de vérification manuelle</translation>
        </message>
        <message>
            <location line="+7" />
            <source>qualify at</source>
            <translation>qualifier à</translation>
        </message>
        <message>
            <location line="+2" />
            <source>review from</source>
            <translation>vérifier dès</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Qualification</source>
            <translation>Qualification</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Prompt variables</source>
            <translation>Variables du prompt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Variable</source>
            <translation>Variable</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>Add a variable</source>
            <translation>Ajouter une variable</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+1" />
            <source>Remove the selected variable</source>
            <translation>Retirer la variable sélectionnée</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Variables</source>
            <translation>Variables</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Don't start automatically (stays paused until resumed)</source>
            <translation>Ne pas démarrer automatiquement (reste en pause jusqu’à la reprise)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <location line="+25" />
            <source>(kept as created)</source>
            <translation>(inchangé depuis la création)</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(could not load: %1)</source>
            <translation>(chargement impossible : %1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(none yet)</source>
            <translation>(aucun pour l’instant)</translation>
        </message>
        <message>
            <location line="+69" />
            <source>the review threshold must not be above the qualification threshold</source>
            <translation>le seuil de vérification ne doit pas dépasser le seuil de qualification</translation>
        </message>
        <message>
            <location line="+2" />
            <source>loading products, prompts and agents…</source>
            <translation>chargement des produits, des prompts et des agents…</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::CampaignListModel</name>
        <message>
            <location filename="../../models/CampaignListModel.cpp" line="+22" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Completed</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disabled</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location line="+51" />
            <location line="+2" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prospects</source>
            <translation>Prospects</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replies</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Qualified</source>
            <translation>Qualifiés</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Response rate</source>
            <translation>Taux de réponse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conversion</source>
            <translation>Conversion</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Created</source>
            <translation>Créée</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::CampaignsPage</name>
        <message>
            <location filename="../../ui/campaigns/CampaignsPage.cpp" line="+35" />
            <location line="+76" />
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <location line="-67" />
            <location line="+5" />
            <source>New campaign</source>
            <translation>Nouvelle campagne</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cards</source>
            <translation>Cartes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show as cards</source>
            <translation>Afficher en cartes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Table</source>
            <translation>Tableau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show as table</source>
            <translation>Afficher en tableau</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+439" />
            <source>Pause first</source>
            <translation>Mettre d’abord en pause</translation>
        </message>
        <message>
            <location line="-436" />
            <source>Pause the campaign first</source>
            <translation>Mettez d’abord la campagne en pause</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Campaigns: import leads into the selected campaign…</source>
            <translation>Campagnes : importer des prospects dans la campagne sélectionnée…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Select a campaign first: click its card or its row.</source>
            <translation>Sélectionnez d’abord une campagne : cliquez sur sa carte ou sa ligne.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Campaigns: show or hide the details panel</source>
            <translation>Campagnes : afficher ou masquer le panneau de détails</translation>
        </message>
        <message>
            <location line="+112" />
            <source>Importing leads into “%1”…</source>
            <translation>Import de prospects dans « %1 »…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importing %1 into “%2”…</source>
            <translation>Import de %1 dans « %2 »…</translation>
        </message>
        <message>
            <location line="+159" />
            <source>Creating “%1”…</source>
            <translation>Création de « %1 »…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“%1” was not created: %2</source>
            <translation>« %1 » n’a pas été créée : %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Campaign “%1” created.</source>
            <translation>Campagne « %1 » créée.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not saved: %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Campaign saved.</source>
            <translation>Campagne enregistrée.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>“%1” was not %2: %3</source>
            <translation>« %1 » n’a pas été %2 : %3</translation>
        </message>
        <message>
            <location line="+1" />
            <source>paused</source>
            <translation>mise en pause</translation>
        </message>
        <message>
            <location line="+0" />
            <source>resumed</source>
            <translation>reprise</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“%1” paused.</source>
            <translation>« %1 » mise en pause.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>“%1” resumed.</source>
            <translation>« %1 » reprise.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>“%1” is active, and Kakiyo refuses to delete an active campaign: pause it first, then delete it.

Pause “%1” now?</source>
            <translation>« %1 » est active, et Kakiyo refuse de supprimer une campagne active : mettez-la d’abord en pause, puis supprimez-la.

Mettre « %1 » en pause maintenant ?</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Delete campaign</source>
            <translation>Supprimer la campagne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete “%1”? This removes its %2 prospects, their conversations and its statistics. It cannot be undone.</source>
            <translation>Supprimer « %1 » ? Cela supprime ses %2 prospects, leurs conversations et ses statistiques. Cette action est irréversible.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Deleting “%1”…</source>
            <translation>Suppression de « %1 »…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Kakiyo refused to delete “%1”: it is still active. Pause it first, then delete it.</source>
            <translation>Kakiyo a refusé de supprimer « %1 » : elle est encore active. Mettez-la d’abord en pause, puis supprimez-la.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” was not deleted: %2</source>
            <translation>« %1 » n’a pas été supprimée : %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“%1” deleted.</source>
            <translation>« %1 » supprimée.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ChartAdapter</name>
        <message>
            <location filename="../../ui/charts/ChartAdapter.cpp" line="+298" />
            <source>%1 (%)</source>
            <translation>%1 (%)</translation>
        </message>
        <message>
            <location line="+37" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+38" />
            <source>%1 · %2: %3</source>
            <translation>%1 · %2 : %3</translation>
        </message>
        <message>
            <location line="+35" />
            <source> (%1 %)</source>
            <translation> (%1 %)</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+46" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: %2 (%3 %)</source>
            <translation>%1 : %2 (%3 %)</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ChartCard</name>
        <message>
            <location filename="../../ui/charts/ChartCard.cpp" line="+63" />
            <source>No data yet</source>
            <translation>Pas encore de données</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save, copy or print this chart</source>
            <translation>Enregistrer, copier ou imprimer ce graphique</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save as PNG (1×)…</source>
            <translation>Enregistrer en PNG (1×)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as PNG (2×)…</source>
            <translation>Enregistrer en PNG (2×)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as PNG (3×)…</source>
            <translation>Enregistrer en PNG (3×)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as SVG…</source>
            <translation>Enregistrer en SVG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as PDF…</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save numbers as CSV…</source>
            <translation>Enregistrer les chiffres en CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <location line="+77" />
            <source>“%1” has no data yet; nothing to export</source>
            <translation>« %1 » n’a pas encore de données ; rien à exporter</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 files (*.%2)</source>
            <translation>Fichiers %1 (*.%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export “%1”</source>
            <translation>Exporter « %1 »</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ChartExport</name>
        <message>
            <location filename="../../ui/charts/ChartExport.cpp" line="+31" />
            <source>Run `kakiyo-desk export --help` for the options.</source>
            <translation>Lancez `kakiyo-desk export --help` pour voir les options.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Usage:
  kakiyo-desk export --chart NAME [--campaign ID] --format png|svg|pdf|csv [--scale 1|2|3] -o FILE
  kakiyo-desk export --report [--campaign ID] [--paper a4|letter] [--logo FILE] -o FILE.pdf
  Any export: --workspace NAME|ID for one client workspace's data only.

Connection: the stored key of the current profile, KAKIYO_API_KEY, --base-url URL, or --demo.

Charts:
</source>
            <translation>Utilisation :
  kakiyo-desk export --chart NOM [--campaign ID] --format png|svg|pdf|csv [--scale 1|2|3] -o FICHIER
  kakiyo-desk export --report [--campaign ID] [--paper a4|letter] [--logo FICHIER] -o FICHIER.pdf
  Tout export : --workspace NOM|ID pour les seules données d'un espace client.

Connexion : la clé enregistrée du profil courant, KAKIYO_API_KEY, --base-url URL, ou --demo.

Graphiques :
</translation>
        </message>
        <message>
            <location line="+12" />
            <source>

Exit status: 0 written, 2 wrong usage, 1 any other failure (nothing is left half-written).</source>
            <translation>

Code de sortie : 0 écrit, 2 utilisation incorrecte, 1 tout autre échec (aucun fichier n’est laissé à moitié écrit).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No output file: give -o FILE.</source>
            <translation>Aucun fichier de sortie : indiquez -o FICHIER.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use either --report or --chart, not both.</source>
            <translation>Utilisez soit --report, soit --chart, pas les deux.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A report is a PDF; got format “%1”.</source>
            <translation>Un rapport est un PDF ; format reçu : « %1 ».</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name a chart with --chart NAME, or ask for --report.</source>
            <translation>Nommez un graphique avec --chart NOM, ou demandez --report.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown chart “%1”. Charts: %2</source>
            <translation>Graphique inconnu « %1 ». Graphiques : %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unknown format “%1”: use png, svg, pdf or csv.</source>
            <translation>Format inconnu « %1 » : utilisez png, svg, pdf ou csv.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--scale must be 1, 2 or 3 (got %1).</source>
            <translation>--scale doit valoir 1, 2 ou 3 (reçu : %1).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--scale applies to PNG only.</source>
            <translation>--scale ne s’applique qu’au PNG.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--paper applies to PDF only.</source>
            <translation>--paper ne s'applique qu'au PDF.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The chart size is too small.</source>
            <translation>La taille du graphique est trop petite.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1; %2 pages</source>
            <translation>%1 ; %2 pages</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+24" />
            <source>The chart “%1” is drawn for one campaign: add --campaign ID.</source>
            <translation>Le graphique « %1 » porte sur une seule campagne : ajoutez --campaign ID.</translation>
        </message>
        <message>
            <location line="-19" />
            <source>The chart “%1” has no data yet; nothing was written.</source>
            <translation>Le graphique « %1 » n’a pas encore de données ; rien n’a été écrit.</translation>
        </message>
        <message>
            <location line="+41" />
            <location line="+26" />
            <source>Interrupted.</source>
            <translation>Interrompu.</translation>
        </message>
        <message>
            <location line="-20" />
            <source>The Kakiyo API did not answer within %1 s.</source>
            <translation>L’API Kakiyo n’a pas répondu dans les %1 s.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Nothing was written.</source>
            <translation>Rien n’a été écrit.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::CommandPalette</name>
        <message>
            <location filename="../../ui/shell/CommandPalette.cpp" line="+40" />
            <source>Command palette</source>
            <translation>Palette de commandes</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Type a command…</source>
            <translation>Tapez une commande…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Command filter</source>
            <translation>Filtre des commandes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Matching commands</source>
            <translation>Commandes correspondantes</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ConversationModel</name>
        <message>
            <location filename="../../models/ConversationModel.cpp" line="+60" />
            <source>Load</source>
            <translation>Charger</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Qualify</source>
            <translation>Qualifier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save custom data</source>
            <translation>Enregistrer les données personnalisées</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location line="+69" />
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Resumed</source>
            <translation>Reprise</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Qualified</source>
            <translation>Qualifiés</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Custom data is limited to %1 characters (this is %2).</source>
            <translation>Les données personnalisées sont limitées à %1 caractères (ici %2).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Custom data saved</source>
            <translation>Données personnalisées enregistrées</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This conversation names no prospect id.</source>
            <translation>Cette conversation n’indique aucun identifiant de prospect.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The API refuses to delete a prospect whose conversation is still active. Pause it first, or wait until it ends. (%1)</source>
            <translation>L’API refuse de supprimer un prospect dont la conversation est encore active. Mettez-la d’abord en pause, ou attendez qu’elle se termine. (%1)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Prospect deleted</source>
            <translation>Prospect supprimé</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ConversationView</name>
        <message>
            <location filename="../../ui/prospects/ConversationView.cpp" line="+31" />
            <source>Save custom data</source>
            <translation>Enregistrer les données personnalisées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Qualify</source>
            <translation>Qualifier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Conversation</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Custom data the agent may use (up to %L1 characters)</source>
            <translation>Données personnalisées utilisables par l’agent (jusqu’à %L1 caractères)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Custom data</source>
            <translation>Données personnalisées</translation>
        </message>
        <message>
            <location line="+24" />
            <source>%1 failed: %2</source>
            <translation>Échec de %1 : %2</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Delete prospect</source>
            <translation>Supprimer le prospect</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete %1 and their conversation? This cannot be undone. The API refuses while the conversation is active.</source>
            <translation>Supprimer %1 et sa conversation ? Cette action est irréversible. L’API refuse tant que la conversation est active.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&lt;i&gt;Select a prospect to see the conversation.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Sélectionnez un prospect pour voir la conversation.&lt;/i&gt;</translation>
        </message>
        <message>
            <location line="+17" />
            <source>at %1</source>
            <translation>à %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>LinkedIn profile</source>
            <translation>Profil LinkedIn</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Opens the profile in your browser</source>
            <translation>Ouvre le profil dans votre navigateur</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Campaign: %1 · Status: %2 · Qualification: %3 · %4</source>
            <translation>Campagne : %1 · Statut : %2 · Qualification : %3 · %4</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Running</source>
            <translation>Actif</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&lt;i&gt;No messages yet.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Aucun message pour l’instant.&lt;/i&gt;</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location line="+30" />
            <source>%L1 / %L2</source>
            <translation>%L1 / %L2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Over the API's limit: shorten it to save</source>
            <translation>Au-delà de la limite de l’API : raccourcissez pour enregistrer</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::CreateDialog</name>
        <message>
            <location filename="../../ui/library/CreateDialog.cpp" line="+32" />
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Not created</source>
            <translation>Non créé</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::CurrentWorkspace</name>
        <message>
            <location filename="../../models/store/CurrentWorkspace.cpp" line="+24" />
            <source>All (team)</source>
            <translation>Tous (équipe)</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::DateRangeBar</name>
        <message>
            <location filename="../../ui/analytics/DateRangeBar.cpp" line="+38" />
            <source>All history</source>
            <translation>Tout l’historique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last 30 days</source>
            <translation>30 derniers jours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last 90 days</source>
            <translation>90 derniers jours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom…</source>
            <translation>Personnalisée…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period shown; compares stored daily snapshots, costs no API calls</source>
            <translation>Période affichée ; compare les instantanés quotidiens enregistrés, sans appel à l’API</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Period:</source>
            <translation>Période :</translation>
        </message>
        <message>
            <location line="+74" />
            <source>all stored history</source>
            <translation>tout l’historique enregistré</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The period ends (%1) before it starts (%2): choose an end on or after the start</source>
            <translation>La période se termine (%1) avant de commencer (%2) : choisissez une fin égale ou postérieure au début</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::Desk</name>
        <message>
            <location filename="../../app/Desk.cpp" line="+105" />
            <source>Workspace</source>
            <translation>Espace de travail</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Switch workspace…</source>
            <translation>Changer d’espace de travail…</translation>
        </message>
        <message>
            <location line="+41" />
            <source>There is no profile named “%1”. Connect to create it.</source>
            <translation>Aucun profil ne s’appelle « %1 ». Connectez-vous pour le créer.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Connecting to “%1”…</source>
            <translation>Connexion à « %1 »…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No key is stored for “%1” yet. Enter it to connect.</source>
            <translation>Aucune clé n’est encore enregistrée pour « %1 ». Saisissez-la pour vous connecter.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The key of “%1” could not be read from secure storage: %2 Re-enter the key to connect.</source>
            <translation>La clé de « %1 » n’a pas pu être lue dans le stockage sécurisé : %2 Saisissez-la à nouveau pour vous connecter.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Demo team</source>
            <translation>Équipe de démonstration</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The demo could not start: %1</source>
            <translation>La démonstration n’a pas pu démarrer : %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>demo server stopped</source>
            <translation>serveur de démonstration arrêté</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The demo server stopped (%1). Restart the demo to continue.</source>
            <translation>Le serveur de démonstration s’est arrêté (%1). Relancez la démonstration pour continuer.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restart demo</source>
            <translation>Relancer la démonstration</translation>
        </message>
        <message>
            <location line="+181" />
            <source>New campaign…</source>
            <translation>Nouvelle campagne…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Campaigns: switch cards / table</source>
            <translation>Campagnes : basculer cartes / tableau</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Clear cached answers of this profile</source>
            <translation>Vider les réponses en cache de ce profil</translation>
        </message>
        <message>
            <location line="+59" />
            <source>no answer</source>
            <translation>pas de réponse</translation>
        </message>
        <message>
            <location line="+0" />
            <source>unreachable</source>
            <translation>injoignable</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::DeskStatusBar</name>
        <message>
            <location filename="../../ui/shell/DeskStatusBar.cpp" line="+21" />
            <source>Profile and workspace</source>
            <translation>Profil et espace de travail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Usage today</source>
            <translation>Consommation du jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Request queue</source>
            <translation>File des requêtes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connection</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <location line="+8" />
            <source>9999 calls today · 9999 credits</source>
            <translation>9999 appels aujourd’hui · 9999 crédits</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No profile</source>
            <translation>Aucun profil</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not connected</source>
            <translation>non connecté</translation>
        </message>
        <message>
            <location line="+17" />
            <source>1 call today</source>
            <translation>1 appel aujourd’hui</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%L1 calls today</source>
            <translation>%L1 appels aujourd’hui</translation>
        </message>
        <message>
            <location line="+2" />
            <source> · %L1 credits</source>
            <translation> · %L1 crédits</translation>
        </message>
        <message>
            <location line="+17" />
            <source>queue empty</source>
            <translation>file vide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%L1 queued</source>
            <translation>%L1 en file</translation>
        </message>
        <message>
            <location line="+2" />
            <source> · sending</source>
            <translation> · envoi en cours</translation>
        </message>
        <message>
            <location line="+2" />
            <source> · next in %L1 s</source>
            <translation> · suivant dans %L1 s</translation>
        </message>
        <message>
            <location line="+7" />
            <source> · budget %L1/%L2</source>
            <translation> · budget %L1/%L2</translation>
        </message>
        <message>
            <location line="-29" />
            <source> · 1 credit</source>
            <translation> · 1 crédit</translation>
        </message>
        <message>
            <location line="+35" />
            <source>online</source>
            <translation>en ligne</translation>
        </message>
        <message>
            <location line="+0" />
            <source>offline</source>
            <translation>hors ligne</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::DeskTray</name>
        <message>
            <location filename="../../app/DeskTray.cpp" line="+27" />
            <source>Show window</source>
            <translation>Afficher la fenêtre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Alerts</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Refresh now</source>
            <translation>Actualiser maintenant</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pause auto-refresh</source>
            <translation>Suspendre l’actualisation automatique</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Keep running in the tray when the window is closed</source>
            <translation>Continuer dans la zone de notification quand la fenêtre est fermée</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+9" />
            <source>Start at login</source>
            <translation>Lancer à l’ouverture de session</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Kakiyo Desk</source>
            <translation>Kakiyo Desk</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n unread</source>
            <translation>
                <numerusform>%n non lu</numerusform>
                <numerusform>%n non lus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n alert(s)</source>
            <translation>
                <numerusform>%n alerte</numerusform>
                <numerusform>%n alertes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kakiyo::DncBatchDialog</name>
        <message>
            <location filename="../../ui/dnc/DncBatchDialog.cpp" line="+36" />
            <source>1 call</source>
            <translation>1 appel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 calls</source>
            <translation>%1 appels</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Add many to Do Not Contact</source>
            <translation>Ajouter en masse à « Ne pas contacter »</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Paste LinkedIn profile URLs, one per line, or import a CSV file. Nothing is sent until you press Add.</source>
            <translation>Collez des URL de profils LinkedIn, une par ligne, ou importez un fichier CSV. Rien n’est envoyé avant que vous n’appuyiez sur Ajouter.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>LinkedIn URLs, one per line</source>
            <translation>URL LinkedIn, une par ligne</translation>
        </message>
        <message>
            <location line="+2" />
            <source>https://www.linkedin.com/in/jane-doe/
linkedin.com/in/john-smith
…</source>
            <translation>https://www.linkedin.com/in/marie-dupont/
linkedin.com/in/jean-martin
…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;URL column:</source>
            <translation>Colonne des &amp;URL :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Column with the LinkedIn URLs</source>
            <translation>Colonne contenant les URL LinkedIn</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Paste &amp;instead</source>
            <translation>Coller &amp;plutôt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use pasted URLs instead of the file</source>
            <translation>Utiliser les URL collées au lieu du fichier</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Preview summary</source>
            <translation>Résumé de l’aperçu</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Preview of each line</source>
            <translation>Aperçu de chaque ligne</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Calls sent</source>
            <translation>Appels envoyés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%v of %m calls</source>
            <translation>%v appels sur %m</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Import &amp;CSV…</source>
            <translation>Importer un &amp;CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import a CSV file</source>
            <translation>Importer un fichier CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+143" />
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <location line="-140" />
            <source>&amp;Stop</source>
            <translation>A&amp;rrêter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop after the call in progress</source>
            <translation>Arrêter après l’appel en cours</translation>
        </message>
        <message>
            <location line="+55" />
            <source>1 row</source>
            <translation>1 ligne</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 rows</source>
            <translation>%1 lignes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 — %2; the URLs were found in “%3”.</source>
            <translation>%1 — %2 ; les URL ont été trouvées dans « %3 ».</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 — %2; no column looks like LinkedIn URLs: pick the one that holds them.</source>
            <translation>%1 — %2 ; aucune colonne ne ressemble à des URL LinkedIn : choisissez celle qui les contient.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Import URLs from a CSV file</source>
            <translation>Importer des URL depuis un fichier CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The chosen column has no values.</source>
            <translation>La colonne choisie ne contient aucune valeur.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing pasted yet.</source>
            <translation>Rien n’a encore été collé.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 valid · %2 invalid · %3 · %4 already on the list.</source>
            <translation>%1 valides · %2 non valides · %3 · %4 déjà sur la liste.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 duplicate</source>
            <translation>1 doublon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 duplicates</source>
            <translation>%1 doublons</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Adding them takes %1 (at most %2 URLs per call; batch calls are limited to 10 a minute).</source>
            <translation>Leur ajout nécessite %1 (au plus %2 URL par appel ; les appels groupés sont limités à 10 par minute).</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>The server charges 1 credit per call: %n credit(s).</source>
            <translation>
                <numerusform>Le serveur compte 1 crédit par appel : %n crédit.</numerusform>
                <numerusform>Le serveur compte 1 crédit par appel : %n crédits.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>The list is not loaded yet, so “already on the list” is not known.</source>
            <translation>La liste n’est pas encore chargée : « déjà sur la liste » ne peut donc pas être déterminé.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Add %1 (%2)</source>
            <translation>&amp;Ajouter %1 (%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 URL</source>
            <translation>1 URL</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 URLs</source>
            <translation>%1 URL</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Sending…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Stopping after the call in progress…</source>
            <translation>Arrêt après l’appel en cours…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Call %1 of %2 failed: %3</source>
            <translation>Échec de l’appel %1 sur %2 : %3</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Sent %1 of %2 calls: %3 added so far.</source>
            <translation>%1 appels envoyés sur %2 : %3 ajoutées jusqu’ici.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 added, %2 already on the list, %3 refused by the server (%4 of %5 sent).</source>
            <translation>%1 ajoutées, %2 déjà sur la liste, %3 refusées par le serveur (%4 sur %5 envoyées).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Stopped on request.</source>
            <translation>Arrêté à votre demande.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 URLs were not sent; press Add again to send them.</source>
            <translation>%1 URL n’ont pas été envoyées ; appuyez à nouveau sur Ajouter pour les envoyer.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::DncBatchPreviewModel</name>
        <message>
            <location filename="../../ui/dnc/DncBatchPreviewModel.cpp" line="+44" />
            <source>Will be added as %1</source>
            <translation>Sera ajoutée sous la forme %1</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Given</source>
            <translation>Saisie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What happens</source>
            <translation>Résultat prévu</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::DncCsvFile</name>
        <message>
            <location filename="../../models/import/DncCsvFile.cpp" line="+31" />
            <source>%1 cannot be opened: %2</source>
            <translation>Impossible d’ouvrir %1 : %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 is empty: there is no line to read.</source>
            <translation>%1 est vide : il n’y a aucune ligne à lire.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>%1 could not be read to the end: %2</source>
            <translation>%1 n’a pas pu être lu jusqu’au bout : %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source> (and %1 more)</source>
            <translation> (et %1 de plus)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a well-formed CSV file: %2%3. Nothing was read from it; fix those lines (or save it again from the spreadsheet) and import it again.</source>
            <translation>%1 n’est pas un fichier CSV bien formé : %2%3. Rien n’en a été lu ; corrigez ces lignes (ou enregistrez-le à nouveau depuis le tableur) et importez-le de nouveau.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Column %1</source>
            <translation>Colonne %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 has a header line but no rows.</source>
            <translation>%1 a une ligne d’en-tête mais aucune ligne de données.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::DncExport</name>
        <message>
            <location filename="../../models/jobs/DncExport.cpp" line="+64" />
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot save %1: %2. Nothing was written.</source>
            <translation>Impossible d’enregistrer %1 : %2. Rien n’a été écrit.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Cannot write %1: the folder does not exist.</source>
            <translation>Impossible d’écrire %1 : le dossier n’existe pas.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Kakiyo sent the entry %1 twice; the export stopped and nothing was written.</source>
            <translation>Kakiyo a envoyé l’entrée %1 deux fois ; l’export s’est arrêté et rien n’a été écrit.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::DncListEditor</name>
        <message>
            <location filename="../../ui/dnc/DncListEditor.cpp" line="+94" />
            <source>Filter by name or URL</source>
            <translation>Filtrer par nom ou URL</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filter the Do Not Contact list</source>
            <translation>Filtrer la liste « Ne pas contacter »</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Do Not Contact list</source>
            <translation>Liste « Ne pas contacter »</translation>
        </message>
        <message>
            <location line="+12" />
            <source>One profile</source>
            <translation>Un profil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LinkedIn &amp;URL</source>
            <translation>&amp;URL LinkedIn</translation>
        </message>
        <message>
            <location line="+4" />
            <source>LinkedIn profile URL</source>
            <translation>URL du profil LinkedIn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>linkedin.com/in/username</source>
            <translation>linkedin.com/in/identifiant</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Add to list</source>
            <translation>&amp;Ajouter à la liste</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add this URL to Do Not Contact</source>
            <translation>Ajouter cette URL à « Ne pas contacter »</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;heck (1 call)</source>
            <translation>&amp;Vérifier (1 appel)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check this URL against Do Not Contact on the server</source>
            <translation>Vérifier cette URL dans la liste « Ne pas contacter » du serveur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asks Kakiyo whether this person is on the list: one API call.</source>
            <translation>Demande à Kakiyo si cette personne est sur la liste : un appel API.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Many at once</source>
            <translation>Plusieurs à la fois</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paste a list or import a CSV; you see what will be added, and how many calls it takes, before anything is sent.</source>
            <translation>Collez une liste ou importez un CSV ; vous voyez ce qui sera ajouté et combien d’appels cela nécessite avant tout envoi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Paste or import many…</source>
            <translation>&amp;Coller ou importer en masse…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paste or import many URLs</source>
            <translation>Coller ou importer de nombreuses URL</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select entries in the list (Ctrl or Shift for several). Campaigns may contact removed people again. One call per entry.</source>
            <translation>Sélectionnez des entrées dans la liste (Ctrl ou Maj pour plusieurs). Les campagnes pourront recontacter les personnes retirées. Un appel par entrée.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Remove selected…</source>
            <translation>&amp;Retirer la sélection…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the selected entries</source>
            <translation>Retirer les entrées sélectionnées</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Entries removed</source>
            <translation>Entrées retirées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%v of %m removed</source>
            <translation>%v sur %m retirées</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Kakiyo skips everyone on this list when importing prospects, sending invitations and writing messages.</source>
            <translation>Kakiyo ignore toutes les personnes de cette liste lors de l’import de prospects, de l’envoi d’invitations et de l’écriture de messages.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The list could not be loaded: %1</source>
            <translation>Impossible de charger la liste : %1</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Remove selected entries</source>
            <translation>Retirer les entrées sélectionnées</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add to Do Not Contact…</source>
            <translation>Ajouter à « Ne pas contacter »…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Check a URL against Do Not Contact</source>
            <translation>Vérifier une URL dans « Ne pas contacter »</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add many to Do Not Contact (paste or CSV)…</source>
            <translation>Ajouter en masse à « Ne pas contacter » (collage ou CSV)…</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Paste a profile address, then press Enter to check it (one call).</source>
            <translation>Collez l’adresse d’un profil, puis appuyez sur Entrée pour la vérifier (un appel).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paste a profile address such as linkedin.com/in/jane-doe.</source>
            <translation>Collez l’adresse d’un profil, par exemple linkedin.com/in/marie-dupont.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Stored as %1 — already on the list since %2.</source>
            <translation>Enregistrée sous la forme %1 — déjà sur la liste depuis le %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stored as %1</source>
            <translation>Enregistrée sous la forme %1</translation>
        </message>
        <message>
            <location line="+28" />
            <source>%1 is already on the list since %2.</source>
            <translation>%1 est déjà sur la liste depuis le %2.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Adding %1…</source>
            <translation>Ajout de %1…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is now on the Do Not Contact list.</source>
            <translation>%1 figure désormais sur la liste « Ne pas contacter ».</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 was already on the list.</source>
            <translation>%1 était déjà sur la liste.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was not added: %2</source>
            <translation>%1 n’a pas été ajouté : %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Asking Kakiyo about %1…</source>
            <translation>Interrogation de Kakiyo sur %1…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The check failed: %1</source>
            <translation>La vérification a échoué : %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is on the list since %2.</source>
            <translation>%1 est sur la liste depuis le %2.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is on the list.</source>
            <translation>%1 est sur la liste.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not on the list.</source>
            <translation>%1 n’est pas sur la liste.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Add many: %1 added, %2 already on the list, %3 refused.</source>
            <translation>Ajout en masse : %1 ajoutées, %2 déjà sur la liste, %3 refusées.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>%1 entries</source>
            <translation>%1 entrées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove %1 from Do Not Contact?

Campaigns may contact %2 again. This takes %3 (one per entry).</source>
            <translation>Retirer %1 de « Ne pas contacter » ?

Les campagnes pourront à nouveau contacter %2. Cela nécessite %3 (un par entrée).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>this person</source>
            <translation>cette personne</translation>
        </message>
        <message>
            <location line="+0" />
            <source>these people</source>
            <translation>ces personnes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 call</source>
            <translation>1 appel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 calls</source>
            <translation>%1 appels</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>The server charges 1 credit per call: %n credit(s).</source>
            <translation>
                <numerusform>Le serveur compte 1 crédit par appel : %n crédit.</numerusform>
                <numerusform>Le serveur compte 1 crédit par appel : %n crédits.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove from Do Not Contact</source>
            <translation>Retirer de « Ne pas contacter »</translation>
        </message>
        <message>
            <location line="+21" />
            <source>1 entry removed.</source>
            <translation>1 entrée retirée.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 entries removed.</source>
            <translation>%1 entrées retirées.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2 removed. Not removed: %3</source>
            <translation>%1 sur %2 retirées. Non retirées : %3</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Removing %1 of %2: %3…</source>
            <translation>Retrait de %1 sur %2 : %3…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Nobody is on the list yet</source>
            <translation>Personne n’est encore sur la liste</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 person</source>
            <translation>1 personne</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 people</source>
            <translation>%1 personnes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 of %2 shown</source>
            <translation>%1 affichées sur %2</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::DncListModel</name>
        <message>
            <location filename="../../models/DncListModel.cpp" line="+41" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location line="+2" />
            <source>LinkedIn URL</source>
            <translation>URL LinkedIn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Added</source>
            <translation>Ajoutée le</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::DncPage</name>
        <message>
            <location filename="../../ui/dnc/DncPage.cpp" line="+19" />
            <source>Do Not Contact</source>
            <translation>Ne pas contacter</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export Do Not Contact list to CSV…</source>
            <translation>Exporter la liste « Ne pas contacter » en CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Writes every entry to a CSV file that imports can use to skip these people (one call per 1,000 entries).</source>
            <translation>Écrit chaque entrée dans un fichier CSV que les imports peuvent utiliser pour écarter ces personnes (un appel pour 1 000 entrées).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the Do Not Contact list to a CSV file</source>
            <translation>Exporter la liste « Ne pas contacter » dans un fichier CSV</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Exporting: %1 entries read…</source>
            <translation>Export : %1 entrées lues…</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Exported %n entries to %1.</source>
            <translation>
                <numerusform>%n entrée exportée dans %1.</numerusform>
                <numerusform>%n entrées exportées dans %1.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>The export failed: %1</source>
            <translation>L’export a échoué : %1</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Export the Do Not Contact list</source>
            <translation>Exporter la liste « Ne pas contacter »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Exporting the Do Not Contact list…</source>
            <translation>Export de la liste « Ne pas contacter »…</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ImportReportModel</name>
        <message>
            <location filename="../../ui/import/ImportReportModel.cpp" line="+72" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+2" />
            <source>LinkedIn URL</source>
            <translation>URL LinkedIn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Already in a campaign</source>
            <translation>Déjà dans une campagne</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invalid (server)</source>
            <translation>Non valide (serveur)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skipped (Do Not Contact)</source>
            <translation>Ignoré (Ne pas contacter)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Profile not found</source>
            <translation>Profil introuvable</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left out</source>
            <translation>Écarté</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not sent / pending</source>
            <translation>Non envoyé / en attente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not reported</source>
            <translation>Non signalé</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ImportRunner</name>
        <message>
            <location filename="../../models/import/ImportRunner.cpp" line="+119" />
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location line="+63" />
            <location line="+49" />
            <location line="+156" />
            <location line="+111" />
            <source>The import journal could not be written: %1</source>
            <translation>Le journal d’import n’a pas pu être écrit : %1</translation>
        </message>
        <message>
            <location line="-194" />
            <source>Batch %1 was refused: %2</source>
            <translation>Le lot %1 a été refusé : %2</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Batch %1 was not finished by the server %2 s after it was accepted (its status is "%3"); run the import again later to resume it.</source>
            <translation>Le serveur n’a pas terminé le lot %1 %2 s après l’avoir accepté (son état est « %3 ») ; relancez l’import plus tard pour le reprendre.</translation>
        </message>
        <message>
            <location line="+72" />
            <source>The import status could not be read: %1</source>
            <translation>Impossible de lire l’état de l’import : %1</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Connection lost</source>
            <translation>Connexion perdue</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 — retrying in %2 s</source>
            <translation>%1 — nouvel essai dans %2 s</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The import made no progress for %1 s%2; run the import again later to resume it.</source>
            <translation>L’import n’a pas progressé pendant %1 s%2 ; relancez l’import plus tard pour le reprendre.</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (last problem: %1)</source>
            <translation> (dernier problème : %1)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Finished</source>
            <translation>Terminé</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ImportWizard</name>
        <message numerus="yes">
            <location filename="../../ui/import/ImportTexts.cpp" line="+20" />
            <source>%n s</source>
            <translation>
                <numerusform>%n s</numerusform>
                <numerusform>%n s</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <location line="+7" />
            <source>comma</source>
            <translation>virgule</translation>
        </message>
        <message>
            <location line="+2" />
            <source>semicolon</source>
            <translation>point-virgule</translation>
        </message>
        <message>
            <location line="+2" />
            <source>tab</source>
            <translation>tabulation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>pipe</source>
            <translation>barre verticale</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../../ui/import/PreviewStep.cpp" line="+43" />
            <source>Malformed lines</source>
            <translation>Lignes mal formées</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No name</source>
            <translation>Sans nom</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not a LinkedIn profile URL</source>
            <translation>Pas une URL de profil LinkedIn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Custom data over %1 characters</source>
            <translation>Données personnalisées de plus de %1 caractères</translation>
        </message>
        <message>
            <location line="+3" />
            <source>On your Do Not Contact list</source>
            <translation>Sur votre liste « Ne pas contacter »</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Duplicates folded into their first row</source>
            <translation>Doublons fusionnés dans leur première ligne</translation>
        </message>
        <message>
            <location filename="../../ui/import/ImportWizardState.cpp" line="+22" />
            <source>Cannot open the import journal %1: %2</source>
            <translation>Impossible d’ouvrir le journal d’import %1 : %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>"%1" is not a file that can be read.</source>
            <translation>« %1 » n’est pas un fichier lisible.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot import %1: %2</source>
            <translation>Impossible d’importer %1 : %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 does not look like a CSV file: its first line has no column separator.</source>
            <translation>%1 ne ressemble pas à un fichier CSV : sa première ligne ne contient aucun séparateur de colonnes.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 has a header line but no rows.</source>
            <translation>%1 a une ligne d’en-tête mais aucune ligne de données.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Resume the import?</source>
            <translation>Reprendre l’import ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An import of this file started %1 stopped after %2 of %3 batches. Resume it where it stopped?

No: look at the file again and start a new import (people the server already has are then reported as already in a campaign).</source>
            <translation>Un import de ce fichier commencé le %1 s’est arrêté après %2 lots sur %3. Le reprendre là où il s’est arrêté ?

Non : relire le fichier et lancer un nouvel import (les personnes déjà connues du serveur seront alors signalées comme déjà dans une campagne).</translation>
        </message>
        <message>
            <location filename="../../ui/import/FileStep.cpp" line="+20" />
            <source>Choose a file</source>
            <translation>Choisir un fichier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A CSV export from Sales Navigator, a CRM or a spreadsheet. You can also drop the file on this window.</source>
            <translation>Un export CSV de Sales Navigator, d’un CRM ou d’un tableur. Vous pouvez aussi déposer le fichier sur cette fenêtre.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>CSV file</source>
            <translation>Fichier CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Path of a .csv file</source>
            <translation>Chemin d’un fichier .csv</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Browse for a CSV file</source>
            <translation>Rechercher un fichier CSV</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Columns are detected from the header line: a name (or first and last name), the LinkedIn profile URL and anything you want to pass to the agent as custom data.</source>
            <translation>Les colonnes sont détectées à partir de la ligne d’en-tête : un nom (ou un prénom et un nom), l’URL du profil LinkedIn et tout ce que vous souhaitez transmettre à l’agent en données personnalisées.</translation>
        </message>
        <message>
            <location line="+15" />
            <location filename="../../ui/import/ImportWizard.cpp" line="+27" />
            <source>Import leads</source>
            <translation>Importer des prospects</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/import/PreviewStep.cpp" line="-21" />
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <location line="+9" />
            <source>First rows of the file</source>
            <translation>Premières lignes du fichier</translation>
        </message>
        <message numerus="yes">
            <location line="+21" />
            <source>Separated by %1 · %2 · %n columns · first %3 rows shown</source>
            <translation>
                <numerusform>Séparateur : %1 · %2 · %n colonne · %3 premières lignes affichées</numerusform>
                <numerusform>Séparateur : %1 · %2 · %n colonnes · %3 premières lignes affichées</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>in the file</source>
            <translation>dans le fichier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>in the first %1 rows</source>
            <translation>dans les %1 premières lignes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No malformed lines %1.</source>
            <translation>Aucune ligne mal formée %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Malformed lines %1: %2. They will be left out; the rest is imported.</source>
            <translation>Lignes mal formées %1 : %2. Elles seront écartées ; le reste sera importé.</translation>
        </message>
        <message>
            <location filename="../../ui/import/MappingStep.cpp" line="+19" />
            <source>Columns</source>
            <translation>Colonnes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detected from the header line; change anything that is wrong.</source>
            <translation>Détectées à partir de la ligne d’en-tête ; corrigez ce qui est faux.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Name column</source>
            <translation>Colonne du nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First name column</source>
            <translation>Colonne du prénom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name column</source>
            <translation>Colonne du nom de famille</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LinkedIn URL column</source>
            <translation>Colonne de l’URL LinkedIn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;First name:</source>
            <translation>&amp;Prénom :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Last name:</source>
            <translation>Nom de &amp;famille :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LinkedIn &amp;URL:</source>
            <translation>&amp;URL LinkedIn :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Custom data template</source>
            <translation>Modèle de données personnalisées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. {Company} – {Title}; empty: none</source>
            <translation>p. ex. {Company} – {Title} ; vide : aucune</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Insert a column into the template</source>
            <translation>Insérer une colonne dans le modèle</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Custom data:</source>
            <translation>&amp;Données perso. :</translation>
        </message>
        <message>
            <location line="+7" />
            <source>First row:</source>
            <translation>Première ligne :</translation>
        </message>
        <message>
            <location line="+24" />
            <source>(first + last name columns)</source>
            <translation>(colonnes prénom + nom)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(choose a column)</source>
            <translation>(choisissez une colonne)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insert column…</source>
            <translation>Insérer une colonne…</translation>
        </message>
        <message>
            <location line="+38" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no URL)</source>
            <translation>(sans URL)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Custom data: “%1” (%2 of %3 characters)</source>
            <translation>Données personnalisées : « %1 » (%2 caractères sur %3)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The template names columns the file does not have: %1</source>
            <translation>Le modèle cite des colonnes absentes du fichier : %1</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n of the first rows have custom data over %1 characters; such rows will be left out.</source>
            <translation>
                <numerusform>%n des premières lignes a des données personnalisées de plus de %1 caractères ; ces lignes seront écartées.</numerusform>
                <numerusform>%n des premières lignes ont des données personnalisées de plus de %1 caractères ; ces lignes seront écartées.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/import/ValidationStep.cpp" line="+26" />
            <source>Check</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every row is checked here, offline; nothing is sent and nothing costs credits.</source>
            <translation>Chaque ligne est vérifiée ici, hors ligne ; rien n’est envoyé et rien ne coûte de crédits.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Leave out people on your &amp;Do Not Contact list</source>
            <translation>Écarter les personnes de votre liste « &amp;Ne pas contacter »</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check the Do Not Contact list</source>
            <translation>Vérifier la liste « Ne pas contacter »</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Reading the file</source>
            <translation>Lecture du fichier</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rows left out</source>
            <translation>Lignes écartées</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Loading the Do Not Contact list…</source>
            <translation>Chargement de la liste « Ne pas contacter »…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The Do Not Contact list could not be loaded (%1); the server still skips listed people when they are sent.</source>
            <translation>La liste « Ne pas contacter » n’a pas pu être chargée (%1) ; le serveur ignorera tout de même les personnes listées lors de l’envoi.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Profiles on the list: %1 (as of %2).</source>
            <translation>Profils sur la liste : %1 (au %2).</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Waiting for the Do Not Contact list…</source>
            <translation>En attente de la liste « Ne pas contacter »…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reading %1…</source>
            <translation>Lecture de %1…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Cannot read the file: %1</source>
            <translation>Impossible de lire le fichier : %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;%1 rows read: %2 will be sent, %3 left out.&lt;/b&gt;</source>
            <translation>&lt;b&gt;%1 lignes lues : %2 seront envoyées, %3 écartées.&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Nothing to import: fix the file or the columns.</source>
            <translation>Rien à importer : corrigez le fichier ou les colonnes.</translation>
        </message>
        <message>
            <location filename="../../ui/import/TargetStep.cpp" line="+29" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the people go, and what sending them will take.</source>
            <translation>Où vont les personnes, et ce que leur envoi nécessitera.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One &amp;campaign:</source>
            <translation>Une &amp;campagne :</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Target campaign</source>
            <translation>Campagne cible</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Round-robin over two or more campaigns (by their workload):</source>
            <translation>&amp;Répartition tournante sur deux campagnes ou plus (selon leur charge) :</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Campaigns for round-robin</source>
            <translation>Campagnes de la répartition tournante</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The campaign list could not be loaded: %1</source>
            <translation>Impossible de charger la liste des campagnes : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Loading the campaigns…</source>
            <translation>Chargement des campagnes…</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Recording the import…</source>
            <translation>Enregistrement de l’import…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Cannot record the import: %1</source>
            <translation>Impossible d’enregistrer l’import : %1</translation>
        </message>
        <message>
            <location line="+45" />
            <source>There are no campaigns yet.</source>
            <translation>Il n’y a encore aucune campagne.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&lt;b&gt;%1 people in %2 batch calls&lt;/b&gt;, plus about %3 status checks (%4 calls in all)</source>
            <translation>&lt;b&gt;%1 personnes en %2 appels par lots&lt;/b&gt;, plus environ %3 vérifications d’état (%4 appels en tout)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 · %2 credits · %3.</source>
            <translation>%1 · %2 crédits · %3.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 · no credits for calls on this server · %2.</source>
            <translation>%1 · les appels ne coûtent pas de crédit sur ce serveur · %2.</translation>
        </message>
        <message>
            <location line="-10" />
            <source>at least %1 under the rate limits</source>
            <translation>au moins %1 avec les limites de débit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the rate limits allow it without waiting</source>
            <translation>les limites de débit le permettent sans attente</translation>
        </message>
        <message>
            <location filename="../../ui/import/ProgressStep.cpp" line="+20" />
            <source>Importing</source>
            <translation>Import en cours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can pause, or close the window: the import resumes where it stopped when you open the same file again.</source>
            <translation>Vous pouvez mettre en pause ou fermer la fenêtre : l’import reprendra là où il s’est arrêté quand vous rouvrirez le même fichier.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import progress</source>
            <translation>Progression de l’import</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Res&amp;ume</source>
            <translation>&amp;Reprendre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Stop import</source>
            <translation>&amp;Arrêter l’import</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop the import for good</source>
            <translation>Arrêter définitivement l’import</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Stop the import?</source>
            <translation>Arrêter l’import ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows not sent yet will not be imported, and this import cannot be resumed. People already sent stay in the campaign.</source>
            <translation>Les lignes pas encore envoyées ne seront pas importées, et cet import ne pourra pas être repris. Les personnes déjà envoyées restent dans la campagne.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>This import cannot be started: it is finished or no longer in the journal.</source>
            <translation>Cet import ne peut pas être lancé : il est terminé ou ne figure plus dans le journal.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 of %2 batches confirmed · %3 of %4 people answered · %5 elapsed</source>
            <translation>%1 lots confirmés sur %2 · %3 personnes traitées sur %4 · %5 écoulé</translation>
        </message>
        <message>
            <location line="+6" />
            <source> · about %1 left</source>
            <translation> · environ %1 restant</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Paused. Nothing more is sent until you resume.</source>
            <translation>En pause. Plus rien n’est envoyé jusqu’à la reprise.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Waiting: %1</source>
            <translation>En attente : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Done. The report shows what happened to every row.</source>
            <translation>Terminé. Le rapport indique ce qu’il est advenu de chaque ligne.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stopped. The report shows which rows were not sent.</source>
            <translation>Arrêté. Le rapport indique les lignes non envoyées.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The import stopped: %1 Fix this, then open the same file again to resume.</source>
            <translation>L’import s’est arrêté : %1 Corrigez le problème, puis rouvrez le même fichier pour reprendre.</translation>
        </message>
        <message>
            <location filename="../../ui/import/ReportStep.cpp" line="+25" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Outcome per row</source>
            <translation>Résultat par ligne</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exporter en CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export the report as CSV</source>
            <translation>Exporter le rapport en CSV</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export the report</source>
            <translation>Exporter le rapport</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Saved to %1</source>
            <translation>Enregistré dans %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Could not save: %1</source>
            <translation>Enregistrement impossible : %1</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 rows in %2.</source>
            <translation>%1 lignes dans %2.</translation>
        </message>
        <message>
            <location filename="../../ui/import/ImportWizard.cpp" line="+4" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+101" />
            <source>Close the import?</source>
            <translation>Fermer l’import ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The import is not finished. Close the window and stop sending? Everything sent so far is kept; open the same file again to resume where it stopped.</source>
            <translation>L’import n’est pas terminé. Fermer la fenêtre et arrêter l’envoi ? Tout ce qui a été envoyé est conservé ; rouvrez le même fichier pour reprendre là où il s’est arrêté.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::KeyManagerDialog</name>
        <message>
            <location filename="../../ui/keys/KeyManagerDialog.cpp" line="+51" />
            <source>Manage keys</source>
            <translation>Gérer les clés</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Profiles</source>
            <translation>Profils</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add a profile</source>
            <translation>Ajouter un profil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove…</source>
            <translation>Retirer…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the selected profile</source>
            <translation>Retirer le profil sélectionné</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Switch to it</source>
            <translation>Utiliser ce profil</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Switch to the selected profile</source>
            <translation>Passer au profil sélectionné</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Profile name</source>
            <translation>Nom du profil</translation>
        </message>
        <message>
            <location line="+3" />
            <source>API base URL</source>
            <translation>URL de base de l’API</translation>
        </message>
        <message>
            <location line="+4" />
            <source>API key</source>
            <translation>Clé API</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paste the 40-character key</source>
            <translation>Collez la clé de 40 caractères</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+109" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location line="-107" />
            <location line="+108" />
            <source>Show the key</source>
            <translation>Afficher la clé</translation>
        </message>
        <message>
            <location line="-102" />
            <source>Key check</source>
            <translation>Vérification de la clé</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+247" />
            <source>Verify and save</source>
            <translation>Vérifier et enregistrer</translation>
        </message>
        <message>
            <location line="-245" />
            <source>Verify the key and save it</source>
            <translation>Vérifier la clé et l’enregistrer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Verification result</source>
            <translation>Résultat de la vérification</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Base &amp;URL</source>
            <translation>&amp;URL de base</translation>
        </message>
        <message>
            <location line="+2" />
            <source>API &amp;key</source>
            <translation>&amp;Clé API</translation>
        </message>
        <message>
            <location line="+13" />
            <source>API generation of the server</source>
            <translation>Génération d’API du serveur</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Do API calls cost credits</source>
            <translation>Les appels d’API coûtent-ils des crédits</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Server</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Credits per call</source>
            <translation>&amp;Crédits par appel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Checking secure storage on this machine…</source>
            <translation>Vérification du stockage sécurisé sur cet ordinateur…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Secure storage</source>
            <translation>Stockage sécurisé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use for this session only</source>
            <translation>Utiliser pour cette session uniquement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep keys for this session only</source>
            <translation>Conserver les clés pour cette session uniquement</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The key is kept in memory and forgotten when Kakiyo Desk quits: you will paste it again next time. It is never written to disk.</source>
            <translation>La clé est conservée en mémoire et oubliée à la fermeture de Kakiyo Desk : vous devrez la coller à nouveau la prochaine fois. Elle n’est jamais écrite sur le disque.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Hide</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hide the key</source>
            <translation>Masquer la clé</translation>
        </message>
        <message>
            <location line="+10" />
            <source>My team</source>
            <translation>Mon équipe</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Secure storage works on this machine: keys are kept in the system keychain.</source>
            <translation>Le stockage sécurisé fonctionne sur cet ordinateur : les clés sont conservées dans le trousseau du système.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keys are kept for this session only.</source>
            <translation>Les clés sont conservées pour cette session uniquement.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Secure storage does not work on this machine (%1). Keys cannot be saved between sessions.</source>
            <translation>Le stockage sécurisé ne fonctionne pas sur cet ordinateur (%1). Les clés ne peuvent pas être conservées d’une session à l’autre.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>%1 (current)</source>
            <translation>%1 (actuel)</translation>
        </message>
        <message>
            <location line="+51" />
            <source>%1 / %2 characters</source>
            <translation>%1 / %2 caractères</translation>
        </message>
        <message>
            <location line="+4" />
            <source>looks right</source>
            <translation>semble correcte</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Verifying…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New profile</source>
            <translation>Nouveau profil</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New profile %1</source>
            <translation>Nouveau profil %1</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Remove profile</source>
            <translation>Retirer le profil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the profile "%1" and its stored key from this computer? The key itself stays valid on the Kakiyo side.</source>
            <translation>Retirer le profil « %1 » et sa clé enregistrée de cet ordinateur ? La clé elle-même reste valide côté Kakiyo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The stored key could not be removed: %1</source>
            <translation>La clé enregistrée n’a pas pu être supprimée : %1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>No key is stored for "%1" yet: paste it and choose Verify and save.</source>
            <translation>Aucune clé n’est encore enregistrée pour « %1 » : collez-la et choisissez Vérifier et enregistrer.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Switched to "%1".</source>
            <translation>Profil « %1 » utilisé.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Checking the key with %1…</source>
            <translation>Vérification de la clé auprès de %1…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The key works (team %1) but could not be saved: %2</source>
            <translation>La clé fonctionne (équipe %1) mais n’a pas pu être enregistrée : %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Key verified for team %1 and saved in the keychain.</source>
            <translation>Clé vérifiée pour l’équipe %1 et enregistrée dans le trousseau.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key verified for team %1; kept for this session only.</source>
            <translation>Clé vérifiée pour l’équipe %1 ; conservée pour cette session uniquement.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::KeyStore</name>
        <message>
            <location filename="../../models/store/KeychainKeyStore.cpp" line="+20" />
            <source>No API key is stored for this profile yet.</source>
            <translation>Aucune clé API n’est encore enregistrée pour ce profil.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Secure storage is unavailable or locked: %1</source>
            <translation>Le stockage sécurisé est indisponible ou verrouillé : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown error</source>
            <translation>erreur inconnue</translation>
        </message>
        <message>
            <location filename="../../models/store/KeyStore.cpp" line="+57" />
            <source>Secure storage gave back something other than what was stored.</source>
            <translation>Le stockage sécurisé a renvoyé autre chose que ce qui avait été enregistré.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Secure storage did not keep a test entry.</source>
            <translation>Le stockage sécurisé n’a pas conservé une entrée de test.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::KpiTile</name>
        <message>
            <location filename="../../ui/analytics/KpiTile.cpp" line="+12" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+26" />
            <source>no earlier snapshot</source>
            <translation>rien à comparer</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::LibraryPage</name>
        <message>
            <location filename="../../ui/library/LibraryPage.cpp" line="+61" />
            <source>Library</source>
            <translation>Bibliothèque</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Library sections</source>
            <translation>Sections de la bibliothèque</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Products</source>
            <translation>&amp;Produits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;rompts</source>
            <translation>P&amp;rompts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Models</source>
            <translation>&amp;Modèles</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The list could not be loaded: %1</source>
            <translation>Impossible de charger la liste : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+67" />
            <source>New product…</source>
            <translation>Nouveau produit…</translation>
        </message>
        <message>
            <location line="-62" />
            <location line="+139" />
            <source>New prompt…</source>
            <translation>Nouveau prompt…</translation>
        </message>
        <message>
            <location line="-70" />
            <source>Products</source>
            <translation>Produits</translation>
        </message>
        <message>
            <location line="+38" />
            <source>product</source>
            <translation>produit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>products</source>
            <translation>produits</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Prompts</source>
            <translation>Prompts</translation>
        </message>
        <message>
            <location line="+20" />
            <source>prompt</source>
            <translation>prompt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>prompts</source>
            <translation>prompts</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No prompts yet: create one with “New prompt…”.</source>
            <translation>Aucun prompt pour l’instant : créez-en un avec « Nouveau prompt… ».</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Prompt “%1” saved.</source>
            <translation>Prompt « %1 » enregistré.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The prompt was not saved, so it stays open; see the message in the editor.</source>
            <translation>Le prompt n’a pas été enregistré, il reste donc ouvert ; voyez le message dans l’éditeur.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>AI models and prices</source>
            <translation>Modèles d’IA et tarifs</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Prices in USD as Kakiyo reports them; the API documents them per 1,000 tokens. “Cached input” is the price of input the provider has cached; “—” means the model has none. Click a column to sort.</source>
            <translation>Tarifs en USD tels que Kakiyo les indique ; l’API les documente pour 1 000 tokens. « Entrée en cache » est le prix de l’entrée mise en cache par le fournisseur ; « — » signifie que le modèle n’en a pas. Cliquez sur une colonne pour trier.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 a prompt can use</source>
            <translation>%1 utilisables par un prompt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>model</source>
            <translation>modèle</translation>
        </message>
        <message>
            <location line="+0" />
            <source>models</source>
            <translation>modèles</translation>
        </message>
        <message>
            <location line="+101" />
            <source>No products yet</source>
            <translation>Aucun produit pour l’instant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No product selected</source>
            <translation>Aucun produit sélectionné</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create one with “New product…”: campaigns need a product to talk about.</source>
            <translation>Créez-en un avec « Nouveau produit… » : les campagnes ont besoin d’un produit à présenter.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select a product to see its full description.</source>
            <translation>Sélectionnez un produit pour voir sa description complète.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Created %1</source>
            <translation>Créé le %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Id %1</source>
            <translation>Identifiant %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(no description)</source>
            <translation>(aucune description)</translation>
        </message>
        <message>
            <location line="+47" />
            <source>“%1” has unsaved changes. Save them before opening another prompt?</source>
            <translation>« %1 » a des modifications non enregistrées. Les enregistrer avant d’ouvrir un autre prompt ?</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Saving the prompt; the window closes when it is saved.</source>
            <translation>Enregistrement du prompt ; la fenêtre se fermera une fois l’enregistrement terminé.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“%1” has unsaved changes. Save them before closing?</source>
            <translation>« %1 » a des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Product “%1” created.</source>
            <translation>Produit « %1 » créé.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Prompt “%1” created. Write its sections in the editor.</source>
            <translation>Prompt « %1 » créé. Rédigez ses sections dans l’éditeur.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::LiveDesk</name>
        <message>
            <location filename="../../app/LiveDesk.cpp" line="+19" />
            <location line="+17" />
            <source>Alerts</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+51" />
            <source>Show alerts</source>
            <translation>Afficher les alertes</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Alerts (%1)</source>
            <translation>Alertes (%1)</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::MainWindow</name>
        <message>
            <location filename="../../ui/shell/MainWindow.cpp" line="+73" />
            <source>Overview</source>
            <translation>Vue d’ensemble</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Agents</source>
            <translation>Agents</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prospects</source>
            <translation>Prospects</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Analytics</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Library</source>
            <translation>Bibliothèque</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Webhooks</source>
            <translation>Webhooks</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Do Not Contact</source>
            <translation>Ne pas contacter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Workspaces</source>
            <translation>Espaces de travail</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Kakiyo Desk</source>
            <translation>Kakiyo Desk</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <location line="+23" />
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Ctrl+%2)</translation>
        </message>
        <message>
            <location line="+178" />
            <location line="+25" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="+72" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%1, %n unread</source>
            <translation>
                <numerusform>%1, %n non lu</numerusform>
                <numerusform>%1, %n non lus</numerusform>
            </translation>
        </message>
        <message>
            <location line="-212" />
            <source>Go to %1</source>
            <translation>Aller à %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Refresh this page</source>
            <translation>Actualiser cette page</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Command palette</source>
            <translation>Palette de commandes</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Manage keys and profiles…</source>
            <translation>Gérer les clés et les profils…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dismiss all notices</source>
            <translation>Fermer tous les avis</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::MemoryKeyStore</name>
        <message>
            <location filename="../../models/store/MemoryKeyStore.cpp" line="+12" />
            <source>Secure storage is not available, so the API key is kept in memory for this session only. You will need to enter it again next time.</source>
            <translation>Le stockage sécurisé n’est pas disponible : la clé API est donc conservée en mémoire pour cette session uniquement. Vous devrez la saisir à nouveau la prochaine fois.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>No API key is stored for this profile yet.</source>
            <translation>Aucune clé API n’est encore enregistrée pour ce profil.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ModelCatalogModel</name>
        <message>
            <location filename="../../models/ModelCatalogModel.cpp" line="+12" />
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Input price</source>
            <translation>Prix en entrée</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Output price</source>
            <translation>Prix en sortie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cached input</source>
            <translation>Entrée en cache</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+22" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inactive</source>
            <translation>Inactif</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Model id %1</source>
            <translation>Identifiant du modèle %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No cached-input price for this model</source>
            <translation>Pas de prix d’entrée en cache pour ce modèle</translation>
        </message>
        <message>
            <location line="+13" />
            <source>USD, as the API reports it (documented per 1,000 tokens)</source>
            <translation>USD, tel que l’API l’indique (documenté pour 1 000 tokens)</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ModelDetailsPane</name>
        <message>
            <location filename="../../ui/library/ModelDetailsPane.cpp" line="+34" />
            <location line="+4" />
            <location line="+56" />
            <location line="+27" />
            <source>Model details</source>
            <translation>Détails du modèle</translation>
        </message>
        <message>
            <location line="-76" />
            <source>Ask Kakiyo again for this model (one call)</source>
            <translation>Redemander ce modèle à Kakiyo (un appel)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh the model details</source>
            <translation>Actualiser les détails du modèle</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Id:</source>
            <translation>Identifiant :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status:</source>
            <translation>Statut :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Input price:</source>
            <translation>Prix de l’entrée :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Output price:</source>
            <translation>Prix de la sortie :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cached input price:</source>
            <translation>Prix de l’entrée en cache :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prices in USD per 1,000 tokens as Kakiyo reports them. Select the id to copy it.</source>
            <translation>Prix en USD pour 1 000 jetons, tels que Kakiyo les indique. Sélectionnez l’identifiant pour le copier.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Select a model to see its details.</source>
            <translation>Sélectionnez un modèle pour voir ses détails.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The details of model %1 could not be loaded: %2</source>
            <translation>Les détails du modèle %1 n’ont pas pu être chargés : %2</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inactive</source>
            <translation>Inactif</translation>
        </message>
        <message>
            <location line="+5" />
            <source>— (none)</source>
            <translation>— (aucun)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From the cache; refresh to ask Kakiyo again.</source>
            <translation>Depuis le cache ; actualisez pour redemander à Kakiyo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>As Kakiyo reports it now.</source>
            <translation>Tel que Kakiyo l’indique maintenant.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::OutreachFigures</name>
        <message>
            <location filename="../../models/OutreachFigures.cpp" line="+32" />
            <source>Invitations accepted ÷ invitations sent × 100. Sent: conversations in status 1–6 (Invitation sent, Invitation accepted, Contacted, Replied, Qualified, Unqualified); accepted: status 2–6. Not started (0), Skipped (7) and the error states 502–505 are no invitation. “—” when nothing was sent.</source>
            <translation>Invitations acceptées ÷ invitations envoyées × 100. Envoyées : conversations aux statuts 1 à 6 (Invitation envoyée, Invitation acceptée, Contacté, A répondu, Qualifié, Non qualifié) ; acceptées : statuts 2 à 6. Non commencé (0), Ignoré (7) et les états d’erreur 502 à 505 ne sont pas des invitations. « — » quand rien n’a été envoyé.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>%1 invitations today, above the recommended %2 a day</source>
            <translation>%1 invitations aujourd’hui, au-dessus des %2 par jour recommandées</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 invitations this month, above LinkedIn's ~%2 a month</source>
            <translation>%1 invitations ce mois-ci, au-dessus des ~%2 par mois de LinkedIn</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Configured for up to %1 invitations a day, above the recommended %2</source>
            <translation>Configuré pour %1 invitations par jour au plus, au-dessus des %2 recommandées</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 invitations in the last 7 days, above the ~%2 a week that %3 a day implies</source>
            <translation>%1 invitations sur les 7 derniers jours, au-dessus des ~%2 par semaine qu’impliquent %3 par jour</translation>
        </message>
        <message>
            <location line="+6" />
            <source>At its configured maximum (%1 a day, %2 working days a week) it would send %3 invitations a week, above the ~%4 that %5 a day implies</source>
            <translation>À son maximum configuré (%1 par jour, %2 jours ouvrés par semaine), il enverrait %3 invitations par semaine, au-dessus des ~%4 qu’impliquent %5 par jour</translation>
        </message>
        <message>
            <location line="+9" />
            <source>At its configured maximum (%1 a day, %2 working days a week) it would send about %3 invitations a month, above LinkedIn's ~%4</source>
            <translation>À son maximum configuré (%1 par jour, %2 jours ouvrés par semaine), il enverrait environ %3 invitations par mois, au-dessus des ~%4 de LinkedIn</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::OutreachLoader</name>
        <message>
            <location filename="../../models/jobs/OutreachLoader.cpp" line="+50" />
            <source>agents</source>
            <translation>agents</translation>
        </message>
        <message>
            <location line="+12" />
            <source>campaigns</source>
            <translation>campagnes</translation>
        </message>
        <message>
            <location line="+27" />
            <source>agent details</source>
            <translation>détails des agents</translation>
        </message>
        <message>
            <location line="+24" />
            <source>conversations</source>
            <translation>conversations</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::OutreachTables</name>
        <message>
            <location filename="../../models/OutreachTables.cpp" line="+29" />
            <source>Sender</source>
            <translation>Expéditeur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>One agent = one LinkedIn account</source>
            <translation>Un agent = un compte LinkedIn</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+53" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Invited</source>
            <translation>Invités</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conversations of its campaigns in status 1–6 (an invitation was sent)</source>
            <translation>Conversations de ses campagnes aux statuts 1 à 6 (une invitation a été envoyée)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accepted</source>
            <translation>Acceptées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conversations of its campaigns in status 2–6 (the invitation was accepted)</source>
            <translation>Conversations de ses campagnes aux statuts 2 à 6 (l’invitation a été acceptée)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+36" />
            <source>Acceptance rate</source>
            <translation>Taux d’acceptation</translation>
        </message>
        <message>
            <location line="-35" />
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invitations sent today (the agent's usage.invitationsDaily); recommended at most %1 a day</source>
            <translation>Invitations envoyées aujourd’hui (usage.invitationsDaily de l’agent) ; au plus %1 par jour recommandées</translation>
        </message>
        <message>
            <location line="+3" />
            <source>7 days</source>
            <translation>7 jours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invitations sent today and on the six days before: today's usage.invitationsDaily plus the same counter in the snapshot the app stored on each earlier day (the API gives no weekly count). A day the app did not load is missing from the sum, so with a short history the figure is too low. About %1 a week is what %2 a day implies (the contract recommends no weekly figure)</source>
            <translation>Invitations envoyées aujourd'hui et les six jours précédents : usage.invitationsDaily du jour plus le même compteur dans l'instantané enregistré par l'application chacun des jours précédents (l'API ne donne aucun total hebdomadaire). Un jour où l'application n'a rien chargé manque à la somme : avec un historique court, le chiffre est trop bas. Environ %1 par semaine, c'est ce qu'impliquent %2 par jour (le contrat ne recommande aucun chiffre hebdomadaire)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This month</source>
            <translation>Ce mois-ci</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invitations sent this month (the agent's usage.invitations); LinkedIn's ceiling is about %1 a month</source>
            <translation>Invitations envoyées ce mois-ci (usage.invitations de l’agent) ; le plafond de LinkedIn est d’environ %1 par mois</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Daily limit</source>
            <translation>Limite quotidienne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Configured maximum invitations a day (limits.invitationsMax)</source>
            <translation>Nombre maximal d’invitations par jour configuré (limits.invitationsMax)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned / month</source>
            <translation>Prévu / mois</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily limit × working days a week × 52 ÷ 12: what the configuration allows</source>
            <translation>Limite quotidienne × jours ouvrés par semaine × 52 ÷ 12 : ce que la configuration permet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Messages sent in its campaigns</source>
            <translation>Messages envoyés dans ses campagnes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replies</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prospects of its campaigns who answered</source>
            <translation>Prospects de ses campagnes qui ont répondu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reply rate</source>
            <translation>Taux de réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replies ÷ prospects of its campaigns × 100</source>
            <translation>Réponses ÷ prospects de ses campagnes × 100</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+30" />
            <source>Qualified</source>
            <translation>Qualifiés</translation>
        </message>
        <message>
            <location line="-27" />
            <location line="+17" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Prospects</source>
            <translation>Prospects</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invitations sent</source>
            <translation>Invitations envoyées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conversations in status 1–6</source>
            <translation>Conversations aux statuts 1 à 6</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connections made</source>
            <translation>Connexions établies</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conversations in status 2–6</source>
            <translation>Conversations aux statuts 2 à 6</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sent, change</source>
            <translation>Envoyées, variation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invitations sent now minus at the start of the chosen period (the snapshot the app stored that day)</source>
            <translation>Invitations envoyées maintenant moins celles du début de la période choisie (l'instantané enregistré ce jour-là)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Made, change</source>
            <translation>Établies, variation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connections made now minus at the start of the chosen period</source>
            <translation>Connexions établies maintenant moins celles du début de la période choisie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rate, change (pts)</source>
            <translation>Taux, variation (pts)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Acceptance rate now minus at the start of the chosen period, in percentage points</source>
            <translation>Taux d'acceptation maintenant moins celui du début de la période choisie, en points de pourcentage</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Still to invite</source>
            <translation>Encore à inviter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conversations in status 0 (Not started)</source>
            <translation>Conversations au statut 0 (Non commencé)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invitations a day</source>
            <translation>Invitations par jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Its sender's invitations today, shared equally among the sender's active campaigns</source>
            <translation>Les invitations du jour de son expéditeur, réparties également entre ses campagnes actives</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Days left</source>
            <translation>Jours restants</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days until the campaign runs out of prospects: still to invite ÷ invitations a day; “—” when the campaign sends none</source>
            <translation>Jours avant que la campagne n’ait plus de prospects : encore à inviter ÷ invitations par jour ; « — » quand la campagne n’en envoie aucune</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Qualified by month end</source>
            <translation>Qualifiés d’ici la fin du mois</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected qualified by the end of the month: qualified + invitations still possible this month at this pace × qualified ÷ invited so far</source>
            <translation>Qualifiés attendus d’ici la fin du mois : qualifiés + invitations encore possibles ce mois-ci à ce rythme × qualifiés ÷ invités jusqu’ici</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hour</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Prospects whose last reply arrived on this weekday and hour (your time), within the chosen period</source>
            <translation>Prospects dont la dernière réponse est arrivée ce jour de la semaine à cette heure (votre heure), dans la période choisie</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Computed from %1 %2 — fewer than %3, too few to compare (Kakiyo's guidance)</source>
            <translation>Calculé sur %1 %2 — moins de %3, trop peu pour comparer (recommandation de Kakiyo)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>From %1 of the last %2 days: the app stored no snapshot on the others, so the sum may be too low</source>
            <translation>Sur %1 des %2 derniers jours : l'application n'a enregistré aucun instantané les autres jours, la somme peut donc être trop basse</translation>
        </message>
        <message>
            <location line="+65" />
            <source>The snapshot of %1 or today's figures cover only part of the conversations: no change is shown</source>
            <translation>L'instantané du %1 ou les chiffres du jour ne couvrent qu'une partie des conversations : aucune variation n'est affichée</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>No data for the previous %n days: no snapshot of %1 or the day before is stored, so no change is shown</source>
            <translation>
                <numerusform>Aucune donnée pour le jour précédent : aucun instantané du %1 ni de la veille n'est enregistré, aucune variation n'est donc affichée</numerusform>
                <numerusform>Aucune donnée pour les %n jours précédents : aucun instantané du %1 ni de la veille n'est enregistré, aucune variation n'est donc affichée</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Changes appear once an earlier day is stored</source>
            <translation>Les variations apparaissent dès qu’un jour antérieur est enregistré</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The agent's details carry no usage block: its invitation counts are unknown</source>
            <translation>Les détails de l’agent ne contiennent pas de bloc usage : ses nombres d’invitations sont inconnus</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Above the ~%1 invitations a week that %2 a day implies</source>
            <translation>Au-dessus des ~%1 invitations par semaine qu’impliquent %2 par jour</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Above the recommended %1 invitations a day</source>
            <translation>Au-dessus des %1 invitations par jour recommandées</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Above LinkedIn's ~%1 invitations a month</source>
            <translation>Au-dessus des ~%1 invitations par mois de LinkedIn</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Configured above the recommended %1 invitations a day</source>
            <translation>Configuré au-dessus des %1 invitations par jour recommandées</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 a day on %2 working days is %3 invitations a week, above the ~%4 that %5 a day implies</source>
            <translation>%1 par jour sur %2 jours ouvrés font %3 invitations par semaine, au-dessus des ~%4 qu’impliquent %5 par jour</translation>
        </message>
        <message>
            <location line="+12" />
            <source>At this configuration the sender would pass LinkedIn's ~%1 invitations a month</source>
            <translation>Avec cette configuration, l’expéditeur dépasserait les ~%1 invitations par mois de LinkedIn</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+54" />
            <location line="+22" />
            <source>invitations</source>
            <translation>invitations</translation>
        </message>
        <message>
            <location line="-73" />
            <source>prospects</source>
            <translation>prospects</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No invitation sent yet: no rate</source>
            <translation>Aucune invitation envoyée pour l’instant : pas de taux</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Its sender sent no invitation today</source>
            <translation>Son expéditeur n’a envoyé aucune invitation aujourd’hui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The campaign is not active</source>
            <translation>La campagne n’est pas active</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::OverviewPage</name>
        <message>
            <location filename="../../ui/overview/OverviewPage.cpp" line="+86" />
            <source>Overview</source>
            <translation>Vue d’ensemble</translation>
        </message>
        <message>
            <location line="+7" />
            <source>agents running</source>
            <translation>agents actifs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>agents need attention</source>
            <translation>agents à surveiller</translation>
        </message>
        <message>
            <location line="+1" />
            <source>active campaigns</source>
            <translation>campagnes actives</translation>
        </message>
        <message>
            <location line="+1" />
            <source>prospects in campaigns</source>
            <translation>prospects en campagne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>replies</source>
            <translation>réponses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>qualified</source>
            <translation>qualifiés</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+6" />
            <source>Agents needing attention</source>
            <translation>Agents à surveiller</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+6" />
            <source>Active campaigns</source>
            <translation>Campagnes actives</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+6" />
            <source>Recent replies</source>
            <translation>Réponses récentes</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+6" />
            <source>Newly qualified</source>
            <translation>Nouveaux qualifiés</translation>
        </message>
        <message>
            <location line="+137" />
            <source>All agents are fine.</source>
            <translation>Tous les agents fonctionnent normalement.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>%1
%2 prospects · %3 replies (%4 %) · %5 qualified</source>
            <translation>%1
%2 prospects · %3 réponses (%4 %) · %5 qualifiés</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No active campaign.</source>
            <translation>Aucune campagne active.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Nothing yet.</source>
            <translation>Rien pour l’instant.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::Page</name>
        <message>
            <location filename="../../ui/shell/Page.cpp" line="+40" />
            <source>Refresh from the server (F5)</source>
            <translation>Actualiser depuis le serveur (F5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh %1</source>
            <translation>Actualiser %1</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ProductDialog</name>
        <message>
            <location filename="../../ui/library/ProductDialog.cpp" line="+12" />
            <source>New product</source>
            <translation>Nouveau produit</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A product (an “offering” in the Kakiyo dashboard) is what your agents talk about.</source>
            <translation>Un produit (une « offre » dans le tableau de bord Kakiyo) est ce que vos agents présentent.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Product name</source>
            <translation>Nom du produit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At least 3 characters</source>
            <translation>Au moins 3 caractères</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Product description</source>
            <translation>Description du produit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At least 10 characters: what it is, for whom, and the result it brings</source>
            <translation>Au moins 10 caractères : ce que c’est, pour qui, et le résultat obtenu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Description</source>
            <translation>&amp;Description</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ProductListModel</name>
        <message>
            <location filename="../../models/ProductListModel.cpp" line="+8" />
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Created</source>
            <translation>Créée</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::Profiles</name>
        <message>
            <location filename="../../models/store/Profiles.cpp" line="+153" />
            <source>A profile needs a name.</source>
            <translation>Un profil doit avoir un nom.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A profile name has at most %1 characters.</source>
            <translation>Un nom de profil compte au plus %1 caractères.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is already a profile called “%1”.</source>
            <translation>Il existe déjà un profil nommé « %1 ».</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The API address must be an http or https URL with a host, such as %1.</source>
            <translation>L’adresse de l’API doit être une URL http ou https avec un hôte, par exemple %1.</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+15" />
            <location line="+10" />
            <location line="+9" />
            <location line="+27" />
            <source>That profile no longer exists.</source>
            <translation>Ce profil n’existe plus.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The profiles could not be saved to %1.</source>
            <translation>Les profils n’ont pas pu être enregistrés dans %1.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::PromptDialog</name>
        <message>
            <location filename="../../ui/library/PromptDialog.cpp" line="+13" />
            <source>New prompt</source>
            <translation>Nouveau prompt</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Prompt name</source>
            <translation>Nom du prompt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At least 3 characters</source>
            <translation>Au moins 3 caractères</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Prompt type</source>
            <translation>Type de prompt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Messages — LinkedIn conversation</source>
            <translation>Messages — conversation LinkedIn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Comment — comments on posts</source>
            <translation>Commentaire — commentaires sur les publications</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location line="+4" />
            <source>AI model</source>
            <translation>Modèle d’IA</translation>
        </message>
        <message>
            <location line="+2" />
            <source>AI &amp;model</source>
            <translation>&amp;Modèle d’IA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The prompt's text (context, first message, follow-ups) is written in the editor after it is created.</source>
            <translation>Le texte du prompt (contexte, premier message, relances) se rédige dans l’éditeur après sa création.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Loading models…</source>
            <translation>Chargement des modèles…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>(no models offered)</source>
            <translation>(aucun modèle proposé)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(could not load the models: %1)</source>
            <translation>(impossible de charger les modèles : %1)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 · %2 in / %3 out</source>
            <translation>%1 · %2 en entrée / %3 en sortie</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::PromptEditor</name>
        <message>
            <location filename="../../ui/library/PromptEditor.cpp" line="+109" />
            <source>Context</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Context</source>
            <translation>&amp;Contexte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who the agent is, who it writes to and what it offers.</source>
            <translation>Qui est l’agent, à qui il écrit et ce qu’il propose.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>First message</source>
            <translation>Premier message</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;First message</source>
            <translation>&amp;Premier message</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+22" />
            <source>Follow-ups</source>
            <translation>Relances</translation>
        </message>
        <message>
            <location line="-20" />
            <location line="+2" />
            <source>Send follow-ups</source>
            <translation>Envoyer des relances</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Up to %1, each sent the given number of days after the previous message when the prospect has not replied.</source>
            <translation>Jusqu’à %1, chacune envoyée le nombre de jours indiqué après le message précédent si le prospect n’a pas répondu.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add follow-up</source>
            <translation>Ajouter une relance</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add a follow-up</source>
            <translation>Ajouter une relance</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Comment</source>
            <translation>C&amp;ommentaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How the agent comments on a prospect's posts.</source>
            <translation>Comment l’agent commente les publications d’un prospect.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Revert</source>
            <translation>&amp;Annuler les modifications</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Revert the prompt's unsaved changes</source>
            <translation>Annuler les modifications non enregistrées du prompt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save prompt</source>
            <translation>&amp;Enregistrer le prompt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the prompt</source>
            <translation>Enregistrer le prompt</translation>
        </message>
        <message>
            <location line="+43" />
            <source>No prompt selected</source>
            <translation>Aucun prompt sélectionné</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select a prompt in the list to see and edit its sections.</source>
            <translation>Sélectionnez un prompt dans la liste pour voir et modifier ses sections.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>created %1</source>
            <translation>créé le %1</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The sections could not be loaded: %1</source>
            <translation>Impossible de charger les sections : %1</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Follow-up %1 text</source>
            <translation>Texte de la relance %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Follow-up %1 delay in days</source>
            <translation>Délai de la relance %1 en jours</translation>
        </message>
        <message>
            <location line="+3" />
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days after the previous message</source>
            <translation>Jours après le message précédent</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Remove follow-up %1</source>
            <translation>Retirer la relance %1</translation>
        </message>
        <message>
            <location line="+106" />
            <source>Must mention %1 in the context or first message.</source>
            <translation>Doit mentionner %1 dans le contexte ou le premier message.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Missing now: %1.</source>
            <translation>Manquant actuellement : %1.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Loading the prompt's sections…</source>
            <translation>Chargement des sections du prompt…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This Kakiyo server does not support editing prompts: it offers no GET/PUT /prompts/{id}. Change the prompt's text in the Kakiyo dashboard.</source>
            <translation>Ce serveur Kakiyo ne permet pas de modifier les prompts : il ne propose pas GET/PUT /prompts/{id}. Modifiez le texte du prompt dans le tableau de bord Kakiyo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your changes were not saved; they stay here, read-only, to copy from.</source>
            <translation>Vos modifications n’ont pas été enregistrées ; elles restent ici, en lecture seule, pour que vous puissiez les copier.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::PromptListModel</name>
        <message>
            <location filename="../../models/PromptListModel.cpp" line="+8" />
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+0" />
            <source>AI model</source>
            <translation>Modèle d’IA</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Created</source>
            <translation>Créée</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+11" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="-2" />
            <source>(unnamed prompt %1)</source>
            <translation>(prompt sans nom %1)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Model id %1</source>
            <translation>Identifiant du modèle %1</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ProspectBulkAction</name>
        <message>
            <location filename="../../models/jobs/ProspectBulkAction.cpp" line="+30" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Qualify</source>
            <translation>Qualifier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n prospect(s): </source>
            <translation>
                <numerusform>%n prospect : </numerusform>
                <numerusform>%n prospects : </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n appel</numerusform>
                <numerusform>%n appels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>, %n credit(s)</source>
            <translation>
                <numerusform>, %n crédit</numerusform>
                <numerusform>, %n crédits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>, at least %n second(s) under the rate limits</source>
            <translation>
                <numerusform>, au moins %n seconde avec les limites de débit</numerusform>
                <numerusform>, au moins %n secondes avec les limites de débit</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>, within the rate limits at once</source>
            <translation>, immédiatement dans les limites de débit</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Cancelled — not sent</source>
            <translation>Annulé — non envoyé</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Deleted</source>
            <translation>Supprimé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not in the server's answer</source>
            <translation>Absent de la réponse du serveur</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ProspectBulkResultModel</name>
        <message>
            <location filename="../../models/ProspectBulkResultModel.cpp" line="+67" />
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Failed</source>
            <translation>Échec</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not sent</source>
            <translation>Non envoyé</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%L1 done</source>
            <translation>%L1 terminés</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%L1 failed</source>
            <translation>%L1 en échec</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%L1 not sent</source>
            <translation>%L1 non envoyés</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%L1 waiting</source>
            <translation>%L1 en attente</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Prospect</source>
            <translation>Prospect</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ProspectExport</name>
        <message>
            <location filename="../../models/jobs/ProspectExport.cpp" line="-183" />
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message numerus="yes">
            <location line="+48" />
            <source>Kakiyo's answers contradict each other: %1. The export stopped there; the %n row(s) it sent were saved.</source>
            <translation>
                <numerusform>Les réponses de Kakiyo se contredisent : %1. L’export s’est arrêté là ; la %n ligne envoyée a été enregistrée.</numerusform>
                <numerusform>Les réponses de Kakiyo se contredisent : %1. L’export s’est arrêté là ; les %n lignes envoyées ont été enregistrées.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+42" />
            <source>it reported a negative total (%1)</source>
            <translation>le serveur a indiqué un total négatif (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>it reported an implausible total (%1)</source>
            <translation>le serveur a indiqué un total invraisemblable (%1)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Cannot write the file: %1</source>
            <translation>Impossible d’écrire le fichier : %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>it said more rows follow offset %1 but sent none</source>
            <translation>le serveur a annoncé d’autres lignes après la position %1 mais n’en a envoyé aucune</translation>
        </message>
        <message>
            <location line="+3" />
            <source>it sent no rows after %1 of its total of %2</source>
            <translation>le serveur n’a plus envoyé de lignes après %1 sur son total de %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>it sent the same rows again at offset %1</source>
            <translation>le serveur a renvoyé les mêmes lignes à la position %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>it sent more rows than its total of %1</source>
            <translation>le serveur a envoyé plus de lignes que son total de %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>it said no more rows follow after %1 of its total of %2</source>
            <translation>le serveur a annoncé la fin des lignes après %1 sur son total de %2</translation>
        </message>
        <message>
            <location line="-106" />
            <source>Cannot save the file: %1</source>
            <translation>Impossible d’enregistrer le fichier : %1</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ProspectSearchModel</name>
        <message>
            <location filename="../../models/ProspectSearchModel.cpp" line="+57" />
            <source>Not loaded</source>
            <translation>Non chargé</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+474" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="-411" />
            <source>Results come in the server's order; the search API cannot sort them.</source>
            <translation>Les résultats arrivent dans l’ordre du serveur ; l’API de recherche ne peut pas les trier.</translation>
        </message>
        <message>
            <location line="+120" />
            <source>it reported a negative total (%1)</source>
            <translation>le serveur a indiqué un total négatif (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>it reported an implausible total (%1)</source>
            <translation>le serveur a indiqué un total invraisemblable (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>it sent no rows at row %1 of the %2 it reported</source>
            <translation>le serveur n'a envoyé aucune ligne à la ligne %1 des %2 annoncées</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Kakiyo's answer contradicts itself: %1. Only the %n prospect(s) it sent are shown.</source>
            <translation>
                <numerusform>La réponse de Kakiyo se contredit : %1. Seul le prospect envoyé est affiché.</numerusform>
                <numerusform>La réponse de Kakiyo se contredit : %1. Seuls les %n prospects envoyés sont affichés.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+277" />
            <source>No search yet</source>
            <translation>Aucune recherche pour l’instant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Loading… (%1 of %2 loaded)</source>
            <translation>Chargement… (%1 chargés sur %2)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Loaded %1 of %2</source>
            <translation>%1 chargés sur %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No prospects match</source>
            <translation>Aucun prospect ne correspond</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loaded %1 of %2 (end of the results reached)</source>
            <translation>%1 chargés sur %2 (fin des résultats atteinte)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Error: %1</source>
            <translation>Erreur : %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>0 of 0</source>
            <translation>0 sur 0</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1–%2 of %3</source>
            <translation>%1–%2 sur %3</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ProspectsPage</name>
        <message>
            <location filename="../../ui/prospects/ProspectsPage.cpp" line="+67" />
            <location line="+12" />
            <source>Prospects</source>
            <translation>Prospects</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Results come in the server's order; the search API cannot sort them.</source>
            <translation>Les résultats arrivent dans l’ordre du serveur ; l’API de recherche ne peut pas les trier.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>First page</source>
            <translation>Première page</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous page</source>
            <translation>Page précédente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next page</source>
            <translation>Page suivante</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+454" />
            <source>Last page</source>
            <translation>Dernière page</translation>
        </message>
        <message>
            <location line="-449" />
            <source>Go to page</source>
            <translation>Aller à la page</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Page </source>
            <translation>Page </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1 the selected rows (shows what it costs first)</source>
            <translation>%1 les lignes sélectionnées (le coût est affiché d’abord)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 the selected prospects</source>
            <translation>%1 les prospects sélectionnés</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Qualify</source>
            <translation>Qualifier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export CSV</source>
            <translation>Exporter en CSV</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Loaded rows…</source>
            <translation>Lignes chargées…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export loaded rows</source>
            <translation>Exporter les lignes chargées</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+6" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location line="-2" />
            <source>All matches…</source>
            <translation>Tous les résultats…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+503" />
            <source>Export all matches</source>
            <translation>Exporter tous les résultats</translation>
        </message>
        <message>
            <location line="-496" />
            <source>Add a prospect…</source>
            <translation>Ajouter un prospect…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add one prospect to a campaign; the menu also imports a Sales Navigator search</source>
            <translation>Ajouter un prospect à une campagne ; le menu importe aussi une recherche Sales Navigator</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import a Sales Navigator search…</source>
            <translation>Importer une recherche Sales Navigator…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add a prospect</source>
            <translation>Ajouter un prospect</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Import leads…</source>
            <translation>Importer des prospects…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add prospects from a CSV file to a campaign</source>
            <translation>Ajouter à une campagne des prospects depuis un fichier CSV</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Row data refreshes with F5</source>
            <translation>Les données des lignes s’actualisent avec F5</translation>
        </message>
        <message numerus="yes">
            <location line="+297" />
            <source>Next page: %n call(s), %n credit(s)</source>
            <translation>
                <numerusform>Page suivante : %n appel, %n crédit</numerusform>
                <numerusform>Page suivante : %n appels, %n crédits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Next page: %n call(s)</source>
            <translation>
                <numerusform>Page suivante : %n appel</numerusform>
                <numerusform>Page suivante : %n appels</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/prospects/TriageKeys.cpp" line="+28" />
            <source>Pause this conversation (Ctrl+Shift+P)</source>
            <translation>Mettre cette conversation en pause (Ctrl+Maj+P)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume this conversation (Ctrl+Shift+R)</source>
            <translation>Reprendre cette conversation (Ctrl+Maj+R)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mark as qualified (Ctrl+Shift+Q)</source>
            <translation>Marquer comme qualifié (Ctrl+Maj+Q)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next prospect: Alt+Down · previous: Alt+Up</source>
            <translation>Prospect suivant : Alt+Bas · précédent : Alt+Haut</translation>
        </message>
        <message>
            <location filename="../../ui/prospects/ProspectsPage.cpp" line="-279" />
            <source>Search name, headline, company…</source>
            <translation>Rechercher un nom, un titre, une entreprise…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search text</source>
            <translation>Texte recherché</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only prospects of this campaign</source>
            <translation>Uniquement les prospects de cette campagne</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+86" />
            <source>All campaigns</source>
            <translation>Toutes les campagnes</translation>
        </message>
        <message>
            <location line="-84" />
            <source>Any qualification</source>
            <translation>Qualification : toutes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Any status</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Responded: any</source>
            <translation>Réponse : tous</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Responded</source>
            <translation>A répondu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not responded</source>
            <translation>Sans réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Has responded</source>
            <translation>A répondu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paused: any</source>
            <translation>Pause : tous</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Running</source>
            <translation>Actif</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Qualification</source>
            <translation>Qualification</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conversation status</source>
            <translation>Statut de la conversation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved searches of this profile</source>
            <translation>Recherches enregistrées de ce profil</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+99" />
            <source>Saved searches</source>
            <translation>Recherches enregistrées</translation>
        </message>
        <message>
            <location line="-96" />
            <source>Save…</source>
            <translation>Enregistrer…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save these filters under a name</source>
            <translation>Enregistrer ces filtres sous un nom</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Save search</source>
            <translation>Enregistrer la recherche</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <location line="+194" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+3" />
            <source> of %L1</source>
            <translation> sur %L1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Next page: loaded, free</source>
            <translation>Page suivante : chargée, gratuite</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Select loaded rows first</source>
            <translation>Sélectionnez d’abord des lignes chargées</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Another bulk action is still running</source>
            <translation>Une autre action groupée est encore en cours</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: %2 of %3…</source>
            <translation>%1 : %2 sur %3…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>done</source>
            <translation>terminé</translation>
        </message>
        <message>
            <location line="+0" />
            <source>failed</source>
            <translation>échec</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not sent</source>
            <translation>non envoyé</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: %2 of %3 succeeded</source>
            <translation>%1 : %2 réussis sur %3</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Exported %L1 loaded rows</source>
            <translation>%L1 lignes chargées exportées</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n search call(s) and credit(s)</source>
            <translation>
                <numerusform>%n appel de recherche et crédit</numerusform>
                <numerusform>%n appels de recherche et crédits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n search call(s)</source>
            <translation>
                <numerusform>%n appel de recherche</numerusform>
                <numerusform>%n appels de recherche</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exporting %L1 prospects costs %2.</source>
            <translation>L’export de %L1 prospects coûte %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Exporting… %L1 of %L2</source>
            <translation>Export… %L1 sur %L2</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Exported %L1 prospects (%n call(s))</source>
            <translation>
                <numerusform>%L1 prospects exportés (%n appel)</numerusform>
                <numerusform>%L1 prospects exportés (%n appels)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export failed: %1</source>
            <translation>Échec de l’export : %1</translation>
        </message>
        <message>
            <location filename="../../ui/prospects/CampaignCombo.cpp" line="+53" />
            <source>Campaign %1</source>
            <translation>Campagne %1</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ReplyHeatmap</name>
        <message>
            <location filename="../../ui/analytics/ReplyHeatmap.cpp" line="+59" />
            <source>Replies by weekday and hour</source>
            <translation>Réponses par jour de la semaine et par heure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prospects' last replies by weekday (rows) and hour of the day (columns, your time). The API gives each conversation's last reply only.</source>
            <translation>Dernières réponses des prospects par jour de la semaine (lignes) et heure de la journée (colonnes, votre heure). L’API ne donne que la dernière réponse de chaque conversation.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::SalesNavigatorDialog</name>
        <message>
            <location filename="../../ui/prospects/SalesNavigatorDialog.cpp" line="+28" />
            <source>Import a Sales Navigator search</source>
            <translation>Importer une recherche Sales Navigator</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kakiyo runs the saved search and adds the people it finds to the campaign, skipping duplicates and the Do Not Contact list. At most three imports run at a time per team.</source>
            <translation>Kakiyo exécute la recherche enregistrée et ajoute les personnes trouvées à la campagne, en écartant les doublons et la liste « Ne pas contacter ». Trois imports au plus tournent en même temps par équipe.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Queue import</source>
            <translation>&amp;Mettre en file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Queue the Sales Navigator import</source>
            <translation>Mettre l’import Sales Navigator en file</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loading campaigns…</source>
            <translation>Chargement des campagnes…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Campaign</source>
            <translation>&amp;Campagne</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sales Navigator search URL</source>
            <translation>URL de recherche Sales Navigator</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Search URL</source>
            <translation>URL de &amp;recherche</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Number of people to import</source>
            <translation>Nombre de personnes à importer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;People</source>
            <translation>&amp;Personnes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import name</source>
            <translation>Nom de l’import</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales Navigator import</source>
            <translation>Import Sales Navigator</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Prospects arrived</source>
            <translation>Prospects arrivés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%v of %m arrived</source>
            <translation>%v sur %m arrivés</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Choose a campaign</source>
            <translation>Choisissez une campagne</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The campaigns could not be loaded: %1</source>
            <translation>Les campagnes n’ont pas pu être chargées : %1</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Sending…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not queued</source>
            <translation>Non mis en file</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Queued (run %1, status "%2"). Kakiyo imports the %n people in the background; the campaign's count is checked every few seconds.</source>
            <translation>
                <numerusform>En file (exécution %1, statut « %2 »). Kakiyo importe la personne en arrière-plan ; le nombre de prospects de la campagne est vérifié toutes les quelques secondes.</numerusform>
                <numerusform>En file (exécution %1, statut « %2 »). Kakiyo importe les %n personnes en arrière-plan ; le nombre de prospects de la campagne est vérifié toutes les quelques secondes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>without id</source>
            <translation>sans identifiant</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The import was queued, but the campaign's prospects could not be counted: %1</source>
            <translation>L’import a été mis en file, mais les prospects de la campagne n’ont pas pu être comptés : %1</translation>
        </message>
        <message numerus="yes">
            <location line="+31" />
            <source>Done: %n new prospect(s) arrived in the campaign (of %1 requested; duplicates and Do Not Contact entries are skipped).</source>
            <translation>
                <numerusform>Terminé : %n nouveau prospect est arrivé dans la campagne (sur %1 demandés ; les doublons et les entrées « Ne pas contacter » sont écartés).</numerusform>
                <numerusform>Terminé : %n nouveaux prospects sont arrivés dans la campagne (sur %1 demandés ; les doublons et les entrées « Ne pas contacter » sont écartés).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Still running: %n new prospect(s) so far. Kakiyo goes on importing; refresh the Prospects page later.</source>
            <translation>
                <numerusform>Toujours en cours : %n nouveau prospect jusqu’ici. Kakiyo continue l’import ; actualisez la page Prospects plus tard.</numerusform>
                <numerusform>Toujours en cours : %n nouveaux prospects jusqu’ici. Kakiyo continue l’import ; actualisez la page Prospects plus tard.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Importing: %n new prospect(s) in the campaign so far…</source>
            <translation>
                <numerusform>Import : %n nouveau prospect dans la campagne jusqu’ici…</numerusform>
                <numerusform>Import : %n nouveaux prospects dans la campagne jusqu’ici…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kakiyo::ServerGeneration</name>
        <message>
            <location filename="../../models/api/ServerGeneration.cpp" line="+259" />
            <source>Help-centre API (1 credit per call)</source>
            <translation>API du centre d’aide (1 crédit par appel)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Current API (no credits for calls)</source>
            <translation>API actuelle (les appels ne coûtent pas de crédit)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not known yet</source>
            <translation>Pas encore connue</translation>
        </message>
        <message>
            <location line="+7" />
            <source>its answers carry X-RateLimit headers</source>
            <translation>ses réponses portent des en-têtes X-RateLimit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>it answered 402 (out of credits)</source>
            <translation>il a répondu 402 (plus de crédits)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>its rate-limit answer (429) had no X-RateLimit headers</source>
            <translation>sa réponse de limite de débit (429) n’avait pas d’en-têtes X-RateLimit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>its answers carry no X-RateLimit headers</source>
            <translation>ses réponses ne portent pas d’en-têtes X-RateLimit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>an import answered with a listId</source>
            <translation>un import a répondu avec un listId</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no answer from the server yet</source>
            <translation>pas encore de réponse du serveur</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Each call costs 1 credit</source>
            <translation>Chaque appel coûte 1 crédit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Calls cost no credits</source>
            <translation>Les appels ne coûtent pas de crédit</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Automatic (as detected)</source>
            <translation>Automatique (selon la détection)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Server: %1</source>
            <translation>Serveur : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Detected because %1 (%2).</source>
            <translation>Détecté parce que %1 (%2).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Credits: %1 (your setting overrides the detection).</source>
            <translation>Crédits : %1 (votre réglage l’emporte sur la détection).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Credits: counted as 1 per call until the server shows otherwise.</source>
            <translation>Crédits : comptés à 1 par appel tant que le serveur ne montre pas le contraire.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Credits: 1 per call the server processes.</source>
            <translation>Crédits : 1 par appel traité par le serveur.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credits: none; only calls are counted.</source>
            <translation>Crédits : aucun ; seuls les appels sont comptés.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::SettingsDialog</name>
        <message>
            <location filename="../../ui/settings/SettingsDialog.cpp" line="+20" />
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Language of the interface</source>
            <translation>Langue de l’interface</translation>
        </message>
        <message>
            <location line="+6" />
            <source>System default (%1)</source>
            <translation>Langue du système (%1)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The new language applies after a restart.</source>
            <translation>La nouvelle langue s’applique après un redémarrage.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restart now</source>
            <translation>&amp;Redémarrer maintenant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restart Kakiyo Desk now</source>
            <translation>Redémarrer Kakiyo Desk maintenant</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::UnreadFilter</name>
        <message>
            <location filename="../../ui/prospects/UnreadFilter.cpp" line="+22" />
            <source>Show only the conversations with a reply you have not read yet</source>
            <translation>Afficher seulement les conversations avec une réponse que vous n’avez pas encore lue</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Unread</source>
            <translation>Non lus</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unread (%1)</source>
            <translation>Non lus (%1)</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n unread conversation(s)</source>
            <translation>
                <numerusform>%n conversation non lue</numerusform>
                <numerusform>%n conversations non lues</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kakiyo::WebhookDialog</name>
        <message>
            <location filename="../../ui/webhooks/WebhookDialog.cpp" line="+39" />
            <source>Edit webhook</source>
            <translation>Modifier le webhook</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New webhook</source>
            <translation>Nouveau webhook</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Webhook name</source>
            <translation>Nom du webhook</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. CRM integration</source>
            <translation>p. ex. intégration CRM</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delivery URL</source>
            <translation>URL de livraison</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;URL</source>
            <translation>&amp;URL</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deliveries carry your prospects' messages, so the address must use https://.
Plain http:// is accepted only for this computer (localhost), for testing.</source>
            <translation>Les livraisons contiennent les messages de vos prospects : l’adresse doit donc utiliser https://.
Le simple http:// n’est accepté que pour cet ordinateur (localhost), à des fins de test.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Events to deliver</source>
            <translation>Événements à livrer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Events</source>
            <translation>É&amp;vénements</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Space ticks the selected event. "All events" also covers events added later.</source>
            <translation>Espace coche l’événement sélectionné. « Tous les événements » couvre aussi les événements ajoutés plus tard.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Signing secret</source>
            <translation>Secret de signature</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Leave empty to keep the current secret</source>
            <translation>Laissez vide pour conserver le secret actuel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Optional</source>
            <translation>Facultatif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Secret</source>
            <translation>&amp;Secret</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kakiyo never shows a secret back. Leave this empty to keep the current
one; type a new one to replace it.</source>
            <translation>Kakiyo ne réaffiche jamais un secret. Laissez ce champ vide pour conserver
l’actuel ; saisissez-en un nouveau pour le remplacer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>With a secret, each delivery carries an X-Kakiyo-Signature header
(HMAC-SHA256 of the body), so your endpoint can tell it came from Kakiyo.
It is write-only: never shown again.</source>
            <translation>Avec un secret, chaque livraison porte un en-tête X-Kakiyo-Signature
(HMAC-SHA256 du corps), afin que votre point de terminaison sache qu’elle vient de Kakiyo.
Il est en écriture seule : il ne sera plus jamais affiché.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Loading events…</source>
            <translation>Chargement des événements…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>All events (*)</source>
            <translation>Tous les événements (*)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 (not in the current catalogue)</source>
            <translation>%1 (absent du catalogue actuel)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The event list could not be loaded: %1</source>
            <translation>Impossible de charger la liste des événements : %1</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Enter the address Kakiyo should post events to.</source>
            <translation>Saisissez l’adresse à laquelle Kakiyo doit envoyer les événements.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Use https://. Deliveries carry your prospects' messages; plain http:// would send them unencrypted, so it is allowed only to this computer (localhost).</source>
            <translation>Utilisez https://. Les livraisons contiennent les messages de vos prospects ; le simple http:// les enverrait sans chiffrement, il n’est donc autorisé que vers cet ordinateur (localhost).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This is not a web address starting with https://.</source>
            <translation>Ce n’est pas une adresse web commençant par https://.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Give the webhook a name.</source>
            <translation>Donnez un nom au webhook.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tick at least one event.</source>
            <translation>Cochez au moins un événement.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for the event list…</source>
            <translation>En attente de la liste des événements…</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Kakiyo did not accept the webhook; see the notes above.</source>
            <translation>Kakiyo n’a pas accepté le webhook ; voyez les remarques ci-dessus.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::WebhookExamplesDialog</name>
        <message>
            <location filename="../../ui/webhooks/WebhookExamplesDialog.cpp" line="+54" />
            <source>Webhook test events and example payloads</source>
            <translation>Événements de test et contenus d’exemple des webhooks</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Webhook events</source>
            <translation>Événements de webhook</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Test catalogue (legacy names)</source>
            <translation>Catalogue de test (anciens noms)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subscribable events</source>
            <translation>Événements auxquels s’abonner</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Example payload (JSON)</source>
            <translation>Contenu d’exemple (JSON)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Copy JSON</source>
            <translation>&amp;Copier le JSON</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the example payload</source>
            <translation>Copier le contenu d’exemple</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Send as a test event</source>
            <translation>&amp;Envoyer comme événement de test</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send this example as a test event</source>
            <translation>Envoyer cet exemple comme événement de test</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sends the event with this example's data to every active webhook subscribed to it (one call).</source>
            <translation>Envoie l’événement avec les données de cet exemple à chaque webhook actif abonné (un appel).</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Example payload</source>
            <translation>Contenu d’exemple</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose an event to see the payload Kakiyo sends for it.</source>
            <translation>Choisissez un événement pour voir le contenu que Kakiyo envoie pour lui.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Could not be loaded: %1</source>
            <translation>Chargement impossible : %1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Loading the example…</source>
            <translation>Chargement de l’exemple…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No example for %1: %2</source>
            <translation>Pas d’exemple pour %1 : %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This is what a webhook receives for this event.</source>
            <translation>Voici ce qu’un webhook reçoit pour cet événement.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A legacy event name: shown for reference; Kakiyo's test sender only takes the subscribable events.</source>
            <translation>Un ancien nom d’événement : affiché pour référence ; l’envoi de test de Kakiyo n’accepte que les événements auxquels on peut s’abonner.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Sending…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>no active webhook is subscribed to %1. Subscribe one on the Webhooks page first.</source>
            <translation>aucun webhook actif n’est abonné à %1. Abonnez-en un d’abord sur la page Webhooks.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not sent: %1</source>
            <translation>Non envoyé : %1</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Sent %1 to %n webhook(s).</source>
            <translation>
                <numerusform>%1 envoyé à %n webhook.</numerusform>
                <numerusform>%1 envoyé à %n webhooks.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>The JSON is on the clipboard.</source>
            <translation>Le JSON est dans le presse-papiers.</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::WebhookListModel</name>
        <message>
            <location filename="../../models/WebhookListModel.cpp" line="+15" />
            <location line="+100" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location line="-61" />
            <source>Failing</source>
            <translation>En échec</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Never delivered</source>
            <translation>Jamais livré</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Healthy</source>
            <translation>Sain</translation>
        </message>
        <message>
            <location line="+8" />
            <source>All events</source>
            <translation>Tous les événements</translation>
        </message>
        <message>
            <location line="+2" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%1
+ %n more</source>
            <translation>
                <numerusform>%1
+ %n autre</numerusform>
                <numerusform>%1
+ %n autres</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>On</source>
            <translation>Activé</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Off</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1
%2 ok · %3 failed</source>
            <translation>%1
%2 réussies · %3 en échec</translation>
        </message>
        <message>
            <location line="+4" />
            <source>✓ %1
✗ %2</source>
            <translation>✓ %1
✗ %2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Last success: %1
Last failure: %2</source>
            <translation>Dernier succès : %1
Dernier échec : %2</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Webhook</source>
            <translation>Webhook</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deliveries</source>
            <translation>Livraisons</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last delivery</source>
            <translation>Dernière livraison</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::WebhooksPage</name>
        <message>
            <location filename="../../ui/webhooks/WebhooksPage.cpp" line="+84" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+47" />
            <source>Webhooks</source>
            <translation>Webhooks</translation>
        </message>
        <message>
            <location line="-36" />
            <source>New webhook…</source>
            <translation>Nouveau webhook…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Register an address that receives Kakiyo events</source>
            <translation>Enregistrer une adresse qui reçoit les événements Kakiyo</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+87" />
            <source>Send test event</source>
            <translation>Envoyer un événement de test</translation>
        </message>
        <message>
            <location line="-85" />
            <source>Send a test event to the webhooks subscribed to it</source>
            <translation>Envoyer un événement de test aux webhooks qui y sont abonnés</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Webhook example payloads…</source>
            <translation>Contenus d’exemple des webhooks…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New webhook</source>
            <translation>Nouveau webhook</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+218" />
            <source>Disable</source>
            <translation>Désactiver</translation>
        </message>
        <message>
            <location line="-216" />
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Send a test event</source>
            <translation>Envoyer un événement de test</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kakiyo sends the test to every active webhook subscribed to the event, not only the selected one.</source>
            <translation>Kakiyo envoie le test à tous les webhooks actifs abonnés à l’événement, pas seulement à celui sélectionné.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>E&amp;vent</source>
            <translation>É&amp;vénement</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Test event</source>
            <translation>Événement de test</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Test result</source>
            <translation>Résultat du test</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No test sent yet.</source>
            <translation>Aucun test envoyé pour l’instant.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xample payloads…</source>
            <translation>Contenus d’e&amp;xemple…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the test events and their example payloads</source>
            <translation>Afficher les événements de test et leurs contenus d’exemple</translation>
        </message>
        <message>
            <location line="+54" />
            <location line="+113" />
            <source>Enable</source>
            <translation>Activer</translation>
        </message>
        <message>
            <location line="-46" />
            <source>&lt;h3 style='margin:0'&gt;No webhooks yet&lt;/h3&gt;&lt;p&gt;A webhook lets Kakiyo tell your CRM or automation tool the moment something happens: a reply, an accepted invitation, a prospect to review. Create one with &lt;b&gt;New webhook…&lt;/b&gt;.&lt;/p&gt;</source>
            <translation>&lt;h3 style='margin:0'&gt;Aucun webhook pour l’instant&lt;/h3&gt;&lt;p&gt;Un webhook permet à Kakiyo de prévenir votre CRM ou votre outil d’automatisation dès qu’il se passe quelque chose : une réponse, une invitation acceptée, un prospect à vérifier. Créez-en un avec &lt;b&gt;Nouveau webhook…&lt;/b&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select a webhook to see its delivery health.</source>
            <translation>Sélectionnez un webhook pour voir l’état de ses livraisons.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&lt;b&gt;disabled&lt;/b&gt; — receives nothing</source>
            <translation>&lt;b&gt;désactivé&lt;/b&gt; — ne reçoit rien</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Delivered</source>
            <translation>Livrées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation>Échec</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last success</source>
            <translation>Dernier succès</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last failure</source>
            <translation>Dernier échec</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <location line="+1" />
            <source>all events (*)</source>
            <translation>tous les événements (*)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Secret</source>
            <translation>Secret</translation>
        </message>
        <message>
            <location line="+0" />
            <source>write-only, never shown</source>
            <translation>en écriture seule, jamais affiché</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Created</source>
            <translation>Créée</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;p&gt;Kakiyo turns a webhook off after four failed deliveries in a row. Fix the endpoint, then enable it again: that resets the count.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Kakiyo désactive un webhook après quatre échecs de livraison consécutifs. Corrigez le point de terminaison, puis réactivez-le : cela remet le compteur à zéro.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Webhook created.</source>
            <translation>Webhook créé.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Webhook saved.</source>
            <translation>Webhook enregistré.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Enabling…</source>
            <translation>Activation…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Disabling…</source>
            <translation>Désactivation…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Webhook enabled; its failure streak starts again from zero.</source>
            <translation>Webhook activé ; sa série d’échecs repart de zéro.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Webhook disabled; Kakiyo sends it nothing until you enable it.</source>
            <translation>Webhook désactivé ; Kakiyo ne lui envoie plus rien jusqu’à sa réactivation.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Delete webhook</source>
            <translation>Supprimer le webhook</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the webhook “%1”?

Kakiyo stops sending events to %2. This cannot be undone.</source>
            <translation>Supprimer le webhook « %1 » ?

Kakiyo cessera d’envoyer des événements à %2. Cette action est irréversible.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Deleting…</source>
            <translation>Suppression…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Webhook “%1” deleted.</source>
            <translation>Webhook « %1 » supprimé.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Loading events…</source>
            <translation>Chargement des événements…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(events could not be loaded)</source>
            <translation>(les événements n’ont pas pu être chargés)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The event list could not be loaded: %1</source>
            <translation>Impossible de charger la liste des événements : %1</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Sending “%1”… An endpoint that fails is tried again after 1, 2 and 4 seconds, so this can take a moment.</source>
            <translation>Envoi de « %1 »… Un point de terminaison en échec est réessayé après 1, 2 et 4 secondes : cela peut prendre un moment.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Test event sent from Kakiyo Desk</source>
            <translation>Événement de test envoyé depuis Kakiyo Desk</translation>
        </message>
        <message numerus="yes">
            <location line="+23" />
            <source>&lt;p style='margin:0'&gt;“%1” sent at %2 to %n webhook(s):&lt;/p&gt;</source>
            <translation>
                <numerusform>&lt;p style='margin:0'&gt;« %1 » envoyé à %2 à %n webhook :&lt;/p&gt;</numerusform>
                <numerusform>&lt;p style='margin:0'&gt;« %1 » envoyé à %2 à %n webhooks :&lt;/p&gt;</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>sent; the server does not report the outcome here — the counters above update once it is delivered</source>
            <translation>envoyé ; le serveur n’indique pas le résultat ici — les compteurs ci-dessus se mettent à jour une fois la livraison effectuée</translation>
        </message>
        <message>
            <location line="+4" />
            <source>accepted without contacting the address (the sandbox only calls this computer)</source>
            <translation>accepté sans contacter l’adresse (la sandbox n’appelle que cet ordinateur)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>delivered, HTTP %1</source>
            <translation>livré, HTTP %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>delivered</source>
            <translation>livré</translation>
        </message>
        <message>
            <location line="+4" />
            <source>not delivered: the endpoint answered HTTP %1</source>
            <translation>non livré : le point de terminaison a répondu HTTP %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not delivered: %1</source>
            <translation>non livré : %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no answer</source>
            <translation>pas de réponse</translation>
        </message>
        <message>
            <location line="+6" />
            <source>, %1 ms</source>
            <translation>, %1 ms</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (attempt %1 of %2; the earlier ones failed)</source>
            <translation> (tentative %1 sur %2 ; les précédentes ont échoué)</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (tried %1 times; Kakiyo waits 1, 2 and 4 s between tries)</source>
            <translation> (%1 tentatives ; Kakiyo attend 1, 2 puis 4 s entre les tentatives)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Nothing was sent: no active webhook is subscribed to “%1”. Tick the event on a webhook or enable one that has it.</source>
            <translation>Rien n’a été envoyé : aucun webhook actif n’est abonné à « %1 ». Cochez l’événement sur un webhook ou activez-en un qui l’a.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The test could not be sent: %1</source>
            <translation>Le test n’a pas pu être envoyé : %1</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::WelcomePage</name>
        <message>
            <location filename="../../ui/shell/WelcomePage.cpp" line="+25" />
            <source>Welcome to Kakiyo Desk</source>
            <translation>Bienvenue dans Kakiyo Desk</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Run your Kakiyo agents, campaigns and prospects from the desktop.
Try it on a demo team first, or connect your account with an API key.</source>
            <translation>Pilotez vos agents, campagnes et prospects Kakiyo depuis votre bureau.
Essayez d’abord avec une équipe de démonstration, ou connectez votre compte avec une clé API.</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+2" />
            <source>Try the demo</source>
            <translation>Essayer la démo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Starts a local sandbox with a seeded team. No key, no network.</source>
            <translation>Lance une sandbox locale avec une équipe préremplie. Sans clé ni réseau.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>Connect your Kakiyo account</source>
            <translation>Connecter votre compte Kakiyo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paste an API key from the Kakiyo dashboard (Team → API Keys).</source>
            <translation>Collez une clé API du tableau de bord Kakiyo (Équipe → Clés API).</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Starting the demo team…</source>
            <translation>Démarrage de l’équipe de démonstration…</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::WorkspaceComparisonView</name>
        <message>
            <location filename="../../ui/workspaces/WorkspaceComparisonView.cpp" line="+31" />
            <source>Every client workspace side by side. Double-click a row to work in that workspace.</source>
            <translation>Tous les espaces de travail clients côte à côte. Double-cliquez sur une ligne pour travailler dans cet espace.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Compare workspaces…</source>
            <translation>&amp;Comparer les espaces…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare every workspace</source>
            <translation>Comparer tous les espaces de travail</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cost of the comparison</source>
            <translation>Coût de la comparaison</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not compared yet.</source>
            <translation>Pas encore comparé.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Comparison state</source>
            <translation>État de la comparaison</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Workspaces compared</source>
            <translation>Espaces de travail comparés</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Comparing…</source>
            <translation>Comparaison…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Comparing… %L1 of %L2 conversations read</source>
            <translation>Comparaison… %L1 conversations lues sur %L2</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Cost: %1</source>
            <translation>Coût : %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Compare workspaces</source>
            <translation>Comparer les espaces de travail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Comparing every workspace reads the team's workspaces, agents, campaigns and conversations: %1. Continue?</source>
            <translation>Comparer tous les espaces de travail lit les espaces, agents, campagnes et conversations de l’équipe : %1. Continuer ?</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This team has no client workspace yet.</source>
            <translation>Cette équipe n’a pas encore d’espace de travail client.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n workspace(s) compared from %L1 conversations · %2</source>
            <translation>
                <numerusform>%n espace de travail comparé à partir de %L1 conversations · %2</numerusform>
                <numerusform>%n espaces de travail comparés à partir de %L1 conversations · %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kakiyo::WorkspaceListModel</name>
        <message>
            <location filename="../../models/WorkspaceListModel.cpp" line="+32" />
            <location line="+4" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Workspace</source>
            <translation>Espace de travail</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Client team</source>
            <translation>Équipe cliente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Created</source>
            <translation>Créée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Agents</source>
            <translation>Agents</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::WorkspaceMarker</name>
        <message>
            <location filename="../../ui/workspaces/WorkspaceMarker.cpp" line="+29" />
            <source>Workspace: %1</source>
            <translation>Espace de travail : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Showing the whole team</source>
            <translation>Affichage de toute l’équipe</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Workspace %1</source>
            <translation>Espace de travail %1</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::WorkspaceOption</name>
        <message>
            <location filename="../../app/WorkspaceOption.cpp" line="+49" />
            <source>the workspaces could not be listed: %1</source>
            <translation>impossible de lister les espaces de travail : %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>there is no workspace "%1": the team has no client workspaces</source>
            <translation>il n'y a pas d'espace de travail « %1 » : l'équipe n'a aucun espace client</translation>
        </message>
        <message>
            <location line="+1" />
            <source>there is no workspace "%1"; the team's workspaces: %2</source>
            <translation>il n'y a pas d'espace de travail « %1 » ; les espaces de l'équipe : %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 workspaces are named "%2": give its id instead</source>
            <translation>%1 espaces de travail s'appellent « %2 » : indiquez plutôt son identifiant</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::WorkspaceSummaryModel</name>
        <message>
            <location filename="../../models/WorkspaceSummaryModel.cpp" line="+42" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location line="+51" />
            <source>No agent is assigned to this workspace, so it has no campaigns or conversations yet.</source>
            <translation>Aucun agent n’est affecté à cet espace de travail : il n’a donc encore ni campagne ni conversation.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n agent(s) with alerts, or needing sign-in or setup</source>
            <translation>
                <numerusform>%n agent avec des alertes, ou à reconnecter ou à configurer</numerusform>
                <numerusform>%n agents avec des alertes, ou à reconnecter ou à configurer</numerusform>
            </translation>
        </message>
        <message>
            <location line="+22" />
            <source>Workspace</source>
            <translation>Espace de travail</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Agents</source>
            <translation>Agents</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Need
attention</source>
            <translation>À
surveiller</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Active
campaigns</source>
            <translation>Campagnes
actives</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prospects</source>
            <translation>Prospects</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invitations
sent</source>
            <translation>Invitations
envoyées</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Acceptance</source>
            <translation>Acceptation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replies</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reply
rate</source>
            <translation>Taux de
réponse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Qualified</source>
            <translation>Qualifiés</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Agents (LinkedIn accounts) assigned to the workspace</source>
            <translation>Agents (comptes LinkedIn) affectés à l’espace de travail</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Agents with alerts, or needing sign-in, setup, or disabled</source>
            <translation>Agents avec des alertes, à reconnecter, à configurer ou désactivés</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Campaigns of the workspace's agents in status active</source>
            <translation>Campagnes des agents de l’espace de travail à l’état actif</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conversations of the workspace's campaigns</source>
            <translation>Conversations des campagnes de l’espace de travail</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conversations in status 1–6 (an invitation was sent)</source>
            <translation>Conversations aux états 1 à 6 (une invitation a été envoyée)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Accepted (status 2–6) ÷ invitations sent (status 1–6) × 100</source>
            <translation>Acceptées (états 2 à 6) ÷ invitations envoyées (états 1 à 6) × 100</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conversations whose prospect answered</source>
            <translation>Conversations dont le prospect a répondu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replies ÷ prospects × 100</source>
            <translation>Réponses ÷ prospects × 100</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conversations qualified</source>
            <translation>Conversations qualifiées</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::WorkspaceSweep</name>
        <message numerus="yes">
            <location filename="../../models/jobs/WorkspaceSweep.cpp" line="+42" />
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n appel</numerusform>
                <numerusform>%n appels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>at least %n call(s)</source>
            <translation>
                <numerusform>au moins %n appel</numerusform>
                <numerusform>au moins %n appels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source> (%n answer(s) fresh in the cache, free)</source>
            <translation>
                <numerusform> (%n réponse récente en cache, gratuite)</numerusform>
                <numerusform> (%n réponses récentes en cache, gratuites)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source> · %n credit(s)</source>
            <translation>
                <numerusform> · %n crédit</numerusform>
                <numerusform> · %n crédits</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source> · no credits for calls on this server</source>
            <translation> · les appels ne coûtent pas de crédit sur ce serveur</translation>
        </message>
        <message>
            <location line="+2" />
            <source> · one more call per 100 conversations after the first 100</source>
            <translation> · un appel de plus par tranche de 100 conversations après les 100 premières</translation>
        </message>
        <message>
            <location line="+90" />
            <source>workspaces</source>
            <translation>espaces de travail</translation>
        </message>
        <message>
            <location line="+11" />
            <source>agents</source>
            <translation>agents</translation>
        </message>
        <message>
            <location line="+11" />
            <source>campaigns</source>
            <translation>campagnes</translation>
        </message>
        <message>
            <location line="+16" />
            <source>conversations</source>
            <translation>conversations</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::WorkspaceSwitcher</name>
        <message>
            <location filename="../../ui/workspaces/WorkspaceSwitcher.cpp" line="+40" />
            <source>Current workspace</source>
            <translation>Espace de travail actuel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Switch workspace: cached answers are kept apart per workspace</source>
            <translation>Changer d’espace de travail : les réponses en cache sont séparées par espace de travail</translation>
        </message>
    </context>
    <context>
        <name>kakiyo::WorkspacesPage</name>
        <message>
            <location filename="../../ui/workspaces/WorkspacesPage.cpp" line="+50" />
            <location line="+71" />
            <source>Workspaces</source>
            <translation>Espaces de travail</translation>
        </message>
        <message>
            <location line="-58" />
            <source>Wor&amp;king in</source>
            <translation>&amp;Travailler dans</translation>
        </message>
        <message>
            <location line="+9" />
            <source>New client workspace…</source>
            <translation>Nouvel espace client…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create a workspace for a client of the agency</source>
            <translation>Créer un espace de travail pour un client de l’agence</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&lt;h3&gt;Workspaces need the Agency plan&lt;/h3&gt;&lt;p&gt;Kakiyo answered that this team is not on the Agency plan, so it has no client workspaces. With the Agency plan you can give each client a workspace of their own, invite the client's people by email and assign agents to it; the client then sees only the campaigns and conversations of those agents.&lt;/p&gt;&lt;p&gt;Everything else in Kakiyo Desk works as before. If the plan was changed recently, press &lt;b&gt;Refresh&lt;/b&gt;.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Les espaces de travail nécessitent l’offre Agency&lt;/h3&gt;&lt;p&gt;Kakiyo indique que cette équipe n’a pas l’offre Agency : elle n’a donc pas d’espaces clients. Avec l’offre Agency, vous pouvez attribuer à chaque client son propre espace de travail, inviter ses collaborateurs par e-mail et y affecter des agents ; le client ne voit alors que les campagnes et conversations de ces agents.&lt;/p&gt;&lt;p&gt;Tout le reste de Kakiyo Desk fonctionne comme avant. Si l’offre a changé récemment, appuyez sur &lt;b&gt;Actualiser&lt;/b&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;New workspace</source>
            <translation>&amp;Nouvel espace de travail</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New workspace name</source>
            <translation>Nom du nouvel espace de travail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client name, e.g. Acme Robotics</source>
            <translation>Nom du client, p. ex. Acme Robotics</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Create</source>
            <translation>&amp;Créer</translation>
        </message>
        <message>
            <location line="+28" />
            <source>&amp;Work in this workspace</source>
            <translation>&amp;Utiliser cet espace</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Clients of this workspace</source>
            <translation>Clients de cet espace de travail</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Client email to invite</source>
            <translation>E-mail du client à inviter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>client@example.com</source>
            <translation>client@exemple.com</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Invite</source>
            <translation>&amp;Inviter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;move</source>
            <translation>Reti&amp;rer</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Assigned agents</source>
            <translation>Agents affectés</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Agents assigned to this workspace</source>
            <translation>Agents affectés à cet espace de travail</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Agent to assign</source>
            <translation>Agent à affecter</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Assign</source>
            <translation>A&amp;ffecter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Unassign</source>
            <translation>&amp;Désaffecter</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Compare a&amp;ll</source>
            <translation>Tout co&amp;mparer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every client workspace's figures side by side</source>
            <translation>Les chiffres de chaque espace de travail client côte à côte</translation>
        </message>
        <message>
            <location line="+166" />
            <source>&lt;h3 style='margin:0'&gt;No client workspaces yet&lt;/h3&gt;&lt;p&gt;Create one above for each client of the agency, then invite the client's people and assign the agents that work for them.&lt;/p&gt;</source>
            <translation>&lt;h3 style='margin:0'&gt;Aucun espace client pour l’instant&lt;/h3&gt;&lt;p&gt;Créez-en un ci-dessus pour chaque client de l’agence, puis invitez ses collaborateurs et affectez les agents qui travaillent pour lui.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select a workspace to see its clients and agents.</source>
            <translation>Sélectionnez un espace de travail pour voir ses clients et ses agents.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the window works in this workspace</source>
            <translation>la fenêtre travaille dans cet espace</translation>
        </message>
        <message>
            <location line="+1" />
            <source>marker colour of this workspace</source>
            <translation>couleur repère de cet espace de travail</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Workspace id</source>
            <translation>Identifiant de l’espace</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client team id</source>
            <translation>Identifiant de l’équipe cliente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not reported</source>
            <translation>non indiqué</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Created</source>
            <translation>Créée</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No clients invited yet</source>
            <translation>Aucun client invité pour l’instant</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No agents assigned</source>
            <translation>Aucun agent affecté</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Every agent is assigned</source>
            <translation>Tous les agents sont affectés</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Loading agents…</source>
            <translation>Chargement des agents…</translation>
        </message>
        <message>
            <location line="+42" />
            <source>the server did not say what it changed</source>
            <translation>le serveur n’a pas indiqué ce qu’il a modifié</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 campaigns, %2 conversations, %3 prospects</source>
            <translation>%1 campagnes, %2 conversations, %3 prospects</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Give the workspace a name.</source>
            <translation>Donnez un nom à l’espace de travail.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Creating “%1”…</source>
            <translation>Création de « %1 »…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Kakiyo refused: workspaces need the Agency plan.</source>
            <translation>Kakiyo a refusé : les espaces de travail nécessitent l’offre Agency.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Workspace “%1” created.</source>
            <translation>Espace de travail « %1 » créé.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Delete workspace</source>
            <translation>Supprimer l’espace de travail</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete the workspace “%1”?

Its %n client(s) lose access and its agents are unassigned (the agents, campaigns and conversations stay in the team). This cannot be undone.</source>
            <translation>
                <numerusform>Supprimer l’espace de travail « %1 » ?

Son client (%n) perd l’accès et ses agents sont désaffectés (les agents, campagnes et conversations restent dans l’équipe). Cette action est irréversible.</numerusform>
                <numerusform>Supprimer l’espace de travail « %1 » ?

Ses %n clients perdent l’accès et ses agents sont désaffectés (les agents, campagnes et conversations restent dans l’équipe). Cette action est irréversible.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>Deleting “%1”…</source>
            <translation>Suppression de « %1 »…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The server did not report what it unassigned.</source>
            <translation>Le serveur n’a pas indiqué ce qu’il a désaffecté.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The server unassigned %1 and updated %2 campaigns and %3 conversations.</source>
            <translation>Le serveur a désaffecté %1 et mis à jour %2 campagnes et %3 conversations.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 agent</source>
            <translation>1 agent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 agents</source>
            <translation>%1 agents</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Workspace “%1” deleted. %2</source>
            <translation>Espace de travail « %1 » supprimé. %2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>“%1” is not an email address. Enter the client's address, e.g. name@client.com.</source>
            <translation>« %1 » n’est pas une adresse e-mail. Saisissez l’adresse du client, p. ex. nom@client.com.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Inviting %1…</source>
            <translation>Invitation de %1…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is already a client of this workspace.</source>
            <translation>%1 est déjà client de cet espace de travail.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 invited; Kakiyo sent the sign-in link by email.</source>
            <translation>%1 invité ; Kakiyo a envoyé le lien de connexion par e-mail.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 invited (no email was sent).</source>
            <translation>%1 invité (aucun e-mail envoyé).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Remove client</source>
            <translation>Retirer le client</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove %1 from this workspace? They lose access to its campaigns and conversations.</source>
            <translation>Retirer %1 de cet espace de travail ? Il perdra l’accès à ses campagnes et conversations.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Removing %1…</source>
            <translation>Retrait de %1…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 removed from the workspace.</source>
            <translation>%1 retiré de l’espace de travail.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Assigning %1…</source>
            <translation>Affectation de %1…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 assigned. The client now sees %2.</source>
            <translation>%1 affecté. Le client voit désormais %2.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Unassigning %1…</source>
            <translation>Désaffectation de %1…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 unassigned; the agent stays in the team. The client no longer sees %2.</source>
            <translation>%1 désaffecté ; l’agent reste dans l’équipe. Le client ne voit plus %2.</translation>
        </message>
    </context>
</TS>
