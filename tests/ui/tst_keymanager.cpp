// The key manager against a real sandbox, with a MemoryKeyStore injected (no keyring in this test
// area): the 40-character check as you type, a wrong key refused and not stored, the good key
// verified (team id shown), stored for its profile and made current; rename and remove; the
// settings file never holds the key.
#include "DeskFixture.h"
#include "common/Screenshots.h"
#include "common/UnavailableKeyStore.h"
#include "models/api/Connection.h"
#include "models/api/RequestScheduler.h"
#include "models/api/UsageMeter.h"
#include "models/store/MemoryKeyStore.h"
#include "models/store/Profiles.h"
#include "ui/keys/KeyManagerDialog.h"
#include "ui/shell/MessageBox.h"
#include "ui/shell/Theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QToolButton>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

} // namespace

class tst_KeyManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void malformedKeyKeepsButtonDisabled_data();
    void malformedKeyKeepsButtonDisabled();
    void wrongKeyShowsErrorStoresNothing();
    void goodKeyVerifiedStoredAndCurrent();
    void renameAndRemoveProfile();
    void settingsFileNeverHoldsTheKey();
    void deskOpensItAndConnects();
    void noSecureStorageOffersSessionOnly();

private:
    struct Fixture
    {
        Fixture(const QString &settingsFile)
            : profiles(settingsFile)
        {
        }
        Profiles profiles;
        MemoryKeyStore store;
        std::unique_ptr<KeyManagerDialog> dialog;
        template<typename T> T *child(const char *name) const
        {
            return dialog->findChild<T *>(QLatin1String(name));
        }
    };
    std::unique_ptr<Fixture> open();
    bool verify(Fixture &f, const QString &key, bool expectOk);

    SandboxProcess m_sandbox {{QStringLiteral("--quiet")}};
    QTemporaryDir m_dir;
    QString m_settings;
    QString m_usedKeys;
};

void tst_KeyManager::initTestCase()
{
    isolateSettings();
    Theme::apply(qApp, Theme::Scheme::Light);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_dir.isValid());
    m_settings = m_dir.filePath(QStringLiteral("profiles.ini"));
}

std::unique_ptr<tst_KeyManager::Fixture> tst_KeyManager::open()
{
    auto f = std::make_unique<Fixture>(m_settings);
    f->dialog = std::make_unique<KeyManagerDialog>(&f->profiles, &f->store);
    f->dialog->show();
    // The storage probe is asynchronous; until it answers nothing can be saved.
    if (!QTest::qWaitFor([&] { return f->dialog->secureStorageWorks(); }, 5000))
        qWarning("the storage probe did not answer");
    return f;
}

bool tst_KeyManager::verify(Fixture &f, const QString &key, bool expectOk)
{
    f.child<QLineEdit>("baseUrl")->setText(m_sandbox.baseUrl().toString());
    f.child<QLineEdit>("apiKey")->setText(key);
    auto *button = f.child<QPushButton>("verifyButton");
    if (!button->isEnabled())
        return false;
    QSignalSpy finished(f.dialog.get(), &KeyManagerDialog::verifyFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    if (!finished.wait(15000))
        return false;
    return finished.first().first().toBool() == expectOk;
}

void tst_KeyManager::malformedKeyKeepsButtonDisabled_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("count");
    QTest::newRow("short") << QStringLiteral("abcdefghijkl")
                           << QStringLiteral("12 / 40 characters");
    QTest::newRow("long") << QString(41, QLatin1Char('a')) << QStringLiteral("41 / 40 characters");
    QTest::newRow("40 with a dash")
        << QString(39, QLatin1Char('a')) + QLatin1Char('-') << QStringLiteral("40 / 40 characters");
}

void tst_KeyManager::malformedKeyKeepsButtonDisabled()
{
    QFETCH(QString, key);
    QFETCH(QString, count);
    auto f = open();
    auto *field = f->child<QLineEdit>("apiKey");
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QTest::keyClicks(field, key);
    QVERIFY(!f->child<QPushButton>("verifyButton")->isEnabled());
    const QString hint = f->child<QLabel>("keyHint")->text();
    QVERIFY2(hint.startsWith(count), qPrintable(hint));
    QVERIFY(!hint.contains(key)); // the hint never repeats the key
    QCOMPARE(field->property("valid").toBool(), false);
    // Show/hide toggles the echo mode.
    auto *show = f->child<QToolButton>("showKey");
    show->click();
    QCOMPARE(field->echoMode(), QLineEdit::Normal);
    show->click();
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    // A well-formed key enables it.
    field->setText(m_sandbox.apiKey());
    QVERIFY(f->child<QPushButton>("verifyButton")->isEnabled());
    QVERIFY(f->child<QLabel>("keyHint")->text().startsWith(QStringLiteral("40 / 40")));
}

