// Unread conversations through the live desk's models against the real sandbox: a prospect reply
// injected with POST /__admin/events makes its conversation unread (+1) at the next refresh,
// opening it reads it (−1), and both survive a restart (a new AutoRefresh over the same folder).
// What was there at the first look is the baseline, not a hundred unread conversations.
#include "common/SessionFixture.h"
#include "models/live/AutoRefresh.h"
#include "models/live/UnreadTracker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_Unread final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void replyIsUnreadUntilOpened();
    void survivesRestart();
    void trackerAlone();

private:
    bool refresh(AutoRefresh &live);
    QString injectReply(const QString &chatId = {});

    SessionFixture m_fx {QStringLiteral("unread")};
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Unread::initTestCase()
{
    QVERIFY2(m_fx.start({"--seed", "9", "--prospects", "300", "--rate-limit", "100000"}),
        qPrintable(m_fx.errorString()));
}

void tst_Unread::init()
{
    QVERIFY2(m_fx.freshSession(), qPrintable(m_fx.errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool tst_Unread::refresh(AutoRefresh &live)
{
    QSignalSpy refreshed(&live, &AutoRefresh::refreshed);
    QSignalSpy failed(&live, &AutoRefresh::refreshFailed);
    live.refreshNow();
    return QTest::qWaitFor([&] { return !refreshed.isEmpty() || !failed.isEmpty(); }, 20000)
        && failed.isEmpty();
}

QString tst_Unread::injectReply(const QString &chatId)
{
    QJsonObject event {{"type", "reply"}};
    if (!chatId.isEmpty())
        event.insert("chatId", chatId);
    QJsonObject reply;
    if (m_fx.sandbox->admin("POST", "/events", event, &reply) != 201)
        return {};
    return reply.value("chatId").toString();
}

void tst_Unread::replyIsUnreadUntilOpened()
{
    AutoRefresh live(m_fx.connection(), m_dir->path());
    live.start();
    QCOMPARE(live.unreadCount(), 0);
    QVERIFY(refresh(live));
    QCOMPARE(live.unreadCount(), 0); // the first look is the baseline

    QSignalSpy changed(&live, &AutoRefresh::unreadChanged);
    const QString chat = injectReply();
    QVERIFY(!chat.isEmpty());
    QVERIFY(refresh(live));
    QCOMPARE(live.unreadCount(), 1);
    QVERIFY(live.unread().isUnread(chat));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last().first().toInt(), 1);

    QVERIFY(refresh(live)); // nothing new: still one, no signal
    QCOMPARE(live.unreadCount(), 1);
    QCOMPARE(changed.size(), 1);

    live.markRead(chat);
    QCOMPARE(live.unreadCount(), 0);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().first().toInt(), 0);
    live.markRead(chat); // already read: no signal
    QCOMPARE(changed.size(), 2);

    // A reply elsewhere is unread; the conversation read stays read. (The sandbox lets a
    // conversation reply once; a second reply in a read conversation is in trackerAlone.)
    const QString other = injectReply();
    QVERIFY(!other.isEmpty() && other != chat);
    QVERIFY(refresh(live));
    QCOMPARE(live.unread().unreadChats(), QStringList {other});
}

void tst_Unread::survivesRestart()
{
    QString first;
    QString second;
    {
        AutoRefresh live(m_fx.connection(), m_dir->path());
        live.start();
        QVERIFY(refresh(live));
        first = injectReply();
        QVERIFY(!first.isEmpty());
        do
            second = injectReply();
        while (second == first);
        QVERIFY(refresh(live));
        QCOMPARE(live.unreadCount(), 2);
        live.markRead(first);
        QCOMPARE(live.unreadCount(), 1);
    }
    const int calls = m_fx.sandbox->requestCounts().value("total").toInt();
    AutoRefresh again(m_fx.connection(), m_dir->path());
    QSignalSpy changed(&again, &AutoRefresh::unreadChanged);
    again.start();
    QCOMPARE(again.unreadCount(), 1); // from disk, before any call
    QCOMPARE(m_fx.sandbox->requestCounts().value("total").toInt(), calls);
    QVERIFY(!again.unread().isUnread(first));
    QVERIFY(again.unread().isUnread(second));
    QCOMPARE(changed.size(), 1); // the sidebar learns the count at start
    QVERIFY(refresh(again));
    QCOMPARE(again.unreadCount(), 1);

    // Per profile and workspace: another workspace's folder knows nothing of it.
    UnreadTracker other(m_dir->path() + QStringLiteral("/elsewhere"));
    QVERIFY(other.load());
    QCOMPARE(other.unreadCount(), 0);
}

void tst_Unread::trackerAlone()
{
    const QDateTime t0 = QDateTime::fromString("2026-12-01T10:00:00Z", Qt::ISODate);
    TeamSnapshot s;
    s.takenAt = t0;
    s.conversations << TeamSnapshot::ConversationState {
        "c1", "Ada", "k", 4, {}, t0.addSecs(-60), t0.addSecs(-60)};
    UnreadTracker tracker(m_dir->path());
    QVERIFY(!tracker.update(s)); // baseline
    QCOMPARE(tracker.unreadCount(), 0);
    s.takenAt = t0.addSecs(600);
    s.conversations[0].lastResponse = t0.addSecs(300);
    s.conversations << TeamSnapshot::ConversationState {
        "c2", "Bo", "k", 4, {}, t0.addSecs(400), t0.addSecs(400)};
    QVERIFY(tracker.update(s));
    QCOMPARE(tracker.unreadChats(), (QStringList {"c2", "c1"})); // most recent first
    QVERIFY(!tracker.update(s)); // the same again changes nothing
    QVERIFY(tracker.markRead("c1"));
    QVERIFY(!tracker.markRead("c1"));
    QVERIFY(!tracker.markRead("unknown"));
    QCOMPARE(tracker.unreadChats(), QStringList {"c2"});
    // The prospect writes again in the conversation read: unread again.
    s.takenAt = t0.addSecs(900);
    s.conversations[0].lastResponse = t0.addSecs(800);
    QVERIFY(tracker.update(s));
    QCOMPARE(tracker.unreadChats(), (QStringList {"c1", "c2"}));
    QVERIFY(tracker.markRead("c1"));
    QVERIFY(tracker.save());
    UnreadTracker reread(m_dir->path());
    QVERIFY(reread.load());
    QCOMPARE(reread.unreadChats(), QStringList {"c2"});
}

QTEST_GUILESS_MAIN(tst_Unread)
#include "tst_unread.moc"
