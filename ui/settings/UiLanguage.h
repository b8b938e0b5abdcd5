// The language of the interface and the locale of its numbers and dates. English is the source
// text; French, German and Spanish come from resources/translations (embedded under :/i18n).
// The choice is, in order: KAKIYO_LANGUAGE (tests, screenshots), the settings ("ui/language",
// set in the settings dialog), else the system's (QLocale::system().uiLanguages()). install()
// runs once at start, before any window or command output, and applies it to the process: Qt's
// own translations, ours, and the default QLocale that formats numbers, dates and percentages.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace kakiyo {

class UiLanguage final
{
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)

public:
    struct Choice
    {
        QString code; // "" = the system's language
        QString name; // in its own language ("Français"), so anyone can find theirs
    };

    // System default first, then English, Français, Deutsch, Español.
    static QList<Choice> choices();

    // What the settings say ("" = follow the system).
    static QString stored();
    static void store(const QString &code);

    // The language asked for: KAKIYO_LANGUAGE, else stored(); "" = the system's.
    static QString requested();
    // The locale used for text and formatting once install() has run.
    static QLocale localeFor(const QString &code);

    // Sets the default QLocale and installs Qt's and our translators for requested(). Returns
    // the language of the translation loaded ("fr"), or "" when the interface stays English.
    static QString install(QCoreApplication *app);
    // The stored choice install() applied, for the settings dialog's "applies after a restart".
    static QString installedChoice();

    static constexpr const char *SettingsKey = "ui/language";
};

} // namespace kakiyo