void tst_KeyManager::wrongKeyShowsErrorStoresNothing()
{
    auto f = open();
    const QString id = f->dialog->selectedProfileId();
    QVERIFY(!id.isEmpty());
    // Well formed, the sandbox's team id, but the wrong secret.
    QString wrong = m_sandbox.apiKey().left(20) + QString(20, QLatin1Char('Z'));
    if (wrong == m_sandbox.apiKey())
        wrong = m_sandbox.apiKey().left(20) + QString(20, QLatin1Char('Y'));
    m_usedKeys += wrong;
    QVERIFY(verify(*f, wrong, false));
    const QString shown = f->child<QLabel>("verifyResult")->text();
    QVERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(QStringLiteral("key"), Qt::CaseInsensitive), qPrintable(shown));
    QVERIFY(!shown.contains(wrong));
    QVERIFY(!shown.contains(wrong.right(20)));
    QVERIFY(f->child<QPushButton>("verifyButton")->isEnabled()); // can try again

    bool answered = false;
    KeyStoreResult loaded;
    f->store.load(id, this, [&](const KeyStoreResult &r) {
        loaded = r;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QCOMPARE(loaded.status, KeyStoreResult::Status::NotFound);
}

void tst_KeyManager::goodKeyVerifiedStoredAndCurrent()
{
    auto f = open();
    f->dialog->addProfile();
    const QString id = f->dialog->selectedProfileId();
    QVERIFY(!id.isEmpty());
    QVERIFY(id != f->profiles.currentId());
    QSignalSpy ready(f->dialog.get(), &KeyManagerDialog::profileReady);
    m_usedKeys += m_sandbox.apiKey();
    QVERIFY(verify(*f, m_sandbox.apiKey(), true));
    const QString shown = f->child<QLabel>("verifyResult")->text();
    QVERIFY2(shown.contains(m_sandbox.teamId()), qPrintable(shown));
    QVERIFY(!shown.contains(m_sandbox.apiKey()));
    QCOMPARE(f->profiles.currentId(), id);
    QCOMPARE(f->profiles.find(id)->baseUrl, m_sandbox.baseUrl());
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.first().at(0).toString(), id);
    QCOMPARE(ready.first().at(2).toUrl(), m_sandbox.baseUrl());

    bool answered = false;
    KeyStoreResult loaded;
    f->store.load(id, this, [&](const KeyStoreResult &r) {
        loaded = r;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.key.text(), m_sandbox.apiKey());

    // Evidence: the dialog in its verified state.
    f->child<QLineEdit>("apiKey")->setText(m_sandbox.apiKey());
    QTest::qWait(50);
    QVERIFY(f->dialog->grab().save(screenshotPath(QStringLiteral("key-manager.png"))));
}

void tst_KeyManager::renameAndRemoveProfile()
{
    auto f = open();
    f->dialog->addProfile();
    const QString id = f->dialog->selectedProfileId();
    auto *name = f->child<QLineEdit>("profileName");
    name->setText(QStringLiteral("Agency client"));
    QMetaObject::invokeMethod(name, "editingFinished");
    QCOMPARE(f->profiles.find(id)->name, QStringLiteral("Agency client"));
    auto *list = f->child<QListWidget>("profileList");
    QVERIFY(!list->findItems(QStringLiteral("Agency client"), Qt::MatchStartsWith).isEmpty());

    // Refused: nothing changes.
    const int before = static_cast<int>(f->profiles.all().size());
    MessageBox::setNextAnswer(QMessageBox::No);
    f->child<QPushButton>("removeProfile")->click();
    QCOMPARE(static_cast<int>(f->profiles.all().size()), before);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Agency client")));

    // What the live desk kept for the profile goes with it (the app's settings, not Profiles').
    const QString live = QStringLiteral("live/%1/refreshMinutes").arg(id);
    QSettings().setValue(live, 30);
    QSettings().setValue(QStringLiteral("live/%1/refreshPaused").arg(id), true);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    f->child<QPushButton>("removeProfile")->click();
    QTRY_COMPARE(static_cast<int>(f->profiles.all().size()), before - 1);
    QVERIFY(!f->profiles.find(id));
    QVERIFY(!QSettings().contains(live));
    QSettings settings;
    settings.beginGroup(QStringLiteral("live/") + id);
    QVERIFY(settings.allKeys().isEmpty());
    QVERIFY(list->findItems(QStringLiteral("Agency client"), Qt::MatchStartsWith).isEmpty());
}

void tst_KeyManager::settingsFileNeverHoldsTheKey()
{
    QVERIFY(!m_usedKeys.isEmpty());
    {
        Profiles p(m_settings);
        QVERIFY(p.sync());
    }
    QFile file(m_settings);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.isEmpty());
    QVERIFY(!text.contains(m_sandbox.apiKey().toUtf8()));
    QVERIFY(!text.contains(m_sandbox.apiKey().right(20).toUtf8()));
    // The app's own settings neither.
    QFile app(QSettings().fileName());
    if (app.open(QIODevice::ReadOnly))
        QVERIFY(!app.readAll().contains(m_sandbox.apiKey().right(20).toUtf8()));
}

