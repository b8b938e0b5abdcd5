#include "app/LaunchOptions.h"

#include <QCoreApplication>

namespace kakiyo {

namespace {

bool takeValue(
    const QStringList &args, qsizetype &i, const QString &name, QString *value, QString *error)
{
    const QString &arg = args.at(i);
    const QString withEquals = name + QLatin1Char('=');
    if (arg.startsWith(withEquals)) {
        *value = arg.mid(withEquals.size());
    } else if (i + 1 < args.size()) {
        *value = args.at(++i);
    } else {
        *error = QCoreApplication::translate("CommandLine", "%1 needs a value").arg(name);
        return false;
    }
    if (value->isEmpty()) {
        *error = QCoreApplication::translate("CommandLine", "%1 needs a value").arg(name);
        return false;
    }
    return true;
}

bool matches(const QString &arg, const QString &name)
{
    return arg == name || arg.startsWith(name + QLatin1Char('='));
}

QString checkBaseUrl(const QString &text, QUrl *url)
{
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return QCoreApplication::translate("CommandLine",
            "--base-url: \"%1\" is not a URL (expected e.g. https://api.kakiyo.com/v1)")
            .arg(text);
    if (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))
        return QCoreApplication::translate(
            "CommandLine", "--base-url: only http and https URLs are supported");
    if (!parsed.userInfo().isEmpty())
        return QCoreApplication::translate(
            "CommandLine", "--base-url: credentials do not belong in the URL");
    *url = parsed;
    return {};
}

bool validProfileName(const QString &name)
{
    if (name.size() > 64)
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
                || c == QLatin1Char(' ') || c == QLatin1Char('.')))
            return false;
    }
    return !name.trimmed().isEmpty();
}

} // namespace

LaunchOptions LaunchOptions::parse(const QStringList &arguments)
{
    LaunchOptions o;
    bool commandSeen = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!o.error.isEmpty())
            break;
        if ((o.command == Command::Export || o.command == Command::Import
                || o.command == Command::Watch)
            && commandSeen) {
            // Their own syntax arrives with those commands; keep everything for them.
            if (matches(arg, QStringLiteral("--profile"))) {
                if (!takeValue(arguments, i, QStringLiteral("--profile"), &o.profile, &o.error))
                    break;
                continue;
            }
            // The connection options mean the same after the command as before it.
            if (matches(arg, QStringLiteral("--base-url"))) {
                QString text;
                if (!takeValue(arguments, i, QStringLiteral("--base-url"), &text, &o.error))
                    break;
                o.error = checkBaseUrl(text, &o.baseUrl);
                continue;
            }
            if (arg == QLatin1String("--demo")) {
                o.demo = true;
                continue;
            }
            o.rest << arg;
            continue;
        }
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            o.command = Command::Help;
            return o;
        }
        if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            o.command = Command::Version;
            return o;
        }
        if (arg == QLatin1String("--demo")) {
            o.demo = true;
        } else if (arg == QLatin1String("--new-campaign")
            || arg == QLatin1String("--import-leads")) {
            const StartAction action = arg == QLatin1String("--new-campaign")
                ? StartAction::NewCampaign
                : StartAction::ImportLeads;
            if (o.startAction != StartAction::None && o.startAction != action)
                o.error = QStringLiteral("--new-campaign and --import-leads cannot be combined");
            o.startAction = action;
        } else if (matches(arg, QStringLiteral("--profile"))) {
            if (!takeValue(arguments, i, QStringLiteral("--profile"), &o.profile, &o.error))
                break;
            if (!validProfileName(o.profile))
                o.error = QCoreApplication::translate("CommandLine",
                    "--profile: \"%1\" is not a valid profile name (letters, "
                    "digits, space, . - _; at most 64)")
                              .arg(o.profile);
        } else if (matches(arg, QStringLiteral("--base-url"))) {
            QString text;
            if (!takeValue(arguments, i, QStringLiteral("--base-url"), &text, &o.error))
                break;
            o.error = checkBaseUrl(text, &o.baseUrl);
        } else if (arg.size() > 1 && arg.at(0) == QLatin1Char('-')
            && arg.at(1) != QLatin1Char('-')) {
            // Qt's own options (-platform offscreen, -style Fusion, -reverse, ...) belong to
            // QApplication, which sees the same argv; skip them and their value.
            static const QStringList withValue
                = {QStringLiteral("-platform"), QStringLiteral("-style"),
                    QStringLiteral("-stylesheet"), QStringLiteral("-qwindowgeometry"),
                    QStringLiteral("-qwindowtitle"), QStringLiteral("-qwindowicon"),
                    QStringLiteral("-session"), QStringLiteral("-display"), QStringLiteral("-name"),
                    QStringLiteral("-platformtheme"), QStringLiteral("-plugin")};
            if (withValue.contains(arg) && i + 1 < arguments.size())
                ++i;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            o.error = QCoreApplication::translate("CommandLine", "unknown option %1").arg(arg);
        } else if (!commandSeen && arg == QLatin1String("key")) {
            o.command = Command::Key;
            commandSeen = true;
        } else if (!commandSeen && arg == QLatin1String("export")) {
            o.command = Command::Export;
            commandSeen = true;
        } else if (!commandSeen && arg == QLatin1String("import")) {
            o.command = Command::Import;
            commandSeen = true;
        } else if (!commandSeen && arg == QLatin1String("watch")) {
            o.command = Command::Watch;
            commandSeen = true;
        } else if (o.command == Command::Key && o.keyAction == KeyAction::None) {
            if (arg == QLatin1String("set"))
                o.keyAction = KeyAction::Set;
            else if (arg == QLatin1String("status"))
                o.keyAction = KeyAction::Status;
            else if (arg == QLatin1String("remove"))
                o.keyAction = KeyAction::Remove;
            else
                o.error = QCoreApplication::translate(
                    "CommandLine", "key: unknown action \"%1\" (expected set, status or remove)")
                              .arg(arg);
        } else if (o.command == Command::Key) {
            // A key given on the command line would end up in shell history and `ps`.
            // Not echoed: the stray argument may well be the key itself.
            o.error = QCoreApplication::translate("CommandLine",
                "key: unexpected argument; the key is read from standard "
                "input, never from the command line");
        } else {
            o.error = QCoreApplication::translate("CommandLine", "unknown command \"%1\"").arg(arg);
        }
    }
    if (!o.error.isEmpty())
        return o;
    if (o.startAction != StartAction::None && o.command != Command::Gui)
        o.error = QCoreApplication::translate(
            "CommandLine", "--new-campaign and --import-leads only apply to the window");
    else if (o.command == Command::Key && o.keyAction == KeyAction::None)
        o.error = QCoreApplication::translate(
            "CommandLine", "key: say what to do: set, status or remove");
    else if (o.demo && o.command == Command::Key)
        o.error = QCoreApplication::translate("CommandLine",
            "--demo only applies to the window, export and import (the "
            "demo's key is never stored)");
    else if (o.demo && !o.baseUrl.isEmpty())
        o.error = QCoreApplication::translate("CommandLine",
            "--demo and --base-url cannot be combined: the demo runs its own local server");
    else if (o.demo && !o.profile.isEmpty())
        o.error = QCoreApplication::translate(
            "CommandLine", "--demo and --profile cannot be combined: the demo has its own profile");
    return o;
}

