// The live desk inside the real window against the sandbox: the unread count on the Prospects
// entry of the sidebar follows a reply injected with POST /__admin/events (+1 after a refresh)
// and opening the conversation on the Prospects page reads it (−1).
#include "DeskFixture.h"
#include "app/LiveDesk.h"
#include "models/live/AutoRefresh.h"
#include "ui/prospects/ProspectsPage.h"

#include <QListWidget>
#include <QSignalSpy>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_LiveDesk final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void unreadBadgeFollowsRepliesAndReading();

private:
    bool refresh();
    QString sidebarText(MainWindow::PageId id) const;

    ConnectedDesk m_fx;
};

void tst_LiveDesk::initTestCase()
{
    isolateSettings();
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

QTEST_MAIN(tst_LiveDesk)
#include "tst_livedesk.moc"
