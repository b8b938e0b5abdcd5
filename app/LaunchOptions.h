// What the user asked for on the command line: the GUI (optionally on the demo sandbox, a named
// profile or another base URL) or one of the headless subcommands. Parsing is pure so it can be
// tested with a table; main() decides what to build from the result.
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace kakiyo {

struct LaunchOptions
{
    enum class Command
    {
        Gui,
        Key,
        Export,
        Import,
        Watch,
        Help,
        Version
    };
    enum class KeyAction
    {
        None,
        Set,
        Status,
        Remove
    };
    // What the window does once it is connected (the desktop file's actions).
    enum class StartAction
    {
        None,
        NewCampaign,
        ImportLeads
    };

    Command command = Command::Gui;
    KeyAction keyAction = KeyAction::None;
    StartAction startAction = StartAction::None;
    bool demo = false;
    QString profile;
    QUrl baseUrl;
    QStringList rest; // arguments of export/import, kept for when those commands exist
    QString error; // non-empty: the command line is wrong; say this and the usage

    bool isValid() const { return error.isEmpty(); }
    bool isHeadless() const
    {
        return command == Command::Key || command == Command::Export || command == Command::Import
            || command == Command::Watch;
    }

    // arguments as in QCoreApplication::arguments(): the program name first.
    static LaunchOptions parse(const QStringList &arguments);
    static QString usage();
};

} // namespace kakiyo
