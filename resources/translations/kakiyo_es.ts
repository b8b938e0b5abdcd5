<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <translation type="unfinished">No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished">No se puede guardar %1: %2</translation>
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
        <translation>Uso:</translation>
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
        <translation>Uso: kakiyo-desk import ARCHIVO.csv --campaign ID | --round-robin ID,ID[,...]
     [opciones]

Valida sin conexión un CSV de prospectos, muestra el plan (filas válidas y
rechazadas, llamadas por lotes, créditos, tiempo mínimo según los límites de
frecuencia) y luego lo importa en lotes de 100. Una importación interrumpida
del mismo archivo al mismo destino se reanuda donde se detuvo.

  --campaign ID             todas las filas a una campaña
  --round-robin ID,ID,...   repartir las filas entre 2 o más campañas según
                            su carga
  --map KEY=COL,...         sustituir las columnas detectadas; claves: name,
                            first, last, url, custom (una columna o una
                            plantilla {Col} - {Col})
  --skip-dnc ARCHIVO        omitir las filas cuyo perfil esté en esta lista
                            local No contactar (una URL por línea, o un CSV
                            con una columna de URL, como la exportación de la
                            página DNC); se comprueba sin conexión
  --dry-run                 validar y mostrar el plan; no enviar nada
  --report ARCHIVO          escribir el informe por fila como CSV
  --journal ARCHIVO         el registro de importación (por defecto: la
                            carpeta de datos de la aplicación)
  --profile NOMBRE, --base-url URL   conectar como la ventana

