// The live desk inside the real window against the sandbox: the unread count on the Prospects
// entry of the sidebar follows a reply injected with POST /__admin/events (+1 after a refresh)
// and opening the conversation on the Prospects page reads it (−1). The tray icon's tooltip
// carries the counts, its menu does what it says (pause and resume the auto-refresh, the two
// opt-in settings, "start at login" against a temporary XDG_CONFIG_HOME); screenshots of the
// menu and of the window with the alert dock are saved for people to look at.
#include "DeskFixture.h"
#include "app/DeskTray.h"
#include "app/LiveDesk.h"
#include "common/Screenshots.h"
#include "models/live/AutoRefresh.h"
#include "models/live/Autostart.h"
#include "ui/prospects/ProspectsPage.h"
#include "ui/shell/BannerArea.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_LiveDesk final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void unreadBadgeFollowsRepliesAndReading();
    void trayCountsAndMenu();
    void awayBannerOnReturn();

private:
    bool refresh();
    QString sidebarText(MainWindow::PageId id) const;

    ConnectedDesk m_fx;
    QTemporaryDir m_config; // XDG_CONFIG_HOME: the autostart entry goes here
};

void tst_LiveDesk::initTestCase()
{
    isolateSettings();
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QVERIFY(m_fx.start());
    QVERIFY(m_fx.desk->live());
    QVERIFY(m_fx.desk->live()->autoRefresh());
}

void tst_LiveDesk::cleanupTestCase()
{
    m_fx.desk.reset();
}

bool tst_LiveDesk::refresh()
{
    AutoRefresh *live = m_fx.desk->live()->autoRefresh();
    QSignalSpy refreshed(live, &AutoRefresh::refreshed);
    live->refreshNow();
    return refreshed.wait(20000);
}

QString tst_LiveDesk::sidebarText(MainWindow::PageId id) const
{
    auto *sidebar = m_fx.window()->findChild<QListWidget *>(QStringLiteral("sidebar"));
    return sidebar ? sidebar->item(int(id))->text() : QString();
}

void tst_LiveDesk::unreadBadgeFollowsRepliesAndReading()
{
    using P = MainWindow::PageId;
    QVERIFY(refresh());
    QCOMPARE(sidebarText(P::Prospects), MainWindow::pageTitle(P::Prospects));

    QJsonObject reply;
    QCOMPARE(m_fx.sandbox->admin("POST", "/events", {{"type", "reply"}}, &reply), 201);
    const QString chat = reply.value("chatId").toString();
    QVERIFY(!chat.isEmpty());
    QVERIFY(refresh());
    QCOMPARE(m_fx.desk->live()->unreadCount(), 1);
    QCOMPARE(
        sidebarText(P::Prospects), MainWindow::pageTitle(P::Prospects) + QStringLiteral(" (1)"));

    m_fx.window()->goTo(P::Prospects);
    static_cast<ProspectsPage *>(m_fx.window()->page(P::Prospects))->openConversation(chat);
    QCOMPARE(m_fx.desk->live()->unreadCount(), 0);
    QCOMPARE(sidebarText(P::Prospects), MainWindow::pageTitle(P::Prospects));
}

