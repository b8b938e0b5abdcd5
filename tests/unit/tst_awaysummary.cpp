// "Since you were away" through the live desk's models against the sandbox: a first session has
// nothing to compare with; after a session ends, the replies, the newly qualified prospect, the
// agent restricted and the completed campaign injected with POST /__admin/events meanwhile are
// counted by the first refresh of the next session, reported once.
#include "common/SessionFixture.h"
#include "models/live/AutoRefresh.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_AwaySummary final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstSessionHasNoSummary();
    void whatChangedWhileAway();
    void text();

private:
    bool refresh(AutoRefresh &live);
    bool event(const QJsonObject &e);

    SessionFixture m_fx {QStringLiteral("away")};
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_AwaySummary::initTestCase()
{
    QVERIFY2(m_fx.start({"--seed", "9", "--prospects", "300", "--rate-limit", "100000"}),
        qPrintable(m_fx.errorString()));
}

void tst_AwaySummary::init()
{
    QVERIFY2(m_fx.freshSession(), qPrintable(m_fx.errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool tst_AwaySummary::refresh(AutoRefresh &live)
{
    QSignalSpy refreshed(&live, &AutoRefresh::refreshed);
    live.refreshNow();
    return refreshed.wait(20000);
}

bool tst_AwaySummary::event(const QJsonObject &e)
{
    QJsonObject reply;
    return m_fx.sandbox->admin("POST", "/events", e, &reply) == 201;
}

void tst_AwaySummary::firstSessionHasNoSummary()
{
    AutoRefresh live(m_fx.connection(), m_dir->path());
    live.start();
    QVERIFY(!live.hasPreviousSession());
    QSignalSpy away(&live, &AutoRefresh::awaySummary);
    QVERIFY(refresh(live));
    QCOMPARE(away.size(), 0);
}

void tst_AwaySummary::whatChangedWhileAway()
{
    {
        AutoRefresh first(m_fx.connection(), m_dir->path());
        first.start();
        QVERIFY(refresh(first));
    }
    // While the desk was closed.
    QVERIFY(event({{"type", "reply"}}));
    QVERIFY(event({{"type", "reply"}}));
    QVERIFY(event({{"type", "qualified"}}));
    QVERIFY(event({{"type", "agent-alert"}, {"kind", "restriction"}}));
    QVERIFY(event({{"type", "campaign-completed"}}));

    AutoRefresh again(m_fx.connection(), m_dir->path());
    again.start();
    QVERIFY(again.hasPreviousSession());
    QSignalSpy away(&again, &AutoRefresh::awaySummary);
    QVERIFY(refresh(again));
    QCOMPARE(away.size(), 1);
    const AwaySummary s = away.first().first().value<AwaySummary>();
    QCOMPARE(s.replies, 2);
    QCOMPARE(s.qualified, 1);
    QVERIFY2(s.agents <= 1, "the restricted agent (unless it was already restricted)");
    QCOMPARE(s.campaignsCompleted, 1);
    QCOMPARE(s.others, 0);
    QVERIFY(s.since.isValid() && s.since < s.until);
    QVERIFY2(s.text().contains(QStringLiteral("2 prospect(s) replied")), qPrintable(s.text()));
    QVERIFY(refresh(again)); // once per start
    QCOMPARE(away.size(), 1);
}

void tst_AwaySummary::text()
{
    const QDateTime t0 = QDateTime::fromString("2026-12-01T08:00:00Z", Qt::ISODate);
    AwaySummary s;
    s.since = t0;
    s.until = t0.addSecs(3 * 3600 + 600);
    QCOMPARE(s.text(), QStringLiteral("Nothing changed since you were away (3 h)."));
    s.replies = 3;
    s.qualified = 1;
    s.agents = 2;
    s.campaignsCompleted = 1;
    QCOMPARE(s.text(),
        QStringLiteral("Since you were away (3 h): 3 prospect(s) replied · 1 newly qualified · 2 "
                       "agent(s) need attention · 1 campaign(s) completed."));
    s.until = t0.addDays(3);
    QVERIFY(s.text().startsWith(QStringLiteral("Since you were away (3 day(s))")));
}

QTEST_GUILESS_MAIN(tst_AwaySummary)
#include "tst_awaysummary.moc"
