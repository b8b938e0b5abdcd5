<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AlertEngine</name>
    <message>
        <location filename="../../models/live/AlertEngine.cpp" line="+63"/>
        <source>Agent %1 needs attention (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent cannot work until this is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Campaign %1 sent nothing for %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Campaign %1 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 prospects, %2 qualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the conversation to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to take over the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Out of credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API answered 402: Kakiyo pauses the team&apos;s agents until credits are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Credits are running low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 credits left: about %2 days at the current pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 credits left, below 20 % of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Webhook %1 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries stopped after repeated failures; fix the endpoint and re-enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Webhook %1 is failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed deliveries since the last check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Likely reason: the campaign has no agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Likely reason: agent %1 is restricted or needs attention (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Likely reason: agent %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Likely reason: agent %1 reached its daily message limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Likely reason: outside agent %1&apos;s working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Likely reason: out of prospects — add leads to the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertInbox</name>
    <message>
        <location filename="../../models/live/AlertInbox.cpp" line="+233"/>
        <source>Open the campaign to see its new prospects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into campaign %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import finished: %1 added, %2 skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message numerus="yes">
        <location filename="../../models/live/AlertNotifier.cpp" line="+71"/>
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kakiyo Desk</source>
        <translation type="unfinished">Kakiyo Desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../../models/live/Autostart.cpp" line="+44"/>
        <source>Watches your Kakiyo team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished">%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>AwaySummary</name>
    <message numerus="yes">
        <location filename="../../models/live/AwaySummary.cpp" line="+20"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n prospect(s) replied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n newly qualified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n agent(s) need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n campaign(s) completed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n other alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing changed since you were away (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Since you were away (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/ExportCommand.cpp" line="+322"/>
        <source>  kakiyo-desk export --chart NAME|--report [--campaign ID] --format png|svg|pdf|csv
                     [--scale N] [--paper a4|letter] -o FILE
                     [--profile NAME] [--base-url URL] [--demo]
  kakiyo-desk export --report [--logo FILE] [--paper a4|letter] -o FILE.pdf
  kakiyo-desk export --table campaigns|agents|senders|dnc --format csv -o FILE
  kakiyo-desk export --table prospects [--query Q] [--campaign ID]
                     [--qualification Q] [--status N] [--city C] [--country C]
                     [--has-responded] [--paused] [--limit N] --format csv -o FILE
  Every export also takes --workspace NAME|ID: only that client workspace&apos;s data.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+7"/>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <location filename="../../app/ImportCommand.cpp" line="+192"/>
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
                            such as the DNC page&apos;s export); checked offline
  --dry-run                 validate and print the plan; send nothing
  --report FILE             write the per-row report as CSV
  --journal FILE            the import journal (default: the app&apos;s data folder)
  --profile NAME, --base-url URL   connect like the window

Exit 0 when every row got an answer about its data, 1 otherwise, 2 for a wrong
command line or an unreadable file.
</source>
        <translation>Aufruf: kakiyo-desk import DATEI.csv --campaign ID | --round-robin ID,ID[,...]
        [Optionen]

Prüft eine CSV-Datei mit Interessenten offline, zeigt den Plan an (gültige und
abgelehnte Zeilen, Stapelaufrufe, Credits, Mindestdauer unter den Ratenlimits)
und importiert sie dann in Stapeln zu 100. Ein unterbrochener Import derselben
Datei in dasselbe Ziel wird dort fortgesetzt, wo er angehalten wurde.

  --campaign ID             alle Zeilen in eine Kampagne
  --round-robin ID,ID,...   die Zeilen nach Auslastung auf 2 oder mehr
                            Kampagnen verteilen
  --map KEY=COL,...         die erkannten Spalten überschreiben; Schlüssel:
                            name, first, last, url, custom (eine Spalte oder
                            eine Vorlage {Col} - {Col})
  --skip-dnc DATEI          Zeilen auslassen, deren Profil auf dieser lokalen
                            Liste „Nicht kontaktieren“ steht (eine URL pro
                            Zeile oder eine CSV-Datei mit einer URL-Spalte,
                            etwa der Export der DNC-Seite); offline geprüft
  --dry-run                 prüfen und den Plan ausgeben; nichts senden
  --report DATEI            den Bericht pro Zeile als CSV schreiben
  --journal DATEI           das Importprotokoll (Standard: der Datenordner der
                            App)
  --profile NAME, --base-url URL   wie das Fenster verbinden

Exit-Code 0, wenn jede Zeile eine Antwort zu ihren Daten erhalten hat, sonst 1,
2 bei falscher Befehlszeile oder nicht lesbarer Datei.
</translation>
    </message>
    <message>
        <location filename="../../app/KeyCommand.cpp" line="+216"/>
        <location filename="../../app/LaunchOptions.cpp" line="+181"/>
        <source>key: say what to do: set, status or remove</source>
        <translation>key: Geben Sie an, was zu tun ist: set, status oder remove</translation>
    </message>
    <message>
        <location filename="../../app/LaunchOptions.cpp" line="-162"/>
        <location line="+4"/>
        <source>%1 needs a value</source>
        <translation>%1 benötigt einen Wert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--base-url: &quot;%1&quot; is not a URL (expected e.g. https://api.kakiyo.com/v1)</source>
        <translation>--base-url: „%1“ ist keine URL (erwartet z. B. https://api.kakiyo.com/v1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--base-url: only http and https URLs are supported</source>
        <translation>--base-url: Nur http- und https-URLs werden unterstützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--base-url: credentials do not belong in the URL</source>
        <translation>--base-url: Zugangsdaten gehören nicht in die URL</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>--profile: &quot;%1&quot; is not a valid profile name (letters, digits, space, . - _; at most 64)</source>
        <translation>--profile: „%1“ ist kein gültiger Profilname (Buchstaben, Ziffern, Leerzeichen, . - _; höchstens 64)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>key: unknown action &quot;%1&quot; (expected set, status or remove)</source>
        <translation>key: unbekannte Aktion „%1“ (erwartet: set, status oder remove)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>key: unexpected argument; the key is read from standard input, never from the command line</source>
        <translation>key: unerwartetes Argument; der Schlüssel wird von der Standardeingabe gelesen, nie von der Befehlszeile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--new-campaign and --import-leads only apply to the window</source>
        <translation>--new-campaign und --import-leads gelten nur für das Fenster</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--demo only applies to the window, export and import (the demo&apos;s key is never stored)</source>
        <translation>--demo gilt nur für das Fenster, export und import (der Schlüssel der Demo wird nie gespeichert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--demo and --base-url cannot be combined: the demo runs its own local server</source>
        <translation>--demo und --base-url können nicht kombiniert werden: Die Demo betreibt einen eigenen lokalen Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--demo and --profile cannot be combined: the demo has its own profile</source>
        <translation>--demo und --profile können nicht kombiniert werden: Die Demo hat ein eigenes Profil</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <translation>Aufruf:
  kakiyo-desk [--demo] [--profile NAME] [--base-url URL]
              [--new-campaign | --import-leads]
      Öffnet das Fenster. --demo startet eine lokale kakiyo-sandbox mit einem
      vorbefüllten Team und verbindet sich damit (kein Schlüssel, kein
      Netzwerk). --profile wählt ein gespeichertes Profil; --base-url
      überschreibt die API-Adresse (https oder http auf Loopback).
      --new-campaign und --import-leads öffnen den Dialog „Neue Kampagne“ oder
      den Assistenten für den Lead-Import, sobald das Fenster verbunden ist.
  kakiyo-desk key set|status|remove [--profile NAME] [--base-url URL]
      Verwaltet den API-Schlüssel eines Profils; `key set` liest den Schlüssel
      von der Standardeingabe.
  kakiyo-desk export --chart NAME|--report [--campaign ID]
                     --format png|svg|pdf|csv [--scale N] -o DATEI
  kakiyo-desk export --table prospects [Filter] [--limit N] --format csv
                     -o DATEI
      Exportiert ein Diagramm, den PDF-Bericht oder die Interessententabelle
      ohne das Fenster (`kakiyo-desk export --help` listet die Diagramme und
      Filter). Verbindet sich wie das Fenster: --demo, --profile, --base-url;
      KAKIYO_API_KEY gilt nur für diesen Aufruf.
  kakiyo-desk import DATEI.csv --campaign ID | --round-robin ID,ID[,...]
                     [--map name=COL,url=COL,custom=COL] [--skip-dnc DATEI]
                     [--dry-run] [--report DATEI] [--journal DATEI]
                     [--profile NAME] [--base-url URL]
      Prüft eine CSV-Datei mit Interessenten, zeigt den Plan an und importiert
      sie dann (setzt einen unterbrochenen Lauf mit derselben Datei und
      demselben Ziel fort). Exit-Code 0, wenn jede Zeile eine Antwort zu ihren
      Daten erhalten hat, sonst 1, 2 bei falscher Befehlszeile.
      (`kakiyo-desk import --help` listet die Optionen.)
  kakiyo-desk --help | --version

Befehle ohne Fenster sind zeitlich begrenzt: Eine Anfrage, die nicht innerhalb
von KAKIYO_TIMEOUT Sekunden (Standard 60) vollständig beantwortet ist, wird
aufgegeben; ein Export bricht ab, wenn eine Seite länger braucht; ein Import
bricht nach 10 x KAKIYO_TIMEOUT ohne Fortschritt ab (zum Fortsetzen erneut
ausführen). Strg+C oder SIGTERM beendet jeden Befehl sofort und schreibt keine
unvollständige Datei. Ein Export, dessen Server sich widerspricht, behält die
gelieferten Zeilen und endet mit Exit-Code 1.
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>  kakiyo-desk watch [--once] [--json] [--workspace ID]: print new and current
      alerts (exit 3 when something is new; `kakiyo-desk watch --help`).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DncBatchLine</name>
    <message>
        <location filename="../../models/import/DncBatchPlan.cpp" line="+15"/>
        <source>Will be added</source>
        <translation>Wird hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate of line %1</source>
        <translation>Duplikat von Zeile %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already on the list since %1</source>
        <translation>Seit %1 bereits auf der Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already on the list</source>
        <translation>Bereits auf der Liste</translation>
    </message>
</context>
<context>
    <name>LibraryListModel</name>
    <message>
        <location filename="../../models/LibraryListModel.h" line="+110"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>LoadFailure</name>
    <message>
        <location filename="../../models/jobs/LoadFailure.h" line="+22"/>
        <source>The %1 answer was not understood (%2)</source>
        <translation type="unfinished">Die Antwort der %1 wurde nicht verstanden (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the %1: %2</source>
        <translation type="unfinished">%1 konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>ProspectColumns</name>
    <message>
        <location filename="../../models/ProspectColumns.cpp" line="+15"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/agents/AgentsPage.cpp" line="+64"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/charts/AnalyticsCharts.cpp" line="+16"/>
        <source>Campaign comparison</source>
        <translation>Kampagnenvergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one bar per campaign for a chosen metric (team overview)</source>
        <translation>ein Balken pro Kampagne für eine gewählte Kennzahl (Teamübersicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invitations accepted ÷ sent, the team and each campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance by sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acceptance rate per sender (LinkedIn account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prospects&apos; last replies by weekday and hour, as a shaded grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages and qualified prospects, last 24 hours and last week</source>
        <translation>Nachrichten und qualifizierte Interessenten, letzte 24 Stunden und letzte Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team trend</source>
        <translation>Team-Trend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages, replies and qualified (left axis) and response and conversion rates (right axis, %) per stored daily snapshot</source>
        <translation>Nachrichten, Antworten und Qualifizierte (linke Achse) sowie Antwort- und Konversionsrate (rechte Achse, %) je gespeichertem Tages-Snapshot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily activity</source>
        <translation>Tägliche Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages, responses and qualified per day of one campaign</source>
        <translation>Nachrichten, Antworten und Qualifizierte pro Tag einer Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status funnel</source>
        <translation>Status-Trichter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending → contacted → responded → qualified → closed, with stage conversion</source>
        <translation>ausstehend → kontaktiert → geantwortet → qualifiziert → abgeschlossen, mit Konversion je Stufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qualification breakdown</source>
        <translation>Aufschlüsselung der Qualifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qualified, pending and disqualified prospects of one campaign</source>
        <translation>qualifizierte, ausstehende und disqualifizierte Interessenten einer Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages, responses and qualified of one campaign in the last 7 days</source>
        <translation>Nachrichten, Antworten und Qualifizierte einer Kampagne in den letzten 7 Tagen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (needs --campaign)</source>
        <translation> (erfordert --campaign)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No campaigns yet</source>
        <translation>Noch keine Kampagnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Metric to compare</source>
        <translation>Zu vergleichende Kennzahl</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No invitations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No senders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No replies with a time yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No trend yet: a snapshot is kept each day you refresh, and a trend needs two days</source>
        <translation>Noch kein Trend: An jedem Tag, an dem Sie aktualisieren, wird ein Snapshot gespeichert, und ein Trend braucht zwei Tage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No daily activity yet</source>
        <translation>Noch keine tägliche Aktivität</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A quiet week: no messages, responses or qualified prospects in this campaign in the last 7 days</source>
        <translation>Eine ruhige Woche: keine Nachrichten, Antworten oder qualifizierten Interessenten in dieser Kampagne in den letzten 7 Tagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a campaign to see this chart</source>
        <translation>Wählen Sie eine Kampagne, um dieses Diagramm zu sehen</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartExporter.cpp" line="+86"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Kakiyo Desk chart</source>
        <translation>Kakiyo-Desk-Diagramm</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Unknown export format</source>
        <translation>Unbekanntes Exportformat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PNG scale must be 1, 2 or 3 (got %1)</source>
        <translation>Die PNG-Skalierung muss 1, 2 oder 3 sein (erhalten: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <location line="+7"/>
        <source>There is no chart to export</source>
        <translation>Es gibt kein Diagramm zum Exportieren</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Could not encode the PNG image</source>
        <translation>Das PNG-Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no chart to copy</source>
        <translation>Es gibt kein Diagramm zum Kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No clipboard is available</source>
        <translation>Keine Zwischenablage verfügbar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chart copied to the clipboard</source>
        <translation>Diagramm in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no chart to print</source>
        <translation>Es gibt kein Diagramm zum Drucken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing cancelled</source>
        <translation>Drucken abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer could not be started</source>
        <translation>Der Drucker konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chart sent to the printer</source>
        <translation>Diagramm an den Drucker gesendet</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No output file was given</source>
        <translation>Es wurde keine Ausgabedatei angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrote %1 (%2 bytes)</source>
        <translation>%1 geschrieben (%2 Byte)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/PrintPrompt.cpp" line="+21"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../ui/library/FormErrors.cpp" line="+102"/>
        <source>Kakiyo rejected the input; correct the fields marked in red and try again.</source>
        <translation>Kakiyo hat die Eingabe abgelehnt; korrigieren Sie die rot markierten Felder und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/ErrorNotice.cpp" line="+20"/>
        <source>Kakiyo did not accept the API key (%1). Enter a valid key to continue.</source>
        <translation>Kakiyo hat den API-Schlüssel nicht akzeptiert (%1). Geben Sie einen gültigen Schlüssel ein, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-enter key…</source>
        <translation>Schlüssel neu eingeben…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team&apos;s Kakiyo subscription is inactive, so the API refuses every call. Renew it in the Kakiyo dashboard.</source>
        <translation>Das Kakiyo-Abonnement des Teams ist inaktiv, daher lehnt die API jeden Aufruf ab. Verlängern Sie es im Kakiyo-Dashboard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Open billing page</source>
        <translation>Abrechnungsseite öffnen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Out of credits: the API answered 402 and Kakiyo pauses the team&apos;s agents at zero credits. Background work is stopped until credits are added.</source>
        <translation>Keine Credits mehr: Die API hat mit 402 geantwortet, und Kakiyo pausiert die Agenten des Teams bei null Credits. Hintergrundarbeiten ruhen, bis Credits aufgeladen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rate limit reached: Kakiyo asked us to slow down. Retrying in %1 s.</source>
        <translation>Ratenlimit erreicht: Kakiyo bittet um weniger Anfragen. Neuer Versuch in %1 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kakiyo cannot be reached (%1). Check the connection and retry.</source>
        <translation>Kakiyo ist nicht erreichbar (%1). Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Kakiyo did not answer in time. The service may be slow; retry in a moment.</source>
        <translation>Kakiyo hat nicht rechtzeitig geantwortet. Der Dienst ist möglicherweise langsam; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kakiyo had a problem answering (HTTP %1). This is usually temporary.</source>
        <translation>Bei Kakiyo ist beim Antworten ein Problem aufgetreten (HTTP %1). Das ist meist vorübergehend.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kakiyo sent an answer we could not read (%1). Retrying usually helps.</source>
        <translation>Kakiyo hat eine Antwort gesendet, die nicht gelesen werden konnte (%1). Ein erneuter Versuch hilft meistens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to Kakiyo failed (%1). Nothing was sent.</source>
        <translation>Die sichere Verbindung zu Kakiyo ist fehlgeschlagen (%1). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kakiyo refused this: %1</source>
        <translation>Kakiyo hat dies abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manage keys…</source>
        <translation>Schlüssel verwalten…</translation>
    </message>
    <message>
        <location filename="../../models/api/ApiError.cpp" line="+74"/>
        <source>Kakiyo did not accept the API key; enter a valid key in the profile settings.</source>
        <translation>Kakiyo hat den API-Schlüssel nicht akzeptiert; geben Sie in den Profileinstellungen einen gültigen Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team&apos;s Kakiyo subscription is inactive; renew it in the Kakiyo dashboard to use the API again.</source>
        <translation>Das Kakiyo-Abonnement des Teams ist inaktiv; verlängern Sie es im Kakiyo-Dashboard, um die API wieder zu nutzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kakiyo refused this action for your team (not your resource or a plan limit reached); check the plan or pick another item.</source>
        <translation>Kakiyo hat diese Aktion für Ihr Team abgelehnt (nicht Ihre Ressource oder ein Tariflimit erreicht); prüfen Sie den Tarif oder wählen Sie ein anderes Element.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team is out of credits and Kakiyo pauses agents at zero; top up credits in the Kakiyo dashboard, then resume.</source>
        <translation>Das Team hat keine Credits mehr, und Kakiyo pausiert Agenten bei null; laden Sie im Kakiyo-Dashboard Credits auf und setzen Sie dann fort.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Kakiyo&apos;s rate limit was reached and it asked for an implausible wait (%1 s); the call was given up, try again later.</source>
        <translation>Das Ratenlimit von Kakiyo wurde erreicht, und Kakiyo verlangte eine unplausible Wartezeit (%1 s); der Aufruf wurde aufgegeben. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kakiyo&apos;s rate limit was reached; it asks to wait %1 before the next call, then try again.</source>
        <translation>Das Ratenlimit von Kakiyo wurde erreicht; Kakiyo bittet, %1 bis zum nächsten Aufruf zu warten. Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kakiyo&apos;s rate limit was reached; wait a minute and try again.</source>
        <translation>Das Ratenlimit von Kakiyo wurde erreicht; warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kakiyo rejected the input (%1: %2); correct it and try again.</source>
        <translation>Kakiyo hat die Eingabe abgelehnt (%1: %2); korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kakiyo rejected the request as invalid; correct the input and try again.</source>
        <translation>Kakiyo hat die Anfrage als ungültig abgelehnt; korrigieren Sie die Eingabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The item no longer exists on Kakiyo; refresh the list.</source>
        <translation>Das Element existiert in Kakiyo nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item is busy or already exists on Kakiyo; refresh and try again later.</source>
        <translation>Das Element ist in Kakiyo gerade belegt oder existiert bereits; aktualisieren Sie und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kakiyo had a server problem; try again in a few minutes.</source>
        <translation>Bei Kakiyo ist ein Serverproblem aufgetreten; versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kakiyo could not be reached; check the internet connection and try again.</source>
        <translation>Kakiyo war nicht erreichbar; prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kakiyo took too long to answer; try again, or later if it keeps happening.</source>
        <translation>Kakiyo hat zu lange für die Antwort gebraucht; versuchen Sie es erneut – oder später, falls es wieder passiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to Kakiyo could not be verified; check the base URL and the system&apos;s certificates.</source>
        <translation>Die sichere Verbindung zu Kakiyo konnte nicht überprüft werden; prüfen Sie die Basis-URL und die Zertifikate des Systems.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kakiyo sent an answer this version cannot read; try again, and update Kakiyo Desk if it persists.</source>
        <translation>Kakiyo hat eine Antwort gesendet, die diese Version nicht lesen kann; versuchen Sie es erneut und aktualisieren Sie Kakiyo Desk, falls das Problem bleibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was cancelled; start it again if you still need it.</source>
        <translation>Die Anfrage wurde abgebrochen; starten Sie sie erneut, falls Sie sie noch benötigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection settings are unusable (%1); fix them in the profile settings.</source>
        <translation>Die Verbindungseinstellungen sind unbrauchbar (%1); korrigieren Sie sie in den Profileinstellungen.</translation>
    </message>
    <message>
        <location filename="../../models/jobs/ProspectExport.cpp" line="+216"/>
        <location filename="../../models/live/JsonFile.cpp" line="+34"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../models/live/JsonFile.cpp" line="+7"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../../models/live/JsonFile.cpp" line="-24"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/live/AlertInbox.cpp" line="-130"/>
        <location filename="../../models/live/UnreadTracker.cpp" line="+66"/>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshPlan</name>
    <message>
        <location filename="../../models/live/RefreshPlan.cpp" line="+96"/>
        <source>auto-refresh off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto-refresh every %1 min · %2 calls/hour · %3 credits/day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../../ui/charts/ReportWriter.cpp" line="+93"/>
        <source>Kakiyo analytics report</source>
        <translation>Kakiyo-Analysebericht</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kakiyo Desk analytics report</source>
        <translation>Kakiyo-Desk-Analysebericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Analytics report</source>
        <translation>Analysebericht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kakiyo team</source>
        <translation>Kakiyo-Team</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>all stored history</source>
        <translation>gesamter gespeicherter Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures of %1</source>
        <translation>Zahlen vom %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaign: %1</source>
        <translation>Kampagne: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connections made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Conversations in status 2–6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations in status 1–6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+52"/>
        <location line="+65"/>
        <source>Acceptance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-117"/>
        <source>%1 %</source>
        <translation type="unfinished">%1 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change: since the stored snapshot of %1.</source>
        <translation>Veränderung: seit dem gespeicherten Snapshot vom %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaigns (continued)</source>
        <translation>Kampagnen (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>No campaigns yet.</source>
        <translation>Noch keine Kampagnen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acceptance rate (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Senders (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Senders: ceilings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn&apos;s guidance: at most %1 invitations a day and about %2 a month per account. A sender above either, or configured so that it would be, is marked. Rates from fewer than %3 prospects are greyed: too few to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status funnel: reached stage</source>
        <translation>Status-Trichter: erreichte Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status funnel: conversion</source>
        <translation>Status-Trichter: Konversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates</source>
        <translation>Quoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentages as reported by the Kakiyo API, two decimals. Changes of rates are in percentage points (pts).</source>
        <translation>Prozentwerte wie von der Kakiyo-API gemeldet, zwei Dezimalstellen. Veränderungen von Quoten in Prozentpunkten (Pkt.).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kakiyo Desk keeps one copy of the team overview per day it is refreshed; trends and period comparisons are drawn from these copies without extra API calls.</source>
        <translation>Kakiyo Desk speichert pro Tag, an dem aktualisiert wird, eine Kopie der Teamübersicht; Trends und Zeitraumvergleiche werden ohne zusätzliche API-Aufrufe aus diesen Kopien erstellt.</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <location filename="../../app/SettingsCommand.cpp" line="+24"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../../ui/settings/UiLanguage.cpp" line="+31"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <location filename="../../app/WatchCommand.cpp" line="+56"/>
        <source>--workspace needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--interval expects minutes between 1 and 1440</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>watch: unknown argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n new since the last watch</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n current alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>watch: %1 calls (at most %2 per refresh)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceScope</name>
    <message>
        <location filename="../../models/api/WorkspaceScopeLookup.cpp" line="+66"/>
        <source>The workspace %1 no longer exists on the server; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The campaign %1 is not part of the workspace “%2”: switch to the workspace it belongs to, or to All (team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent %1 is not assigned to the workspace “%2”: switch to the workspace it belongs to, or to All (team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The workspace “%1” has no agents assigned, so it has no campaigns, prospects or analytics yet. Assign agents to it on the Workspaces page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing here belongs to the workspace “%1” (its agents&apos; campaigns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In this client workspace the list shows the entries filed under the client&apos;s team and the agency&apos;s own entries, which protect every client; entries of other clients are hidden. New entries are filed under the agency&apos;s team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Library is the whole team&apos;s: offerings, prompts and AI models name no workspace, so every workspace shows the same Library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakiyo::ActivitySparkline</name>
    <message>
        <location filename="../../ui/campaigns/ActivitySparkline.cpp" line="+60"/>
        <source>loading activity…</source>
        <translation>Aktivität wird geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activity unavailable</source>
        <translation>Aktivität nicht verfügbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no activity yet</source>
        <translation>noch keine Aktivität</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Activity over %n day(s): %1 messages, %2 responses</source>
        <translation>
            <numerusform>Aktivität über %n Tag: %1 Nachrichten, %2 Antworten</numerusform>
            <numerusform>Aktivität über %n Tage: %1 Nachrichten, %2 Antworten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; messages&amp;nbsp; &lt;span style=&quot;color:%2&quot;&gt;■&lt;/span&gt; responses per day</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; Nachrichten&amp;nbsp; &lt;span style=&quot;color:%2&quot;&gt;■&lt;/span&gt; Antworten pro Tag</translation>
    </message>
</context>
<context>
    <name>kakiyo::AddProspectDialog</name>
    <message>
        <location filename="../../ui/prospects/AddProspectDialog.cpp" line="+33"/>
        <source>This person is already in the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is on the Do Not Contact list, so Kakiyo skipped them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kakiyo found the LinkedIn address invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kakiyo could not read this LinkedIn profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kakiyo did not add the prospect (status &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add</source>
        <translation type="unfinished">&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Campaign</source>
        <translation type="unfinished">Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading campaigns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jane Doe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LinkedIn profile URL</source>
        <translation type="unfinished">LinkedIn-Profil-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linkedin.com/in/username</source>
        <translation type="unfinished">linkedin.com/in/benutzername</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>LinkedIn &amp;URL</source>
        <translation type="unfinished">LinkedIn-&amp;URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom data for the prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: anything the prompts may use as {{customData}}, e.g. where you met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Custom &amp;data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Treat as an &amp;ongoing conversation (no invitation step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ongoing conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <source>%1 / %2 characters</source>
        <translation type="unfinished">%1 / %2 Zeichen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Kakiyo is importing the prospect (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a campaign</source>
        <translation type="unfinished">Kampagne wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaigns could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A profile address such as linkedin.com/in/jane-doe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A LinkedIn profile URL is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the campaign to add them to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sending…</source>
        <translation type="unfinished">Wird gesendet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accepted; Kakiyo is importing the prospect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kakiyo accepted the prospect, but its import status could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Kakiyo accepted the prospect but had not finished importing it after %n second(s) (status &quot;%1&quot;). It may still appear in the campaign; refresh the list later.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added to the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kakiyo finished the import without adding the prospect (status &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kakiyo says: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakiyo::AgeText</name>
    <message>
        <location filename="../../ui/shell/AgeText.cpp" line="+10"/>
        <source>not loaded yet</source>
        <translation>noch nicht geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>updated just now</source>
        <translation>gerade aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated 1 min ago</source>
        <translation>vor 1 Min. aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated %1 min ago</source>
        <translation>vor %1 Min. aktualisiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>updated 1 h ago</source>
        <translation>vor 1 Std. aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated %1 h ago</source>
        <translation>vor %1 Std. aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated yesterday</source>
        <translation>gestern aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated %1 days ago</source>
        <translation>vor %1 Tagen aktualisiert</translation>
    </message>
</context>
<context>
    <name>kakiyo::AgentLimitsDialog</name>
    <message>
        <location filename="../../ui/agents/AgentLimitsDialog.cpp" line="+55"/>
        <source>Edit agent — %1</source>
        <translation>Agent bearbeiten – %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Minimum invitations per day</source>
        <translation>Mindestanzahl Einladungen pro Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum invitations per day</source>
        <translation>Höchstanzahl Einladungen pro Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum messages per day</source>
        <translation>Mindestanzahl Nachrichten pro Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum messages per day</source>
        <translation>Höchstanzahl Nachrichten pro Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invitations per day</source>
        <translation>&amp;Einladungen pro Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <location line="+26"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+10"/>
        <source>The minimum</source>
        <translation>Das Minimum</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>The maximum</source>
        <translation>Das Maximum</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>⚠ More than %1 invitations a day puts the LinkedIn account at risk; Kakiyo recommends staying at or below %1.</source>
        <translation>⚠ Mehr als %1 Einladungen pro Tag gefährden das LinkedIn-Konto; Kakiyo empfiehlt, höchstens %1 zu senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Messages per day</source>
        <translation>&amp;Nachrichten pro Tag</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Working &amp;days</source>
        <translation>Arbeits&amp;tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working hours start</source>
        <translation>Beginn der Arbeitszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours end</source>
        <translation>Ende der Arbeitszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working &amp;hours</source>
        <translation>Arbeits&amp;zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start</source>
        <translation>Der Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end</source>
        <translation>Das Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (set in the Kakiyo dashboard)</source>
        <translation>%1 (im Kakiyo-Dashboard festgelegt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timezone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t message people already in the network</source>
        <translation>Keine Nachrichten an Personen, die bereits im Netzwerk sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only send invitations (no follow-up messages)</source>
        <translation>Nur Einladungen senden (keine Folgenachrichten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+65"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Save the agent&apos;s limits, hours and settings</source>
        <translation>Limits, Arbeitszeit und Einstellungen des Agenten speichern</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>must be later than the start</source>
        <translation>muss nach dem Beginn liegen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>kakiyo::AgentListModel</name>
    <message>
        <location filename="../../models/AgentListModel.cpp" line="+37"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setup needed</source>
        <translation>Einrichtung nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login needed</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <location line="+73"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTC+%1</source>
        <translation>UTC+%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UTC-%1</source>
        <translation>UTC-%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(unnamed agent)</source>
        <translation>(unbenannter Agent)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 alerts: %2</source>
        <translation>%1 Warnungen: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 invitations sent today; daily limit %2–%3</source>
        <translation>%1 Einladungen heute gesendet; Tageslimit %2–%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 messages sent today; daily limit %2–%3</source>
        <translation>%1 Nachrichten heute gesendet; Tageslimit %2–%3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Invitations sent today / the daily maximum</source>
        <translation>Heute gesendete Einladungen / Tageshöchstwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages sent today / the daily maximum</source>
        <translation>Heute gesendete Nachrichten / Tageshöchstwert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next task</source>
        <translation>Nächste Aufgabe</translation>
    </message>
</context>
<context>
    <name>kakiyo::AgentSetupDialog</name>
    <message>
        <location filename="../../ui/agents/AgentSetupDialog.cpp" line="+36"/>
        <source>new agent</source>
        <translation>neuer Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect LinkedIn — %1</source>
        <translation>LinkedIn verbinden – %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kakiyo logs in to LinkedIn with these credentials for “%1”. The password is sent once to Kakiyo and is not kept by Kakiyo Desk.</source>
        <translation>Kakiyo meldet sich mit diesen Zugangsdaten für „%1“ bei LinkedIn an. Das Passwort wird einmalig an Kakiyo gesendet und von Kakiyo Desk nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>LinkedIn login e-mail</source>
        <translation>LinkedIn-Anmelde-E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn &amp;e-mail</source>
        <translation>LinkedIn-&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LinkedIn password</source>
        <translation>LinkedIn-Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 6 characters</source>
        <translation>Mindestens 6 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country of the LinkedIn account</source>
        <translation>Land des LinkedIn-Kontos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+47"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Connect the LinkedIn account</source>
        <translation>LinkedIn-Konto verbinden</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
The password is not kept: type it again to retry.</source>
        <translation>%1
Das Passwort wird nicht gespeichert: Geben Sie es erneut ein, um es noch einmal zu versuchen.</translation>
    </message>
</context>
<context>
    <name>kakiyo::AgentsPage</name>
    <message>
        <location filename="../../ui/agents/AgentsPage.cpp" line="+7"/>
        <location line="+59"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+26"/>
        <source>New agent…</source>
        <translation>Neuer Agent…</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Create an agent, then connect a LinkedIn account to it</source>
        <translation>Agent erstellen und dann ein LinkedIn-Konto damit verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause agent</source>
        <translation>Agent pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the selected agent&apos;s invitations and messages (running agents)</source>
        <translation>Einladungen und Nachrichten des ausgewählten Agenten anhalten (laufende Agenten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume agent</source>
        <translation>Agent fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the selected agent again (paused agents without alerts)</source>
        <translation>Ausgewählten Agenten wieder starten (pausierte Agenten ohne Warnungen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit agent…</source>
        <translation>Agent bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily limits, working hours and settings of the selected agent</source>
        <translation>Tageslimits, Arbeitszeit und Einstellungen des ausgewählten Agenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up / reconnect…</source>
        <translation>Einrichten / neu verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect the LinkedIn login (agents that need setup or a new login)</source>
        <translation>LinkedIn-Anmeldung verbinden (Agenten, die eingerichtet oder neu angemeldet werden müssen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relaunch agent…</source>
        <translation>Agent neu starten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset an ended agent to “Setup needed” (its id stays)</source>
        <translation>Beendeten Agenten auf „Einrichtung nötig“ zurücksetzen (seine ID bleibt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete agent…</source>
        <translation>Agent löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete an ended agent with its campaigns and statistics</source>
        <translation>Beendeten Agenten mit seinen Kampagnen und Statistiken löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+446"/>
        <source>New agent</source>
        <translation>Neuer Agent</translation>
    </message>
    <message>
        <location line="-420"/>
        <location line="+199"/>
        <source>Select an agent to see its usage, hours and settings.</source>
        <translation>Wählen Sie einen Agenten aus, um Nutzung, Arbeitszeit und Einstellungen zu sehen.</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+2"/>
        <source>Invitations today</source>
        <translation>Einladungen heute</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Messages today</source>
        <translation>Nachrichten heute</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>This agent no longer exists on Kakiyo; the list has been refreshed.</source>
        <translation>Dieser Agent existiert in Kakiyo nicht mehr; die Liste wurde aktualisiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s details could not be read: %1</source>
        <translation>Die Details des Agenten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No agents yet. Create one with “New agent…”, then connect a LinkedIn account.</source>
        <translation>Noch keine Agenten. Erstellen Sie einen mit „Neuer Agent…“ und verbinden Sie dann ein LinkedIn-Konto.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Invitations / day</source>
        <translation>Einladungen / Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Messages / day</source>
        <translation>Nachrichten / Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invitations in total</source>
        <translation>Einladungen insgesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages in total</source>
        <translation>Nachrichten insgesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next invitation</source>
        <translation>Nächste Einladung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next message</source>
        <translation>Nächste Nachricht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip people in network</source>
        <translation>Personen im Netzwerk überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations only</source>
        <translation>Nur Einladungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This agent has ended. Relaunch it to connect a LinkedIn account again, or delete it together with its campaigns.</source>
        <translation>Dieser Agent ist beendet. Starten Sie ihn neu, um wieder ein LinkedIn-Konto zu verbinden, oder löschen Sie ihn mitsamt seinen Kampagnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect a LinkedIn account (“Set up / reconnect…”) to start this agent.</source>
        <translation>Verbinden Sie ein LinkedIn-Konto („Einrichten / neu verbinden…“), um diesen Agenten zu starten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn asks for the login again or for a verification code: reconnect the agent.</source>
        <translation>LinkedIn verlangt eine erneute Anmeldung oder einen Bestätigungscode: Verbinden Sie den Agenten neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kakiyo is logging in to LinkedIn; the status changes in a moment.</source>
        <translation>Kakiyo meldet sich bei LinkedIn an; der Status ändert sich gleich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kakiyo resumes an agent only when it has no active alerts.</source>
        <translation>Kakiyo setzt einen Agenten nur fort, wenn er keine aktiven Warnungen hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relaunch and delete are possible once the agent has ended.</source>
        <translation>Neustart und Löschen sind möglich, sobald der Agent beendet ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this agent</source>
        <translation>diesen Agenten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its status is “%1”. %2</source>
        <translation>sein Status ist „%1“. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action is not allowed in this status.</source>
        <translation>Die Aktion ist in diesem Status nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prospects are still being imported into one of its campaigns. Wait for the imports to finish, then try again.</source>
        <translation>in eine seiner Kampagnen werden noch Interessenten importiert. Warten Sie, bis die Importe abgeschlossen sind, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has active alerts%1. Resolve them first (reconnect the LinkedIn login if it asks for one).</source>
        <translation>er hat aktive Warnungen%1. Beheben Sie diese zuerst (verbinden Sie die LinkedIn-Anmeldung neu, falls sie verlangt wird).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it no longer exists on Kakiyo. The list has been refreshed.</source>
        <translation>er existiert in Kakiyo nicht mehr. Die Liste wurde aktualisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this API key may not change it.</source>
        <translation>dieser API-Schlüssel darf ihn nicht ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kakiyo refused to %1 %2: %3</source>
        <translation>Kakiyo hat die Aktion „%1“ für %2 abgelehnt: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pausing…</source>
        <translation>Wird pausiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agent paused.</source>
        <translation>Agent pausiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent resumed.</source>
        <translation>Agent fortgesetzt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Limits, hours and settings saved.</source>
        <translation>Limits, Arbeitszeit und Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Logging in to LinkedIn as %1… The status updates in a moment.</source>
        <translation>Anmeldung bei LinkedIn als %1… Der Status wird gleich aktualisiert.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Create a new agent?

Kakiyo adds an empty LinkedIn profile in “Setup needed”; it counts towards your plan&apos;s agent limit. Next you connect a LinkedIn account to it.</source>
        <translation>Neuen Agenten erstellen?

Kakiyo legt ein leeres LinkedIn-Profil im Status „Einrichtung nötig“ an; es zählt zum Agentenlimit Ihres Tarifs. Danach verbinden Sie ein LinkedIn-Konto damit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating an agent…</source>
        <translation>Agent wird erstellt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kakiyo refused to create an agent: %1. Your plan&apos;s agent limit is probably reached; delete an agent that has ended or upgrade the plan.</source>
        <translation>Kakiyo hat das Erstellen eines Agenten abgelehnt: %1. Vermutlich ist das Agentenlimit Ihres Tarifs erreicht; löschen Sie einen beendeten Agenten oder wechseln Sie zu einem höheren Tarif.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agent created. Connect a LinkedIn account to start it.</source>
        <translation>Agent erstellt. Verbinden Sie ein LinkedIn-Konto, um ihn zu starten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Relaunch agent</source>
        <translation>Agent neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relaunch “%1”?

Kakiyo resets it to “Setup needed”: its LinkedIn login, browser profile, alerts and pending tasks are cleared. Its id, campaigns and statistics stay. You then connect a LinkedIn account again.</source>
        <translation>„%1“ neu starten?

Kakiyo setzt ihn auf „Einrichtung nötig“ zurück: LinkedIn-Anmeldung, Browserprofil, Warnungen und ausstehende Aufgaben werden gelöscht. ID, Kampagnen und Statistiken bleiben erhalten. Danach verbinden Sie erneut ein LinkedIn-Konto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>relaunch</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” relaunched. Connect a LinkedIn account to start it again.</source>
        <translation>„%1“ neu gestartet. Verbinden Sie ein LinkedIn-Konto, um ihn wieder zu starten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete agent</source>
        <translation>Agent löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1” for good?

This deletes the agent, all of its campaigns with their prospects and conversations, and its usage statistics. It cannot be undone.</source>
        <translation>„%1“ endgültig löschen?

Damit werden der Agent, alle seine Kampagnen mit ihren Interessenten und Gesprächen sowie seine Nutzungsstatistiken gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” deleted with its campaigns.</source>
        <translation>„%1“ mitsamt seinen Kampagnen gelöscht.</translation>
    </message>
</context>
<context>
    <name>kakiyo::AlertsPanel</name>
    <message>
        <location filename="../../ui/alerts/AlertsPanel.cpp" line="+50"/>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No alerts. The desk keeps watching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation type="unfinished">Schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-refresh off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Every %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alerts</source>
        <translation type="unfinished">Warnungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss the selected alerts (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakiyo::AnalyticsKpiModel</name>
    <message>
        <location filename="../../models/AnalyticsKpiModel.cpp" line="+58"/>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion rate</source>
        <translation>Konversionsrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualification rate</source>
        <translation>Qualifizierungsquote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages per prospect</source>
        <translation>Nachrichten pro Interessent</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prospects in all campaigns of the team</source>
        <translation>Interessenten in allen Kampagnen des Teams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages sent by the team&apos;s agents</source>
        <translation>Von den Agenten des Teams gesendete Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects who answered at least once</source>
        <translation>Interessenten, die mindestens einmal geantwortet haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects marked qualified</source>
        <translation>Als qualifiziert markierte Interessenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies ÷ prospects × 100</source>
        <translation>Antworten ÷ Interessenten × 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualified ÷ prospects × 100</source>
        <translation>Qualifizierte ÷ Interessenten × 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualified ÷ replies × 100</source>
        <translation>Qualifizierte ÷ Antworten × 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages ÷ prospects</source>
        <translation>Nachrichten ÷ Interessenten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1%2 pts</source>
        <translation>%1%2 Pkt.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Since the previous snapshot: %1</source>
        <translation>Seit dem vorherigen Snapshot: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
</context>
<context>
    <name>kakiyo::AnalyticsModel</name>
    <message>
        <location filename="../../models/AnalyticsModel.cpp" line="+33"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <location line="+24"/>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+297"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="-320"/>
        <location line="+16"/>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+256"/>
        <location line="+22"/>
        <location line="+18"/>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <location line="-319"/>
        <location line="+16"/>
        <source>Response rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Conversion rate</source>
        <translation>Konversionsrate</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+296"/>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached stage</source>
        <translation>Stufe erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In this status now</source>
        <translation>Jetzt in diesem Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects whose conversation is in this status now (the API&apos;s statusDistribution)</source>
        <translation>Interessenten, deren Gespräch jetzt in diesem Status ist (statusDistribution der API)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From previous stage</source>
        <translation>Ab vorheriger Stufe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Prospects who reached at least this stage: the prospects in this status plus those in every later one (pending → contacted → responded → qualified → closed)</source>
        <translation>Interessenten, die mindestens diese Stufe erreicht haben: die Interessenten in diesem Status plus die in allen späteren (ausstehend → kontaktiert → geantwortet → qualifiziert → abgeschlossen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prospects who reached this stage ÷ prospects who reached the stage before × 100 (never above 100 %)</source>
        <translation>Interessenten, die diese Stufe erreicht haben ÷ Interessenten, die die vorherige Stufe erreicht haben × 100 (nie über 100 %)</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>prospects</source>
        <translation type="unfinished">Interessenten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+22"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responded</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Disqualified</source>
        <translation>Disqualifiziert</translation>
    </message>
</context>
<context>
    <name>kakiyo::AnalyticsModelLoader</name>
    <message>
        <location filename="../../models/jobs/AnalyticsModelLoader.cpp" line="+49"/>
        <source>The %1 answer was not understood (%2)</source>
        <translation>Die Antwort der %1 wurde nicht verstanden (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>team analytics</source>
        <translation>Teamanalyse</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>campaign analytics</source>
        <translation>Kampagnenanalyse</translation>
    </message>
</context>
<context>
    <name>kakiyo::AnalyticsPage</name>
    <message>
        <location filename="../../ui/analytics/AnalyticsPage.cpp" line="+23"/>
        <source>Analytics</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Export the per-sender table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export analytics report</source>
        <translation>Analysebericht exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1; %2 pages</source>
        <translation>%1; %2 Seiten</translation>
    </message>
</context>
<context>
    <name>kakiyo::AnalyticsTableModel</name>
    <message>
        <location filename="../../models/AnalyticsTableModel.cpp" line="+96"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>kakiyo::AnalyticsView</name>
    <message>
        <location filename="../../ui/analytics/AnalyticsView.cpp" line="+48"/>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Campaign whose daily activity, funnel and breakdown are shown</source>
        <translation>Kampagne, deren tägliche Aktivität, Trichter und Aufschlüsselung angezeigt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One PDF with the KPIs, every chart, the campaign table and the definitions</source>
        <translation>Ein PDF mit den KPIs, allen Diagrammen, der Kampagnentabelle und den Definitionen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Campaign:</source>
        <translation>Kampagne:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+345"/>
        <source>Team overview</source>
        <translation>Teamübersicht</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Acceptance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invitations sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connections made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Campaign comparison table</source>
        <translation>Kampagnenvergleich (Tabelle)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The per-sender table as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invitations against LinkedIn&apos;s recommended ceilings: at most %1 a day, about %2 a month. Marked cells are above them (or would be at the configured limit); greyed rates come from fewer than %3 prospects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Per-sender table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Campaign pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaign pace table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When prospects reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply heatmap as a PNG, SVG or PDF grid, or its numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counts to date. The change compares with the snapshot the app stored at the start of the chosen period (the API dates no invitation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+50"/>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>not loaded yet</source>
        <translation type="unfinished">noch nicht geladen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From the %1 most recent of %2 conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change since the snapshot of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acceptance rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>no data for the previous %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latest %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 invitations only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation type="unfinished">%1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invitations sent: conversations in status 1–6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connections made: conversations in status 2–6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read all %1 conversations — search calls: %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acceptance, pace and the heatmap come from the %1 most recent conversations. Reading the other %2 costs %3 search calls, about %4 s at the strictest rate (15 a minute); the pages already read come from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Workspace overview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No data yet — refresh to load the team&apos;s analytics</source>
        <translation>Noch keine Daten – aktualisieren Sie, um die Teamanalysen zu laden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Figures of %1; no data for the previous %n days (no snapshot of %2 is stored), so no change is shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Figures of %1; changes since the snapshot of %2</source>
        <translation>Zahlen vom %1; Veränderungen seit dem Snapshot vom %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures of %1; changes appear once an earlier day is stored</source>
        <translation>Zahlen vom %1; Veränderungen erscheinen, sobald ein früherer Tag gespeichert ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a campaign</source>
        <translation>Kampagne wählen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Campaign: %1</source>
        <translation>Kampagne: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign — choose one above</source>
        <translation>Kampagne – oben eine wählen</translation>
    </message>
</context>
<context>
    <name>kakiyo::ApiKey</name>
    <message>
        <location filename="../../models/store/ApiKey.cpp" line="+47"/>
        <source>Enter an API key.</source>
        <translation>Geben Sie einen API-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An API key has no spaces or line breaks.</source>
        <translation>Ein API-Schlüssel enthält keine Leerzeichen oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An API key has only letters and digits.</source>
        <translation>Ein API-Schlüssel enthält nur Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An API key has %1 characters; this one has %2.</source>
        <translation>Ein API-Schlüssel hat %1 Zeichen; dieser hat %2.</translation>
    </message>
</context>
<context>
    <name>kakiyo::Banner</name>
    <message>
        <location filename="../../ui/shell/Banner.cpp" line="+70"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss notice</source>
        <translation>Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>kakiyo::BulkActionDialog</name>
    <message>
        <location filename="../../ui/prospects/BulkActionDialog.cpp" line="+55"/>
        <source>%1 prospects</source>
        <translation>%1 Interessenten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting cannot be undone; the API refuses prospects whose conversation is active.</source>
        <translation>Das Löschen kann nicht rückgängig gemacht werden; die API lehnt Interessenten mit aktivem Gespräch ab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Result per prospect</source>
        <translation>Ergebnis pro Interessent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy results</source>
        <translation>Ergebnisse kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as CSV…</source>
        <translation>Als CSV speichern…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelling after the call in flight…</source>
        <translation>Abbruch nach dem laufenden Aufruf…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the rest</source>
        <translation>Rest abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>kakiyo::Cache</name>
    <message>
        <location filename="../../models/store/Cache.cpp" line="+90"/>
        <source>The cache file was damaged and has been replaced by an empty one (%1).</source>
        <translation>Die Cache-Datei war beschädigt und wurde durch eine leere ersetzt (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache file was damaged and has been replaced by an empty one; the old file was kept as %1.</source>
        <translation>Die Cache-Datei war beschädigt und wurde durch eine leere ersetzt; die alte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache could not be stored on disk (%1); answers are kept in memory for this session only.</source>
        <translation>Der Cache konnte nicht auf dem Datenträger gespeichert werden (%1); Antworten werden nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <location line="+130"/>
        <location line="+19"/>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A snapshot needs a valid day.</source>
        <translation>Ein Snapshot braucht einen gültigen Tag.</translation>
    </message>
</context>
<context>
    <name>kakiyo::CampaignCard</name>
    <message>
        <location filename="../../ui/campaigns/CampaignCard.cpp" line="+42"/>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qualified</source>
        <translation>qualifiziert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Response %1 % · Conversion %2 %</source>
        <translation>Antworten %1 % · Konversion %2 %</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Activity of %1</source>
        <translation>Aktivität von %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause %1</source>
        <translation>%1 pausieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details, statistics and prospects</source>
        <translation>Details, Statistiken und Interessenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of %1</source>
        <translation>Details von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import leads… (or drop a .csv file on the card)</source>
        <translation>Leads importieren… (oder eine .csv-Datei auf die Karte ziehen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import leads into %1</source>
        <translation>Leads in %1 importieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>kakiyo::CampaignDetailsPanel</name>
    <message>
        <location filename="../../ui/campaigns/CampaignDetailsPanel.cpp" line="+60"/>
        <location line="+34"/>
        <source>Campaign details</source>
        <translation>Kampagnendetails</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Import leads…</source>
        <translation>Leads importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import leads into this campaign</source>
        <translation>Leads in diese Kampagne importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a prospect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add one prospect to this campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Close the details</source>
        <translation>Details schließen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replied</source>
        <translation>geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages sent</source>
        <translation>Nachrichten gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qualified</source>
        <translation>qualifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversion rate</source>
        <translation>Konversionsrate</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Daily activity</source>
        <translation>Tägliche Aktivität</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conversation status</source>
        <translation>Gesprächsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused or not</source>
        <translation>Pausiert oder nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused only</source>
        <translation>Nur pausierte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not paused</source>
        <translation>Nicht pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Responded</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Responded or not</source>
        <translation>Geantwortet oder nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prospects of the campaign</source>
        <translation>Interessenten der Kampagne</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Prospects</source>
        <translation>&amp;Interessenten</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Loading the campaign&apos;s statistics…</source>
        <translation>Statistiken der Kampagne werden geladen…</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The statistics could not be loaded (%1); the figures shown are the campaign list&apos;s.</source>
        <translation>Die Statistiken konnten nicht geladen werden (%1); angezeigt werden die Zahlen aus der Kampagnenliste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Statistics %1.</source>
        <translation>Statistiken %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · loading more…</source>
        <translation> · weitere werden geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · more available (scroll down)</source>
        <translation> · weitere verfügbar (nach unten scrollen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no prospects match these filters</source>
        <translation>keine Interessenten entsprechen diesen Filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · all of them</source>
        <translation> · alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · the next page failed: %1</source>
        <translation> · die nächste Seite ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>kakiyo::CampaignDialog</name>
    <message>
        <location filename="../../ui/campaigns/CampaignDialog.cpp" line="+35"/>
        <source>Edit campaign</source>
        <translation>Kampagne bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Campaign name</source>
        <translation>Kampagnenname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 to 100 characters</source>
        <translation>3 bis 100 Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Product</source>
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rompt</source>
        <translation>P&amp;rompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agent</source>
        <translation>&amp;Agent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product, prompt and agent cannot be changed after creation.</source>
        <translation>Produkt, Prompt und Agent können nach dem Erstellen nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic qualification threshold</source>
        <translation>Schwelle für automatische Qualifizierung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Manual verification threshold</source>
        <translation>Schwelle für manuelle Prüfung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>qualify at</source>
        <translation>qualifizieren ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review from</source>
        <translation>prüfen ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt variables</source>
        <translation>Prompt-Variablen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Add a variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Remove the selected variable</source>
        <translation>Ausgewählte Variable entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Don&apos;t start automatically (stays paused until resumed)</source>
        <translation>Nicht automatisch starten (bleibt pausiert, bis sie fortgesetzt wird)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(kept as created)</source>
        <translation>(bleibt wie erstellt)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(could not load: %1)</source>
        <translation>(konnte nicht geladen werden: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the review threshold must not be above the qualification threshold</source>
        <translation>die Prüfschwelle darf nicht über der Qualifizierungsschwelle liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading products, prompts and agents…</source>
        <translation>Produkte, Prompts und Agenten werden geladen…</translation>
    </message>
</context>
<context>
    <name>kakiyo::CampaignListModel</name>
    <message>
        <location filename="../../models/CampaignListModel.cpp" line="+22"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>kakiyo::CampaignsPage</name>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="+35"/>
        <location line="+76"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+5"/>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show as cards</source>
        <translation>Als Karten anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show as table</source>
        <translation>Als Tabelle anzeigen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+439"/>
        <source>Pause first</source>
        <translation>Zuerst pausieren</translation>
    </message>
    <message>
        <location line="-436"/>
        <source>Pause the campaign first</source>
        <translation>Kampagne zuerst pausieren</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Campaigns: import leads into the selected campaign…</source>
        <translation>Kampagnen: Leads in die ausgewählte Kampagne importieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a campaign first: click its card or its row.</source>
        <translation>Wählen Sie zuerst eine Kampagne aus: Klicken Sie auf ihre Karte oder ihre Zeile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaigns: show or hide the details panel</source>
        <translation>Kampagnen: Detailbereich ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Importing leads into “%1”…</source>
        <translation>Leads werden in „%1“ importiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1 into “%2”…</source>
        <translation>%1 wird in „%2“ importiert…</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Creating “%1”…</source>
        <translation>„%1“ wird erstellt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was not created: %2</source>
        <translation>„%1“ wurde nicht erstellt: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaign “%1” created.</source>
        <translation>Kampagne „%1“ erstellt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign saved.</source>
        <translation>Kampagne gespeichert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” was not %2: %3</source>
        <translation>„%1“ wurde nicht %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” paused.</source>
        <translation>„%1“ pausiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” resumed.</source>
        <translation>„%1“ fortgesetzt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” is active, and Kakiyo refuses to delete an active campaign: pause it first, then delete it.

Pause “%1” now?</source>
        <translation>„%1“ ist aktiv, und Kakiyo löscht keine aktive Kampagne: Pausieren Sie sie zuerst und löschen Sie sie dann.

„%1“ jetzt pausieren?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete campaign</source>
        <translation>Kampagne löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”? This removes its %2 prospects, their conversations and its statistics. It cannot be undone.</source>
        <translation>„%1“ löschen? Damit werden ihre %2 Interessenten, deren Gespräche und ihre Statistiken entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kakiyo refused to delete “%1”: it is still active. Pause it first, then delete it.</source>
        <translation>Kakiyo hat das Löschen von „%1“ abgelehnt: Sie ist noch aktiv. Pausieren Sie sie zuerst und löschen Sie sie dann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” deleted.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>kakiyo::ChartAdapter</name>
    <message>
        <location filename="../../ui/charts/ChartAdapter.cpp" line="+298"/>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+38"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source> (%1 %)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3 %)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
</context>
<context>
    <name>kakiyo::ChartCard</name>
    <message>
        <location filename="../../ui/charts/ChartCard.cpp" line="+63"/>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save, copy or print this chart</source>
        <translation>Dieses Diagramm speichern, kopieren oder drucken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save as PNG (1×)…</source>
        <translation>Als PNG speichern (1×)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PNG (2×)…</source>
        <translation>Als PNG speichern (2×)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PNG (3×)…</source>
        <translation>Als PNG speichern (3×)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as SVG…</source>
        <translation>Als SVG speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save numbers as CSV…</source>
        <translation>Zahlen als CSV speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>“%1” has no data yet; nothing to export</source>
        <translation>„%1“ hat noch keine Daten; nichts zu exportieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
</context>
<context>
    <name>kakiyo::ChartExport</name>
    <message>
        <location filename="../../ui/charts/ChartExport.cpp" line="+31"/>
        <source>Run `kakiyo-desk export --help` for the options.</source>
        <translation>Führen Sie `kakiyo-desk export --help` aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage:
  kakiyo-desk export --chart NAME [--campaign ID] --format png|svg|pdf|csv [--scale 1|2|3] -o FILE
  kakiyo-desk export --report [--campaign ID] [--paper a4|letter] [--logo FILE] -o FILE.pdf
  Any export: --workspace NAME|ID for one client workspace&apos;s data only.

Connection: the stored key of the current profile, KAKIYO_API_KEY, --base-url URL, or --demo.

Charts:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>

Exit status: 0 written, 2 wrong usage, 1 any other failure (nothing is left half-written).</source>
        <translation>

Exit-Status: 0 geschrieben, 2 falscher Aufruf, 1 sonstiger Fehler (es bleibt nichts halb geschrieben zurück).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No output file: give -o FILE.</source>
        <translation>Keine Ausgabedatei: Geben Sie -o DATEI an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use either --report or --chart, not both.</source>
        <translation>Verwenden Sie entweder --report oder --chart, nicht beides.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A report is a PDF; got format “%1”.</source>
        <translation>Ein Bericht ist ein PDF; angegeben wurde das Format „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name a chart with --chart NAME, or ask for --report.</source>
        <translation>Nennen Sie ein Diagramm mit --chart NAME oder fordern Sie --report an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown chart “%1”. Charts: %2</source>
        <translation>Unbekanntes Diagramm „%1“. Diagramme: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown format “%1”: use png, svg, pdf or csv.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie png, svg, pdf oder csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--scale must be 1, 2 or 3 (got %1).</source>
        <translation>--scale muss 1, 2 oder 3 sein (angegeben: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--scale applies to PNG only.</source>
        <translation>--scale gilt nur für PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--paper applies to PDF only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chart size is too small.</source>
        <translation>Die Diagrammgröße ist zu klein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1; %2 pages</source>
        <translation>%1; %2 Seiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>The chart “%1” is drawn for one campaign: add --campaign ID.</source>
        <translation>Das Diagramm „%1“ gilt für eine einzelne Kampagne: Ergänzen Sie --campaign ID.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The chart “%1” has no data yet; nothing was written.</source>
        <translation>Das Diagramm „%1“ hat noch keine Daten; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+26"/>
        <source>Interrupted.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The Kakiyo API did not answer within %1 s.</source>
        <translation>Die Kakiyo-API hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>kakiyo::CommandPalette</name>
    <message>
        <location filename="../../ui/shell/CommandPalette.cpp" line="+40"/>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type a command…</source>
        <translation>Befehl eingeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command filter</source>
        <translation>Befehlsfilter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matching commands</source>
        <translation>Passende Befehle</translation>
    </message>
</context>
<context>
    <name>kakiyo::ConversationModel</name>
    <message>
        <location filename="../../models/ConversationModel.cpp" line="+60"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualify</source>
        <translation>Qualifizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save custom data</source>
        <translation>Benutzerdefinierte Daten speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Custom data is limited to %1 characters (this is %2).</source>
        <translation>Benutzerdefinierte Daten sind auf %1 Zeichen begrenzt (hier sind es %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Custom data saved</source>
        <translation>Benutzerdefinierte Daten gespeichert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This conversation names no prospect id.</source>
        <translation>Dieses Gespräch enthält keine Interessenten-ID.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The API refuses to delete a prospect whose conversation is still active. Pause it first, or wait until it ends. (%1)</source>
        <translation>Die API löscht keinen Interessenten, dessen Gespräch noch aktiv ist. Pausieren Sie es zuerst oder warten Sie, bis es endet. (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prospect deleted</source>
        <translation>Interessent gelöscht</translation>
    </message>
</context>
<context>
    <name>kakiyo::ConversationView</name>
    <message>
        <location filename="../../ui/prospects/ConversationView.cpp" line="+31"/>
        <source>Save custom data</source>
        <translation>Benutzerdefinierte Daten speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualify</source>
        <translation>Qualifizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom data the agent may use (up to %L1 characters)</source>
        <translation>Benutzerdefinierte Daten, die der Agent verwenden darf (bis zu %L1 Zeichen)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Custom data</source>
        <translation>Benutzerdefinierte Daten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete prospect</source>
        <translation>Interessent löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 and their conversation? This cannot be undone. The API refuses while the conversation is active.</source>
        <translation>%1 und das zugehörige Gespräch löschen? Dies kann nicht rückgängig gemacht werden. Die API lehnt ab, solange das Gespräch aktiv ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;i&gt;Select a prospect to see the conversation.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie einen Interessenten aus, um das Gespräch zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>LinkedIn profile</source>
        <translation>LinkedIn-Profil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opens the profile in your browser</source>
        <translation>Öffnet das Profil in Ihrem Browser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign: %1 · Status: %2 · Qualification: %3 · %4</source>
        <translation>Kampagne: %1 · Status: %2 · Qualifizierung: %3 · %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;i&gt;No messages yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Noch keine Nachrichten.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%L1 / %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over the API&apos;s limit: shorten it to save</source>
        <translation>Über dem Limit der API: zum Speichern kürzen</translation>
    </message>
</context>
<context>
    <name>kakiyo::CreateDialog</name>
    <message>
        <location filename="../../ui/library/CreateDialog.cpp" line="+32"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Not created</source>
        <translation>Nicht erstellt</translation>
    </message>
</context>
<context>
    <name>kakiyo::CurrentWorkspace</name>
    <message>
        <location filename="../../models/store/CurrentWorkspace.cpp" line="+24"/>
        <source>All (team)</source>
        <translation>Alle (Team)</translation>
    </message>
</context>
<context>
    <name>kakiyo::DateRangeBar</name>
    <message>
        <location filename="../../ui/analytics/DateRangeBar.cpp" line="+38"/>
        <source>All history</source>
        <translation>Gesamter Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period shown; compares stored daily snapshots, costs no API calls</source>
        <translation>Angezeigter Zeitraum; vergleicht gespeicherte Tages-Snapshots, kostet keine API-Aufrufe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>all stored history</source>
        <translation>gesamter gespeicherter Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The period ends (%1) before it starts (%2): choose an end on or after the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakiyo::Desk</name>
    <message>
        <location filename="../../app/Desk.cpp" line="+105"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch workspace…</source>
        <translation>Arbeitsbereich wechseln…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no profile named “%1”. Connect to create it.</source>
        <translation>Es gibt kein Profil namens „%1“. Verbinden Sie sich, um es anzulegen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connecting to “%1”…</source>
        <translation>Verbindung mit „%1“ wird hergestellt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No key is stored for “%1” yet. Enter it to connect.</source>
        <translation>Für „%1“ ist noch kein Schlüssel gespeichert. Geben Sie ihn ein, um sich zu verbinden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key of “%1” could not be read from secure storage: %2 Re-enter the key to connect.</source>
        <translation>Der Schlüssel von „%1“ konnte nicht aus dem sicheren Speicher gelesen werden: %2 Geben Sie den Schlüssel erneut ein, um sich zu verbinden.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Demo team</source>
        <translation>Demo-Team</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo could not start: %1</source>
        <translation>Die Demo konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>demo server stopped</source>
        <translation>Demo-Server angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo server stopped (%1). Restart the demo to continue.</source>
        <translation>Der Demo-Server wurde beendet (%1). Starten Sie die Demo neu, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart demo</source>
        <translation>Demo neu starten</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>New campaign…</source>
        <translation>Neue Kampagne…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Campaigns: switch cards / table</source>
        <translation>Kampagnen: Karten / Tabelle umschalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear cached answers of this profile</source>
        <translation>Zwischengespeicherte Antworten dieses Profils löschen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>kakiyo::DeskStatusBar</name>
    <message>
        <location filename="../../ui/shell/DeskStatusBar.cpp" line="+21"/>
        <source>Profile and workspace</source>
        <translation>Profil und Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage today</source>
        <translation>Nutzung heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request queue</source>
        <translation>Anfragewarteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>9999 calls today · 9999 credits</source>
        <translation>9999 Aufrufe heute · 9999 Credits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 call today</source>
        <translation>1 Aufruf heute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 calls today</source>
        <translation>%L1 Aufrufe heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %L1 credits</source>
        <translation> · %L1 Credits</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>queue empty</source>
        <translation>Warteschlange leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 queued</source>
        <translation>%L1 in der Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · sending</source>
        <translation> · wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · next in %L1 s</source>
        <translation> · nächster in %L1 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · budget %L1/%L2</source>
        <translation> · Budget %L1/%L2</translation>
    </message>
    <message>
        <location line="-29"/>
        <source> · 1 credit</source>
        <translation> · 1 Credit</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
</context>
<context>
    <name>kakiyo::DeskTray</name>
    <message>
        <location filename="../../app/DeskTray.cpp" line="+27"/>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts</source>
        <translation type="unfinished">Warnungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation type="unfinished">Beenden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kakiyo Desk</source>
        <translation type="unfinished">Kakiyo Desk</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kakiyo::DncBatchDialog</name>
    <message>
        <location filename="../../ui/dnc/DncBatchDialog.cpp" line="+36"/>
        <source>1 call</source>
        <translation>1 Aufruf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 calls</source>
        <translation>%1 Aufrufe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add many to Do Not Contact</source>
        <translation>Viele zu „Nicht kontaktieren“ hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste LinkedIn profile URLs, one per line, or import a CSV file. Nothing is sent until you press Add.</source>
        <translation>Fügen Sie LinkedIn-Profil-URLs ein, eine pro Zeile, oder importieren Sie eine CSV-Datei. Gesendet wird erst, wenn Sie auf „Hinzufügen“ klicken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LinkedIn URLs, one per line</source>
        <translation>LinkedIn-URLs, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://www.linkedin.com/in/jane-doe/
linkedin.com/in/john-smith
…</source>
        <translation>https://www.linkedin.com/in/erika-muster/
linkedin.com/in/max-mustermann
…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;URL column:</source>
        <translation>&amp;URL-Spalte:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column with the LinkedIn URLs</source>
        <translation>Spalte mit den LinkedIn-URLs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste &amp;instead</source>
        <translation>Stattdessen &amp;einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use pasted URLs instead of the file</source>
        <translation>Eingefügte URLs statt der Datei verwenden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview summary</source>
        <translation>Zusammenfassung der Vorschau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of each line</source>
        <translation>Vorschau jeder Zeile</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Calls sent</source>
        <translation>Gesendete Aufrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m calls</source>
        <translation>%v von %m Aufrufen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import &amp;CSV…</source>
        <translation>&amp;CSV importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a CSV file</source>
        <translation>CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after the call in progress</source>
        <translation>Nach dem laufenden Aufruf anhalten</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2; the URLs were found in “%3”.</source>
        <translation>%1 – %2; die URLs wurden in „%3“ gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2; no column looks like LinkedIn URLs: pick the one that holds them.</source>
        <translation>%1 – %2; keine Spalte sieht nach LinkedIn-URLs aus: Wählen Sie die Spalte, die sie enthält.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import URLs from a CSV file</source>
        <translation>URLs aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The chosen column has no values.</source>
        <translation>Die gewählte Spalte enthält keine Werte.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing pasted yet.</source>
        <translation>Noch nichts eingefügt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 valid · %2 invalid · %3 · %4 already on the list.</source>
        <translation>%1 gültig · %2 ungültig · %3 · %4 bereits auf der Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 duplicate</source>
        <translation>1 Duplikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 duplicates</source>
        <translation>%1 Duplikate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adding them takes %1 (at most %2 URLs per call; batch calls are limited to 10 a minute).</source>
        <translation>Das Hinzufügen braucht %1 (höchstens %2 URLs pro Aufruf; Stapelaufrufe sind auf 10 pro Minute begrenzt).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The server charges 1 credit per call: %n credit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list is not loaded yet, so “already on the list” is not known.</source>
        <translation>Die Liste ist noch nicht geladen, daher ist „bereits auf der Liste“ noch unbekannt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add %1 (%2)</source>
        <translation>%1 &amp;hinzufügen (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 URL</source>
        <translation>1 URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 URLs</source>
        <translation>%1 URLs</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopping after the call in progress…</source>
        <translation>Wird nach dem laufenden Aufruf angehalten…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Call %1 of %2 failed: %3</source>
        <translation>Aufruf %1 von %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent %1 of %2 calls: %3 added so far.</source>
        <translation>%1 von %2 Aufrufen gesendet: bisher %3 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 added, %2 already on the list, %3 refused by the server (%4 of %5 sent).</source>
        <translation>%1 hinzugefügt, %2 bereits auf der Liste, %3 vom Server abgelehnt (%4 von %5 gesendet).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped on request.</source>
        <translation>Auf Wunsch angehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 URLs were not sent; press Add again to send them.</source>
        <translation>%1 URLs wurden nicht gesendet; klicken Sie erneut auf „Hinzufügen“, um sie zu senden.</translation>
    </message>
</context>
<context>
    <name>kakiyo::DncBatchPreviewModel</name>
    <message>
        <location filename="../../ui/dnc/DncBatchPreviewModel.cpp" line="+44"/>
        <source>Will be added as %1</source>
        <translation>Wird als %1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given</source>
        <translation>Angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
</context>
<context>
    <name>kakiyo::DncCsvFile</name>
    <message>
        <location filename="../../models/import/DncCsvFile.cpp" line="+31"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is empty: there is no line to read.</source>
        <translation>%1 ist leer: Es gibt keine Zeile zum Lesen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 could not be read to the end: %2</source>
        <translation>%1 konnte nicht bis zum Ende gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (and %1 more)</source>
        <translation> (und %1 weitere)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a well-formed CSV file: %2%3. Nothing was read from it; fix those lines (or save it again from the spreadsheet) and import it again.</source>
        <translation>%1 ist keine wohlgeformte CSV-Datei: %2%3. Es wurde nichts daraus gelesen; korrigieren Sie diese Zeilen (oder speichern Sie die Datei erneut aus der Tabellenkalkulation) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has a header line but no rows.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
</context>
<context>
    <name>kakiyo::DncExport</name>
    <message>
        <location filename="../../models/jobs/DncExport.cpp" line="+64"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save %1: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Kakiyo sent the entry %1 twice; the export stopped and nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakiyo::DncListEditor</name>
    <message>
        <location filename="../../ui/dnc/DncListEditor.cpp" line="+94"/>
        <source>Filter by name or URL</source>
        <translation>Nach Name oder URL filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the Do Not Contact list</source>
        <translation>Liste „Nicht kontaktieren“ filtern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Do Not Contact list</source>
        <translation>Liste „Nicht kontaktieren“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One profile</source>
        <translation>Ein Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn &amp;URL</source>
        <translation>LinkedIn-&amp;URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LinkedIn profile URL</source>
        <translation>LinkedIn-Profil-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linkedin.com/in/username</source>
        <translation>linkedin.com/in/benutzername</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add to list</source>
        <translation>Zur Liste &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add this URL to Do Not Contact</source>
        <translation>Diese URL zu „Nicht kontaktieren“ hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;heck (1 call)</source>
        <translation>&amp;Prüfen (1 Aufruf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check this URL against Do Not Contact on the server</source>
        <translation>Diese URL auf dem Server gegen „Nicht kontaktieren“ prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks Kakiyo whether this person is on the list: one API call.</source>
        <translation>Fragt Kakiyo, ob diese Person auf der Liste steht: ein API-Aufruf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Many at once</source>
        <translation>Viele auf einmal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste a list or import a CSV; you see what will be added, and how many calls it takes, before anything is sent.</source>
        <translation>Fügen Sie eine Liste ein oder importieren Sie eine CSV-Datei; Sie sehen, was hinzugefügt wird und wie viele Aufrufe nötig sind, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste or import many…</source>
        <translation>Viele einfügen oder &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste or import many URLs</source>
        <translation>Viele URLs einfügen oder importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select entries in the list (Ctrl or Shift for several). Campaigns may contact removed people again. One call per entry.</source>
        <translation>Wählen Sie Einträge in der Liste aus (Strg oder Umschalt für mehrere). Kampagnen können entfernte Personen wieder kontaktieren. Ein Aufruf pro Eintrag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove selected…</source>
        <translation>Auswahl &amp;entfernen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected entries</source>
        <translation>Ausgewählte Einträge entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entries removed</source>
        <translation>Entfernte Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m removed</source>
        <translation>%v von %m entfernt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kakiyo skips everyone on this list when importing prospects, sending invitations and writing messages.</source>
        <translation>Kakiyo überspringt alle Personen auf dieser Liste beim Importieren von Interessenten, beim Senden von Einladungen und beim Schreiben von Nachrichten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The list could not be loaded: %1</source>
        <translation>Die Liste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove selected entries</source>
        <translation>Ausgewählte Einträge entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add to Do Not Contact…</source>
        <translation>Zu „Nicht kontaktieren“ hinzufügen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check a URL against Do Not Contact</source>
        <translation>URL gegen „Nicht kontaktieren“ prüfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add many to Do Not Contact (paste or CSV)…</source>
        <translation>Viele zu „Nicht kontaktieren“ hinzufügen (Einfügen oder CSV)…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Paste a profile address, then press Enter to check it (one call).</source>
        <translation>Fügen Sie eine Profiladresse ein und drücken Sie die Eingabetaste, um sie zu prüfen (ein Aufruf).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a profile address such as linkedin.com/in/jane-doe.</source>
        <translation>Fügen Sie eine Profiladresse ein, z. B. linkedin.com/in/erika-muster.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored as %1 — already on the list since %2.</source>
        <translation>Gespeichert als %1 – seit %2 bereits auf der Liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is already on the list since %2.</source>
        <translation>%1 steht seit %2 bereits auf der Liste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adding %1…</source>
        <translation>%1 wird hinzugefügt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is now on the Do Not Contact list.</source>
        <translation>%1 steht jetzt auf der Liste „Nicht kontaktieren“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was already on the list.</source>
        <translation>%1 stand bereits auf der Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not added: %2</source>
        <translation>%1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Asking Kakiyo about %1…</source>
        <translation>Kakiyo wird zu %1 befragt…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is on the list since %2.</source>
        <translation>%1 steht seit %2 auf der Liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is on the list.</source>
        <translation>%1 steht auf der Liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not on the list.</source>
        <translation>%1 steht nicht auf der Liste.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add many: %1 added, %2 already on the list, %3 refused.</source>
        <translation>Viele hinzufügen: %1 hinzugefügt, %2 bereits auf der Liste, %3 abgelehnt.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from Do Not Contact?

Campaigns may contact %2 again. This takes %3 (one per entry).</source>
        <translation>%1 aus „Nicht kontaktieren“ entfernen?

Kampagnen können %2 dann wieder kontaktieren. Dafür sind %3 nötig (einer pro Eintrag).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this person</source>
        <translation>diese Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>these people</source>
        <translation>diese Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 call</source>
        <translation>1 Aufruf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 calls</source>
        <translation>%1 Aufrufe</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The server charges 1 credit per call: %n credit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from Do Not Contact</source>
        <translation>Aus „Nicht kontaktieren“ entfernen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 entry removed.</source>
        <translation>1 Eintrag entfernt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 entries removed.</source>
        <translation>%1 Einträge entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 removed. Not removed: %3</source>
        <translation>%1 von %2 entfernt. Nicht entfernt: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removing %1 of %2: %3…</source>
        <translation>%1 von %2 wird entfernt: %3…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nobody is on the list yet</source>
        <translation>Noch niemand auf der Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>kakiyo::DncListModel</name>
    <message>
        <location filename="../../models/DncListModel.cpp" line="+41"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn URL</source>
        <translation>LinkedIn-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>kakiyo::DncPage</name>
    <message>
        <location filename="../../ui/dnc/DncPage.cpp" line="+19"/>
        <source>Do Not Contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Do Not Contact list to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes every entry to a CSV file that imports can use to skip these people (one call per 1,000 entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the Do Not Contact list to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting: %1 entries read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n entries to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export the Do Not Contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting the Do Not Contact list…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakiyo::ImportReportModel</name>
    <message>
        <location filename="../../ui/import/ImportReportModel.cpp" line="+72"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn URL</source>
        <translation>LinkedIn-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in a campaign</source>
        <translation>Bereits in einer Kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid (server)</source>
        <translation>Ungültig (Server)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped (Do Not Contact)</source>
        <translation>Übersprungen (Nicht kontaktieren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile not found</source>
        <translation>Profil nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent / pending</source>
        <translation>Nicht gesendet / ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reported</source>
        <translation>Nicht gemeldet</translation>
    </message>
</context>
<context>
    <name>kakiyo::ImportRunner</name>
    <message>
        <location filename="../../models/import/ImportRunner.cpp" line="+119"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+49"/>
        <location line="+156"/>
        <location line="+111"/>
        <source>The import journal could not be written: %1</source>
        <translation>Das Importprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Batch %1 was refused: %2</source>
        <translation>Stapel %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Batch %1 was not finished by the server %2 s after it was accepted (its status is &quot;%3&quot;); run the import again later to resume it.</source>
        <translation>Der Server hat Stapel %1 auch %2 s nach der Annahme nicht abgeschlossen (Status „%3“); führen Sie den Import später erneut aus, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The import status could not be read: %1</source>
        <translation>Der Importstatus konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 – neuer Versuch in %2 s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The import made no progress for %1 s%2; run the import again later to resume it.</source>
        <translation>Der Import hat %1 s lang keinen Fortschritt gemacht%2; führen Sie den Import später erneut aus, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (last problem: %1)</source>
        <translation> (letztes Problem: %1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>kakiyo::ImportWizard</name>
    <message numerus="yes">
        <location filename="../../ui/import/ImportTexts.cpp" line="+20"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/import/PreviewStep.cpp" line="+43"/>
        <source>Malformed lines</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No name</source>
        <translation>Kein Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a LinkedIn profile URL</source>
        <translation>Keine LinkedIn-Profil-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom data over %1 characters</source>
        <translation>Benutzerdefinierte Daten über %1 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On your Do Not Contact list</source>
        <translation>Auf Ihrer Liste „Nicht kontaktieren“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicates folded into their first row</source>
        <translation>Duplikate, in ihrer ersten Zeile zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportWizardState.cpp" line="+22"/>
        <source>Cannot open the import journal %1: %2</source>
        <translation>Das Importprotokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a file that can be read.</source>
        <translation>„%1“ ist keine lesbare Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not look like a CSV file: its first line has no column separator.</source>
        <translation>%1 sieht nicht nach einer CSV-Datei aus: Die erste Zeile enthält kein Spaltentrennzeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has a header line but no rows.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Resume the import?</source>
        <translation>Import fortsetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An import of this file started %1 stopped after %2 of %3 batches. Resume it where it stopped?

No: look at the file again and start a new import (people the server already has are then reported as already in a campaign).</source>
        <translation>Ein Import dieser Datei, gestartet %1, wurde nach %2 von %3 Stapeln angehalten. An dieser Stelle fortsetzen?

Nein: Die Datei wird neu geprüft und ein neuer Import gestartet (Personen, die der Server bereits hat, werden dann als „bereits in einer Kampagne“ gemeldet).</translation>
    </message>
    <message>
        <location filename="../../ui/import/FileStep.cpp" line="+20"/>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV export from Sales Navigator, a CRM or a spreadsheet. You can also drop the file on this window.</source>
        <translation>Ein CSV-Export aus Sales Navigator, einem CRM oder einer Tabellenkalkulation. Sie können die Datei auch auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of a .csv file</source>
        <translation>Pfad einer .csv-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for a CSV file</source>
        <translation>Nach einer CSV-Datei suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns are detected from the header line: a name (or first and last name), the LinkedIn profile URL and anything you want to pass to the agent as custom data.</source>
        <translation>Die Spalten werden aus der Kopfzeile erkannt: ein Name (oder Vor- und Nachname), die LinkedIn-Profil-URL und alles, was Sie dem Agenten als benutzerdefinierte Daten mitgeben möchten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../ui/import/ImportWizard.cpp" line="+27"/>
        <source>Import leads</source>
        <translation>Leads importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import/PreviewStep.cpp" line="-21"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Separated by %1 · %2 · %n columns · first %3 rows shown</source>
        <translation>
            <numerusform>Getrennt durch %1 · %2 · %n Spalte · erste %3 Zeilen angezeigt</numerusform>
            <numerusform>Getrennt durch %1 · %2 · %n Spalten · erste %3 Zeilen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>in the file</source>
        <translation>in der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the first %1 rows</source>
        <translation>in den ersten %1 Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No malformed lines %1.</source>
        <translation>Keine fehlerhaften Zeilen %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malformed lines %1: %2. They will be left out; the rest is imported.</source>
        <translation>Fehlerhafte Zeilen %1: %2. Sie werden ausgelassen; der Rest wird importiert.</translation>
    </message>
    <message>
        <location filename="../../ui/import/MappingStep.cpp" line="+19"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected from the header line; change anything that is wrong.</source>
        <translation>Aus der Kopfzeile erkannt; ändern Sie, was nicht stimmt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name column</source>
        <translation>Namensspalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name column</source>
        <translation>Spalte Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name column</source>
        <translation>Spalte Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn URL column</source>
        <translation>Spalte LinkedIn-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>Nac&amp;hname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn &amp;URL:</source>
        <translation>LinkedIn-&amp;URL:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom data template</source>
        <translation>Vorlage für benutzerdefinierte Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {Company} – {Title}; empty: none</source>
        <translation>z. B. {Company} – {Title}; leer: keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert a column into the template</source>
        <translation>Spalte in die Vorlage einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Custom data:</source>
        <translation>&amp;Benutzerdefinierte Daten:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First row:</source>
        <translation>Erste Zeile:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(first + last name columns)</source>
        <translation>(Spalten Vor- + Nachname)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(choose a column)</source>
        <translation>(Spalte wählen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert column…</source>
        <translation>Spalte einfügen…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no URL)</source>
        <translation>(keine URL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom data: “%1” (%2 of %3 characters)</source>
        <translation>Benutzerdefinierte Daten: „%1“ (%2 von %3 Zeichen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template names columns the file does not have: %1</source>
        <translation>Die Vorlage nennt Spalten, die es in der Datei nicht gibt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of the first rows have custom data over %1 characters; such rows will be left out.</source>
        <translation>
            <numerusform>%n der ersten Zeilen hat benutzerdefinierte Daten über %1 Zeichen; solche Zeilen werden ausgelassen.</numerusform>
            <numerusform>%n der ersten Zeilen haben benutzerdefinierte Daten über %1 Zeichen; solche Zeilen werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import/ValidationStep.cpp" line="+26"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is checked here, offline; nothing is sent and nothing costs credits.</source>
        <translation>Jede Zeile wird hier offline geprüft; nichts wird gesendet und nichts kostet Credits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave out people on your &amp;Do Not Contact list</source>
        <translation>Personen auf Ihrer Liste „&amp;Nicht kontaktieren“ auslassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the Do Not Contact list</source>
        <translation>Liste „Nicht kontaktieren“ prüfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the file</source>
        <translation>Datei wird gelesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rows left out</source>
        <translation>Ausgelassene Zeilen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Loading the Do Not Contact list…</source>
        <translation>Liste „Nicht kontaktieren“ wird geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Do Not Contact list could not be loaded (%1); the server still skips listed people when they are sent.</source>
        <translation>Die Liste „Nicht kontaktieren“ konnte nicht geladen werden (%1); der Server überspringt gelistete Personen trotzdem beim Senden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profiles on the list: %1 (as of %2).</source>
        <translation>Profile auf der Liste: %1 (Stand %2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting for the Do Not Contact list…</source>
        <translation>Warten auf die Liste „Nicht kontaktieren“…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1 rows read: %2 will be sent, %3 left out.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 Zeilen gelesen: %2 werden gesendet, %3 ausgelassen.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to import: fix the file or the columns.</source>
        <translation>Nichts zu importieren: Korrigieren Sie die Datei oder die Spalten.</translation>
    </message>
    <message>
        <location filename="../../ui/import/TargetStep.cpp" line="+29"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the people go, and what sending them will take.</source>
        <translation>Wohin die Personen gehen und was das Senden erfordert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One &amp;campaign:</source>
        <translation>Eine &amp;Kampagne:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target campaign</source>
        <translation>Zielkampagne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Round-robin over two or more campaigns (by their workload):</source>
        <translation>&amp;Round-Robin über zwei oder mehr Kampagnen (nach Auslastung):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaigns for round-robin</source>
        <translation>Kampagnen für Round-Robin</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The campaign list could not be loaded: %1</source>
        <translation>Die Kampagnenliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the campaigns…</source>
        <translation>Kampagnen werden geladen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Recording the import…</source>
        <translation>Import wird protokolliert…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot record the import: %1</source>
        <translation>Der Import kann nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There are no campaigns yet.</source>
        <translation>Es gibt noch keine Kampagnen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;b&gt;%1 people in %2 batch calls&lt;/b&gt;, plus about %3 status checks (%4 calls in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 credits · %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · no credits for calls on this server · %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>at least %1 under the rate limits</source>
        <translation>mindestens %1 wegen der Ratenlimits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rate limits allow it without waiting</source>
        <translation>die Ratenlimits erlauben es ohne Wartezeit</translation>
    </message>
    <message>
        <location filename="../../ui/import/ProgressStep.cpp" line="+20"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can pause, or close the window: the import resumes where it stopped when you open the same file again.</source>
        <translation>Sie können pausieren oder das Fenster schließen: Der Import wird an der gleichen Stelle fortgesetzt, wenn Sie dieselbe Datei erneut öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop import</source>
        <translation>Import &amp;stoppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the import for good</source>
        <translation>Import endgültig stoppen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop the import?</source>
        <translation>Import stoppen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows not sent yet will not be imported, and this import cannot be resumed. People already sent stay in the campaign.</source>
        <translation>Noch nicht gesendete Zeilen werden nicht importiert, und dieser Import kann nicht fortgesetzt werden. Bereits gesendete Personen bleiben in der Kampagne.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This import cannot be started: it is finished or no longer in the journal.</source>
        <translation>Dieser Import kann nicht gestartet werden: Er ist abgeschlossen oder nicht mehr im Protokoll.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 batches confirmed · %3 of %4 people answered · %5 elapsed</source>
        <translation>%1 von %2 Stapeln bestätigt · %3 von %4 Personen beantwortet · %5 vergangen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · about %1 left</source>
        <translation> · noch etwa %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused. Nothing more is sent until you resume.</source>
        <translation>Pausiert. Bis Sie fortsetzen, wird nichts mehr gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting: %1</source>
        <translation>Warten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done. The report shows what happened to every row.</source>
        <translation>Fertig. Der Bericht zeigt, was mit jeder Zeile passiert ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped. The report shows which rows were not sent.</source>
        <translation>Gestoppt. Der Bericht zeigt, welche Zeilen nicht gesendet wurden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import stopped: %1 Fix this, then open the same file again to resume.</source>
        <translation>Der Import wurde angehalten: %1 Beheben Sie das und öffnen Sie dann dieselbe Datei erneut, um fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../../ui/import/ReportStep.cpp" line="+25"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outcome per row</source>
        <translation>Ergebnis pro Zeile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save: %1</source>
        <translation>Konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 rows in %2.</source>
        <translation>%1 Zeilen in %2.</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportWizard.cpp" line="+4"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Close the import?</source>
        <translation>Import schließen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import is not finished. Close the window and stop sending? Everything sent so far is kept; open the same file again to resume where it stopped.</source>
        <translation>Der Import ist nicht abgeschlossen. Fenster schließen und das Senden beenden? Alles bisher Gesendete bleibt erhalten; öffnen Sie dieselbe Datei erneut, um an dieser Stelle fortzusetzen.</translation>
    </message>
</context>
<context>
    <name>kakiyo::KeyManagerDialog</name>
    <message>
        <location filename="../../ui/keys/KeyManagerDialog.cpp" line="+51"/>
        <source>Manage keys</source>
        <translation>Schlüssel verwalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected profile</source>
        <translation>Ausgewähltes Profil entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to it</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to the selected profile</source>
        <translation>Zum ausgewählten Profil wechseln</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the 40-character key</source>
        <translation>Den 40-stelligen Schlüssel einfügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+109"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+108"/>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Key check</source>
        <translation>Schlüsselprüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+247"/>
        <source>Verify and save</source>
        <translation>Prüfen und speichern</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Verify the key and save it</source>
        <translation>Schlüssel prüfen und speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verification result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base &amp;URL</source>
        <translation>Basis-&amp;URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>API generation of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do API calls cost credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Credits per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking secure storage on this machine…</source>
        <translation>Sicherer Speicher auf diesem Rechner wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure storage</source>
        <translation>Sicherer Speicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep keys for this session only</source>
        <translation>Schlüssel nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key is kept in memory and forgotten when Kakiyo Desk quits: you will paste it again next time. It is never written to disk.</source>
        <translation>Der Schlüssel wird im Arbeitsspeicher gehalten und beim Beenden von Kakiyo Desk vergessen: Beim nächsten Mal fügen Sie ihn erneut ein. Er wird nie auf den Datenträger geschrieben.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>My team</source>
        <translation>Mein Team</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secure storage works on this machine: keys are kept in the system keychain.</source>
        <translation>Der sichere Speicher funktioniert auf diesem Rechner: Schlüssel werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys are kept for this session only.</source>
        <translation>Schlüssel werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secure storage does not work on this machine (%1). Keys cannot be saved between sessions.</source>
        <translation>Der sichere Speicher funktioniert auf diesem Rechner nicht (%1). Schlüssel können nicht über Sitzungen hinweg gespeichert werden.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>looks right</source>
        <translation>sieht korrekt aus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New profile %1</source>
        <translation>Neues Profil %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile &quot;%1&quot; and its stored key from this computer? The key itself stays valid on the Kakiyo side.</source>
        <translation>Das Profil „%1“ und seinen gespeicherten Schlüssel von diesem Computer entfernen? Der Schlüssel selbst bleibt bei Kakiyo gültig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The stored key could not be removed: %1</source>
        <translation>Der gespeicherte Schlüssel konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No key is stored for &quot;%1&quot; yet: paste it and choose Verify and save.</source>
        <translation>Für „%1“ ist noch kein Schlüssel gespeichert: Fügen Sie ihn ein und wählen Sie „Prüfen und speichern“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switched to &quot;%1&quot;.</source>
        <translation>Zu „%1“ gewechselt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Checking the key with %1…</source>
        <translation>Schlüssel wird bei %1 geprüft…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The key works (team %1) but could not be saved: %2</source>
        <translation>Der Schlüssel funktioniert (Team %1), konnte aber nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key verified for team %1 and saved in the keychain.</source>
        <translation>Schlüssel für Team %1 geprüft und im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key verified for team %1; kept for this session only.</source>
        <translation>Schlüssel für Team %1 geprüft; nur für diese Sitzung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>kakiyo::KeyStore</name>
    <message>
        <location filename="../../models/store/KeychainKeyStore.cpp" line="+20"/>
        <source>No API key is stored for this profile yet.</source>
        <translation>Für dieses Profil ist noch kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secure storage is unavailable or locked: %1</source>
        <translation>Der sichere Speicher ist nicht verfügbar oder gesperrt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../../models/store/KeyStore.cpp" line="+57"/>
        <source>Secure storage gave back something other than what was stored.</source>
        <translation>Der sichere Speicher hat etwas anderes zurückgegeben als gespeichert wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secure storage did not keep a test entry.</source>
        <translation>Der sichere Speicher hat einen Testeintrag nicht behalten.</translation>
    </message>
</context>
<context>
    <name>kakiyo::KpiTile</name>
    <message>
        <location filename="../../ui/analytics/KpiTile.cpp" line="+12"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no earlier snapshot</source>
        <translation>kein früherer Snapshot</translation>
    </message>
</context>
<context>
    <name>kakiyo::LibraryPage</name>
    <message>
        <location filename="../../ui/library/LibraryPage.cpp" line="+61"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Library sections</source>
        <translation>Bereiche der Bibliothek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Products</source>
        <translation>&amp;Produkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rompts</source>
        <translation>P&amp;rompts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The list could not be loaded: %1</source>
        <translation>Die Liste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+67"/>
        <source>New product…</source>
        <translation>Neues Produkt…</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+139"/>
        <source>New prompt…</source>
        <translation>Neuer Prompt…</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No prompts yet: create one with “New prompt…”.</source>
        <translation>Noch keine Prompts: Erstellen Sie einen mit „Neuer Prompt…“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompt “%1” saved.</source>
        <translation>Prompt „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The prompt was not saved, so it stays open; see the message in the editor.</source>
        <translation>Der Prompt wurde nicht gespeichert und bleibt daher geöffnet; siehe die Meldung im Editor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AI models and prices</source>
        <translation>KI-Modelle und Preise</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Prices in USD as Kakiyo reports them; the API documents them per 1,000 tokens. “Cached input” is the price of input the provider has cached; “—” means the model has none. Click a column to sort.</source>
        <translation>Preise in USD, wie Kakiyo sie meldet; die API dokumentiert sie pro 1.000 Tokens. „Gecachte Eingabe“ ist der Preis für Eingaben, die der Anbieter zwischengespeichert hat; „—“ bedeutet, dass das Modell keinen hat. Klicken Sie auf eine Spalte, um zu sortieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 a prompt can use</source>
        <translation>%1, die ein Prompt verwenden kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>No products yet</source>
        <translation>Noch keine Produkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No product selected</source>
        <translation>Kein Produkt ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create one with “New product…”: campaigns need a product to talk about.</source>
        <translation>Erstellen Sie eines mit „Neues Produkt…“: Kampagnen brauchen ein Produkt, über das sie sprechen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a product to see its full description.</source>
        <translation>Wählen Sie ein Produkt aus, um seine vollständige Beschreibung zu sehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>“%1” has unsaved changes. Save them before opening another prompt?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Vor dem Öffnen eines anderen Prompts speichern?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the prompt; the window closes when it is saved.</source>
        <translation>Der Prompt wird gespeichert; das Fenster schließt sich danach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” has unsaved changes. Save them before closing?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Product “%1” created.</source>
        <translation>Produkt „%1“ erstellt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prompt “%1” created. Write its sections in the editor.</source>
        <translation>Prompt „%1“ erstellt. Schreiben Sie seine Abschnitte im Editor.</translation>
    </message>
</context>
<context>
    <name>kakiyo::LiveDesk</name>
    <message>
        <location filename="../../app/LiveDesk.cpp" line="+19"/>
        <location line="+17"/>
        <source>Alerts</source>
        <translation type="unfinished">Warnungen</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+51"/>
        <source>Show alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakiyo::MainWindow</name>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="+73"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analytics</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do Not Contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kakiyo Desk</source>
        <translation>Kakiyo Desk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location line="+178"/>
        <location line="+25"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refresh this page</source>
        <translation>Diese Seite aktualisieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Manage keys and profiles…</source>
        <translation>Schlüssel und Profile verwalten…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss all notices</source>
        <translation>Alle Hinweise schließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>kakiyo::MemoryKeyStore</name>
    <message>
        <location filename="../../models/store/MemoryKeyStore.cpp" line="+12"/>
        <source>Secure storage is not available, so the API key is kept in memory for this session only. You will need to enter it again next time.</source>
        <translation>Der sichere Speicher ist nicht verfügbar, daher wird der API-Schlüssel nur für diese Sitzung im Arbeitsspeicher gehalten. Beim nächsten Mal müssen Sie ihn erneut eingeben.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No API key is stored for this profile yet.</source>
        <translation>Für dieses Profil ist noch kein API-Schlüssel gespeichert.</translation>
    </message>
</context>
<context>
    <name>kakiyo::ModelCatalogModel</name>
    <message>
        <location filename="../../models/ModelCatalogModel.cpp" line="+12"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input price</source>
        <translation>Eingabepreis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output price</source>
        <translation>Ausgabepreis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cached input</source>
        <translation>Gecachte Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Model id %1</source>
        <translation>Modell-ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cached-input price for this model</source>
        <translation>Kein Preis für gecachte Eingaben bei diesem Modell</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>USD, as the API reports it (documented per 1,000 tokens)</source>
        <translation>USD, wie von der API gemeldet (dokumentiert pro 1.000 Tokens)</translation>
    </message>
</context>
<context>
    <name>kakiyo::ModelDetailsPane</name>
    <message>
        <location filename="../../ui/library/ModelDetailsPane.cpp" line="+34"/>
        <location line="+4"/>
        <location line="+56"/>
        <location line="+27"/>
        <source>Model details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Ask Kakiyo again for this model (one call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the model details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cached input price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prices in USD per 1,000 tokens as Kakiyo reports them. Select the id to copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select a model to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation type="unfinished">Wird geladen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The details of model %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active</source>
        <translation type="unfinished">Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation type="unfinished">Inaktiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the cache; refresh to ask Kakiyo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As Kakiyo reports it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakiyo::OutreachFigures</name>
    <message>
        <location filename="../../models/OutreachFigures.cpp" line="+32"/>
        <source>Invitations accepted ÷ invitations sent × 100. Sent: conversations in status 1–6 (Invitation sent, Invitation accepted, Contacted, Replied, Qualified, Unqualified); accepted: status 2–6. Not started (0), Skipped (7) and the error states 502–505 are no invitation. “—” when nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 invitations today, above the recommended %2 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 invitations this month, above LinkedIn&apos;s ~%2 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configured for up to %1 invitations a day, above the recommended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 invitations in the last 7 days, above the ~%2 a week that %3 a day implies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At its configured maximum (%1 a day, %2 working days a week) it would send %3 invitations a week, above the ~%4 that %5 a day implies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At its configured maximum (%1 a day, %2 working days a week) it would send about %3 invitations a month, above LinkedIn&apos;s ~%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakiyo::OutreachLoader</name>
    <message>
        <location filename="../../models/jobs/OutreachLoader.cpp" line="+50"/>
        <source>agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>agent details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakiyo::OutreachTables</name>
    <message>
        <location filename="../../models/OutreachTables.cpp" line="+29"/>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One agent = one LinkedIn account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations of its campaigns in status 1–6 (an invitation was sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations of its campaigns in status 2–6 (the invitation was accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Acceptance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations sent today (the agent&apos;s usage.invitationsDaily); recommended at most %1 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations sent today and on the six days before: today&apos;s usage.invitationsDaily plus the same counter in the snapshot the app stored on each earlier day (the API gives no weekly count). A day the app did not load is missing from the sum, so with a short history the figure is too low. About %1 a week is what %2 a day implies (the contract recommends no weekly figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations sent this month (the agent&apos;s usage.invitations); LinkedIn&apos;s ceiling is about %1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configured maximum invitations a day (limits.invitationsMax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily limit × working days a week × 52 ÷ 12: what the configuration allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation type="unfinished">Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages sent in its campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation type="unfinished">Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects of its campaigns who answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies ÷ prospects of its campaigns × 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Qualified</source>
        <translation type="unfinished">Qualifiziert</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+17"/>
        <source>Campaign</source>
        <translation type="unfinished">Kampagne</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Prospects</source>
        <translation type="unfinished">Interessenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations in status 1–6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations in status 2–6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent, change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations sent now minus at the start of the chosen period (the snapshot the app stored that day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made, change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections made now minus at the start of the chosen period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate, change (pts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance rate now minus at the start of the chosen period, in percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still to invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations in status 0 (Not started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its sender&apos;s invitations today, shared equally among the sender&apos;s active campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days until the campaign runs out of prospects: still to invite ÷ invitations a day; “—” when the campaign sends none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qualified by month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected qualified by the end of the month: qualified + invitations still possible this month at this pace × qualified ÷ invited so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prospects whose last reply arrived on this weekday and hour (your time), within the chosen period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Computed from %1 %2 — fewer than %3, too few to compare (Kakiyo&apos;s guidance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From %1 of the last %2 days: the app stored no snapshot on the others, so the sum may be too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The snapshot of %1 or today&apos;s figures cover only part of the conversations: no change is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No data for the previous %n days: no snapshot of %1 or the day before is stored, so no change is shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes appear once an earlier day is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The agent&apos;s details carry no usage block: its invitation counts are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Above the ~%1 invitations a week that %2 a day implies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Above the recommended %1 invitations a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Above LinkedIn&apos;s ~%1 invitations a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configured above the recommended %1 invitations a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 a day on %2 working days is %3 invitations a week, above the ~%4 that %5 a day implies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At this configuration the sender would pass LinkedIn&apos;s ~%1 invitations a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+54"/>
        <location line="+22"/>
        <source>invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <source>prospects</source>
        <translation type="unfinished">Interessenten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No invitation sent yet: no rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Its sender sent no invitation today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign is not active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakiyo::OverviewPage</name>
    <message>
        <location filename="../../ui/overview/OverviewPage.cpp" line="+86"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>agents running</source>
        <translation>Agenten aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agents need attention</source>
        <translation>Agenten brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active campaigns</source>
        <translation>aktive Kampagnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prospects in campaigns</source>
        <translation>Interessenten in Kampagnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qualified</source>
        <translation>qualifiziert</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Agents needing attention</source>
        <translation>Agenten, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Active campaigns</source>
        <translation>Aktive Kampagnen</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Recent replies</source>
        <translation>Neueste Antworten</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Newly qualified</source>
        <translation>Neu qualifiziert</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>All agents are fine.</source>
        <translation>Alle Agenten sind in Ordnung.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1
%2 prospects · %3 replies (%4 %) · %5 qualified</source>
        <translation>%1
%2 Interessenten · %3 Antworten (%4 %) · %5 qualifiziert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No active campaign.</source>
        <translation>Keine aktive Kampagne.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing yet.</source>
        <translation>Noch nichts.</translation>
    </message>
</context>
<context>
    <name>kakiyo::Page</name>
    <message>
        <location filename="../../ui/shell/Page.cpp" line="+40"/>
        <source>Refresh from the server (F5)</source>
        <translation>Vom Server aktualisieren (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh %1</source>
        <translation>%1 aktualisieren</translation>
    </message>
</context>
<context>
    <name>kakiyo::ProductDialog</name>
    <message>
        <location filename="../../ui/library/ProductDialog.cpp" line="+12"/>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A product (an “offering” in the Kakiyo dashboard) is what your agents talk about.</source>
        <translation>Ein Produkt (im Kakiyo-Dashboard „Angebot“ genannt) ist das, worüber Ihre Agenten sprechen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 3 characters</source>
        <translation>Mindestens 3 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product description</source>
        <translation>Produktbeschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 10 characters: what it is, for whom, and the result it brings</source>
        <translation>Mindestens 10 Zeichen: was es ist, für wen und welches Ergebnis es bringt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
</context>
<context>
    <name>kakiyo::ProductListModel</name>
    <message>
        <location filename="../../models/ProductListModel.cpp" line="+8"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>kakiyo::Profiles</name>
    <message>
        <location filename="../../models/store/Profiles.cpp" line="+153"/>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name has at most %1 characters.</source>
        <translation>Ein Profilname hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a profile called “%1”.</source>
        <translation>Es gibt bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API address must be an http or https URL with a host, such as %1.</source>
        <translation>Die API-Adresse muss eine http- oder https-URL mit Host sein, z. B. %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+15"/>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+27"/>
        <source>That profile no longer exists.</source>
        <translation>Dieses Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The profiles could not be saved to %1.</source>
        <translation>Die Profile konnten nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>kakiyo::PromptDialog</name>
    <message>
        <location filename="../../ui/library/PromptDialog.cpp" line="+13"/>
        <source>New prompt</source>
        <translation>Neuer Prompt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prompt name</source>
        <translation>Prompt-Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 3 characters</source>
        <translation>Mindestens 3 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt type</source>
        <translation>Prompt-Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages — LinkedIn conversation</source>
        <translation>Nachrichten – LinkedIn-Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment — comments on posts</source>
        <translation>Kommentar – Kommentare zu Beiträgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AI model</source>
        <translation>KI-Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI &amp;model</source>
        <translation>KI-&amp;Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The prompt&apos;s text (context, first message, follow-ups) is written in the editor after it is created.</source>
        <translation>Der Text des Prompts (Kontext, erste Nachricht, Folgenachrichten) wird nach dem Erstellen im Editor geschrieben.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading models…</source>
        <translation>Modelle werden geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no models offered)</source>
        <translation>(keine Modelle angeboten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(could not load the models: %1)</source>
        <translation>(Modelle konnten nicht geladen werden: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 in / %3 out</source>
        <translation>%1 · %2 Eingabe / %3 Ausgabe</translation>
    </message>
</context>
<context>
    <name>kakiyo::PromptEditor</name>
    <message>
        <location filename="../../ui/library/PromptEditor.cpp" line="+109"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Context</source>
        <translation>&amp;Kontext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who the agent is, who it writes to and what it offers.</source>
        <translation>Wer der Agent ist, an wen er schreibt und was er anbietet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First message</source>
        <translation>Erste Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First message</source>
        <translation>&amp;Erste Nachricht</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+22"/>
        <source>Follow-ups</source>
        <translation>Folgenachrichten</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+2"/>
        <source>Send follow-ups</source>
        <translation>Folgenachrichten senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to %1, each sent the given number of days after the previous message when the prospect has not replied.</source>
        <translation>Bis zu %1, jeweils die angegebene Anzahl Tage nach der vorherigen Nachricht gesendet, wenn der Interessent nicht geantwortet hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add follow-up</source>
        <translation>Folgenachricht hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a follow-up</source>
        <translation>Eine Folgenachricht hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment</source>
        <translation>Ko&amp;mmentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the agent comments on a prospect&apos;s posts.</source>
        <translation>Wie der Agent Beiträge eines Interessenten kommentiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert the prompt&apos;s unsaved changes</source>
        <translation>Ungespeicherte Änderungen am Prompt verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save prompt</source>
        <translation>Prompt &amp;speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the prompt</source>
        <translation>Prompt speichern</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No prompt selected</source>
        <translation>Kein Prompt ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a prompt in the list to see and edit its sections.</source>
        <translation>Wählen Sie einen Prompt in der Liste aus, um seine Abschnitte zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>created %1</source>
        <translation>erstellt am %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The sections could not be loaded: %1</source>
        <translation>Die Abschnitte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Follow-up %1 text</source>
        <translation>Text der Folgenachricht %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up %1 delay in days</source>
        <translation>Verzögerung der Folgenachricht %1 in Tagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days after the previous message</source>
        <translation>Tage nach der vorherigen Nachricht</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Remove follow-up %1</source>
        <translation>Folgenachricht %1 entfernen</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Must mention %1 in the context or first message.</source>
        <translation>Muss %1 im Kontext oder in der ersten Nachricht erwähnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing now: %1.</source>
        <translation>Derzeit fehlt: %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Loading the prompt&apos;s sections…</source>
        <translation>Abschnitte des Prompts werden geladen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This Kakiyo server does not support editing prompts: it offers no GET/PUT /prompts/{id}. Change the prompt&apos;s text in the Kakiyo dashboard.</source>
        <translation>Dieser Kakiyo-Server unterstützt das Bearbeiten von Prompts nicht: Er bietet kein GET/PUT /prompts/{id}. Ändern Sie den Text des Prompts im Kakiyo-Dashboard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your changes were not saved; they stay here, read-only, to copy from.</source>
        <translation>Ihre Änderungen wurden nicht gespeichert; sie bleiben hier schreibgeschützt zum Kopieren stehen.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>kakiyo::PromptListModel</name>
    <message>
        <location filename="../../models/PromptListModel.cpp" line="+8"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AI model</source>
        <translation>KI-Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>(unnamed prompt %1)</source>
        <translation>(unbenannter Prompt %1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Model id %1</source>
        <translation>Modell-ID %1</translation>
    </message>
</context>
<context>
    <name>kakiyo::ProspectBulkAction</name>
    <message>
        <location filename="../../models/jobs/ProspectBulkAction.cpp" line="+30"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualify</source>
        <translation>Qualifizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n prospect(s): </source>
        <translation>
            <numerusform>%n Interessent: </numerusform>
            <numerusform>%n Interessenten: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n credit(s)</source>
        <translation>
            <numerusform>, %n Credit</numerusform>
            <numerusform>, %n Credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, at least %n second(s) under the rate limits</source>
        <translation>
            <numerusform>, mindestens %n Sekunde wegen der Ratenlimits</numerusform>
            <numerusform>, mindestens %n Sekunden wegen der Ratenlimits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, within the rate limits at once</source>
        <translation>, sofort im Rahmen der Ratenlimits</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cancelled — not sent</source>
        <translation>Abgebrochen – nicht gesendet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the server&apos;s answer</source>
        <translation>Nicht in der Antwort des Servers</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>kakiyo::ProspectBulkResultModel</name>
    <message>
        <location filename="../../models/ProspectBulkResultModel.cpp" line="+67"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%L1 done</source>
        <translation>%L1 erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 failed</source>
        <translation>%L1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 not sent</source>
        <translation>%L1 nicht gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 waiting</source>
        <translation>%L1 wartend</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>kakiyo::ProspectExport</name>
    <message>
        <location filename="../../models/jobs/ProspectExport.cpp" line="-183"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Kakiyo&apos;s answers contradict each other: %1. The export stopped there; the %n row(s) it sent were saved.</source>
        <translation>
            <numerusform>Die Antworten von Kakiyo widersprechen sich: %1. Der Export wurde dort angehalten; die %n gesendete Zeile wurde gespeichert.</numerusform>
            <numerusform>Die Antworten von Kakiyo widersprechen sich: %1. Der Export wurde dort angehalten; die %n gesendeten Zeilen wurden gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>it reported a negative total (%1)</source>
        <translation>der Server meldete eine negative Gesamtzahl (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it reported an implausible total (%1)</source>
        <translation>der Server meldete eine unplausible Gesamtzahl (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it said more rows follow offset %1 but sent none</source>
        <translation>der Server kündigte weitere Zeilen nach Position %1 an, sandte aber keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it sent no rows after %1 of its total of %2</source>
        <translation>der Server sandte nach %1 von insgesamt %2 keine Zeilen mehr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it sent the same rows again at offset %1</source>
        <translation>der Server sandte an Position %1 dieselben Zeilen erneut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it sent more rows than its total of %1</source>
        <translation>der Server sandte mehr Zeilen als seine Gesamtzahl von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it said no more rows follow after %1 of its total of %2</source>
        <translation>der Server meldete nach %1 von insgesamt %2, dass keine weiteren Zeilen folgen</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Cannot save the file: %1</source>
        <translation>Die Datei kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>kakiyo::ProspectSearchModel</name>
    <message>
        <location filename="../../models/ProspectSearchModel.cpp" line="+57"/>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+474"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="-411"/>
        <source>Results come in the server&apos;s order; the search API cannot sort them.</source>
        <translation>Die Ergebnisse kommen in der Reihenfolge des Servers; die Such-API kann sie nicht sortieren.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>it reported a negative total (%1)</source>
        <translation type="unfinished">der Server meldete eine negative Gesamtzahl (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it reported an implausible total (%1)</source>
        <translation type="unfinished">der Server meldete eine unplausible Gesamtzahl (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it sent no rows at row %1 of the %2 it reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Kakiyo&apos;s answer contradicts itself: %1. Only the %n prospect(s) it sent are shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+277"/>
        <source>No search yet</source>
        <translation>Noch keine Suche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading… (%1 of %2 loaded)</source>
        <translation>Wird geladen… (%1 von %2 geladen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loaded %1 of %2</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No prospects match</source>
        <translation>Keine passenden Interessenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded %1 of %2 (end of the results reached)</source>
        <translation>%1 von %2 geladen (Ende der Ergebnisse erreicht)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 of 0</source>
        <translation>0 von 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 von %3</translation>
    </message>
</context>
<context>
    <name>kakiyo::ProspectsPage</name>
    <message>
        <location filename="../../ui/prospects/ProspectsPage.cpp" line="+67"/>
        <location line="+12"/>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Results come in the server&apos;s order; the search API cannot sort them.</source>
        <translation>Die Ergebnisse kommen in der Reihenfolge des Servers; die Such-API kann sie nicht sortieren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+454"/>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <location line="-449"/>
        <source>Go to page</source>
        <translation>Gehe zu Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page </source>
        <translation>Seite </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 the selected rows (shows what it costs first)</source>
        <translation>%1: ausgewählte Zeilen (zeigt zuerst die Kosten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 the selected prospects</source>
        <translation>%1: ausgewählte Interessenten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualify</source>
        <translation>Qualifizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loaded rows…</source>
        <translation>Geladene Zeilen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export loaded rows</source>
        <translation>Geladene Zeilen exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>All matches…</source>
        <translation>Alle Treffer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+503"/>
        <source>Export all matches</source>
        <translation>Alle Treffer exportieren</translation>
    </message>
    <message>
        <location line="-496"/>
        <source>Add a prospect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add one prospect to a campaign; the menu also imports a Sales Navigator search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a Sales Navigator search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import leads…</source>
        <translation>Leads importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add prospects from a CSV file to a campaign</source>
        <translation>Interessenten aus einer CSV-Datei zu einer Kampagne hinzufügen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Row data refreshes with F5</source>
        <translation>Zeilendaten werden mit F5 aktualisiert</translation>
    </message>
    <message numerus="yes">
        <location line="+297"/>
        <source>Next page: %n call(s), %n credit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Next page: %n call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/prospects/TriageKeys.cpp" line="+28"/>
        <source>Pause this conversation (Ctrl+Shift+P)</source>
        <translation>Dieses Gespräch pausieren (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume this conversation (Ctrl+Shift+R)</source>
        <translation>Dieses Gespräch fortsetzen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as qualified (Ctrl+Shift+Q)</source>
        <translation>Als qualifiziert markieren (Strg+Umschalt+Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next prospect: Alt+Down · previous: Alt+Up</source>
        <translation>Nächster Interessent: Alt+Nach-unten · vorheriger: Alt+Nach-oben</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/ProspectsPage.cpp" line="-279"/>
        <source>Search name, headline, company…</source>
        <translation>Name, Headline, Unternehmen suchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only prospects of this campaign</source>
        <translation>Nur Interessenten dieser Kampagne</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+86"/>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Any qualification</source>
        <translation>Jede Qualifizierung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded: any</source>
        <translation>Geantwortet: alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responded</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not responded</source>
        <translation>Nicht geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has responded</source>
        <translation>Hat geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: any</source>
        <translation>Pausiert: alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation status</source>
        <translation>Gesprächsstatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved searches of this profile</source>
        <translation>Gespeicherte Suchen dieses Profils</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these filters under a name</source>
        <translation>Diese Filter unter einem Namen speichern</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> of %L1</source>
        <translation> von %L1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next page: loaded, free</source>
        <translation>Nächste Seite: geladen, kostenlos</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Select loaded rows first</source>
        <translation>Wählen Sie zuerst geladene Zeilen aus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another bulk action is still running</source>
        <translation>Eine andere Massenaktion läuft noch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 of %3…</source>
        <translation>%1: %2 von %3…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 of %3 succeeded</source>
        <translation>%1: %2 von %3 erfolgreich</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported %L1 loaded rows</source>
        <translation>%L1 geladene Zeilen exportiert</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n search call(s) and credit(s)</source>
        <translation>
            <numerusform>%n Suchaufruf und Credit</numerusform>
            <numerusform>%n Suchaufrufe und Credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n search call(s)</source>
        <translation>
            <numerusform>%n Suchaufruf</numerusform>
            <numerusform>%n Suchaufrufe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting %L1 prospects costs %2.</source>
        <translation>Der Export von %L1 Interessenten kostet %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting… %L1 of %L2</source>
        <translation>Export läuft… %L1 von %L2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %L1 prospects (%n call(s))</source>
        <translation>
            <numerusform>%L1 Interessenten exportiert (%n Aufruf)</numerusform>
            <numerusform>%L1 Interessenten exportiert (%n Aufrufe)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/CampaignCombo.cpp" line="+53"/>
        <source>Campaign %1</source>
        <translation type="unfinished">Kampagne %1</translation>
    </message>
</context>
<context>
    <name>kakiyo::ReplyHeatmap</name>
    <message>
        <location filename="../../ui/analytics/ReplyHeatmap.cpp" line="+59"/>
        <source>Replies by weekday and hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects&apos; last replies by weekday (rows) and hour of the day (columns, your time). The API gives each conversation&apos;s last reply only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakiyo::SalesNavigatorDialog</name>
    <message>
        <location filename="../../ui/prospects/SalesNavigatorDialog.cpp" line="+28"/>
        <source>Import a Sales Navigator search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kakiyo runs the saved search and adds the people it finds to the campaign, skipping duplicates and the Do Not Contact list. At most three imports run at a time per team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Queue import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the Sales Navigator import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Campaign</source>
        <translation type="unfinished">Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading campaigns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales Navigator search URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of people to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales Navigator import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation type="unfinished">&amp;Name</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prospects arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a campaign</source>
        <translation type="unfinished">Kampagne wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaigns could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sending…</source>
        <translation type="unfinished">Wird gesendet…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Queued (run %1, status &quot;%2&quot;). Kakiyo imports the %n people in the background; the campaign&apos;s count is checked every few seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>without id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The import was queued, but the campaign&apos;s prospects could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Done: %n new prospect(s) arrived in the campaign (of %1 requested; duplicates and Do Not Contact entries are skipped).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Still running: %n new prospect(s) so far. Kakiyo goes on importing; refresh the Prospects page later.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Importing: %n new prospect(s) in the campaign so far…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kakiyo::ServerGeneration</name>
    <message>
        <location filename="../../models/api/ServerGeneration.cpp" line="+259"/>
        <source>Help-centre API (1 credit per call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current API (no credits for calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its answers carry X-RateLimit headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it answered 402 (out of credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its rate-limit answer (429) had no X-RateLimit headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its answers carry no X-RateLimit headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an import answered with a listId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer from the server yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each call costs 1 credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls cost no credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic (as detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected because %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits: %1 (your setting overrides the detection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits: counted as 1 per call until the server shows otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits: 1 per call the server processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits: none; only calls are counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakiyo::SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="+20"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the interface</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language applies after a restart.</source>
        <translation>Die neue Sprache gilt nach einem Neustart.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart Kakiyo Desk now</source>
        <translation>Kakiyo Desk jetzt neu starten</translation>
    </message>
</context>
<context>
    <name>kakiyo::UnreadFilter</name>
    <message>
        <location filename="../../ui/prospects/UnreadFilter.cpp" line="+22"/>
        <source>Show only the conversations with a reply you have not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unread (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unread conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kakiyo::WebhookDialog</name>
    <message>
        <location filename="../../ui/webhooks/WebhookDialog.cpp" line="+39"/>
        <source>Edit webhook</source>
        <translation>Webhook bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Webhook name</source>
        <translation>Webhook-Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. CRM integration</source>
        <translation>z. B. CRM-Integration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery URL</source>
        <translation>Zustell-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries carry your prospects&apos; messages, so the address must use https://.
Plain http:// is accepted only for this computer (localhost), for testing.</source>
        <translation>Zustellungen enthalten die Nachrichten Ihrer Interessenten, daher muss die Adresse https:// verwenden.
Einfaches http:// wird nur für diesen Computer (localhost) zum Testen akzeptiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events to deliver</source>
        <translation>Zuzustellende Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space ticks the selected event. &quot;All events&quot; also covers events added later.</source>
        <translation>Die Leertaste hakt das ausgewählte Ereignis an. „Alle Ereignisse“ umfasst auch später hinzugefügte Ereignisse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty to keep the current secret</source>
        <translation>Leer lassen, um das aktuelle Geheimnis zu behalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secret</source>
        <translation>&amp;Geheimnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kakiyo never shows a secret back. Leave this empty to keep the current
one; type a new one to replace it.</source>
        <translation>Kakiyo zeigt ein Geheimnis nie wieder an. Lassen Sie dies leer, um das aktuelle
zu behalten; geben Sie ein neues ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a secret, each delivery carries an X-Kakiyo-Signature header
(HMAC-SHA256 of the body), so your endpoint can tell it came from Kakiyo.
It is write-only: never shown again.</source>
        <translation>Mit einem Geheimnis enthält jede Zustellung einen X-Kakiyo-Signature-Header
(HMAC-SHA256 des Inhalts), sodass Ihr Endpunkt erkennt, dass sie von Kakiyo stammt.
Es kann nur geschrieben werden: Es wird nie wieder angezeigt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Loading events…</source>
        <translation>Ereignisse werden geladen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All events (*)</source>
        <translation>Alle Ereignisse (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (not in the current catalogue)</source>
        <translation>%1 (nicht im aktuellen Katalog)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event list could not be loaded: %1</source>
        <translation>Die Ereignisliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Enter the address Kakiyo should post events to.</source>
        <translation>Geben Sie die Adresse ein, an die Kakiyo Ereignisse senden soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use https://. Deliveries carry your prospects&apos; messages; plain http:// would send them unencrypted, so it is allowed only to this computer (localhost).</source>
        <translation>Verwenden Sie https://. Zustellungen enthalten die Nachrichten Ihrer Interessenten; einfaches http:// würde sie unverschlüsselt senden und ist daher nur für diesen Computer (localhost) erlaubt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a web address starting with https://.</source>
        <translation>Dies ist keine Webadresse, die mit https:// beginnt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the webhook a name.</source>
        <translation>Geben Sie dem Webhook einen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick at least one event.</source>
        <translation>Haken Sie mindestens ein Ereignis an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the event list…</source>
        <translation>Warten auf die Ereignisliste…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kakiyo did not accept the webhook; see the notes above.</source>
        <translation>Kakiyo hat den Webhook nicht akzeptiert; siehe die Hinweise oben.</translation>
    </message>
</context>
<context>
    <name>kakiyo::WebhookExamplesDialog</name>
    <message>
        <location filename="../../ui/webhooks/WebhookExamplesDialog.cpp" line="+54"/>
        <source>Webhook test events and example payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Webhook events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test catalogue (legacy names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribable events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Example payload (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the example payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send as a test event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send this example as a test event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the event with this example&apos;s data to every active webhook subscribed to it (one call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Example payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an event to see the payload Kakiyo sends for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(none)</source>
        <translation type="unfinished">(keine)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Loading the example…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No example for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is what a webhook receives for this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A legacy event name: shown for reference; Kakiyo&apos;s test sender only takes the subscribable events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sending…</source>
        <translation type="unfinished">Wird gesendet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no active webhook is subscribed to %1. Subscribe one on the Webhooks page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Sent %1 to %n webhook(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The JSON is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakiyo::WebhookListModel</name>
    <message>
        <location filename="../../models/WebhookListModel.cpp" line="+15"/>
        <location line="+100"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Failing</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never delivered</source>
        <translation>Nie zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1
+ %n more</source>
        <translation>
            <numerusform>%1
+ %n weiteres</numerusform>
            <numerusform>%1
+ %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
%2 ok · %3 failed</source>
        <translation>%1
%2 ok · %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ %1
✗ %2</source>
        <translation>✓ %1
✗ %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last success: %1
Last failure: %2</source>
        <translation>Letzter Erfolg: %1
Letzter Fehler: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
</context>
<context>
    <name>kakiyo::WebhooksPage</name>
    <message>
        <location filename="../../ui/webhooks/WebhooksPage.cpp" line="+84"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+47"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>New webhook…</source>
        <translation>Neuer Webhook…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register an address that receives Kakiyo events</source>
        <translation>Eine Adresse registrieren, die Kakiyo-Ereignisse empfängt</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+87"/>
        <source>Send test event</source>
        <translation>Testereignis senden</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Send a test event to the webhooks subscribed to it</source>
        <translation>Ein Testereignis an die Webhooks senden, die es abonniert haben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Webhook example payloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+218"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Send a test event</source>
        <translation>Ein Testereignis senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kakiyo sends the test to every active webhook subscribed to the event, not only the selected one.</source>
        <translation>Kakiyo sendet den Test an jeden aktiven Webhook, der das Ereignis abonniert hat, nicht nur an den ausgewählten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;vent</source>
        <translation>E&amp;reignis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test event</source>
        <translation>Testereignis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No test sent yet.</source>
        <translation>Noch kein Test gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xample payloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the test events and their example payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+113"/>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;No webhooks yet&lt;/h3&gt;&lt;p&gt;A webhook lets Kakiyo tell your CRM or automation tool the moment something happens: a reply, an accepted invitation, a prospect to review. Create one with &lt;b&gt;New webhook…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;Noch keine Webhooks&lt;/h3&gt;&lt;p&gt;Mit einem Webhook informiert Kakiyo Ihr CRM oder Automatisierungstool sofort, wenn etwas passiert: eine Antwort, eine angenommene Einladung, ein zu prüfender Interessent. Erstellen Sie einen mit &lt;b&gt;Neuer Webhook…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a webhook to see its delivery health.</source>
        <translation>Wählen Sie einen Webhook aus, um den Zustand seiner Zustellungen zu sehen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;b&gt;disabled&lt;/b&gt; — receives nothing</source>
        <translation>&lt;b&gt;deaktiviert&lt;/b&gt; – empfängt nichts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last failure</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all events (*)</source>
        <translation>alle Ereignisse (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>write-only, never shown</source>
        <translation>nur schreibbar, wird nie angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Kakiyo turns a webhook off after four failed deliveries in a row. Fix the endpoint, then enable it again: that resets the count.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kakiyo schaltet einen Webhook nach vier fehlgeschlagenen Zustellungen in Folge ab. Beheben Sie das Problem am Endpunkt und aktivieren Sie ihn dann wieder: Dadurch wird der Zähler zurückgesetzt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Webhook created.</source>
        <translation>Webhook erstellt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Webhook saved.</source>
        <translation>Webhook gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enabling…</source>
        <translation>Wird aktiviert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabling…</source>
        <translation>Wird deaktiviert…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Webhook enabled; its failure streak starts again from zero.</source>
        <translation>Webhook aktiviert; seine Fehlerserie beginnt wieder bei null.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook disabled; Kakiyo sends it nothing until you enable it.</source>
        <translation>Webhook deaktiviert; Kakiyo sendet ihm nichts, bis Sie ihn aktivieren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the webhook “%1”?

Kakiyo stops sending events to %2. This cannot be undone.</source>
        <translation>Den Webhook „%1“ löschen?

Kakiyo sendet dann keine Ereignisse mehr an %2. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Webhook “%1” deleted.</source>
        <translation>Webhook „%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading events…</source>
        <translation>Ereignisse werden geladen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(events could not be loaded)</source>
        <translation>(Ereignisse konnten nicht geladen werden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event list could not be loaded: %1</source>
        <translation>Die Ereignisliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sending “%1”… An endpoint that fails is tried again after 1, 2 and 4 seconds, so this can take a moment.</source>
        <translation>„%1“ wird gesendet… Ein fehlschlagender Endpunkt wird nach 1, 2 und 4 Sekunden erneut versucht, daher kann dies einen Moment dauern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test event sent from Kakiyo Desk</source>
        <translation>Testereignis, gesendet von Kakiyo Desk</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>&lt;p style=&apos;margin:0&apos;&gt;“%1” sent at %2 to %n webhook(s):&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;margin:0&apos;&gt;„%1“ um %2 an %n Webhook gesendet:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;margin:0&apos;&gt;„%1“ um %2 an %n Webhooks gesendet:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sent; the server does not report the outcome here — the counters above update once it is delivered</source>
        <translation>gesendet; der Server meldet das Ergebnis hier nicht – die Zähler oben werden nach der Zustellung aktualisiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accepted without contacting the address (the sandbox only calls this computer)</source>
        <translation>angenommen, ohne die Adresse zu kontaktieren (die Sandbox ruft nur diesen Computer auf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>delivered, HTTP %1</source>
        <translation>zugestellt, HTTP %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not delivered: the endpoint answered HTTP %1</source>
        <translation>nicht zugestellt: Der Endpunkt antwortete mit HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not delivered: %1</source>
        <translation>nicht zugestellt: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, %1&#xa0;ms</source>
        <translation>, %1&#xa0;ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (attempt %1 of %2; the earlier ones failed)</source>
        <translation> (Versuch %1 von %2; die vorherigen sind fehlgeschlagen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (tried %1 times; Kakiyo waits 1, 2 and 4&#xa0;s between tries)</source>
        <translation> (%1-mal versucht; Kakiyo wartet 1, 2 und 4&#xa0;s zwischen den Versuchen)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was sent: no active webhook is subscribed to “%1”. Tick the event on a webhook or enable one that has it.</source>
        <translation>Es wurde nichts gesendet: Kein aktiver Webhook hat „%1“ abonniert. Haken Sie das Ereignis bei einem Webhook an oder aktivieren Sie einen, der es hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The test could not be sent: %1</source>
        <translation>Der Test konnte nicht gesendet werden: %1</translation>
    </message>
</context>
<context>
    <name>kakiyo::WelcomePage</name>
    <message>
        <location filename="../../ui/shell/WelcomePage.cpp" line="+25"/>
        <source>Welcome to Kakiyo Desk</source>
        <translation>Willkommen bei Kakiyo Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run your Kakiyo agents, campaigns and prospects from the desktop.
Try it on a demo team first, or connect your account with an API key.</source>
        <translation>Steuern Sie Ihre Kakiyo-Agenten, -Kampagnen und -Interessenten vom Desktop aus.
Probieren Sie es zuerst mit einem Demo-Team aus oder verbinden Sie Ihr Konto mit einem API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts a local sandbox with a seeded team. No key, no network.</source>
        <translation>Startet eine lokale Sandbox mit einem vorbefüllten Team. Kein Schlüssel, kein Netzwerk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Connect your Kakiyo account</source>
        <translation>Kakiyo-Konto verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste an API key from the Kakiyo dashboard (Team → API Keys).</source>
        <translation>Fügen Sie einen API-Schlüssel aus dem Kakiyo-Dashboard ein (Team → API Keys).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Starting the demo team…</source>
        <translation>Demo-Team wird gestartet…</translation>
    </message>
</context>
<context>
    <name>kakiyo::WorkspaceComparisonView</name>
    <message>
        <location filename="../../ui/workspaces/WorkspaceComparisonView.cpp" line="+31"/>
        <source>Every client workspace side by side. Double-click a row to work in that workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Compare workspaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare every workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost of the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not compared yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparison state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspaces compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparing… %L1 of %L2 conversations read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing every workspace reads the team&apos;s workspaces, agents, campaigns and conversations: %1. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This team has no client workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n workspace(s) compared from %L1 conversations · %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kakiyo::WorkspaceListModel</name>
    <message>
        <location filename="../../models/WorkspaceListModel.cpp" line="+32"/>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client team</source>
        <translation>Kundenteam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
</context>
<context>
    <name>kakiyo::WorkspaceMarker</name>
    <message>
        <location filename="../../ui/workspaces/WorkspaceMarker.cpp" line="+29"/>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing the whole team</source>
        <translation>Das ganze Team wird angezeigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
</context>
<context>
    <name>kakiyo::WorkspaceOption</name>
    <message>
        <location filename="../../app/WorkspaceOption.cpp" line="+49"/>
        <source>the workspaces could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>there is no workspace &quot;%1&quot;: the team has no client workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no workspace &quot;%1&quot;; the team&apos;s workspaces: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 workspaces are named &quot;%2&quot;: give its id instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakiyo::WorkspaceSummaryModel</name>
    <message>
        <location filename="../../models/WorkspaceSummaryModel.cpp" line="+42"/>
        <source>%1 %</source>
        <translation type="unfinished">%1 %</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No agent is assigned to this workspace, so it has no campaigns or conversations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n agent(s) with alerts, or needing sign-in or setup</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Workspace</source>
        <translation type="unfinished">Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents</source>
        <translation type="unfinished">Agenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need
attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active
campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects</source>
        <translation type="unfinished">Interessenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitations
sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies</source>
        <translation type="unfinished">Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply
rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualified</source>
        <translation type="unfinished">Qualifiziert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agents (LinkedIn accounts) assigned to the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents with alerts, or needing sign-in, setup, or disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaigns of the workspace&apos;s agents in status active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversations of the workspace&apos;s campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversations in status 1–6 (an invitation was sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted (status 2–6) ÷ invitations sent (status 1–6) × 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversations whose prospect answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies ÷ prospects × 100</source>
        <translation type="unfinished">Antworten ÷ Interessenten × 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversations qualified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakiyo::WorkspaceSweep</name>
    <message numerus="yes">
        <location filename="../../models/jobs/WorkspaceSweep.cpp" line="+42"/>
        <source>%n call(s)</source>
        <translation type="unfinished">
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>at least %n call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n answer(s) fresh in the cache, free)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> · %n credit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · no credits for calls on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · one more call per 100 conversations after the first 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakiyo::WorkspaceSwitcher</name>
    <message>
        <location filename="../../ui/workspaces/WorkspaceSwitcher.cpp" line="+40"/>
        <source>Current workspace</source>
        <translation>Aktueller Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch workspace: cached answers are kept apart per workspace</source>
        <translation>Arbeitsbereich wechseln: Zwischengespeicherte Antworten werden je Arbeitsbereich getrennt gehalten</translation>
    </message>
</context>
<context>
    <name>kakiyo::WorkspacesPage</name>
    <message>
        <location filename="../../ui/workspaces/WorkspacesPage.cpp" line="+50"/>
        <location line="+71"/>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Wor&amp;king in</source>
        <translation>Arbeiten &amp;in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New client workspace…</source>
        <translation>Neuer Kundenarbeitsbereich…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a workspace for a client of the agency</source>
        <translation>Einen Arbeitsbereich für einen Kunden der Agentur erstellen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;h3&gt;Workspaces need the Agency plan&lt;/h3&gt;&lt;p&gt;Kakiyo answered that this team is not on the Agency plan, so it has no client workspaces. With the Agency plan you can give each client a workspace of their own, invite the client&apos;s people by email and assign agents to it; the client then sees only the campaigns and conversations of those agents.&lt;/p&gt;&lt;p&gt;Everything else in Kakiyo Desk works as before. If the plan was changed recently, press &lt;b&gt;Refresh&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Arbeitsbereiche erfordern den Agency-Tarif&lt;/h3&gt;&lt;p&gt;Kakiyo hat geantwortet, dass dieses Team nicht den Agency-Tarif hat und daher keine Kundenarbeitsbereiche besitzt. Mit dem Agency-Tarif können Sie jedem Kunden einen eigenen Arbeitsbereich geben, die Mitarbeitenden des Kunden per E-Mail einladen und Agenten zuweisen; der Kunde sieht dann nur die Kampagnen und Gespräche dieser Agenten.&lt;/p&gt;&lt;p&gt;Alles andere in Kakiyo Desk funktioniert wie bisher. Wenn der Tarif kürzlich geändert wurde, klicken Sie auf &lt;b&gt;Aktualisieren&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;New workspace</source>
        <translation>&amp;Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New workspace name</source>
        <translation>Name des neuen Arbeitsbereichs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client name, e.g. Acme Robotics</source>
        <translation>Kundenname, z. B. Acme Robotics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Work in this workspace</source>
        <translation>In diesem Bereich &amp;arbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clients of this workspace</source>
        <translation>Kunden dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client email to invite</source>
        <translation>E-Mail des einzuladenden Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client@example.com</source>
        <translation>kunde@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invite</source>
        <translation>Einla&amp;den</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assigned agents</source>
        <translation>Zugewiesene Agenten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agents assigned to this workspace</source>
        <translation>Diesem Arbeitsbereich zugewiesene Agenten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agent to assign</source>
        <translation>Zuzuweisender Agent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unassign</source>
        <translation>Zuweisung a&amp;ufheben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Compare a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every client workspace&apos;s figures side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+166"/>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;No client workspaces yet&lt;/h3&gt;&lt;p&gt;Create one above for each client of the agency, then invite the client&apos;s people and assign the agents that work for them.&lt;/p&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;Noch keine Kundenarbeitsbereiche&lt;/h3&gt;&lt;p&gt;Erstellen Sie oben einen für jeden Kunden der Agentur, laden Sie dann die Mitarbeitenden des Kunden ein und weisen Sie die Agenten zu, die für ihn arbeiten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a workspace to see its clients and agents.</source>
        <translation>Wählen Sie einen Arbeitsbereich aus, um seine Kunden und Agenten zu sehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the window works in this workspace</source>
        <translation>das Fenster arbeitet in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marker colour of this workspace</source>
        <translation>Markierungsfarbe dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace id</source>
        <translation>Arbeitsbereich-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client team id</source>
        <translation>Kundenteam-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No clients invited yet</source>
        <translation>Noch keine Kunden eingeladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No agents assigned</source>
        <translation>Keine Agenten zugewiesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every agent is assigned</source>
        <translation>Alle Agenten sind zugewiesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading agents…</source>
        <translation>Agenten werden geladen…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the server did not say what it changed</source>
        <translation>der Server hat nicht mitgeteilt, was er geändert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 campaigns, %2 conversations, %3 prospects</source>
        <translation>%1 Kampagnen, %2 Gespräche, %3 Interessenten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the workspace a name.</source>
        <translation>Geben Sie dem Arbeitsbereich einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating “%1”…</source>
        <translation>„%1“ wird erstellt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kakiyo refused: workspaces need the Agency plan.</source>
        <translation>Kakiyo hat abgelehnt: Arbeitsbereiche erfordern den Agency-Tarif.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workspace “%1” created.</source>
        <translation>Arbeitsbereich „%1“ erstellt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete workspace</source>
        <translation>Arbeitsbereich löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the workspace “%1”?

Its %n client(s) lose access and its agents are unassigned (the agents, campaigns and conversations stay in the team). This cannot be undone.</source>
        <translation>
            <numerusform>Den Arbeitsbereich „%1“ löschen?

Sein %n Kunde verliert den Zugriff, und seine Agenten werden nicht mehr zugewiesen (Agenten, Kampagnen und Gespräche bleiben im Team). Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Den Arbeitsbereich „%1“ löschen?

Seine %n Kunden verlieren den Zugriff, und seine Agenten werden nicht mehr zugewiesen (Agenten, Kampagnen und Gespräche bleiben im Team). Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server did not report what it unassigned.</source>
        <translation>Der Server hat nicht gemeldet, welche Zuweisungen er aufgehoben hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server unassigned %1 and updated %2 campaigns and %3 conversations.</source>
        <translation>Der Server hat die Zuweisung von %1 aufgehoben und %2 Kampagnen sowie %3 Gespräche aktualisiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 agent</source>
        <translation>1 Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 agents</source>
        <translation>%1 Agenten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace “%1” deleted. %2</source>
        <translation>Arbeitsbereich „%1“ gelöscht. %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not an email address. Enter the client&apos;s address, e.g. name@client.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Geben Sie die Adresse des Kunden ein, z. B. name@kunde.com.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inviting %1…</source>
        <translation>%1 wird eingeladen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is already a client of this workspace.</source>
        <translation>%1 ist bereits Kunde dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 invited; Kakiyo sent the sign-in link by email.</source>
        <translation>%1 eingeladen; Kakiyo hat den Anmeldelink per E-Mail gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 invited (no email was sent).</source>
        <translation>%1 eingeladen (es wurde keine E-Mail gesendet).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove client</source>
        <translation>Kunden entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from this workspace? They lose access to its campaigns and conversations.</source>
        <translation>%1 aus diesem Arbeitsbereich entfernen? Der Zugriff auf seine Kampagnen und Gespräche geht dann verloren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removing %1…</source>
        <translation>%1 wird entfernt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 removed from the workspace.</source>
        <translation>%1 aus dem Arbeitsbereich entfernt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Assigning %1…</source>
        <translation>%1 wird zugewiesen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 assigned. The client now sees %2.</source>
        <translation>%1 zugewiesen. Der Kunde sieht jetzt %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unassigning %1…</source>
        <translation>Zuweisung von %1 wird aufgehoben…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 unassigned; the agent stays in the team. The client no longer sees %2.</source>
        <translation>Zuweisung von %1 aufgehoben; der Agent bleibt im Team. Der Kunde sieht %2 nicht mehr.</translation>
    </message>
</context>
</TS>