void tst_LiveDesk::trayCountsAndMenu()
{
    LiveDesk *live = m_fx.desk->live();
    DeskTray *tray = live->tray();
    QVERIFY(tray);
    QJsonObject reply;
    QCOMPARE(m_fx.sandbox->admin("POST", "/events", {{"type", "reply"}}, &reply), 201);
    QVERIFY(refresh());
    QCOMPARE(live->unreadCount(), 1);
    QVERIFY(live->alertCount() > 0); // the reply, and the seeded team's standing alerts
    QCOMPARE(tray->icon()->toolTip(),
        QStringLiteral("Kakiyo Desk · 1 unread · %1 alert(s)").arg(live->alertCount()));

    QMenu *menu = tray->menu();
    QStringList names;
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator())
            names << a->objectName();
    }
    QCOMPARE(names,
        (QStringList {"trayShow", "trayAlerts", "trayRefresh", "trayPause", "trayKeep", "trayLogin",
            "trayQuit"}));
    auto action
        = [&](const char *name) { return menu->findChild<QAction *>(QString::fromLatin1(name)); };

    // Pause stops the auto-refresh and keeps the user's interval saved (a restart while paused
    // still knows it); un-pausing gives it back.
    AutoRefresh *auto_ = live->autoRefresh();
    auto_->setIntervalMinutes(30);
    emit menu->aboutToShow();
    QVERIFY(!action("trayPause")->isChecked());
    action("trayPause")->trigger();
    QVERIFY(auto_->isPaused());
    QCOMPARE(auto_->intervalMinutes(), 30);
    QCOMPARE(auto_->plan().intervalMinutes(), 0); // nothing planned while paused
    {
        const AutoRefresh afterRestart(m_fx.desk->connection());
        QVERIFY(afterRestart.isPaused());
        QCOMPARE(afterRestart.intervalMinutes(), 30);
    }
    emit menu->aboutToShow();
    QVERIFY(action("trayPause")->isChecked());
    action("trayPause")->trigger();
    QVERIFY(!auto_->isPaused());
    QCOMPARE(auto_->intervalMinutes(), 30);
    QCOMPARE(auto_->plan().intervalMinutes(), 30);
    // Choosing an interval while paused resumes with it.
    action("trayPause")->trigger();
    auto_->setIntervalMinutes(60);
    QVERIFY(!auto_->isPaused());

    // "Refresh now" refreshes.
    QSignalSpy refreshed(auto_, &AutoRefresh::refreshed);
    action("trayRefresh")->trigger();
    QVERIFY(refreshed.wait(20000));

    // The opt-in settings start off and do what they say.
    QVERIFY(!action("trayKeep")->isChecked());
    QVERIFY(!DeskTray::keepInTray());
    action("trayKeep")->trigger();
    QVERIFY(DeskTray::keepInTray());
    action("trayKeep")->trigger();
    QVERIFY(!DeskTray::keepInTray());
    const QString entry = m_config.path() + QStringLiteral("/autostart/kakiyo-desk.desktop");
    QVERIFY(!action("trayLogin")->isChecked());
    action("trayLogin")->trigger();
    QVERIFY(QFile::exists(entry));
    action("trayLogin")->trigger();
    QVERIFY(!QFile::exists(entry));

    // "Alerts" brings the list into view.
    live->dock()->hide();
    action("trayAlerts")->trigger();
    QVERIFY(live->dock()->isVisible());

    menu->adjustSize();
    QVERIFY(menu->grab().save(screenshotPath(QStringLiteral("tray"), QStringLiteral("menu"))));
    m_fx.window()->resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(m_fx.window()));
    QVERIFY(m_fx.window()->grab().save(
        screenshotPath(QStringLiteral("alerts"), QStringLiteral("dock-in-window"))));
}

void tst_LiveDesk::awayBannerOnReturn()
{
    // The session ends (as on quitting), a prospect replies meanwhile, the desk comes back: one
    // refresh at once, and a banner says what changed.
    LiveDesk *live = m_fx.desk->live();
    live->detach();
    live->setMinimumAbsenceMs(0); // the test's "absence" lasts a moment
    QJsonObject reply;
    QCOMPARE(m_fx.sandbox->admin("POST", "/events", {{"type", "reply"}}, &reply), 201);
    QSignalSpy counts(live, &LiveDesk::countsChanged);
    live->attach(m_fx.desk->connection());
    QVERIFY(live->autoRefresh()->hasPreviousSession());
    BannerArea *banners = m_fx.window()->banners();
    QTRY_VERIFY_WITH_TIMEOUT(banners->banner(QStringLiteral("away")), 20000);
    const QString text = banners->banner(QStringLiteral("away"))->spec().text;
    QVERIFY2(text.startsWith(QStringLiteral("Since you were away (")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 prospect(s) replied")), qPrintable(text));
    QTRY_COMPARE(live->unreadCount(), 2); // the one left unread before, and the new reply
    QVERIFY(m_fx.window()->grab().save(
        screenshotPath(QStringLiteral("alerts"), QStringLiteral("away-banner"))));
}

QTEST_MAIN(tst_LiveDesk)
#include "tst_livedesk.moc"
