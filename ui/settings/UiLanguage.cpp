#include "ui/settings/UiLanguage.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace kakiyo {

namespace {

QString &installedCode()
{
    static QString code;
    return code;
}

bool isKnown(const QString &code)
{
    for (const UiLanguage::Choice &choice : UiLanguage::choices()) {
        if (choice.code == code)
            return true;
    }
    return false;
}

} // namespace

QList<UiLanguage::Choice> UiLanguage::choices()
{
    return {
        {QString(), tr("System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
}

QString UiLanguage::stored()
{
    const QString code = QSettings().value(QLatin1String(SettingsKey)).toString();
    return isKnown(code) ? code : QString();
}

void UiLanguage::store(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(SettingsKey));
    else
        settings.setValue(QLatin1String(SettingsKey), code);
}

QString UiLanguage::requested()
{
    const QString fromEnvironment = qEnvironmentVariable("KAKIYO_LANGUAGE").trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return stored();
}

QLocale UiLanguage::localeFor(const QString &code)
{
    if (code.isEmpty())
        return QLocale::system();
    // "fr" alone would mean France; keep the system's country when it speaks that language
    // (fr_CA, de_CH), so dates and numbers still look as the user is used to.
    const QLocale language(code);
    const QLocale system = QLocale::system();
    if (system.language() == language.language())
        return system;
    return language;
}

QString UiLanguage::install(QCoreApplication *app)
{
    const QString code = requested();
    installedCode() = stored();
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);

    QString loaded;
    auto *ours = new QTranslator(app);
    // load(QLocale, ...) tries each of the locale's UI languages in turn (fr_CA, fr, ...).
    if (ours->load(locale, QStringLiteral("kakiyo"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && app->installTranslator(ours)) {
        loaded = ours->language().section(QLatin1Char('_'), 0, 0);
    } else {
        delete ours;
    }
    // Qt's own strings (standard buttons, file dialogs, context menus), when the distribution
    // ships them; only worth it when the rest of the interface is translated too.
    if (!loaded.isEmpty()) {
        auto *qt = new QTranslator(app);
        if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            || !app->installTranslator(qt))
            delete qt;
    }
    return loaded;
}

QString UiLanguage::installedChoice()
{
    return installedCode();
}

} // namespace kakiyo