QString LaunchOptions::usage()
{
    return QCoreApplication::translate("CommandLine",
               "Usage:\n"
               "  kakiyo-desk [--demo] [--profile NAME] [--base-url URL]\n"
               "              [--new-campaign | --import-leads]\n"
               "      Open the window. --demo starts a local kakiyo-sandbox with a seeded team "
               "and\n"
               "      connects to it (no key, no network). --profile picks a saved profile;\n"
               "      --base-url overrides the API address (https, or http on loopback).\n"
               "      --new-campaign and --import-leads open the new-campaign dialog or the lead\n"
               "      import wizard as soon as the window is connected.\n"
               "  kakiyo-desk key set|status|remove [--profile NAME] [--base-url URL]\n"
               "      Manage the API key of a profile; `key set` reads the key from standard "
               "input.\n"
               "  kakiyo-desk export --chart NAME|--report [--campaign ID] --format "
               "png|svg|pdf|csv\n"
               "                     [--scale N] -o FILE\n"
               "  kakiyo-desk export --table prospects [filters] [--limit N] --format csv -o FILE\n"
               "      Export a chart, the PDF report or the prospect table without the window\n"
               "      (`kakiyo-desk export --help` lists the charts and filters). Connects like "
               "the\n"
               "      window: --demo, --profile, --base-url; KAKIYO_API_KEY is used for the run "
               "only.\n"
               "  kakiyo-desk import FILE.csv --campaign ID | --round-robin ID,ID[,...]\n"
               "                     [--map name=COL,url=COL,custom=COL] [--skip-dnc FILE] "
               "[--dry-run]\n"
               "                     [--report FILE] [--journal FILE] [--profile NAME] [--base-url "
               "URL]\n"
               "      Validate a CSV of prospects, show the plan, then import it (resumes an\n"
               "      interrupted run of the same file and target). Exit 0 when every row got an\n"
               "      answer about its data, 1 otherwise, 2 for a wrong command line.\n"
               "      (`kakiyo-desk import --help` lists the options.)\n"
               "  kakiyo-desk --help | --version\n"
               "\n"
               "Headless commands are bounded: a request not fully answered within KAKIYO_TIMEOUT\n"
               "seconds (default 60) is given up, an export stops when a page takes longer, an\n"
               "import stops after 10 x KAKIYO_TIMEOUT without progress (run it again to resume).\n"
               "Ctrl-C or SIGTERM stops any command at once and writes no partial file. An export\n"
               "whose server contradicts itself keeps the rows served and exits 1.\n")
        + QCoreApplication::translate("CommandLine",
            "  kakiyo-desk watch [--once] [--json] [--workspace ID]: print new and current\n"
            "      alerts (exit 3 when something is new; `kakiyo-desk watch --help`).\n");
}

} // namespace kakiyo
