// The settings dialog and the language choice: Ctrl+, opens it from the window; choosing a
// language with the keyboard stores "ui/language" and says it applies after a restart (going
// back to the language in use hides that again); "Restart now" closes the window and marks the
// restart for main(). UiLanguage: KAKIYO_LANGUAGE wins over the settings, unknown stored values
// fall back to the system, and the French catalogue is embedded and loads.
#include "DeskFixture.h"
#include "app/SettingsCommand.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/UiLanguage.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTranslator>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void requestedLanguage_data();
    void requestedLanguage();
    void frenchCatalogueIsEmbedded();
    void ctrlCommaOpensTheDialog();
    void languageChoiceIsStoredAndAsksForRestart();
    void restartClosesTheWindow();
};

void tst_SettingsDialog::init()
{
    isolateSettings();
    qunsetenv("KAKIYO_LANGUAGE");
}

void tst_SettingsDialog::requestedLanguage_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system") << QString() << QString() << QString();
    QTest::newRow("settings") << QStringLiteral("fr") << QString() << QStringLiteral("fr");
    QTest::newRow("environment wins")
        << QStringLiteral("fr") << QStringLiteral("de") << QStringLiteral("de");
    QTest::newRow("unknown stored") << QStringLiteral("xx") << QString() << QString();
}

void tst_SettingsDialog::requestedLanguage()
{
    QFETCH(QString, stored);
    QFETCH(QString, environment);
    QFETCH(QString, expected);
    if (!stored.isEmpty())
        QSettings().setValue(QLatin1String(UiLanguage::SettingsKey), stored);
    if (!environment.isEmpty())
        qputenv("KAKIYO_LANGUAGE", environment.toUtf8());
    QCOMPARE(UiLanguage::requested(), expected);
    qunsetenv("KAKIYO_LANGUAGE");
}

void tst_SettingsDialog::frenchCatalogueIsEmbedded()
{
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::French, QLocale::France), QStringLiteral("kakiyo"),
        QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCOMPARE(
        translator.translate("kakiyo::MainWindow", "Overview"), QStringLiteral("Vue d’ensemble"));
    QCOMPARE(UiLanguage::localeFor(QStringLiteral("fr")).language(), QLocale::French);
}

void tst_SettingsDialog::ctrlCommaOpensTheDialog()
{
    QTemporaryDir cache;
    Desk desk(LaunchOptions {}, cache.path());
    desk.start(true);
    MainWindow *w = desk.window();
    QVERIFY(QTest::qWaitForWindowActive(w));
    auto *action = w->findChild<QAction *>(QStringLiteral("openSettings"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QTest::keyClick(w, Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<SettingsDialog *>()) && dialog->isVisible());
    // A second Ctrl+, brings the same dialog forward instead of opening another.
    action->trigger();
    QCOMPARE(w->findChildren<SettingsDialog *>().size(), 1);
    // Every control says what it is to a screen reader.
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("languageChoice"))
                 ->accessibleName()
                 .isEmpty());
    dialog->close();
}

void tst_SettingsDialog::languageChoiceIsStoredAndAsksForRestart()
{
    SettingsDialog dialog;
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageChoice"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNote"));
    auto *restart = dialog.findChild<QPushButton *>(QStringLiteral("restartButton"));
    QVERIFY(combo && note && restart);
    QCOMPARE(combo->currentData().toString(), QString());
    QVERIFY(!note->isVisible());
    QCOMPARE(combo->count(), UiLanguage::choices().size());

    // Keyboard only: the label's mnemonic focuses the list, arrows pick "Français".
    QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
    QTRY_VERIFY(combo->hasFocus());
    const int french = combo->findData(QStringLiteral("fr"));
    for (int i = combo->currentIndex(); i < french; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("fr"));
    QCOMPARE(
        QSettings().value(QLatin1String(UiLanguage::SettingsKey)).toString(), QStringLiteral("fr"));
    QVERIFY(note->isVisible());
    QVERIFY(restart->isVisible());

    // Back to the language in use: nothing to restart for, and nothing stored.
    dialog.chooseLanguage(QString());
    QVERIFY(!note->isVisible());
    QVERIFY(!QSettings().contains(QLatin1String(UiLanguage::SettingsKey)));
}

void tst_SettingsDialog::restartClosesTheWindow()
{
    QTemporaryDir cache;
    Desk desk(LaunchOptions {}, cache.path());
    desk.start(true);
    MainWindow *w = desk.window();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    w->findChild<QAction *>(QStringLiteral("openSettings"))->trigger();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<SettingsDialog *>()) && dialog->isVisible());
    dialog->chooseLanguage(QStringLiteral("es"));
    QVERIFY(!SettingsCommand::restartRequested());
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("restartButton")), Qt::LeftButton);
    QTRY_VERIFY(!w->isVisible());
    QVERIFY(SettingsCommand::restartRequested());
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