void tst_KeyManager::deskOpensItAndConnects()
{
    QTemporaryDir cache;
    Desk desk(LaunchOptions {}, cache.path());
    desk.start(false);
    QVERIFY(!desk.keyManager());
    auto *connectButton
        = desk.window()->findChild<QPushButton *>(QStringLiteral("connectAccountButton"));
    QVERIFY(connectButton);
    connectButton->click();
    QPointer<KeyManagerDialog> dialog = desk.keyManager();
    QVERIFY(dialog);
    // The Desk's real keychain store is probed; let that finish before anything is destroyed
    // (libqt6keychain's libsecret backend crashes when a job dies while libsecret still answers).
    QSignalSpy checked(dialog.data(), &KeyManagerDialog::storageChecked);
    QVERIFY(checked.wait(15000));
    // "Manage keys" brings the same dialog forward rather than a second one.
    desk.window()->command(QStringLiteral("manageKeys"))->trigger();
    QCOMPARE(desk.keyManager(), dialog.data());
    QCOMPARE(desk.window()->findChildren<KeyManagerDialog *>().size(), 1);

    // A verified key for a profile connects the session to it and shows the dashboard.
    QSignalSpy connected(&desk, &Desk::connected);
    emit dialog->profileReady(QStringLiteral("p1"), QStringLiteral("Sandbox team"),
        m_sandbox.baseUrl(), m_sandbox.apiKey());
    QCOMPARE(connected.count(), 1);
    QVERIFY(desk.isConnected());
    QVERIFY(!desk.window()->isWelcomeShown());
    QCOMPARE(desk.connection()->baseUrl(), m_sandbox.baseUrl());
    QTRY_VERIFY(!dialog); // closed and deleted
}

void tst_KeyManager::noSecureStorageOffersSessionOnly()
{
    Profiles profiles(m_dir.filePath(QStringLiteral("broken.ini")));
    UnavailableKeyStore broken;
    KeyManagerDialog dialog(&profiles, &broken);
    QSignalSpy checked(&dialog, &KeyManagerDialog::storageChecked);
    dialog.show();
    QVERIFY(checked.wait(5000));
    QCOMPARE(checked.first().first().toBool(), false);
    auto *storage = dialog.findChild<QLabel *>(QStringLiteral("storageStatus"));
    QVERIFY2(
        storage->text().contains(QStringLiteral("does not work")), qPrintable(storage->text()));
    auto *sessionOnly = dialog.findChild<QCheckBox *>(QStringLiteral("sessionOnly"));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("sessionWarning"));
    QVERIFY(sessionOnly->isVisible());
    QVERIFY(!warning->isVisible());

    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("verifyButton"));
    dialog.findChild<QLineEdit *>(QStringLiteral("baseUrl"))
        ->setText(m_sandbox.baseUrl().toString());
    dialog.findChild<QLineEdit *>(QStringLiteral("apiKey"))->setText(m_sandbox.apiKey());
    QVERIFY(!button->isEnabled()); // nowhere to save it yet
    sessionOnly->setChecked(true);
    QVERIFY(warning->isVisible());
    QVERIFY(button->isEnabled());

    const int probeSaves = broken.saves; // the probe's throw-away entry
    QSignalSpy finished(&dialog, &KeyManagerDialog::verifyFinished);
    button->click();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(broken.saves, probeSaves); // the key went to the session-only store
    QVERIFY(!dialog.activeStore()->isPersistent());
    bool answered = false;
    KeyStoreResult loaded;
    dialog.activeStore()->load(dialog.selectedProfileId(), this, [&](const KeyStoreResult &r) {
        loaded = r;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QCOMPARE(loaded.key.text(), m_sandbox.apiKey());
}

QTEST_MAIN(tst_KeyManager)
#include "tst_keymanager.moc"