Código de salida 0 cuando cada fila recibió una respuesta sobre sus datos, 1 en
caso contrario, 2 si la línea de comandos es incorrecta o el archivo no se
puede leer.
</translation>
    </message>
    <message>
        <location filename="../../app/KeyCommand.cpp" line="+216"/>
        <location filename="../../app/LaunchOptions.cpp" line="+181"/>
        <source>key: say what to do: set, status or remove</source>
        <translation>key: indique qué hacer: set, status o remove</translation>
    </message>
    <message>
        <location filename="../../app/LaunchOptions.cpp" line="-162"/>
        <location line="+4"/>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--base-url: &quot;%1&quot; is not a URL (expected e.g. https://api.kakiyo.com/v1)</source>
        <translation>--base-url: “%1” no es una URL (se esperaba, p. ej., https://api.kakiyo.com/v1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--base-url: only http and https URLs are supported</source>
        <translation>--base-url: solo se admiten URL http y https</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--base-url: credentials do not belong in the URL</source>
        <translation>--base-url: las credenciales no deben ir en la URL</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>--profile: &quot;%1&quot; is not a valid profile name (letters, digits, space, . - _; at most 64)</source>
        <translation>--profile: “%1” no es un nombre de perfil válido (letras, dígitos, espacio, . - _; como máximo 64)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>key: unknown action &quot;%1&quot; (expected set, status or remove)</source>
        <translation>key: acción desconocida “%1” (se esperaba set, status o remove)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>key: unexpected argument; the key is read from standard input, never from the command line</source>
        <translation>key: argumento inesperado; la clave se lee de la entrada estándar, nunca de la línea de comandos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--new-campaign and --import-leads only apply to the window</source>
        <translation>--new-campaign y --import-leads solo se aplican a la ventana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--demo only applies to the window, export and import (the demo&apos;s key is never stored)</source>
        <translation>--demo solo se aplica a la ventana, a export y a import (la clave de la demo nunca se guarda)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--demo and --base-url cannot be combined: the demo runs its own local server</source>
        <translation>--demo y --base-url no se pueden combinar: la demo ejecuta su propio servidor local</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--demo and --profile cannot be combined: the demo has its own profile</source>
        <translation>--demo y --profile no se pueden combinar: la demo tiene su propio perfil</translation>
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
        <translation>Uso:
  kakiyo-desk [--demo] [--profile NOMBRE] [--base-url URL]
              [--new-campaign | --import-leads]
      Abre la ventana. --demo inicia un kakiyo-sandbox local con un equipo de
      ejemplo y se conecta a él (sin clave ni red). --profile elige un perfil
      guardado; --base-url sustituye la dirección de la API (https, o http en
      loopback). --new-campaign y --import-leads abren el diálogo de nueva
      campaña o el asistente de importación de leads en cuanto la ventana está
      conectada.
  kakiyo-desk key set|status|remove [--profile NOMBRE] [--base-url URL]
      Gestiona la clave de API de un perfil; `key set` lee la clave de la
      entrada estándar.
  kakiyo-desk export --chart NOMBRE|--report [--campaign ID]
                     --format png|svg|pdf|csv [--scale N] -o ARCHIVO
  kakiyo-desk export --table prospects [filtros] [--limit N] --format csv
                     -o ARCHIVO
      Exporta un gráfico, el informe PDF o la tabla de prospectos sin la
      ventana (`kakiyo-desk export --help` enumera los gráficos y filtros). Se
      conecta como la ventana: --demo, --profile, --base-url; KAKIYO_API_KEY
      solo se usa para esta ejecución.
  kakiyo-desk import ARCHIVO.csv --campaign ID | --round-robin ID,ID[,...]
                     [--map name=COL,url=COL,custom=COL] [--skip-dnc ARCHIVO]
                     [--dry-run] [--report ARCHIVO] [--journal ARCHIVO]
                     [--profile NOMBRE] [--base-url URL]
      Valida un CSV de prospectos, muestra el plan y luego lo importa (reanuda
      una ejecución interrumpida del mismo archivo y destino). Código de salida
      0 cuando cada fila recibió una respuesta sobre sus datos, 1 en caso
      contrario, 2 si la línea de comandos es incorrecta.
      (`kakiyo-desk import --help` enumera las opciones.)
  kakiyo-desk --help | --version

Los comandos sin ventana tienen límites de tiempo: una solicitud que no recibe
respuesta completa en KAKIYO_TIMEOUT segundos (60 por defecto) se abandona,
una exportación se detiene cuando una página tarda más y una importación se
detiene tras 10 x KAKIYO_TIMEOUT sin avances (ejecútela de nuevo para
reanudarla). Ctrl-C o SIGTERM detiene cualquier comando al instante y no
escribe ningún archivo parcial. Una exportación cuyo servidor se contradice
conserva las filas recibidas y termina con el código 1.
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
        <translation>Se añadirá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid: %1</source>
        <translation>No válida: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate of line %1</source>
        <translation>Duplicada de la línea %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already on the list since %1</source>
        <translation>Ya está en la lista desde %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already on the list</source>
        <translation>Ya está en la lista</translation>
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
        <translation type="unfinished">No se entendió la respuesta de la %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the %1: %2</source>
        <translation type="unfinished">No se pudo cargar la %1: %2</translation>
    </message>
</context>
<context>
    <name>ProspectColumns</name>
    <message>
        <location filename="../../models/ProspectColumns.cpp" line="+15"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualification</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (paused)</source>
        <translation>%1 (en pausa)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/agents/AgentsPage.cpp" line="+64"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/charts/AnalyticsCharts.cpp" line="+16"/>
        <source>Campaign comparison</source>
        <translation>Comparación de campañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one bar per campaign for a chosen metric (team overview)</source>
        <translation>una barra por campaña para la métrica elegida (resumen del equipo)</translation>
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
        <translation>Actividad reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages and qualified prospects, last 24 hours and last week</source>
        <translation>mensajes y prospectos calificados, últimas 24 horas y última semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team trend</source>
        <translation>Tendencia del equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages, replies and qualified (left axis) and response and conversion rates (right axis, %) per stored daily snapshot</source>
        <translation>mensajes, respuestas y calificados (eje izquierdo) y tasas de respuesta y de conversión (eje derecho, %) por instantánea diaria guardada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily activity</source>
        <translation>Actividad diaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages, responses and qualified per day of one campaign</source>
        <translation>mensajes, respuestas y calificados por día de una campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status funnel</source>
        <translation>Embudo de estados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending → contacted → responded → qualified → closed, with stage conversion</source>
        <translation>pendiente → contactado → con respuesta → calificado → cerrado, con la conversión por etapa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qualification breakdown</source>
        <translation>Desglose de la calificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qualified, pending and disqualified prospects of one campaign</source>
        <translation>prospectos calificados, pendientes y descalificados de una campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages, responses and qualified of one campaign in the last 7 days</source>
        <translation>mensajes, respuestas y calificados de una campaña en los últimos 7 días</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (needs --campaign)</source>
        <translation> (requiere --campaign)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No campaigns yet</source>
        <translation>Aún no hay campañas</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Metric to compare</source>
        <translation>Métrica para comparar</translation>
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
        <translation>Aún no hay tendencia: cada día que actualiza se guarda una instantánea, y una tendencia necesita dos días</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No daily activity yet</source>
        <translation>Aún no hay actividad diaria</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A quiet week: no messages, responses or qualified prospects in this campaign in the last 7 days</source>
        <translation>Una semana tranquila: ni mensajes, ni respuestas, ni prospectos calificados en esta campaña en los últimos 7 días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a campaign to see this chart</source>
        <translation>Elija una campaña para ver este gráfico</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartExporter.cpp" line="+86"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Kakiyo Desk chart</source>
        <translation>Gráfico de Kakiyo Desk</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Unknown export format</source>
        <translation>Formato de exportación desconocido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PNG scale must be 1, 2 or 3 (got %1)</source>
        <translation>La escala PNG debe ser 1, 2 o 3 (se recibió %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <location line="+7"/>
        <source>There is no chart to export</source>
        <translation>No hay ningún gráfico para exportar</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Could not encode the PNG image</source>
        <translation>No se pudo codificar la imagen PNG</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no chart to copy</source>
        <translation>No hay ningún gráfico para copiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No clipboard is available</source>
        <translation>No hay ningún portapapeles disponible</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chart copied to the clipboard</source>
        <translation>Gráfico copiado al portapapeles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no chart to print</source>
        <translation>No hay ningún gráfico para imprimir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing cancelled</source>
        <translation>Impresión cancelada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer could not be started</source>
        <translation>No se pudo iniciar la impresora</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chart sent to the printer</source>
        <translation>Gráfico enviado a la impresora</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No output file was given</source>
        <translation>No se indicó ningún archivo de salida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrote %1 (%2 bytes)</source>
        <translation>Se escribió %1 (%2 bytes)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/PrintPrompt.cpp" line="+21"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/library/FormErrors.cpp" line="+102"/>
        <source>Kakiyo rejected the input; correct the fields marked in red and try again.</source>
        <translation>Kakiyo rechazó los datos introducidos; corrija los campos marcados en rojo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/ErrorNotice.cpp" line="+20"/>
        <source>Kakiyo did not accept the API key (%1). Enter a valid key to continue.</source>
        <translation>Kakiyo no aceptó la clave de API (%1). Introduzca una clave válida para continuar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-enter key…</source>
        <translation>Volver a introducir la clave…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team&apos;s Kakiyo subscription is inactive, so the API refuses every call. Renew it in the Kakiyo dashboard.</source>
        <translation>La suscripción de Kakiyo del equipo está inactiva, por lo que la API rechaza todas las llamadas. Renuévela en el panel de Kakiyo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Open billing page</source>
        <translation>Abrir la página de facturación</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Out of credits: the API answered 402 and Kakiyo pauses the team&apos;s agents at zero credits. Background work is stopped until credits are added.</source>
        <translation>Sin créditos: la API respondió 402 y Kakiyo pausa los agentes del equipo al llegar a cero créditos. El trabajo en segundo plano se detiene hasta que se añadan créditos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rate limit reached: Kakiyo asked us to slow down. Retrying in %1 s.</source>
        <translation>Límite de frecuencia alcanzado: Kakiyo pidió reducir el ritmo. Nuevo intento en %1 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kakiyo cannot be reached (%1). Check the connection and retry.</source>
        <translation>No se puede contactar con Kakiyo (%1). Compruebe la conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Kakiyo did not answer in time. The service may be slow; retry in a moment.</source>
        <translation>Kakiyo no respondió a tiempo. Puede que el servicio esté lento; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kakiyo had a problem answering (HTTP %1). This is usually temporary.</source>
        <translation>Kakiyo tuvo un problema al responder (HTTP %1). Suele ser temporal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kakiyo sent an answer we could not read (%1). Retrying usually helps.</source>
        <translation>Kakiyo envió una respuesta que no se pudo leer (%1). Reintentar suele solucionarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to Kakiyo failed (%1). Nothing was sent.</source>
        <translation>Falló la conexión segura con Kakiyo (%1). No se envió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kakiyo refused this: %1</source>
        <translation>Kakiyo lo rechazó: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manage keys…</source>
        <translation>Gestionar claves…</translation>
    </message>
    <message>
        <location filename="../../models/api/ApiError.cpp" line="+74"/>
        <source>Kakiyo did not accept the API key; enter a valid key in the profile settings.</source>
        <translation>Kakiyo no aceptó la clave de API; introduzca una clave válida en la configuración del perfil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team&apos;s Kakiyo subscription is inactive; renew it in the Kakiyo dashboard to use the API again.</source>
        <translation>La suscripción de Kakiyo del equipo está inactiva; renuévela en el panel de Kakiyo para volver a usar la API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kakiyo refused this action for your team (not your resource or a plan limit reached); check the plan or pick another item.</source>
        <translation>Kakiyo rechazó esta acción para su equipo (no es un recurso suyo o se alcanzó un límite del plan); revise el plan o elija otro elemento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team is out of credits and Kakiyo pauses agents at zero; top up credits in the Kakiyo dashboard, then resume.</source>
        <translation>El equipo se quedó sin créditos y Kakiyo pausa los agentes al llegar a cero; recargue créditos en el panel de Kakiyo y luego reanude.</translation>
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
        <translation>Se alcanzó el límite de frecuencia de Kakiyo y Kakiyo pidió una espera inverosímil (%1 s); se abandonó la llamada, vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kakiyo&apos;s rate limit was reached; it asks to wait %1 before the next call, then try again.</source>
        <translation>Se alcanzó el límite de frecuencia de Kakiyo; Kakiyo pide esperar %1 antes de la siguiente llamada; después, vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kakiyo&apos;s rate limit was reached; wait a minute and try again.</source>
        <translation>Se alcanzó el límite de frecuencia de Kakiyo; espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kakiyo rejected the input (%1: %2); correct it and try again.</source>
        <translation>Kakiyo rechazó los datos (%1: %2); corríjalos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kakiyo rejected the request as invalid; correct the input and try again.</source>
        <translation>Kakiyo rechazó la solicitud por no ser válida; corrija los datos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The item no longer exists on Kakiyo; refresh the list.</source>
        <translation>El elemento ya no existe en Kakiyo; actualice la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item is busy or already exists on Kakiyo; refresh and try again later.</source>
        <translation>El elemento está ocupado o ya existe en Kakiyo; actualice e inténtelo más tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kakiyo had a server problem; try again in a few minutes.</source>
        <translation>Kakiyo tuvo un problema en el servidor; inténtelo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kakiyo could not be reached; check the internet connection and try again.</source>
        <translation>No se pudo contactar con Kakiyo; compruebe la conexión a internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kakiyo took too long to answer; try again, or later if it keeps happening.</source>
        <translation>Kakiyo tardó demasiado en responder; inténtelo de nuevo, o más tarde si sigue ocurriendo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to Kakiyo could not be verified; check the base URL and the system&apos;s certificates.</source>
        <translation>No se pudo verificar la conexión segura con Kakiyo; compruebe la URL base y los certificados del sistema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kakiyo sent an answer this version cannot read; try again, and update Kakiyo Desk if it persists.</source>
        <translation>Kakiyo envió una respuesta que esta versión no puede leer; inténtelo de nuevo y actualice Kakiyo Desk si persiste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was cancelled; start it again if you still need it.</source>
        <translation>La solicitud se canceló; vuelva a iniciarla si aún la necesita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection settings are unusable (%1); fix them in the profile settings.</source>
        <translation>La configuración de conexión no se puede usar (%1); corríjala en la configuración del perfil.</translation>
    </message>
    <message>
        <location filename="../../models/jobs/ProspectExport.cpp" line="+216"/>
        <location filename="../../models/live/JsonFile.cpp" line="+34"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../models/live/JsonFile.cpp" line="+7"/>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
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
        <translation>Informe de analítica de Kakiyo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kakiyo Desk analytics report</source>
        <translation>Informe de analítica de Kakiyo Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Analytics report</source>
        <translation>Informe de analítica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kakiyo team</source>
        <translation>Equipo de Kakiyo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>all stored history</source>
        <translation>todo el historial guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: %1</source>
        <translation>Período: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures of %1</source>
        <translation>Cifras del %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaign: %1</source>
        <translation>Campaña: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
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
        <translation>Métrica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change: since the stored snapshot of %1.</source>
        <translation>Variación: desde la instantánea guardada del %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaigns (continued)</source>
        <translation>Campañas (continuación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>No campaigns yet.</source>
        <translation>Aún no hay campañas.</translation>
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
        <translation>Definiciones</translation>
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
        <translation>Embudo de estados: etapa alcanzada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status funnel: conversion</source>
        <translation>Embudo de estados: conversión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates</source>
        <translation>Tasas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentages as reported by the Kakiyo API, two decimals. Changes of rates are in percentage points (pts).</source>
        <translation>Porcentajes tal como los informa la API de Kakiyo, con dos decimales. Las variaciones de las tasas se dan en puntos porcentuales (pts).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshots</source>
        <translation>Instantáneas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kakiyo Desk keeps one copy of the team overview per day it is refreshed; trends and period comparisons are drawn from these copies without extra API calls.</source>
        <translation>Kakiyo Desk guarda una copia del resumen del equipo por cada día en que se actualiza; las tendencias y las comparaciones de períodos se obtienen de estas copias sin llamadas adicionales a la API.</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <location filename="../../app/SettingsCommand.cpp" line="+24"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../../ui/settings/UiLanguage.cpp" line="+31"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
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
        <translation>cargando actividad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activity unavailable</source>
        <translation>actividad no disponible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no activity yet</source>
        <translation>aún no hay actividad</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Activity over %n day(s): %1 messages, %2 responses</source>
        <translation>
            <numerusform>Actividad en %n día: %1 mensajes, %2 respuestas</numerusform>
            <numerusform>Actividad en %n días: %1 mensajes, %2 respuestas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; messages&amp;nbsp; &lt;span style=&quot;color:%2&quot;&gt;■&lt;/span&gt; responses per day</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; mensajes&amp;nbsp; &lt;span style=&quot;color:%2&quot;&gt;■&lt;/span&gt; respuestas por día</translation>
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
        <translation type="unfinished">&amp;Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Campaign</source>
        <translation type="unfinished">Campaña</translation>
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
        <translation type="unfinished">URL del perfil de LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linkedin.com/in/username</source>
        <translation type="unfinished">linkedin.com/in/usuario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>LinkedIn &amp;URL</source>
        <translation type="unfinished">&amp;URL de LinkedIn</translation>
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
        <translation type="unfinished">%1 / %2 caracteres</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Kakiyo is importing the prospect (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a campaign</source>
        <translation type="unfinished">Elija una campaña</translation>
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
        <translation type="unfinished">Enviando…</translation>
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
        <translation>aún no cargado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>updated just now</source>
        <translation>actualizado ahora mismo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated 1 min ago</source>
        <translation>actualizado hace 1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated %1 min ago</source>
        <translation>actualizado hace %1 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>updated 1 h ago</source>
        <translation>actualizado hace 1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated %1 h ago</source>
        <translation>actualizado hace %1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated yesterday</source>
        <translation>actualizado ayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated %1 days ago</source>
        <translation>actualizado hace %1 días</translation>
    </message>
</context>
<context>
    <name>kakiyo::AgentLimitsDialog</name>
    <message>
        <location filename="../../ui/agents/AgentLimitsDialog.cpp" line="+55"/>
        <source>Edit agent — %1</source>
        <translation>Editar agente — %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Minimum invitations per day</source>
        <translation>Mínimo de invitaciones por día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum invitations per day</source>
        <translation>Máximo de invitaciones por día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum messages per day</source>
        <translation>Mínimo de mensajes por día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum messages per day</source>
        <translation>Máximo de mensajes por día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invitations per day</source>
        <translation>&amp;Invitaciones por día</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <location line="+26"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+10"/>
        <source>The minimum</source>
        <translation>El mínimo</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>The maximum</source>
        <translation>El máximo</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>⚠ More than %1 invitations a day puts the LinkedIn account at risk; Kakiyo recommends staying at or below %1.</source>
        <translation>⚠ Más de %1 invitaciones al día ponen en riesgo la cuenta de LinkedIn; Kakiyo recomienda no superar %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Messages per day</source>
        <translation>&amp;Mensajes por día</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Working &amp;days</source>
        <translation>&amp;Días laborables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days</source>
        <translation>Días laborables</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working hours start</source>
        <translation>Inicio del horario laboral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours end</source>
        <translation>Fin del horario laboral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working &amp;hours</source>
        <translation>&amp;Horario laboral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start</source>
        <translation>El inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end</source>
        <translation>El fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (set in the Kakiyo dashboard)</source>
        <translation>%1 (se define en el panel de Kakiyo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timezone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t message people already in the network</source>
        <translation>No enviar mensajes a personas que ya están en la red</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only send invitations (no follow-up messages)</source>
        <translation>Solo enviar invitaciones (sin mensajes de seguimiento)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+65"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Save the agent&apos;s limits, hours and settings</source>
        <translation>Guardar los límites, el horario y la configuración del agente</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>must be later than the start</source>
        <translation>debe ser posterior al inicio</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>kakiyo::AgentListModel</name>
    <message>
        <location filename="../../models/AgentListModel.cpp" line="+37"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setup needed</source>
        <translation>Requiere configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login needed</source>
        <translation>Requiere inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
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
        <translation>lun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>dom</translation>
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
        <translation>(agente sin nombre)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 alerts: %2</source>
        <translation>%1 alertas: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 invitations sent today; daily limit %2–%3</source>
        <translation>%1 invitaciones enviadas hoy; límite diario %2–%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 messages sent today; daily limit %2–%3</source>
        <translation>%1 mensajes enviados hoy; límite diario %2–%3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Invitations sent today / the daily maximum</source>
        <translation>Invitaciones enviadas hoy / máximo diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages sent today / the daily maximum</source>
        <translation>Mensajes enviados hoy / máximo diario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next task</source>
        <translation>Próxima tarea</translation>
    </message>
</context>
<context>
    <name>kakiyo::AgentSetupDialog</name>
    <message>
        <location filename="../../ui/agents/AgentSetupDialog.cpp" line="+36"/>
        <source>new agent</source>
        <translation>nuevo agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect LinkedIn — %1</source>
        <translation>Conectar LinkedIn — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kakiyo logs in to LinkedIn with these credentials for “%1”. The password is sent once to Kakiyo and is not kept by Kakiyo Desk.</source>
        <translation>Kakiyo inicia sesión en LinkedIn con estas credenciales para “%1”. La contraseña se envía una sola vez a Kakiyo y Kakiyo Desk no la guarda.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>LinkedIn login e-mail</source>
        <translation>Correo de inicio de sesión de LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn &amp;e-mail</source>
        <translation>&amp;Correo de LinkedIn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LinkedIn password</source>
        <translation>Contraseña de LinkedIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 6 characters</source>
        <translation>Al menos 6 caracteres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password</source>
        <translation>Contra&amp;seña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country of the LinkedIn account</source>
        <translation>País de la cuenta de LinkedIn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+47"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Connect the LinkedIn account</source>
        <translation>Conectar la cuenta de LinkedIn</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
The password is not kept: type it again to retry.</source>
        <translation>%1
La contraseña no se guarda: escríbala de nuevo para volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>kakiyo::AgentsPage</name>
    <message>
        <location filename="../../ui/agents/AgentsPage.cpp" line="+7"/>
        <location line="+59"/>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+26"/>
        <source>New agent…</source>
        <translation>Nuevo agente…</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Create an agent, then connect a LinkedIn account to it</source>
        <translation>Cree un agente y luego conéctele una cuenta de LinkedIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause agent</source>
        <translation>Pausar agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the selected agent&apos;s invitations and messages (running agents)</source>
        <translation>Detener las invitaciones y mensajes del agente seleccionado (agentes en curso)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume agent</source>
        <translation>Reanudar agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the selected agent again (paused agents without alerts)</source>
        <translation>Volver a iniciar el agente seleccionado (agentes en pausa sin alertas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit agent…</source>
        <translation>Editar agente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily limits, working hours and settings of the selected agent</source>
        <translation>Límites diarios, horario laboral y configuración del agente seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up / reconnect…</source>
        <translation>Configurar / reconectar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect the LinkedIn login (agents that need setup or a new login)</source>
        <translation>Conectar el inicio de sesión de LinkedIn (agentes que requieren configuración o un nuevo inicio de sesión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relaunch agent…</source>
        <translation>Relanzar agente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset an ended agent to “Setup needed” (its id stays)</source>
        <translation>Restablecer un agente finalizado a “Requiere configuración” (conserva su ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete agent…</source>
        <translation>Eliminar agente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete an ended agent with its campaigns and statistics</source>
        <translation>Eliminar un agente finalizado con sus campañas y estadísticas</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+446"/>
        <source>New agent</source>
        <translation>Nuevo agente</translation>
    </message>
    <message>
        <location line="-420"/>
        <location line="+199"/>
        <source>Select an agent to see its usage, hours and settings.</source>
        <translation>Seleccione un agente para ver su uso, horario y configuración.</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+2"/>
        <source>Invitations today</source>
        <translation>Invitaciones hoy</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Messages today</source>
        <translation>Mensajes hoy</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>This agent no longer exists on Kakiyo; the list has been refreshed.</source>
        <translation>Este agente ya no existe en Kakiyo; se ha actualizado la lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s details could not be read: %1</source>
        <translation>No se pudieron leer los detalles del agente: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No agents yet. Create one with “New agent…”, then connect a LinkedIn account.</source>
        <translation>Aún no hay agentes. Cree uno con “Nuevo agente…” y luego conecte una cuenta de LinkedIn.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Invitations / day</source>
        <translation>Invitaciones / día</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Messages / day</source>
        <translation>Mensajes / día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invitations in total</source>
        <translation>Invitaciones en total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages in total</source>
        <translation>Mensajes en total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next invitation</source>
        <translation>Próxima invitación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next message</source>
        <translation>Próximo mensaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working days</source>
        <translation>Días laborables</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours</source>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 (%3)</source>
        <translation>%1 a %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip people in network</source>
        <translation>Omitir personas de la red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations only</source>
        <translation>Solo invitaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This agent has ended. Relaunch it to connect a LinkedIn account again, or delete it together with its campaigns.</source>
        <translation>Este agente ha finalizado. Reláncelo para volver a conectar una cuenta de LinkedIn, o elimínelo junto con sus campañas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect a LinkedIn account (“Set up / reconnect…”) to start this agent.</source>
        <translation>Conecte una cuenta de LinkedIn (“Configurar / reconectar…”) para iniciar este agente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn asks for the login again or for a verification code: reconnect the agent.</source>
        <translation>LinkedIn pide iniciar sesión de nuevo o un código de verificación: reconecte el agente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kakiyo is logging in to LinkedIn; the status changes in a moment.</source>
        <translation>Kakiyo está iniciando sesión en LinkedIn; el estado cambiará en un momento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kakiyo resumes an agent only when it has no active alerts.</source>
        <translation>Kakiyo solo reanuda un agente cuando no tiene alertas activas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relaunch and delete are possible once the agent has ended.</source>
        <translation>Relanzar y eliminar son posibles una vez que el agente ha finalizado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this agent</source>
        <translation>este agente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its status is “%1”. %2</source>
        <translation>su estado es “%1”. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action is not allowed in this status.</source>
        <translation>La acción no está permitida en este estado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prospects are still being imported into one of its campaigns. Wait for the imports to finish, then try again.</source>
        <translation>todavía se están importando prospectos en una de sus campañas. Espere a que terminen las importaciones e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has active alerts%1. Resolve them first (reconnect the LinkedIn login if it asks for one).</source>
        <translation>tiene alertas activas%1. Resuélvalas primero (reconecte el inicio de sesión de LinkedIn si lo pide).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it no longer exists on Kakiyo. The list has been refreshed.</source>
        <translation>ya no existe en Kakiyo. Se ha actualizado la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this API key may not change it.</source>
        <translation>esta clave de API no puede modificarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kakiyo refused to %1 %2: %3</source>
        <translation>Kakiyo se negó a %1 %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pausing…</source>
        <translation>Pausando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resuming…</source>
        <translation>Reanudando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pause</source>
        <translation>pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resume</source>
        <translation>reanudar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agent paused.</source>
        <translation>Agente en pausa.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent resumed.</source>
        <translation>Agente reanudado.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Limits, hours and settings saved.</source>
        <translation>Límites, horario y configuración guardados.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Logging in to LinkedIn as %1… The status updates in a moment.</source>
        <translation>Iniciando sesión en LinkedIn como %1… El estado se actualizará en un momento.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Create a new agent?

Kakiyo adds an empty LinkedIn profile in “Setup needed”; it counts towards your plan&apos;s agent limit. Next you connect a LinkedIn account to it.</source>
        <translation>¿Crear un agente nuevo?

Kakiyo añade un perfil de LinkedIn vacío en “Requiere configuración”; cuenta para el límite de agentes de su plan. Después le conecta una cuenta de LinkedIn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating an agent…</source>
        <translation>Creando un agente…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kakiyo refused to create an agent: %1. Your plan&apos;s agent limit is probably reached; delete an agent that has ended or upgrade the plan.</source>
        <translation>Kakiyo se negó a crear un agente: %1. Probablemente se alcanzó el límite de agentes de su plan; elimine un agente finalizado o mejore el plan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agent created. Connect a LinkedIn account to start it.</source>
        <translation>Agente creado. Conecte una cuenta de LinkedIn para iniciarlo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Relaunch agent</source>
        <translation>Relanzar agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relaunch “%1”?

Kakiyo resets it to “Setup needed”: its LinkedIn login, browser profile, alerts and pending tasks are cleared. Its id, campaigns and statistics stay. You then connect a LinkedIn account again.</source>
        <translation>¿Relanzar “%1”?

Kakiyo lo restablece a “Requiere configuración”: se borran su inicio de sesión de LinkedIn, su perfil de navegador, sus alertas y sus tareas pendientes. Se conservan su ID, sus campañas y sus estadísticas. Después vuelve a conectar una cuenta de LinkedIn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>relaunch</source>
        <translation>relanzar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” relaunched. Connect a LinkedIn account to start it again.</source>
        <translation>“%1” relanzado. Conecte una cuenta de LinkedIn para volver a iniciarlo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete agent</source>
        <translation>Eliminar agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1” for good?

This deletes the agent, all of its campaigns with their prospects and conversations, and its usage statistics. It cannot be undone.</source>
        <translation>¿Eliminar “%1” definitivamente?

Se eliminarán el agente, todas sus campañas con sus prospectos y conversaciones, y sus estadísticas de uso. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delete</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” deleted with its campaigns.</source>
        <translation>“%1” eliminado junto con sus campañas.</translation>
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
        <translation type="unfinished">Descartar</translation>
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
        <translation type="unfinished">Alertas</translation>
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
        <translation>Prospectos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualified</source>
        <translation>Calificados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualification rate</source>
        <translation>Tasa de calificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages per prospect</source>
        <translation>Mensajes por prospecto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prospects in all campaigns of the team</source>
        <translation>Prospectos en todas las campañas del equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages sent by the team&apos;s agents</source>
        <translation>Mensajes enviados por los agentes del equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects who answered at least once</source>
        <translation>Prospectos que respondieron al menos una vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects marked qualified</source>
        <translation>Prospectos marcados como calificados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies ÷ prospects × 100</source>
        <translation>Respuestas ÷ prospectos × 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualified ÷ prospects × 100</source>
        <translation>Calificados ÷ prospectos × 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualified ÷ replies × 100</source>
        <translation>Calificados ÷ respuestas × 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages ÷ prospects</source>
        <translation>Mensajes ÷ prospectos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1%2 pts</source>
        <translation>%1%2 pts</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Since the previous snapshot: %1</source>
        <translation>Desde la instantánea anterior: %1</translation>
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
        <translation>Métrica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
</context>
<context>
    <name>kakiyo::AnalyticsModel</name>
    <message>
        <location filename="../../models/AnalyticsModel.cpp" line="+33"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <location line="+24"/>
        <source>Prospects</source>
        <translation>Prospectos</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+297"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="-320"/>
        <location line="+16"/>
        <source>Replies</source>
        <translation>Respuestas</translation>
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
        <translation>Calificados</translation>
    </message>
    <message>
        <location line="-319"/>
        <location line="+16"/>
        <source>Response rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+296"/>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached stage</source>
        <translation>Etapa alcanzada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In this status now</source>
        <translation>En este estado ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects whose conversation is in this status now (the API&apos;s statusDistribution)</source>
        <translation>Prospectos cuya conversación está ahora en este estado (statusDistribution de la API)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From previous stage</source>
        <translation>Desde la etapa anterior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Prospects who reached at least this stage: the prospects in this status plus those in every later one (pending → contacted → responded → qualified → closed)</source>
        <translation>Prospectos que alcanzaron al menos esta etapa: los prospectos en este estado más los de todas las posteriores (pendiente → contactado → con respuesta → calificado → cerrado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prospects who reached this stage ÷ prospects who reached the stage before × 100 (never above 100 %)</source>
        <translation>Prospectos que alcanzaron esta etapa ÷ prospectos que alcanzaron la etapa anterior × 100 (nunca más del 100 %)</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>prospects</source>
        <translation type="unfinished">prospectos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week</source>
        <translation>Última semana</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+22"/>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Contacted</source>
        <translation>Contactados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responded</source>
        <translation>Con respuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Disqualified</source>
        <translation>Descalificados</translation>
    </message>
</context>
<context>
    <name>kakiyo::AnalyticsModelLoader</name>
    <message>
        <location filename="../../models/jobs/AnalyticsModelLoader.cpp" line="+49"/>
        <source>The %1 answer was not understood (%2)</source>
        <translation>No se entendió la respuesta de la %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the %1: %2</source>
        <translation>No se pudo cargar la %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>team analytics</source>
        <translation>analítica del equipo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>campaign analytics</source>
        <translation>analítica de la campaña</translation>
    </message>
</context>
<context>
    <name>kakiyo::AnalyticsPage</name>
    <message>
        <location filename="../../ui/analytics/AnalyticsPage.cpp" line="+23"/>
        <source>Analytics</source>
        <translation>Analítica</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Export the per-sender table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export analytics report</source>
        <translation>Exportar informe de analítica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1; %2 pages</source>
        <translation>%1; %2 páginas</translation>
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
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Campaign whose daily activity, funnel and breakdown are shown</source>
        <translation>Campaña cuya actividad diaria, embudo y desglose se muestran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One PDF with the KPIs, every chart, the campaign table and the definitions</source>
        <translation>Un PDF con los KPI, todos los gráficos, la tabla de campañas y las definiciones</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Campaign:</source>
        <translation>Campaña:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+345"/>
        <source>Team overview</source>
        <translation>Resumen del equipo</translation>
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
        <translation>Tabla comparativa de campañas</translation>
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
        <translation type="unfinished">aún no cargado</translation>
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
        <translation>Aún no hay datos: actualice para cargar la analítica del equipo</translation>
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
        <translation>Cifras del %1; variaciones desde la instantánea del %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures of %1; changes appear once an earlier day is stored</source>
        <translation>Cifras del %1; las variaciones aparecen cuando se guarda un día anterior</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a campaign</source>
        <translation>Elija una campaña</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Campaign: %1</source>
        <translation>Campaña: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign — choose one above</source>
        <translation>Campaña: elija una arriba</translation>
    </message>
</context>
<context>
    <name>kakiyo::ApiKey</name>
    <message>
        <location filename="../../models/store/ApiKey.cpp" line="+47"/>
        <source>Enter an API key.</source>
        <translation>Introduzca una clave de API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An API key has no spaces or line breaks.</source>
        <translation>Una clave de API no tiene espacios ni saltos de línea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An API key has only letters and digits.</source>
        <translation>Una clave de API solo tiene letras y dígitos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An API key has %1 characters; this one has %2.</source>
        <translation>Una clave de API tiene %1 caracteres; esta tiene %2.</translation>
    </message>
</context>
<context>
    <name>kakiyo::Banner</name>
    <message>
        <location filename="../../ui/shell/Banner.cpp" line="+70"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss notice</source>
        <translation>Descartar aviso</translation>
    </message>
</context>
<context>
    <name>kakiyo::BulkActionDialog</name>
    <message>
        <location filename="../../ui/prospects/BulkActionDialog.cpp" line="+55"/>
        <source>%1 prospects</source>
        <translation>%1 prospectos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting cannot be undone; the API refuses prospects whose conversation is active.</source>
        <translation>La eliminación no se puede deshacer; la API rechaza los prospectos cuya conversación está activa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Result per prospect</source>
        <translation>Resultado por prospecto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy results</source>
        <translation>Copiar resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as CSV…</source>
        <translation>Guardar como CSV…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelling after the call in flight…</source>
        <translation>Cancelando tras la llamada en curso…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the rest</source>
        <translation>Cancelar el resto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save results</source>
        <translation>Guardar resultados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>kakiyo::Cache</name>
    <message>
        <location filename="../../models/store/Cache.cpp" line="+90"/>
        <source>The cache file was damaged and has been replaced by an empty one (%1).</source>
        <translation>El archivo de caché estaba dañado y se ha sustituido por uno vacío (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache file was damaged and has been replaced by an empty one; the old file was kept as %1.</source>
        <translation>El archivo de caché estaba dañado y se ha sustituido por uno vacío; el archivo anterior se conservó como %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache could not be stored on disk (%1); answers are kept in memory for this session only.</source>
        <translation>No se pudo guardar la caché en el disco (%1); las respuestas se conservan en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <location line="+130"/>
        <location line="+19"/>
        <source>Could not remove %1.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A snapshot needs a valid day.</source>
        <translation>Una instantánea necesita un día válido.</translation>
    </message>
</context>
<context>
    <name>kakiyo::CampaignCard</name>
    <message>
        <location filename="../../ui/campaigns/CampaignCard.cpp" line="+42"/>
        <source>Campaign %1</source>
        <translation>Campaña %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>prospects</source>
        <translation>prospectos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replies</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qualified</source>
        <translation>calificados</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Response %1 % · Conversion %2 %</source>
        <translation>Respuesta %1 % · Conversión %2 %</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Activity of %1</source>
        <translation>Actividad de %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause %1</source>
        <translation>Pausar %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume %1</source>
        <translation>Reanudar %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details, statistics and prospects</source>
        <translation>Detalles, estadísticas y prospectos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of %1</source>
        <translation>Detalles de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import leads… (or drop a .csv file on the card)</source>
        <translation>Importar leads… (o suelte un archivo .csv en la tarjeta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import leads into %1</source>
        <translation>Importar leads en %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>kakiyo::CampaignDetailsPanel</name>
    <message>
        <location filename="../../ui/campaigns/CampaignDetailsPanel.cpp" line="+60"/>
        <location line="+34"/>
        <source>Campaign details</source>
        <translation>Detalles de la campaña</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Import leads…</source>
        <translation>Importar leads…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import leads into this campaign</source>
        <translation>Importar leads en esta campaña</translation>
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
        <translation>Cerrar los detalles</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>prospects</source>
        <translation>prospectos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replied</source>
        <translation>respondieron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages sent</source>
        <translation>mensajes enviados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qualified</source>
        <translation>calificados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>cerrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response rate</source>
        <translation>tasa de respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversion rate</source>
        <translation>tasa de conversión</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Daily activity</source>
        <translation>Actividad diaria</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Statistics</source>
        <translation>E&amp;stadísticas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conversation status</source>
        <translation>Estado de la conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused or not</source>
        <translation>En pausa o no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused only</source>
        <translation>Solo en pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not paused</source>
        <translation>Sin pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Responded</source>
        <translation>Con respuesta</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Responded or not</source>
        <translation>Con o sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response yet</source>
        <translation>Aún sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prospects of the campaign</source>
        <translation>Prospectos de la campaña</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Prospects</source>
        <translation>&amp;Prospectos</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Loading the campaign&apos;s statistics…</source>
        <translation>Cargando las estadísticas de la campaña…</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The statistics could not be loaded (%1); the figures shown are the campaign list&apos;s.</source>
        <translation>No se pudieron cargar las estadísticas (%1); las cifras mostradas son las de la lista de campañas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Statistics %1.</source>
        <translation>Estadísticas %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>loaded %1</source>
        <translation>%1 cargados</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · loading more…</source>
        <translation> · cargando más…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · more available (scroll down)</source>
        <translation> · hay más (desplácese hacia abajo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no prospects match these filters</source>
        <translation>ningún prospecto coincide con estos filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · all of them</source>
        <translation> · todos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · the next page failed: %1</source>
        <translation> · falló la página siguiente: %1</translation>
    </message>
</context>
<context>
    <name>kakiyo::CampaignDialog</name>
    <message>
        <location filename="../../ui/campaigns/CampaignDialog.cpp" line="+35"/>
        <source>Edit campaign</source>
        <translation>Editar campaña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 to 100 characters</source>
        <translation>De 3 a 100 caracteres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Product</source>
        <translation>&amp;Producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rompt</source>
        <translation>P&amp;rompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agent</source>
        <translation>&amp;Agente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product, prompt and agent cannot be changed after creation.</source>
        <translation>El producto, el prompt y el agente no se pueden cambiar después de la creación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic qualification threshold</source>
        <translation>Umbral de calificación automática</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Manual verification threshold</source>
        <translation>Umbral de verificación manual</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>qualify at</source>
        <translation>calificar desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review from</source>
        <translation>revisar desde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qualification</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt variables</source>
        <translation>Variables del prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Add a variable</source>
        <translation>Añadir una variable</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Remove the selected variable</source>
        <translation>Quitar la variable seleccionada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Don&apos;t start automatically (stays paused until resumed)</source>
        <translation>No iniciar automáticamente (queda en pausa hasta que se reanude)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(kept as created)</source>
        <translation>(se mantiene como se creó)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(could not load: %1)</source>
        <translation>(no se pudo cargar: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none yet)</source>
        <translation>(aún ninguno)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the review threshold must not be above the qualification threshold</source>
        <translation>el umbral de revisión no debe superar el umbral de calificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading products, prompts and agents…</source>
        <translation>cargando productos, prompts y agentes…</translation>
    </message>
</context>
<context>
    <name>kakiyo::CampaignListModel</name>
    <message>
        <location filename="../../models/CampaignListModel.cpp" line="+22"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Desconocida</translation>
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
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects</source>
        <translation>Prospectos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualified</source>
        <translation>Calificados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
</context>
<context>
    <name>kakiyo::CampaignsPage</name>
    <message>
        <location filename="../../ui/campaigns/CampaignsPage.cpp" line="+35"/>
        <location line="+76"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+5"/>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show as cards</source>
        <translation>Mostrar como tarjetas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+439"/>
        <source>Pause first</source>
        <translation>Pausar primero</translation>
    </message>
    <message>
        <location line="-436"/>
        <source>Pause the campaign first</source>
        <translation>Pause primero la campaña</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Campaigns: import leads into the selected campaign…</source>
        <translation>Campañas: importar leads en la campaña seleccionada…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a campaign first: click its card or its row.</source>
        <translation>Seleccione primero una campaña: haga clic en su tarjeta o en su fila.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaigns: show or hide the details panel</source>
        <translation>Campañas: mostrar u ocultar el panel de detalles</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Importing leads into “%1”…</source>
        <translation>Importando leads en “%1”…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1 into “%2”…</source>
        <translation>Importando %1 en “%2”…</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Creating “%1”…</source>
        <translation>Creando “%1”…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was not created: %2</source>
        <translation>“%1” no se creó: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaign “%1” created.</source>
        <translation>Campaña “%1” creada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign saved.</source>
        <translation>Campaña guardada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” was not %2: %3</source>
        <translation>No se pudo %2 “%1”: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resumed</source>
        <translation>reanudar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” paused.</source>
        <translation>“%1” en pausa.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” resumed.</source>
        <translation>“%1” reanudada.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” is active, and Kakiyo refuses to delete an active campaign: pause it first, then delete it.

Pause “%1” now?</source>
        <translation>“%1” está activa y Kakiyo no elimina una campaña activa: páusela primero y luego elimínela.

¿Pausar “%1” ahora?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete campaign</source>
        <translation>Eliminar campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”? This removes its %2 prospects, their conversations and its statistics. It cannot be undone.</source>
        <translation>¿Eliminar “%1”? Se quitarán sus %2 prospectos, sus conversaciones y sus estadísticas. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleting “%1”…</source>
        <translation>Eliminando “%1”…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kakiyo refused to delete “%1”: it is still active. Pause it first, then delete it.</source>
        <translation>Kakiyo se negó a eliminar “%1”: todavía está activa. Páusela primero y luego elimínela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was not deleted: %2</source>
        <translation>“%1” no se eliminó: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” deleted.</source>
        <translation>“%1” eliminada.</translation>
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
        <translation>Aún no hay datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save, copy or print this chart</source>
        <translation>Guardar, copiar o imprimir este gráfico</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save as PNG (1×)…</source>
        <translation>Guardar como PNG (1×)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PNG (2×)…</source>
        <translation>Guardar como PNG (2×)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PNG (3×)…</source>
        <translation>Guardar como PNG (3×)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as SVG…</source>
        <translation>Guardar como SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save numbers as CSV…</source>
        <translation>Guardar los datos como CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>“%1” has no data yet; nothing to export</source>
        <translation>“%1” aún no tiene datos; no hay nada que exportar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export “%1”</source>
        <translation>Exportar “%1”</translation>
    </message>
</context>
<context>
    <name>kakiyo::ChartExport</name>
    <message>
        <location filename="../../ui/charts/ChartExport.cpp" line="+31"/>
        <source>Run `kakiyo-desk export --help` for the options.</source>
        <translation>Ejecute `kakiyo-desk export --help` para ver las opciones.</translation>
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

Código de salida: 0 escrito, 2 uso incorrecto, 1 cualquier otro error (no queda nada escrito a medias).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No output file: give -o FILE.</source>
        <translation>No hay archivo de salida: indique -o ARCHIVO.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use either --report or --chart, not both.</source>
        <translation>Use --report o --chart, no ambos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A report is a PDF; got format “%1”.</source>
        <translation>Un informe es un PDF; se indicó el formato “%1”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name a chart with --chart NAME, or ask for --report.</source>
        <translation>Indique un gráfico con --chart NOMBRE o pida --report.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown chart “%1”. Charts: %2</source>
        <translation>Gráfico desconocido “%1”. Gráficos: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown format “%1”: use png, svg, pdf or csv.</source>
        <translation>Formato desconocido “%1”: use png, svg, pdf o csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--scale must be 1, 2 or 3 (got %1).</source>
        <translation>--scale debe ser 1, 2 o 3 (se indicó %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--scale applies to PNG only.</source>
        <translation>--scale solo se aplica a PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--paper applies to PDF only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chart size is too small.</source>
        <translation>El tamaño del gráfico es demasiado pequeño.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1; %2 pages</source>
        <translation>%1; %2 páginas</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>The chart “%1” is drawn for one campaign: add --campaign ID.</source>
        <translation>El gráfico “%1” se dibuja para una sola campaña: añada --campaign ID.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The chart “%1” has no data yet; nothing was written.</source>
        <translation>El gráfico “%1” aún no tiene datos; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+26"/>
        <source>Interrupted.</source>
        <translation>Interrumpido.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The Kakiyo API did not answer within %1 s.</source>
        <translation>La API de Kakiyo no respondió en %1 s.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>kakiyo::CommandPalette</name>
    <message>
        <location filename="../../ui/shell/CommandPalette.cpp" line="+40"/>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type a command…</source>
        <translation>Escriba un comando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command filter</source>
        <translation>Filtro de comandos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matching commands</source>
        <translation>Comandos coincidentes</translation>
    </message>
</context>
<context>
    <name>kakiyo::ConversationModel</name>
    <message>
        <location filename="../../models/ConversationModel.cpp" line="+60"/>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualify</source>
        <translation>Calificar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save custom data</source>
        <translation>Guardar datos personalizados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resumed</source>
        <translation>Reanudado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Qualified</source>
        <translation>Calificado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Custom data is limited to %1 characters (this is %2).</source>
        <translation>Los datos personalizados están limitados a %1 caracteres (estos tienen %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Custom data saved</source>
        <translation>Datos personalizados guardados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This conversation names no prospect id.</source>
        <translation>Esta conversación no indica ningún ID de prospecto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The API refuses to delete a prospect whose conversation is still active. Pause it first, or wait until it ends. (%1)</source>
        <translation>La API no elimina un prospecto cuya conversación sigue activa. Páusela primero o espere a que termine. (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prospect deleted</source>
        <translation>Prospecto eliminado</translation>
    </message>
</context>
<context>
    <name>kakiyo::ConversationView</name>
    <message>
        <location filename="../../ui/prospects/ConversationView.cpp" line="+31"/>
        <source>Save custom data</source>
        <translation>Guardar datos personalizados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualify</source>
        <translation>Calificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom data the agent may use (up to %L1 characters)</source>
        <translation>Datos personalizados que el agente puede usar (hasta %L1 caracteres)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Custom data</source>
        <translation>Datos personalizados</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 failed: %2</source>
        <translation>Falló %1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete prospect</source>
        <translation>Eliminar prospecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 and their conversation? This cannot be undone. The API refuses while the conversation is active.</source>
        <translation>¿Eliminar a %1 y su conversación? No se puede deshacer. La API lo rechaza mientras la conversación esté activa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;i&gt;Select a prospect to see the conversation.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione un prospecto para ver la conversación.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>LinkedIn profile</source>
        <translation>Perfil de LinkedIn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opens the profile in your browser</source>
        <translation>Abre el perfil en su navegador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign: %1 · Status: %2 · Qualification: %3 · %4</source>
        <translation>Campaña: %1 · Estado: %2 · Calificación: %3 · %4</translation>
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
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;i&gt;No messages yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aún no hay mensajes.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%L1 / %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over the API&apos;s limit: shorten it to save</source>
        <translation>Supera el límite de la API: acórtelo para guardar</translation>
    </message>
</context>
<context>
    <name>kakiyo::CreateDialog</name>
    <message>
        <location filename="../../ui/library/CreateDialog.cpp" line="+32"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Not created</source>
        <translation>No creado</translation>
    </message>
</context>
<context>
    <name>kakiyo::CurrentWorkspace</name>
    <message>
        <location filename="../../models/store/CurrentWorkspace.cpp" line="+24"/>
        <source>All (team)</source>
        <translation>Todos (equipo)</translation>
    </message>
</context>
<context>
    <name>kakiyo::DateRangeBar</name>
    <message>
        <location filename="../../ui/analytics/DateRangeBar.cpp" line="+38"/>
        <source>All history</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period shown; compares stored daily snapshots, costs no API calls</source>
        <translation>Período mostrado; compara instantáneas diarias guardadas, sin coste de llamadas a la API</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>all stored history</source>
        <translation>todo el historial guardado</translation>
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
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch workspace…</source>
        <translation>Cambiar de espacio de trabajo…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no profile named “%1”. Connect to create it.</source>
        <translation>No existe ningún perfil llamado “%1”. Conéctese para crearlo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connecting to “%1”…</source>
        <translation>Conectando con “%1”…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No key is stored for “%1” yet. Enter it to connect.</source>
        <translation>Todavía no hay ninguna clave guardada para “%1”. Introdúzcala para conectarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key of “%1” could not be read from secure storage: %2 Re-enter the key to connect.</source>
        <translation>No se pudo leer la clave de “%1” del almacenamiento seguro: %2 Vuelva a introducir la clave para conectarse.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Demo team</source>
        <translation>Equipo de demostración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo could not start: %1</source>
        <translation>No se pudo iniciar la demostración: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>demo server stopped</source>
        <translation>servidor de demostración detenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo server stopped (%1). Restart the demo to continue.</source>
        <translation>El servidor de demostración se detuvo (%1). Reinicie la demostración para continuar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart demo</source>
        <translation>Reiniciar demostración</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>New campaign…</source>
        <translation>Nueva campaña…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Campaigns: switch cards / table</source>
        <translation>Campañas: alternar tarjetas / tabla</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear cached answers of this profile</source>
        <translation>Borrar las respuestas en caché de este perfil</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unreachable</source>
        <translation>inaccesible</translation>
    </message>
</context>
<context>
    <name>kakiyo::DeskStatusBar</name>
    <message>
        <location filename="../../ui/shell/DeskStatusBar.cpp" line="+21"/>
        <source>Profile and workspace</source>
        <translation>Perfil y espacio de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage today</source>
        <translation>Uso de hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request queue</source>
        <translation>Cola de solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>9999 calls today · 9999 credits</source>
        <translation>9999 llamadas hoy · 9999 créditos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No profile</source>
        <translation>Sin perfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not connected</source>
        <translation>no conectado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 call today</source>
        <translation>1 llamada hoy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 calls today</source>
        <translation>%L1 llamadas hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %L1 credits</source>
        <translation> · %L1 créditos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>queue empty</source>
        <translation>cola vacía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 queued</source>
        <translation>%L1 en cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · sending</source>
        <translation> · enviando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · next in %L1 s</source>
        <translation> · siguiente en %L1 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · budget %L1/%L2</source>
        <translation> · presupuesto %L1/%L2</translation>
    </message>
    <message>
        <location line="-29"/>
        <source> · 1 credit</source>
        <translation> · 1 crédito</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>offline</source>
        <translation>sin conexión</translation>
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
        <translation type="unfinished">Alertas</translation>
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
        <translation type="unfinished">Salir</translation>
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
        <translation>1 llamada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 calls</source>
        <translation>%1 llamadas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add many to Do Not Contact</source>
        <translation>Añadir varios a No contactar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste LinkedIn profile URLs, one per line, or import a CSV file. Nothing is sent until you press Add.</source>
        <translation>Pegue URL de perfiles de LinkedIn, una por línea, o importe un archivo CSV. No se envía nada hasta que pulse Añadir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LinkedIn URLs, one per line</source>
        <translation>URL de LinkedIn, una por línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://www.linkedin.com/in/jane-doe/
linkedin.com/in/john-smith
…</source>
        <translation>https://www.linkedin.com/in/maria-garcia/
linkedin.com/in/juan-perez
…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;URL column:</source>
        <translation>Columna de &amp;URL:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column with the LinkedIn URLs</source>
        <translation>Columna con las URL de LinkedIn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste &amp;instead</source>
        <translation>&amp;Pegar en su lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use pasted URLs instead of the file</source>
        <translation>Usar las URL pegadas en lugar del archivo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview summary</source>
        <translation>Resumen de la vista previa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of each line</source>
        <translation>Vista previa de cada línea</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Calls sent</source>
        <translation>Llamadas enviadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m calls</source>
        <translation>%v de %m llamadas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import &amp;CSV…</source>
        <translation>Importar &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a CSV file</source>
        <translation>Importar un archivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after the call in progress</source>
        <translation>Detener tras la llamada en curso</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2; the URLs were found in “%3”.</source>
        <translation>%1 — %2; las URL se encontraron en “%3”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2; no column looks like LinkedIn URLs: pick the one that holds them.</source>
        <translation>%1 — %2; ninguna columna parece contener URL de LinkedIn: elija la que las contiene.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import URLs from a CSV file</source>
        <translation>Importar URL desde un archivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The chosen column has no values.</source>
        <translation>La columna elegida no tiene valores.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing pasted yet.</source>
        <translation>Aún no se ha pegado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 valid · %2 invalid · %3 · %4 already on the list.</source>
        <translation>%1 válidas · %2 no válidas · %3 · %4 ya en la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 duplicate</source>
        <translation>1 duplicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 duplicates</source>
        <translation>%1 duplicadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adding them takes %1 (at most %2 URLs per call; batch calls are limited to 10 a minute).</source>
        <translation>Añadirlas requiere %1 (como máximo %2 URL por llamada; las llamadas por lotes están limitadas a 10 por minuto).</translation>
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
        <translation>La lista aún no se ha cargado, así que no se sabe cuáles “ya están en la lista”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add %1 (%2)</source>
        <translation>&amp;Añadir %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 URL</source>
        <translation>1 URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 URLs</source>
        <translation>%1 URL</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopping after the call in progress…</source>
        <translation>Deteniendo tras la llamada en curso…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Call %1 of %2 failed: %3</source>
        <translation>Falló la llamada %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent %1 of %2 calls: %3 added so far.</source>
        <translation>Enviadas %1 de %2 llamadas: %3 añadidas hasta ahora.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 added, %2 already on the list, %3 refused by the server (%4 of %5 sent).</source>
        <translation>%1 añadidas, %2 ya en la lista, %3 rechazadas por el servidor (%4 de %5 enviadas).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped on request.</source>
        <translation>Detenido a petición.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 URLs were not sent; press Add again to send them.</source>
        <translation>No se enviaron %1 URL; pulse Añadir de nuevo para enviarlas.</translation>
    </message>
</context>
<context>
    <name>kakiyo::DncBatchPreviewModel</name>
    <message>
        <location filename="../../ui/dnc/DncBatchPreviewModel.cpp" line="+44"/>
        <source>Will be added as %1</source>
        <translation>Se añadirá como %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given</source>
        <translation>Indicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
</context>
<context>
    <name>kakiyo::DncCsvFile</name>
    <message>
        <location filename="../../models/import/DncCsvFile.cpp" line="+31"/>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is empty: there is no line to read.</source>
        <translation>%1 está vacío: no hay ninguna línea que leer.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 could not be read to the end: %2</source>
        <translation>No se pudo leer %1 hasta el final: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (and %1 more)</source>
        <translation> (y %1 más)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a well-formed CSV file: %2%3. Nothing was read from it; fix those lines (or save it again from the spreadsheet) and import it again.</source>
        <translation>%1 no es un archivo CSV bien formado: %2%3. No se leyó nada de él; corrija esas líneas (o vuelva a guardarlo desde la hoja de cálculo) e impórtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has a header line but no rows.</source>
        <translation>%1 tiene una fila de encabezado, pero ninguna fila de datos.</translation>
    </message>
</context>
<context>
    <name>kakiyo::DncExport</name>
    <message>
        <location filename="../../models/jobs/DncExport.cpp" line="+64"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">No se puede escribir %1: %2</translation>
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
        <translation>Filtrar por nombre o URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the Do Not Contact list</source>
        <translation>Filtrar la lista No contactar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Do Not Contact list</source>
        <translation>Lista No contactar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One profile</source>
        <translation>Un perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn &amp;URL</source>
        <translation>&amp;URL de LinkedIn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LinkedIn profile URL</source>
        <translation>URL del perfil de LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linkedin.com/in/username</source>
        <translation>linkedin.com/in/usuario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add to list</source>
        <translation>&amp;Añadir a la lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add this URL to Do Not Contact</source>
        <translation>Añadir esta URL a No contactar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;heck (1 call)</source>
        <translation>C&amp;omprobar (1 llamada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check this URL against Do Not Contact on the server</source>
        <translation>Comprobar esta URL en la lista No contactar del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks Kakiyo whether this person is on the list: one API call.</source>
        <translation>Pregunta a Kakiyo si esta persona está en la lista: una llamada a la API.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Many at once</source>
        <translation>Varios a la vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste a list or import a CSV; you see what will be added, and how many calls it takes, before anything is sent.</source>
        <translation>Pegue una lista o importe un CSV; verá qué se añadirá y cuántas llamadas hacen falta antes de que se envíe nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste or import many…</source>
        <translation>&amp;Pegar o importar varios…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste or import many URLs</source>
        <translation>Pegar o importar varias URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select entries in the list (Ctrl or Shift for several). Campaigns may contact removed people again. One call per entry.</source>
        <translation>Seleccione entradas de la lista (Ctrl o Mayús para varias). Las campañas pueden volver a contactar a las personas quitadas. Una llamada por entrada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove selected…</source>
        <translation>&amp;Quitar seleccionadas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected entries</source>
        <translation>Quitar las entradas seleccionadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entries removed</source>
        <translation>Entradas quitadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m removed</source>
        <translation>%v de %m quitadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kakiyo skips everyone on this list when importing prospects, sending invitations and writing messages.</source>
        <translation>Kakiyo omite a todas las personas de esta lista al importar prospectos, enviar invitaciones y escribir mensajes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The list could not be loaded: %1</source>
        <translation>No se pudo cargar la lista: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove selected entries</source>
        <translation>Quitar las entradas seleccionadas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add to Do Not Contact…</source>
        <translation>Añadir a No contactar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check a URL against Do Not Contact</source>
        <translation>Comprobar una URL en No contactar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add many to Do Not Contact (paste or CSV)…</source>
        <translation>Añadir varios a No contactar (pegar o CSV)…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Paste a profile address, then press Enter to check it (one call).</source>
        <translation>Pegue la dirección de un perfil y pulse Intro para comprobarla (una llamada).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a profile address such as linkedin.com/in/jane-doe.</source>
        <translation>Pegue la dirección de un perfil, como linkedin.com/in/maria-garcia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored as %1 — already on the list since %2.</source>
        <translation>Se guarda como %1; ya está en la lista desde %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored as %1</source>
        <translation>Se guarda como %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is already on the list since %2.</source>
        <translation>%1 ya está en la lista desde %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adding %1…</source>
        <translation>Añadiendo %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is now on the Do Not Contact list.</source>
        <translation>%1 ya está en la lista No contactar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was already on the list.</source>
        <translation>%1 ya estaba en la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not added: %2</source>
        <translation>%1 no se añadió: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Asking Kakiyo about %1…</source>
        <translation>Consultando a Kakiyo sobre %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The check failed: %1</source>
        <translation>Falló la comprobación: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is on the list since %2.</source>
        <translation>%1 está en la lista desde %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is on the list.</source>
        <translation>%1 está en la lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not on the list.</source>
        <translation>%1 no está en la lista.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add many: %1 added, %2 already on the list, %3 refused.</source>
        <translation>Añadir varios: %1 añadidas, %2 ya en la lista, %3 rechazadas.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 entries</source>
        <translation>%1 entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from Do Not Contact?

Campaigns may contact %2 again. This takes %3 (one per entry).</source>
        <translation>¿Quitar %1 de No contactar?

Las campañas podrán volver a contactar a %2. Esto requiere %3 (una por entrada).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>these people</source>
        <translation>estas personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 call</source>
        <translation>1 llamada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 calls</source>
        <translation>%1 llamadas</translation>
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
        <translation>Quitar de No contactar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 entry removed.</source>
        <translation>1 entrada quitada.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 entries removed.</source>
        <translation>%1 entradas quitadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 removed. Not removed: %3</source>
        <translation>%1 de %2 quitadas. No quitadas: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removing %1 of %2: %3…</source>
        <translation>Quitando %1 de %2: %3…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nobody is on the list yet</source>
        <translation>Aún no hay nadie en la lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostradas</translation>
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
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn URL</source>
        <translation>URL de LinkedIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
</context>
<context>
    <name>kakiyo::DncPage</name>
    <message>
        <location filename="../../ui/dnc/DncPage.cpp" line="+19"/>
        <source>Do Not Contact</source>
        <translation>No contactar</translation>
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
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn URL</source>
        <translation>URL de LinkedIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in a campaign</source>
        <translation>Ya en una campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid (server)</source>
        <translation>No válido (servidor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped (Do Not Contact)</source>
        <translation>Omitido (No contactar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile not found</source>
        <translation>Perfil no encontrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out</source>
        <translation>Excluido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent / pending</source>
        <translation>No enviado / pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reported</source>
        <translation>Sin informar</translation>
    </message>
</context>
<context>
    <name>kakiyo::ImportRunner</name>
    <message>
        <location filename="../../models/import/ImportRunner.cpp" line="+119"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+49"/>
        <location line="+156"/>
        <location line="+111"/>
        <source>The import journal could not be written: %1</source>
        <translation>No se pudo escribir el registro de importación: %1</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Batch %1 was refused: %2</source>
        <translation>Se rechazó el lote %1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Batch %1 was not finished by the server %2 s after it was accepted (its status is &quot;%3&quot;); run the import again later to resume it.</source>
        <translation>El servidor no terminó el lote %1 %2 s después de aceptarlo (su estado es “%3”); vuelva a ejecutar la importación más tarde para reanudarla.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The import status could not be read: %1</source>
        <translation>No se pudo leer el estado de la importación: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Connection lost</source>
        <translation>Conexión perdida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — nuevo intento en %2 s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The import made no progress for %1 s%2; run the import again later to resume it.</source>
        <translation>La importación no avanzó durante %1 s%2; vuelva a ejecutar la importación más tarde para reanudarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (last problem: %1)</source>
        <translation> (último problema: %1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Finished</source>
        <translation>Finalizada</translation>
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
        <translation>coma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pipe</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/import/PreviewStep.cpp" line="+43"/>
        <source>Malformed lines</source>
        <translation>Líneas mal formadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No name</source>
        <translation>Sin nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a LinkedIn profile URL</source>
        <translation>No es una URL de perfil de LinkedIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom data over %1 characters</source>
        <translation>Datos personalizados de más de %1 caracteres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On your Do Not Contact list</source>
        <translation>En su lista No contactar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicates folded into their first row</source>
        <translation>Duplicados combinados en su primera fila</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportWizardState.cpp" line="+22"/>
        <source>Cannot open the import journal %1: %2</source>
        <translation>No se puede abrir el registro de importación %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a file that can be read.</source>
        <translation>“%1” no es un archivo que se pueda leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot import %1: %2</source>
        <translation>No se puede importar %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not look like a CSV file: its first line has no column separator.</source>
        <translation>%1 no parece un archivo CSV: su primera línea no tiene separador de columnas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has a header line but no rows.</source>
        <translation>%1 tiene una fila de encabezado, pero ninguna fila de datos.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Resume the import?</source>
        <translation>¿Reanudar la importación?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An import of this file started %1 stopped after %2 of %3 batches. Resume it where it stopped?

No: look at the file again and start a new import (people the server already has are then reported as already in a campaign).</source>
        <translation>Una importación de este archivo iniciada %1 se detuvo tras %2 de %3 lotes. ¿Reanudarla donde se detuvo?

No: se vuelve a revisar el archivo y se inicia una importación nueva (las personas que el servidor ya tiene se indicarán como ya en una campaña).</translation>
    </message>
    <message>
        <location filename="../../ui/import/FileStep.cpp" line="+20"/>
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV export from Sales Navigator, a CRM or a spreadsheet. You can also drop the file on this window.</source>
        <translation>Una exportación CSV de Sales Navigator, un CRM o una hoja de cálculo. También puede soltar el archivo en esta ventana.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of a .csv file</source>
        <translation>Ruta de un archivo .csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for a CSV file</source>
        <translation>Buscar un archivo CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns are detected from the header line: a name (or first and last name), the LinkedIn profile URL and anything you want to pass to the agent as custom data.</source>
        <translation>Las columnas se detectan a partir de la fila de encabezado: un nombre (o nombre y apellidos), la URL del perfil de LinkedIn y todo lo que quiera pasar al agente como datos personalizados.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../ui/import/ImportWizard.cpp" line="+27"/>
        <source>Import leads</source>
        <translation>Importar leads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import/PreviewStep.cpp" line="-21"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Separated by %1 · %2 · %n columns · first %3 rows shown</source>
        <translation>
            <numerusform>Separado por %1 · %2 · %n columna · se muestran las primeras %3 filas</numerusform>
            <numerusform>Separado por %1 · %2 · %n columnas · se muestran las primeras %3 filas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>in the file</source>
        <translation>en el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the first %1 rows</source>
        <translation>en las primeras %1 filas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No malformed lines %1.</source>
        <translation>No hay líneas mal formadas %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malformed lines %1: %2. They will be left out; the rest is imported.</source>
        <translation>Líneas mal formadas %1: %2. Se excluirán; el resto se importa.</translation>
    </message>
    <message>
        <location filename="../../ui/import/MappingStep.cpp" line="+19"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected from the header line; change anything that is wrong.</source>
        <translation>Detectadas a partir de la fila de encabezado; cambie lo que no sea correcto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name column</source>
        <translation>Columna de nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name column</source>
        <translation>Columna de nombre de pila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name column</source>
        <translation>Columna de apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn URL column</source>
        <translation>Columna de URL de LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name:</source>
        <translation>Nombre de &amp;pila:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn &amp;URL:</source>
        <translation>&amp;URL de LinkedIn:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom data template</source>
        <translation>Plantilla de datos personalizados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {Company} – {Title}; empty: none</source>
        <translation>p. ej. {Company} – {Title}; vacío: ninguno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert a column into the template</source>
        <translation>Insertar una columna en la plantilla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Custom data:</source>
        <translation>&amp;Datos personalizados:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First row:</source>
        <translation>Primera fila:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(first + last name columns)</source>
        <translation>(columnas de nombre + apellidos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(choose a column)</source>
        <translation>(elija una columna)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert column…</source>
        <translation>Insertar columna…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no URL)</source>
        <translation>(sin URL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom data: “%1” (%2 of %3 characters)</source>
        <translation>Datos personalizados: “%1” (%2 de %3 caracteres)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template names columns the file does not have: %1</source>
        <translation>La plantilla nombra columnas que el archivo no tiene: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of the first rows have custom data over %1 characters; such rows will be left out.</source>
        <translation>
            <numerusform>%n de las primeras filas tiene datos personalizados de más de %1 caracteres; esas filas se excluirán.</numerusform>
            <numerusform>%n de las primeras filas tienen datos personalizados de más de %1 caracteres; esas filas se excluirán.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import/ValidationStep.cpp" line="+26"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is checked here, offline; nothing is sent and nothing costs credits.</source>
        <translation>Aquí se comprueba cada fila sin conexión; no se envía nada y nada cuesta créditos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave out people on your &amp;Do Not Contact list</source>
        <translation>Excluir a las personas de su lista &amp;No contactar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the Do Not Contact list</source>
        <translation>Comprobar la lista No contactar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the file</source>
        <translation>Leyendo el archivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rows left out</source>
        <translation>Filas excluidas</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Loading the Do Not Contact list…</source>
        <translation>Cargando la lista No contactar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Do Not Contact list could not be loaded (%1); the server still skips listed people when they are sent.</source>
        <translation>No se pudo cargar la lista No contactar (%1); el servidor igualmente omite a las personas de la lista cuando se envían.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profiles on the list: %1 (as of %2).</source>
        <translation>Perfiles en la lista: %1 (a fecha de %2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting for the Do Not Contact list…</source>
        <translation>Esperando la lista No contactar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1 rows read: %2 will be sent, %3 left out.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 filas leídas: se enviarán %2 y se excluirán %3.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to import: fix the file or the columns.</source>
        <translation>No hay nada que importar: corrija el archivo o las columnas.</translation>
    </message>
    <message>
        <location filename="../../ui/import/TargetStep.cpp" line="+29"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the people go, and what sending them will take.</source>
        <translation>Adónde van las personas y qué requiere enviarlas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One &amp;campaign:</source>
        <translation>Una &amp;campaña:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target campaign</source>
        <translation>Campaña de destino</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Round-robin over two or more campaigns (by their workload):</source>
        <translation>&amp;Reparto rotativo entre dos o más campañas (según su carga):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaigns for round-robin</source>
        <translation>Campañas para el reparto rotativo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The campaign list could not be loaded: %1</source>
        <translation>No se pudo cargar la lista de campañas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the campaigns…</source>
        <translation>Cargando las campañas…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Recording the import…</source>
        <translation>Registrando la importación…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot record the import: %1</source>
        <translation>No se puede registrar la importación: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There are no campaigns yet.</source>
        <translation>Aún no hay campañas.</translation>
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
        <translation>al menos %1 por los límites de frecuencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rate limits allow it without waiting</source>
        <translation>los límites de frecuencia lo permiten sin esperas</translation>
    </message>
    <message>
        <location filename="../../ui/import/ProgressStep.cpp" line="+20"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can pause, or close the window: the import resumes where it stopped when you open the same file again.</source>
        <translation>Puede pausar o cerrar la ventana: la importación se reanuda donde se detuvo cuando vuelva a abrir el mismo archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Res&amp;ume</source>
        <translation>Rea&amp;nudar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop import</source>
        <translation>&amp;Detener importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the import for good</source>
        <translation>Detener la importación definitivamente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop the import?</source>
        <translation>¿Detener la importación?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows not sent yet will not be imported, and this import cannot be resumed. People already sent stay in the campaign.</source>
        <translation>Las filas aún no enviadas no se importarán y esta importación no se podrá reanudar. Las personas ya enviadas permanecen en la campaña.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This import cannot be started: it is finished or no longer in the journal.</source>
        <translation>Esta importación no se puede iniciar: ha finalizado o ya no está en el registro.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 batches confirmed · %3 of %4 people answered · %5 elapsed</source>
        <translation>%1 de %2 lotes confirmados · %3 de %4 personas con respuesta · %5 transcurridos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · about %1 left</source>
        <translation> · quedan unos %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused. Nothing more is sent until you resume.</source>
        <translation>En pausa. No se envía nada más hasta que reanude.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting: %1</source>
        <translation>Esperando: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done. The report shows what happened to every row.</source>
        <translation>Hecho. El informe muestra qué ocurrió con cada fila.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped. The report shows which rows were not sent.</source>
        <translation>Detenido. El informe muestra qué filas no se enviaron.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import stopped: %1 Fix this, then open the same file again to resume.</source>
        <translation>La importación se detuvo: %1 Corríjalo y vuelva a abrir el mismo archivo para reanudarla.</translation>
    </message>
    <message>
        <location filename="../../ui/import/ReportStep.cpp" line="+25"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outcome per row</source>
        <translation>Resultado por fila</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the report as CSV</source>
        <translation>Exportar el informe como CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 rows in %2.</source>
        <translation>%1 filas en %2.</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportWizard.cpp" line="+4"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Close the import?</source>
        <translation>¿Cerrar la importación?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import is not finished. Close the window and stop sending? Everything sent so far is kept; open the same file again to resume where it stopped.</source>
        <translation>La importación no ha terminado. ¿Cerrar la ventana y dejar de enviar? Todo lo enviado hasta ahora se conserva; vuelva a abrir el mismo archivo para reanudar donde se detuvo.</translation>
    </message>
</context>
<context>
    <name>kakiyo::KeyManagerDialog</name>
    <message>
        <location filename="../../ui/keys/KeyManagerDialog.cpp" line="+51"/>
        <source>Manage keys</source>
        <translation>Gestionar claves</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a profile</source>
        <translation>Añadir un perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected profile</source>
        <translation>Quitar el perfil seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to it</source>
        <translation>Cambiar a este</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to the selected profile</source>
        <translation>Cambiar al perfil seleccionado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API base URL</source>
        <translation>URL base de la API</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the 40-character key</source>
        <translation>Pegue la clave de 40 caracteres</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+109"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+108"/>
        <source>Show the key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Key check</source>
        <translation>Comprobación de la clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+247"/>
        <source>Verify and save</source>
        <translation>Verificar y guardar</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Verify the key and save it</source>
        <translation>Verificar la clave y guardarla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verification result</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base &amp;URL</source>
        <translation>&amp;URL base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;key</source>
        <translation>&amp;Clave de API</translation>
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
        <translation>Comprobando el almacenamiento seguro de este equipo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure storage</source>
        <translation>Almacenamiento seguro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use for this session only</source>
        <translation>Usar solo en esta sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep keys for this session only</source>
        <translation>Conservar las claves solo durante esta sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key is kept in memory and forgotten when Kakiyo Desk quits: you will paste it again next time. It is never written to disk.</source>
        <translation>La clave se guarda en memoria y se olvida al cerrar Kakiyo Desk: la próxima vez tendrá que pegarla de nuevo. Nunca se escribe en el disco.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the key</source>
        <translation>Ocultar la clave</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>My team</source>
        <translation>Mi equipo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secure storage works on this machine: keys are kept in the system keychain.</source>
        <translation>El almacenamiento seguro funciona en este equipo: las claves se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys are kept for this session only.</source>
        <translation>Las claves se conservan solo durante esta sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secure storage does not work on this machine (%1). Keys cannot be saved between sessions.</source>
        <translation>El almacenamiento seguro no funciona en este equipo (%1). Las claves no se pueden guardar entre sesiones.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (current)</source>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caracteres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>looks right</source>
        <translation>parece correcta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New profile %1</source>
        <translation>Nuevo perfil %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove profile</source>
        <translation>Quitar perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile &quot;%1&quot; and its stored key from this computer? The key itself stays valid on the Kakiyo side.</source>
        <translation>¿Quitar el perfil “%1” y su clave guardada de este equipo? La clave en sí sigue siendo válida en Kakiyo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The stored key could not be removed: %1</source>
        <translation>No se pudo quitar la clave guardada: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No key is stored for &quot;%1&quot; yet: paste it and choose Verify and save.</source>
        <translation>Todavía no hay ninguna clave guardada para “%1”: péguela y elija Verificar y guardar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switched to &quot;%1&quot;.</source>
        <translation>Se cambió a “%1”.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Checking the key with %1…</source>
        <translation>Comprobando la clave con %1…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The key works (team %1) but could not be saved: %2</source>
        <translation>La clave funciona (equipo %1), pero no se pudo guardar: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key verified for team %1 and saved in the keychain.</source>
        <translation>Clave verificada para el equipo %1 y guardada en el llavero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key verified for team %1; kept for this session only.</source>
        <translation>Clave verificada para el equipo %1; se conserva solo durante esta sesión.</translation>
    </message>
</context>
<context>
    <name>kakiyo::KeyStore</name>
    <message>
        <location filename="../../models/store/KeychainKeyStore.cpp" line="+20"/>
        <source>No API key is stored for this profile yet.</source>
        <translation>Todavía no hay ninguna clave de API guardada para este perfil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secure storage is unavailable or locked: %1</source>
        <translation>El almacenamiento seguro no está disponible o está bloqueado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location filename="../../models/store/KeyStore.cpp" line="+57"/>
        <source>Secure storage gave back something other than what was stored.</source>
        <translation>El almacenamiento seguro devolvió algo distinto de lo que se guardó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secure storage did not keep a test entry.</source>
        <translation>El almacenamiento seguro no conservó una entrada de prueba.</translation>
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
        <translation>sin instantánea anterior</translation>
    </message>
</context>
<context>
    <name>kakiyo::LibraryPage</name>
    <message>
        <location filename="../../ui/library/LibraryPage.cpp" line="+61"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Library sections</source>
        <translation>Secciones de la biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Products</source>
        <translation>&amp;Productos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rompts</source>
        <translation>P&amp;rompts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The list could not be loaded: %1</source>
        <translation>No se pudo cargar la lista: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+67"/>
        <source>New product…</source>
        <translation>Nuevo producto…</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+139"/>
        <source>New prompt…</source>
        <translation>Nuevo prompt…</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>products</source>
        <translation>productos</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prompts</source>
        <translation>prompts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No prompts yet: create one with “New prompt…”.</source>
        <translation>Aún no hay prompts: cree uno con “Nuevo prompt…”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompt “%1” saved.</source>
        <translation>Prompt “%1” guardado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The prompt was not saved, so it stays open; see the message in the editor.</source>
        <translation>El prompt no se guardó, así que sigue abierto; consulte el mensaje en el editor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AI models and prices</source>
        <translation>Modelos de IA y precios</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Prices in USD as Kakiyo reports them; the API documents them per 1,000 tokens. “Cached input” is the price of input the provider has cached; “—” means the model has none. Click a column to sort.</source>
        <translation>Precios en USD tal como los informa Kakiyo; la API los documenta por cada 1.000 tokens. “Entrada en caché” es el precio de la entrada que el proveedor tiene en caché; “—” significa que el modelo no tiene. Haga clic en una columna para ordenar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 a prompt can use</source>
        <translation>%1 que un prompt puede usar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>models</source>
        <translation>modelos</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>No products yet</source>
        <translation>Aún no hay productos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No product selected</source>
        <translation>Ningún producto seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create one with “New product…”: campaigns need a product to talk about.</source>
        <translation>Cree uno con “Nuevo producto…”: las campañas necesitan un producto del que hablar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a product to see its full description.</source>
        <translation>Seleccione un producto para ver su descripción completa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created %1</source>
        <translation>Creado el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>“%1” has unsaved changes. Save them before opening another prompt?</source>
        <translation>“%1” tiene cambios sin guardar. ¿Guardarlos antes de abrir otro prompt?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the prompt; the window closes when it is saved.</source>
        <translation>Guardando el prompt; la ventana se cerrará cuando se haya guardado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” has unsaved changes. Save them before closing?</source>
        <translation>“%1” tiene cambios sin guardar. ¿Guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Product “%1” created.</source>
        <translation>Producto “%1” creado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prompt “%1” created. Write its sections in the editor.</source>
        <translation>Prompt “%1” creado. Escriba sus secciones en el editor.</translation>
    </message>
</context>
<context>
    <name>kakiyo::LiveDesk</name>
    <message>
        <location filename="../../app/LiveDesk.cpp" line="+19"/>
        <location line="+17"/>
        <source>Alerts</source>
        <translation type="unfinished">Alertas</translation>
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
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects</source>
        <translation>Prospectos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analytics</source>
        <translation>Analítica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do Not Contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspaces</source>
        <translation>Espacios de trabajo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kakiyo Desk</source>
        <translation>Kakiyo Desk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="+178"/>
        <location line="+25"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
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
        <translation>Ir a %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refresh this page</source>
        <translation>Actualizar esta página</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Manage keys and profiles…</source>
        <translation>Gestionar claves y perfiles…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss all notices</source>
        <translation>Descartar todos los avisos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>kakiyo::MemoryKeyStore</name>
    <message>
        <location filename="../../models/store/MemoryKeyStore.cpp" line="+12"/>
        <source>Secure storage is not available, so the API key is kept in memory for this session only. You will need to enter it again next time.</source>
        <translation>El almacenamiento seguro no está disponible, así que la clave de API se guarda en memoria solo durante esta sesión. La próxima vez tendrá que introducirla de nuevo.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No API key is stored for this profile yet.</source>
        <translation>Todavía no hay ninguna clave de API guardada para este perfil.</translation>
    </message>
</context>
<context>
    <name>kakiyo::ModelCatalogModel</name>
    <message>
        <location filename="../../models/ModelCatalogModel.cpp" line="+12"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input price</source>
        <translation>Precio de entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output price</source>
        <translation>Precio de salida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cached input</source>
        <translation>Entrada en caché</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Model id %1</source>
        <translation>ID de modelo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cached-input price for this model</source>
        <translation>Este modelo no tiene precio de entrada en caché</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>USD, as the API reports it (documented per 1,000 tokens)</source>
        <translation>USD, tal como lo informa la API (documentado por cada 1.000 tokens)</translation>
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
        <translation type="unfinished">Cargando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The details of model %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation type="unfinished">Inactivo</translation>
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
        <translation type="unfinished">Estado</translation>
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
        <translation type="unfinished">Mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages sent in its campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation type="unfinished">Respuestas</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+17"/>
        <source>Campaign</source>
        <translation type="unfinished">Campaña</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Prospects</source>
        <translation type="unfinished">Prospectos</translation>
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
        <translation type="unfinished">prospectos</translation>
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
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>agents running</source>
        <translation>agentes en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agents need attention</source>
        <translation>agentes requieren atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active campaigns</source>
        <translation>campañas activas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prospects in campaigns</source>
        <translation>prospectos en campañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replies</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qualified</source>
        <translation>calificados</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Agents needing attention</source>
        <translation>Agentes que requieren atención</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Active campaigns</source>
        <translation>Campañas activas</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Recent replies</source>
        <translation>Respuestas recientes</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Newly qualified</source>
        <translation>Recién calificados</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>All agents are fine.</source>
        <translation>Todos los agentes están bien.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1
%2 prospects · %3 replies (%4 %) · %5 qualified</source>
        <translation>%1
%2 prospectos · %3 respuestas (%4 %) · %5 calificados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No active campaign.</source>
        <translation>Ninguna campaña activa.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing yet.</source>
        <translation>Aún nada.</translation>
    </message>
</context>
<context>
    <name>kakiyo::Page</name>
    <message>
        <location filename="../../ui/shell/Page.cpp" line="+40"/>
        <source>Refresh from the server (F5)</source>
        <translation>Actualizar desde el servidor (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh %1</source>
        <translation>Actualizar %1</translation>
    </message>
</context>
<context>
    <name>kakiyo::ProductDialog</name>
    <message>
        <location filename="../../ui/library/ProductDialog.cpp" line="+12"/>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A product (an “offering” in the Kakiyo dashboard) is what your agents talk about.</source>
        <translation>Un producto (una “oferta” en el panel de Kakiyo) es aquello de lo que hablan sus agentes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product name</source>
        <translation>Nombre del producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 3 characters</source>
        <translation>Al menos 3 caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product description</source>
        <translation>Descripción del producto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 10 characters: what it is, for whom, and the result it brings</source>
        <translation>Al menos 10 caracteres: qué es, para quién y qué resultado aporta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
</context>
<context>
    <name>kakiyo::ProductListModel</name>
    <message>
        <location filename="../../models/ProductListModel.cpp" line="+8"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
</context>
<context>
    <name>kakiyo::Profiles</name>
    <message>
        <location filename="../../models/store/Profiles.cpp" line="+153"/>
        <source>A profile needs a name.</source>
        <translation>Un perfil necesita un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name has at most %1 characters.</source>
        <translation>Un nombre de perfil tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a profile called “%1”.</source>
        <translation>Ya existe un perfil llamado “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API address must be an http or https URL with a host, such as %1.</source>
        <translation>La dirección de la API debe ser una URL http o https con un host, como %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+15"/>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+27"/>
        <source>That profile no longer exists.</source>
        <translation>Ese perfil ya no existe.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The profiles could not be saved to %1.</source>
        <translation>No se pudieron guardar los perfiles en %1.</translation>
    </message>
</context>
<context>
    <name>kakiyo::PromptDialog</name>
    <message>
        <location filename="../../ui/library/PromptDialog.cpp" line="+13"/>
        <source>New prompt</source>
        <translation>Nuevo prompt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prompt name</source>
        <translation>Nombre del prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 3 characters</source>
        <translation>Al menos 3 caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt type</source>
        <translation>Tipo de prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages — LinkedIn conversation</source>
        <translation>Mensajes — conversación de LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment — comments on posts</source>
        <translation>Comentario — comentarios en publicaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AI model</source>
        <translation>Modelo de IA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI &amp;model</source>
        <translation>&amp;Modelo de IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The prompt&apos;s text (context, first message, follow-ups) is written in the editor after it is created.</source>
        <translation>El texto del prompt (contexto, primer mensaje, seguimientos) se escribe en el editor después de crearlo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading models…</source>
        <translation>Cargando modelos…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no models offered)</source>
        <translation>(no se ofrecen modelos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(could not load the models: %1)</source>
        <translation>(no se pudieron cargar los modelos: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 in / %3 out</source>
        <translation>%1 · %2 entrada / %3 salida</translation>
    </message>
</context>
<context>
    <name>kakiyo::PromptEditor</name>
    <message>
        <location filename="../../ui/library/PromptEditor.cpp" line="+109"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Context</source>
        <translation>&amp;Contexto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who the agent is, who it writes to and what it offers.</source>
        <translation>Quién es el agente, a quién escribe y qué ofrece.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First message</source>
        <translation>Primer mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First message</source>
        <translation>&amp;Primer mensaje</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+22"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+2"/>
        <source>Send follow-ups</source>
        <translation>Enviar seguimientos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to %1, each sent the given number of days after the previous message when the prospect has not replied.</source>
        <translation>Hasta %1, cada uno enviado el número de días indicado después del mensaje anterior si el prospecto no ha respondido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add follow-up</source>
        <translation>Añadir seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a follow-up</source>
        <translation>Añadir un seguimiento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment</source>
        <translation>Co&amp;mentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the agent comments on a prospect&apos;s posts.</source>
        <translation>Cómo comenta el agente las publicaciones de un prospecto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert the prompt&apos;s unsaved changes</source>
        <translation>Descartar los cambios sin guardar del prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save prompt</source>
        <translation>&amp;Guardar prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the prompt</source>
        <translation>Guardar el prompt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No prompt selected</source>
        <translation>Ningún prompt seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a prompt in the list to see and edit its sections.</source>
        <translation>Seleccione un prompt de la lista para ver y editar sus secciones.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>created %1</source>
        <translation>creado el %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The sections could not be loaded: %1</source>
        <translation>No se pudieron cargar las secciones: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Follow-up %1 text</source>
        <translation>Texto del seguimiento %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up %1 delay in days</source>
        <translation>Retraso del seguimiento %1 en días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days after the previous message</source>
        <translation>Días después del mensaje anterior</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Remove follow-up %1</source>
        <translation>Quitar el seguimiento %1</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Must mention %1 in the context or first message.</source>
        <translation>Debe mencionar %1 en el contexto o en el primer mensaje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing now: %1.</source>
        <translation>Falta ahora: %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Loading the prompt&apos;s sections…</source>
        <translation>Cargando las secciones del prompt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This Kakiyo server does not support editing prompts: it offers no GET/PUT /prompts/{id}. Change the prompt&apos;s text in the Kakiyo dashboard.</source>
        <translation>Este servidor de Kakiyo no permite editar prompts: no ofrece GET/PUT /prompts/{id}. Cambie el texto del prompt en el panel de Kakiyo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your changes were not saved; they stay here, read-only, to copy from.</source>
        <translation>Sus cambios no se guardaron; permanecen aquí, en solo lectura, para que pueda copiarlos.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
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
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AI model</source>
        <translation>Modelo de IA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Creación</translation>
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
        <translation>(prompt sin nombre %1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Model id %1</source>
        <translation>ID de modelo %1</translation>
    </message>
</context>
<context>
    <name>kakiyo::ProspectBulkAction</name>
    <message>
        <location filename="../../models/jobs/ProspectBulkAction.cpp" line="+30"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualify</source>
        <translation>Calificar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n prospect(s): </source>
        <translation>
            <numerusform>%n prospecto: </numerusform>
            <numerusform>%n prospectos: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n llamada</numerusform>
            <numerusform>%n llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n credit(s)</source>
        <translation>
            <numerusform>, %n crédito</numerusform>
            <numerusform>, %n créditos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, at least %n second(s) under the rate limits</source>
        <translation>
            <numerusform>, al menos %n segundo por los límites de frecuencia</numerusform>
            <numerusform>, al menos %n segundos por los límites de frecuencia</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, within the rate limits at once</source>
        <translation>, de inmediato dentro de los límites de frecuencia</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cancelled — not sent</source>
        <translation>Cancelado: no enviado</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the server&apos;s answer</source>
        <translation>No figura en la respuesta del servidor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>kakiyo::ProspectBulkResultModel</name>
    <message>
        <location filename="../../models/ProspectBulkResultModel.cpp" line="+67"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%L1 done</source>
        <translation>%L1 hechos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 failed</source>
        <translation>%L1 fallidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 not sent</source>
        <translation>%L1 no enviados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 waiting</source>
        <translation>%L1 en espera</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Prospect</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>kakiyo::ProspectExport</name>
    <message>
        <location filename="../../models/jobs/ProspectExport.cpp" line="-183"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Kakiyo&apos;s answers contradict each other: %1. The export stopped there; the %n row(s) it sent were saved.</source>
        <translation>
            <numerusform>Las respuestas de Kakiyo se contradicen: %1. La exportación se detuvo ahí; se guardó la %n fila enviada.</numerusform>
            <numerusform>Las respuestas de Kakiyo se contradicen: %1. La exportación se detuvo ahí; se guardaron las %n filas enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>it reported a negative total (%1)</source>
        <translation>el servidor indicó un total negativo (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it reported an implausible total (%1)</source>
        <translation>el servidor indicó un total inverosímil (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write the file: %1</source>
        <translation>No se puede escribir el archivo: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it said more rows follow offset %1 but sent none</source>
        <translation>el servidor indicó que seguían más filas después de la posición %1, pero no envió ninguna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it sent no rows after %1 of its total of %2</source>
        <translation>el servidor no envió más filas después de %1 de su total de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it sent the same rows again at offset %1</source>
        <translation>el servidor volvió a enviar las mismas filas en la posición %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it sent more rows than its total of %1</source>
        <translation>el servidor envió más filas que su total de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it said no more rows follow after %1 of its total of %2</source>
        <translation>el servidor indicó que no seguían más filas después de %1 de su total de %2</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Cannot save the file: %1</source>
        <translation>No se puede guardar el archivo: %1</translation>
    </message>
</context>
<context>
    <name>kakiyo::ProspectSearchModel</name>
    <message>
        <location filename="../../models/ProspectSearchModel.cpp" line="+57"/>
        <source>Not loaded</source>
        <translation>No cargado</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+474"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="-411"/>
        <source>Results come in the server&apos;s order; the search API cannot sort them.</source>
        <translation>Los resultados llegan en el orden del servidor; la API de búsqueda no puede ordenarlos.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>it reported a negative total (%1)</source>
        <translation type="unfinished">el servidor indicó un total negativo (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it reported an implausible total (%1)</source>
        <translation type="unfinished">el servidor indicó un total inverosímil (%1)</translation>
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
        <translation>Aún no hay búsqueda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading… (%1 of %2 loaded)</source>
        <translation>Cargando… (%1 de %2 cargados)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loaded %1 of %2</source>
        <translation>Cargados %1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No prospects match</source>
        <translation>Ningún prospecto coincide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded %1 of %2 (end of the results reached)</source>
        <translation>Cargados %1 de %2 (se llegó al final de los resultados)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 of 0</source>
        <translation>0 de 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 de %3</translation>
    </message>
</context>
<context>
    <name>kakiyo::ProspectsPage</name>
    <message>
        <location filename="../../ui/prospects/ProspectsPage.cpp" line="+67"/>
        <location line="+12"/>
        <source>Prospects</source>
        <translation>Prospectos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Results come in the server&apos;s order; the search API cannot sort them.</source>
        <translation>Los resultados llegan en el orden del servidor; la API de búsqueda no puede ordenarlos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+454"/>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <location line="-449"/>
        <source>Go to page</source>
        <translation>Ir a la página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page </source>
        <translation>Página </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 the selected rows (shows what it costs first)</source>
        <translation>%1 las filas seleccionadas (primero muestra el coste)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 the selected prospects</source>
        <translation>%1 los prospectos seleccionados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualify</source>
        <translation>Calificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loaded rows…</source>
        <translation>Filas cargadas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export loaded rows</source>
        <translation>Exportar las filas cargadas</translation>
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
        <translation>Todas las coincidencias…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+503"/>
        <source>Export all matches</source>
        <translation>Exportar todas las coincidencias</translation>
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
        <translation>Importar leads…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add prospects from a CSV file to a campaign</source>
        <translation>Añadir prospectos de un archivo CSV a una campaña</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Row data refreshes with F5</source>
        <translation>Los datos de las filas se actualizan con F5</translation>
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
        <translation>Pausar esta conversación (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume this conversation (Ctrl+Shift+R)</source>
        <translation>Reanudar esta conversación (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as qualified (Ctrl+Shift+Q)</source>
        <translation>Marcar como calificado (Ctrl+Mayús+Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next prospect: Alt+Down · previous: Alt+Up</source>
        <translation>Prospecto siguiente: Alt+Abajo · anterior: Alt+Arriba</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/ProspectsPage.cpp" line="-279"/>
        <source>Search name, headline, company…</source>
        <translation>Buscar nombre, titular, empresa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only prospects of this campaign</source>
        <translation>Solo prospectos de esta campaña</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+86"/>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Any qualification</source>
        <translation>Cualquier calificación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded: any</source>
        <translation>Respuesta: cualquiera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responded</source>
        <translation>Con respuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not responded</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has responded</source>
        <translation>Ha respondido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: any</source>
        <translation>Pausa: cualquiera</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualification</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation status</source>
        <translation>Estado de la conversación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved searches of this profile</source>
        <translation>Búsquedas guardadas de este perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these filters under a name</source>
        <translation>Guardar estos filtros con un nombre</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> of %L1</source>
        <translation> de %L1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next page: loaded, free</source>
        <translation>Página siguiente: cargada, gratis</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Select loaded rows first</source>
        <translation>Seleccione primero filas cargadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another bulk action is still running</source>
        <translation>Todavía hay otra acción masiva en curso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 of %3…</source>
        <translation>%1: %2 de %3…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 of %3 succeeded</source>
        <translation>%1: %2 de %3 correctos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported %L1 loaded rows</source>
        <translation>Exportadas %L1 filas cargadas</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n search call(s) and credit(s)</source>
        <translation>
            <numerusform>%n llamada de búsqueda y crédito</numerusform>
            <numerusform>%n llamadas de búsqueda y créditos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n search call(s)</source>
        <translation>
            <numerusform>%n llamada de búsqueda</numerusform>
            <numerusform>%n llamadas de búsqueda</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting %L1 prospects costs %2.</source>
        <translation>Exportar %L1 prospectos cuesta %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting… %L1 of %L2</source>
        <translation>Exportando… %L1 de %L2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %L1 prospects (%n call(s))</source>
        <translation>
            <numerusform>Exportados %L1 prospectos (%n llamada)</numerusform>
            <numerusform>Exportados %L1 prospectos (%n llamadas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>Falló la exportación: %1</translation>
    </message>
    <message>
        <location filename="../../ui/prospects/CampaignCombo.cpp" line="+53"/>
        <source>Campaign %1</source>
        <translation type="unfinished">Campaña %1</translation>
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
        <translation type="unfinished">Campaña</translation>
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
        <translation type="unfinished">&amp;Nombre</translation>
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
        <translation type="unfinished">Elija una campaña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaigns could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sending…</source>
        <translation type="unfinished">Enviando…</translation>
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
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the interface</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language applies after a restart.</source>
        <translation>El nuevo idioma se aplica después de reiniciar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart Kakiyo Desk now</source>
        <translation>Reiniciar Kakiyo Desk ahora</translation>
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
        <translation>Editar webhook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New webhook</source>
        <translation>Nuevo webhook</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Webhook name</source>
        <translation>Nombre del webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. CRM integration</source>
        <translation>p. ej., integración con el CRM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery URL</source>
        <translation>URL de entrega</translation>
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
        <translation>Las entregas contienen los mensajes de sus prospectos, así que la dirección debe usar https://.
http:// sin cifrar solo se acepta para este equipo (localhost), para pruebas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events to deliver</source>
        <translation>Eventos que entregar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space ticks the selected event. &quot;All events&quot; also covers events added later.</source>
        <translation>La barra espaciadora marca el evento seleccionado. “Todos los eventos” incluye también los que se añadan más adelante.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing secret</source>
        <translation>Secreto de firma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty to keep the current secret</source>
        <translation>Déjelo vacío para conservar el secreto actual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secret</source>
        <translation>&amp;Secreto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kakiyo never shows a secret back. Leave this empty to keep the current
one; type a new one to replace it.</source>
        <translation>Kakiyo nunca vuelve a mostrar un secreto. Déjelo vacío para conservar el actual;
escriba uno nuevo para sustituirlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a secret, each delivery carries an X-Kakiyo-Signature header
(HMAC-SHA256 of the body), so your endpoint can tell it came from Kakiyo.
It is write-only: never shown again.</source>
        <translation>Con un secreto, cada entrega lleva una cabecera X-Kakiyo-Signature
(HMAC-SHA256 del cuerpo), para que su endpoint sepa que procede de Kakiyo.
Solo se puede escribir: nunca se vuelve a mostrar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Loading events…</source>
        <translation>Cargando eventos…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All events (*)</source>
        <translation>Todos los eventos (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (not in the current catalogue)</source>
        <translation>%1 (no está en el catálogo actual)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event list could not be loaded: %1</source>
        <translation>No se pudo cargar la lista de eventos: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Enter the address Kakiyo should post events to.</source>
        <translation>Introduzca la dirección a la que Kakiyo debe enviar los eventos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use https://. Deliveries carry your prospects&apos; messages; plain http:// would send them unencrypted, so it is allowed only to this computer (localhost).</source>
        <translation>Use https://. Las entregas contienen los mensajes de sus prospectos; http:// los enviaría sin cifrar, así que solo se permite para este equipo (localhost).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a web address starting with https://.</source>
        <translation>No es una dirección web que empiece por https://.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the webhook a name.</source>
        <translation>Asigne un nombre al webhook.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick at least one event.</source>
        <translation>Marque al menos un evento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the event list…</source>
        <translation>Esperando la lista de eventos…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kakiyo did not accept the webhook; see the notes above.</source>
        <translation>Kakiyo no aceptó el webhook; consulte las notas de arriba.</translation>
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
        <translation type="unfinished">(ninguna)</translation>
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
        <translation type="unfinished">Enviando…</translation>
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
        <translation>nunca</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Failing</source>
        <translation>Con fallos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never delivered</source>
        <translation>Nunca entregado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
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
+ %n más</numerusform>
            <numerusform>%1
+ %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>On</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
%2 ok · %3 failed</source>
        <translation>%1
%2 correctas · %3 fallidas</translation>
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
        <translation>Último éxito: %1
Último fallo: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last delivery</source>
        <translation>Última entrega</translation>
    </message>
</context>
<context>
    <name>kakiyo::WebhooksPage</name>
    <message>
        <location filename="../../ui/webhooks/WebhooksPage.cpp" line="+84"/>
        <source>never</source>
        <translation>nunca</translation>
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
        <translation>Nuevo webhook…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register an address that receives Kakiyo events</source>
        <translation>Registrar una dirección que reciba eventos de Kakiyo</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+87"/>
        <source>Send test event</source>
        <translation>Enviar evento de prueba</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Send a test event to the webhooks subscribed to it</source>
        <translation>Enviar un evento de prueba a los webhooks suscritos a él</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Webhook example payloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New webhook</source>
        <translation>Nuevo webhook</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+218"/>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Send a test event</source>
        <translation>Enviar un evento de prueba</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kakiyo sends the test to every active webhook subscribed to the event, not only the selected one.</source>
        <translation>Kakiyo envía la prueba a todos los webhooks activos suscritos al evento, no solo al seleccionado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;vent</source>
        <translation>E&amp;vento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test event</source>
        <translation>Evento de prueba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No test sent yet.</source>
        <translation>Aún no se ha enviado ninguna prueba.</translation>
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
        <translation>Activar</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;No webhooks yet&lt;/h3&gt;&lt;p&gt;A webhook lets Kakiyo tell your CRM or automation tool the moment something happens: a reply, an accepted invitation, a prospect to review. Create one with &lt;b&gt;New webhook…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;Aún no hay webhooks&lt;/h3&gt;&lt;p&gt;Un webhook permite que Kakiyo avise a su CRM o herramienta de automatización en cuanto ocurre algo: una respuesta, una invitación aceptada, un prospecto que revisar. Cree uno con &lt;b&gt;Nuevo webhook…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a webhook to see its delivery health.</source>
        <translation>Seleccione un webhook para ver el estado de sus entregas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;b&gt;disabled&lt;/b&gt; — receives nothing</source>
        <translation>&lt;b&gt;desactivado&lt;/b&gt;: no recibe nada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last success</source>
        <translation>Último éxito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last failure</source>
        <translation>Último fallo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all events (*)</source>
        <translation>todos los eventos (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>write-only, never shown</source>
        <translation>solo escritura, nunca se muestra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Kakiyo turns a webhook off after four failed deliveries in a row. Fix the endpoint, then enable it again: that resets the count.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kakiyo desactiva un webhook tras cuatro entregas fallidas seguidas. Corrija el endpoint y vuelva a activarlo: así se reinicia el contador.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Webhook created.</source>
        <translation>Webhook creado.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Webhook saved.</source>
        <translation>Webhook guardado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enabling…</source>
        <translation>Activando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabling…</source>
        <translation>Desactivando…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Webhook enabled; its failure streak starts again from zero.</source>
        <translation>Webhook activado; su racha de fallos vuelve a empezar desde cero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook disabled; Kakiyo sends it nothing until you enable it.</source>
        <translation>Webhook desactivado; Kakiyo no le envía nada hasta que lo active.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete webhook</source>
        <translation>Eliminar webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the webhook “%1”?

Kakiyo stops sending events to %2. This cannot be undone.</source>
        <translation>¿Eliminar el webhook “%1”?

Kakiyo dejará de enviar eventos a %2. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Webhook “%1” deleted.</source>
        <translation>Webhook “%1” eliminado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading events…</source>
        <translation>Cargando eventos…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(events could not be loaded)</source>
        <translation>(no se pudieron cargar los eventos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event list could not be loaded: %1</source>
        <translation>No se pudo cargar la lista de eventos: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sending “%1”… An endpoint that fails is tried again after 1, 2 and 4 seconds, so this can take a moment.</source>
        <translation>Enviando “%1”… Un endpoint que falla se reintenta tras 1, 2 y 4 segundos, así que puede tardar un momento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test event sent from Kakiyo Desk</source>
        <translation>Evento de prueba enviado desde Kakiyo Desk</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>&lt;p style=&apos;margin:0&apos;&gt;“%1” sent at %2 to %n webhook(s):&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;margin:0&apos;&gt;“%1” enviado a las %2 a %n webhook:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;margin:0&apos;&gt;“%1” enviado a las %2 a %n webhooks:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sent; the server does not report the outcome here — the counters above update once it is delivered</source>
        <translation>enviado; el servidor no informa aquí del resultado: los contadores de arriba se actualizan cuando se entrega</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accepted without contacting the address (the sandbox only calls this computer)</source>
        <translation>aceptado sin contactar con la dirección (la sandbox solo llama a este equipo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>delivered, HTTP %1</source>
        <translation>entregado, HTTP %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not delivered: the endpoint answered HTTP %1</source>
        <translation>no entregado: el endpoint respondió HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not delivered: %1</source>
        <translation>no entregado: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, %1&#xa0;ms</source>
        <translation>, %1&#xa0;ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (attempt %1 of %2; the earlier ones failed)</source>
        <translation> (intento %1 de %2; los anteriores fallaron)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (tried %1 times; Kakiyo waits 1, 2 and 4&#xa0;s between tries)</source>
        <translation> (%1 intentos; Kakiyo espera 1, 2 y 4&#xa0;s entre intentos)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was sent: no active webhook is subscribed to “%1”. Tick the event on a webhook or enable one that has it.</source>
        <translation>No se envió nada: ningún webhook activo está suscrito a “%1”. Marque el evento en un webhook o active uno que lo tenga.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The test could not be sent: %1</source>
        <translation>No se pudo enviar la prueba: %1</translation>
    </message>
</context>
<context>
    <name>kakiyo::WelcomePage</name>
    <message>
        <location filename="../../ui/shell/WelcomePage.cpp" line="+25"/>
        <source>Welcome to Kakiyo Desk</source>
        <translation>Le damos la bienvenida a Kakiyo Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run your Kakiyo agents, campaigns and prospects from the desktop.
Try it on a demo team first, or connect your account with an API key.</source>
        <translation>Gestione sus agentes, campañas y prospectos de Kakiyo desde el escritorio.
Pruébelo primero con un equipo de demostración o conecte su cuenta con una clave de API.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>Try the demo</source>
        <translation>Probar la demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts a local sandbox with a seeded team. No key, no network.</source>
        <translation>Inicia una sandbox local con un equipo de ejemplo. Sin clave ni red.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Connect your Kakiyo account</source>
        <translation>Conectar su cuenta de Kakiyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste an API key from the Kakiyo dashboard (Team → API Keys).</source>
        <translation>Pegue una clave de API del panel de Kakiyo (Team → API Keys).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Starting the demo team…</source>
        <translation>Iniciando el equipo de demostración…</translation>
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
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client team</source>
        <translation>Equipo del cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
</context>
<context>
    <name>kakiyo::WorkspaceMarker</name>
    <message>
        <location filename="../../ui/workspaces/WorkspaceMarker.cpp" line="+29"/>
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing the whole team</source>
        <translation>Se muestra todo el equipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workspace %1</source>
        <translation>Espacio de trabajo %1</translation>
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
        <translation type="unfinished">Espacio de trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents</source>
        <translation type="unfinished">Agentes</translation>
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
        <translation type="unfinished">Prospectos</translation>
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
        <translation type="unfinished">Respuestas</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Respuestas ÷ prospectos × 100</translation>
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
            <numerusform>%n llamada</numerusform>
            <numerusform>%n llamadas</numerusform>
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
        <translation>Espacio de trabajo actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch workspace: cached answers are kept apart per workspace</source>
        <translation>Cambiar de espacio de trabajo: las respuestas en caché se guardan por separado para cada espacio</translation>
    </message>
</context>
<context>
    <name>kakiyo::WorkspacesPage</name>
    <message>
        <location filename="../../ui/workspaces/WorkspacesPage.cpp" line="+50"/>
        <location line="+71"/>
        <source>Workspaces</source>
        <translation>Espacios de trabajo</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Wor&amp;king in</source>
        <translation>&amp;Trabajando en</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New client workspace…</source>
        <translation>Nuevo espacio de cliente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a workspace for a client of the agency</source>
        <translation>Crear un espacio de trabajo para un cliente de la agencia</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;h3&gt;Workspaces need the Agency plan&lt;/h3&gt;&lt;p&gt;Kakiyo answered that this team is not on the Agency plan, so it has no client workspaces. With the Agency plan you can give each client a workspace of their own, invite the client&apos;s people by email and assign agents to it; the client then sees only the campaigns and conversations of those agents.&lt;/p&gt;&lt;p&gt;Everything else in Kakiyo Desk works as before. If the plan was changed recently, press &lt;b&gt;Refresh&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Los espacios de trabajo requieren el plan Agency&lt;/h3&gt;&lt;p&gt;Kakiyo respondió que este equipo no tiene el plan Agency, así que no tiene espacios de trabajo de clientes. Con el plan Agency puede dar a cada cliente su propio espacio de trabajo, invitar por correo electrónico a las personas del cliente y asignarle agentes; el cliente solo ve entonces las campañas y conversaciones de esos agentes.&lt;/p&gt;&lt;p&gt;Todo lo demás en Kakiyo Desk funciona como antes. Si el plan cambió hace poco, pulse &lt;b&gt;Actualizar&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;New workspace</source>
        <translation>&amp;Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New workspace name</source>
        <translation>Nombre del nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client name, e.g. Acme Robotics</source>
        <translation>Nombre del cliente, p. ej., Acme Robotics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Work in this workspace</source>
        <translation>Traba&amp;jar en este espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clients of this workspace</source>
        <translation>Clientes de este espacio de trabajo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client email to invite</source>
        <translation>Correo del cliente que invitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client@example.com</source>
        <translation>cliente@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invite</source>
        <translation>&amp;Invitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assigned agents</source>
        <translation>Agentes asignados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agents assigned to this workspace</source>
        <translation>Agentes asignados a este espacio de trabajo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agent to assign</source>
        <translation>Agente que asignar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unassign</source>
        <translation>&amp;Desasignar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
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
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;Aún no hay espacios de trabajo de clientes&lt;/h3&gt;&lt;p&gt;Cree uno arriba para cada cliente de la agencia; luego invite a las personas del cliente y asigne los agentes que trabajan para él.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a workspace to see its clients and agents.</source>
        <translation>Seleccione un espacio de trabajo para ver sus clientes y agentes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the window works in this workspace</source>
        <translation>la ventana trabaja en este espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marker colour of this workspace</source>
        <translation>color de marca de este espacio de trabajo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace id</source>
        <translation>ID del espacio de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client team id</source>
        <translation>ID del equipo del cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reported</source>
        <translation>sin informar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No clients invited yet</source>
        <translation>Aún no se ha invitado a ningún cliente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No agents assigned</source>
        <translation>Ningún agente asignado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every agent is assigned</source>
        <translation>Todos los agentes están asignados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading agents…</source>
        <translation>Cargando agentes…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the server did not say what it changed</source>
        <translation>el servidor no indicó qué cambió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 campaigns, %2 conversations, %3 prospects</source>
        <translation>%1 campañas, %2 conversaciones, %3 prospectos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the workspace a name.</source>
        <translation>Asigne un nombre al espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating “%1”…</source>
        <translation>Creando “%1”…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kakiyo refused: workspaces need the Agency plan.</source>
        <translation>Kakiyo lo rechazó: los espacios de trabajo requieren el plan Agency.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workspace “%1” created.</source>
        <translation>Espacio de trabajo “%1” creado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete workspace</source>
        <translation>Eliminar espacio de trabajo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the workspace “%1”?

Its %n client(s) lose access and its agents are unassigned (the agents, campaigns and conversations stay in the team). This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar el espacio de trabajo “%1”?

Su %n cliente pierde el acceso y sus agentes se desasignan (los agentes, campañas y conversaciones permanecen en el equipo). No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar el espacio de trabajo “%1”?

Sus %n clientes pierden el acceso y sus agentes se desasignan (los agentes, campañas y conversaciones permanecen en el equipo). No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting “%1”…</source>
        <translation>Eliminando “%1”…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server did not report what it unassigned.</source>
        <translation>El servidor no informó de qué desasignó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server unassigned %1 and updated %2 campaigns and %3 conversations.</source>
        <translation>El servidor desasignó %1 y actualizó %2 campañas y %3 conversaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 agent</source>
        <translation>1 agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 agents</source>
        <translation>%1 agentes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace “%1” deleted. %2</source>
        <translation>Espacio de trabajo “%1” eliminado. %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not an email address. Enter the client&apos;s address, e.g. name@client.com.</source>
        <translation>“%1” no es una dirección de correo electrónico. Introduzca la dirección del cliente, p. ej., nombre@cliente.com.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inviting %1…</source>
        <translation>Invitando a %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is already a client of this workspace.</source>
        <translation>%1 ya es cliente de este espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 invited; Kakiyo sent the sign-in link by email.</source>
        <translation>%1 invitado; Kakiyo envió el enlace de acceso por correo electrónico.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 invited (no email was sent).</source>
        <translation>%1 invitado (no se envió ningún correo electrónico).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove client</source>
        <translation>Quitar cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from this workspace? They lose access to its campaigns and conversations.</source>
        <translation>¿Quitar a %1 de este espacio de trabajo? Perderá el acceso a sus campañas y conversaciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removing %1…</source>
        <translation>Quitando a %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 removed from the workspace.</source>
        <translation>%1 quitado del espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Assigning %1…</source>
        <translation>Asignando %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 assigned. The client now sees %2.</source>
        <translation>%1 asignado. El cliente ve ahora %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unassigning %1…</source>
        <translation>Desasignando %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 unassigned; the agent stays in the team. The client no longer sees %2.</source>
        <translation>%1 desasignado; el agente permanece en el equipo. El cliente ya no ve %2.</translation>
    </message>
</context>
</TS>
