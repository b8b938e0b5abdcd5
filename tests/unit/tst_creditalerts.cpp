// Credits against the real sandbox (help-centre profile: one credit per call, 402 at zero). The
// API tells no balance, so the user states one (CreditBalance) and the desk counts it down by what
// the UsageMeter counted: the estimate must be the server's own balance. Credits low (below 20 %
// or under 3 days at the current burn) is raised once, when the rule first holds; a 402 on
// anything the user does raises "out of credits" at once, without waiting for the timer.
#include "common/SessionFixture.h"
#include "models/api/AgentsApi.h"
#include "models/api/RequestScheduler.h"
#include "models/api/UsageMeter.h"
#include "models/live/AlertEngine.h"
#include "models/live/AutoRefresh.h"
#include "models/live/CreditBalance.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_CreditAlerts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void estimateIsTheServersBalance();
    void lowOnceWhenTheRuleFirstHolds();
    void noStatementNoEstimate();
    void outOfCreditsAtOnce();

private:
    qint64 serverCredits();
    bool creditsEvent(qint64 credits);
    QStringList refresh(AutoRefresh &live); // the kinds it raised

    SessionFixture m_fx {QStringLiteral("credits")};
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CreditAlerts::initTestCase()
{
    QVERIFY2(m_fx.start({"--seed", "5", "--prospects", "100", "--rate-limit", "100000"}),
        qPrintable(m_fx.errorString()));
}

void tst_CreditAlerts::init()
{
    QVERIFY2(m_fx.freshSession(), qPrintable(m_fx.errorString()));
    // The help centre's limits, which this sandbox enforces (60 a minute per endpoint): the
    // client's cautious default would hold the test's back-to-back calls for a minute.
    m_fx.session->scheduler()->setPolicy(RatePolicy(RatePolicy::Mode::PerEndpoint));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    CreditBalance::forget(m_fx.connection()->profileId());
}

void tst_CreditAlerts::cleanup()
{
    CreditBalance::forget(m_fx.connection()->profileId());
    QVERIFY(m_fx.sandbox->setCredits(100000));
}

qint64 tst_CreditAlerts::serverCredits()
{
    QJsonObject reply;
    m_fx.sandbox->admin("GET", "/credits", {}, &reply);
    return qint64(reply.value("credits").toDouble(-1));
}

bool tst_CreditAlerts::creditsEvent(qint64 credits)
{
    QJsonObject reply;
    return m_fx.sandbox->admin(
               "POST", "/events", {{"type", "credits"}, {"credits", double(credits)}}, &reply)
        == 201;
}

namespace {

// The kinds of the alerts the next `refreshed` of `live` raises ("no refresh" if none came).
class Raised final
{
public:
    explicit Raised(AutoRefresh &live)
    {
        m_connection
            = QObject::connect(&live, &AutoRefresh::refreshed, [this](const QList<Alert> &raised) {
                  if (m_kinds)
                      return;
                  m_kinds = QStringList();
                  for (const Alert &a : raised)
                      m_kinds->append(Alert::kindName(a.kind));
              });
    }
    ~Raised() { QObject::disconnect(m_connection); }
    Raised(const Raised &) = delete;
    Raised &operator=(const Raised &) = delete;

    QStringList wait()
    {
        if (!QTest::qWaitFor([this] { return m_kinds.has_value(); }, 20000))
            return {QStringLiteral("no refresh")};
        return *m_kinds;
    }

private:
    QMetaObject::Connection m_connection;
    std::optional<QStringList> m_kinds;
};

} // namespace

QStringList tst_CreditAlerts::refresh(AutoRefresh &live)
{
    Raised raised(live);
    QString failure;
    const auto failed = connect(&live, &AutoRefresh::refreshFailed, this,
        [&](const QString &message) { failure = message; });
    live.refreshNow();
    const QStringList kinds = raised.wait();
    disconnect(failed);
    if (!failure.isEmpty())
        qWarning("refresh failed: %s", qPrintable(failure));
    return kinds;
}

void tst_CreditAlerts::estimateIsTheServersBalance()
{
    QVERIFY(creditsEvent(5000));
    UsageMeter *meter = m_fx.connection()->usage();
    QVERIFY(meter->callsCostCredits());
    CreditBalance::state(m_fx.connection()->profileId(), 5000, *meter);
    AutoRefresh live(m_fx.connection(), m_dir->path());
    live.setIntervalMinutes(0);
    live.start();
    for (int i = 0; i < 3; ++i) {
        refresh(live);
        const TeamSnapshot &s = live.inbox().lastSnapshot();
        QVERIFY(s.creditsLeft.has_value());
        QCOMPARE(*s.creditsLeft, serverCredits());
        QCOMPARE(s.creditsReference, qint64(5000));
    }
    QVERIFY(serverCredits() < 5000); // the refreshes did spend
    live.setIntervalMinutes(RefreshPlan::DefaultIntervalMinutes);
}

void tst_CreditAlerts::lowOnceWhenTheRuleFirstHolds()
{
    constexpr qint64 Stated = 24;
    QVERIFY(creditsEvent(Stated));
    CreditBalance::state(m_fx.connection()->profileId(), Stated, *m_fx.connection()->usage());
    AutoRefresh live(m_fx.connection(), m_dir->path());
    live.setIntervalMinutes(0); // the burn is what the meter counted, not the plan's
    live.start();
    int raisedAt = -1;
    for (int i = 0; i < 12 && serverCredits() > 0; ++i) {
        const QStringList kinds = refresh(live);
        QVERIFY2(!kinds.contains(u"no refresh"), "the refresh did not finish");
        // The rule on the server's balance: everything spent today, so the burn is all of it.
        const qint64 left = serverCredits();
        const qint64 spent = Stated - left;
        const bool low = left < Stated / 5 || (spent > 0 && left < 3 * spent);
        if (kinds.contains(u"credits-low")) {
            QCOMPARE(raisedAt, -1); // once
            QVERIFY2(low, qPrintable(QStringLiteral("raised with %1 left").arg(left)));
            raisedAt = i;
        } else if (raisedAt < 0) {
            QVERIFY2(!low, qPrintable(QStringLiteral("not raised with %1 left").arg(left)));
        }
    }
    QVERIFY(raisedAt > 0); // not at the first look with plenty left, but before the end
}

void tst_CreditAlerts::noStatementNoEstimate()
{
    AutoRefresh live(m_fx.connection(), m_dir->path());
    live.setIntervalMinutes(0);
    live.start();
    QVERIFY(!refresh(live).contains(u"credits-low"));
    QVERIFY(!live.inbox().lastSnapshot().creditsLeft.has_value());
}

void tst_CreditAlerts::outOfCreditsAtOnce()
{
    AutoRefresh live(m_fx.connection(), m_dir->path());
    live.setIntervalMinutes(60); // the timer would come far too late
    live.start();
    refresh(live);
    QVERIFY(creditsEvent(0));
    Raised raised(live);
    bool answered = false;
    AgentsApi(m_fx.connection())
        .list(this,
            [&](const Result<QList<Agent>> &r) {
                answered = true;
                QCOMPARE(r.error.category, ApiError::Category::Credits);
            },
            {Priority::Interactive, ApiRequest::CacheMode::NetworkOnly});
    QCOMPARE(raised.wait(), QStringList {"out-of-credits"});
    QVERIFY(answered);
    // Another 402 in the same outage starts no other refresh: the snapshot already says so.
    QVERIFY(m_fx.sandbox->resetRequestCounts());
    answered = false;
    AgentsApi(m_fx.connection())
        .list(this, [&](const Result<QList<Agent>> &) { answered = true; },
            {Priority::Interactive, ApiRequest::CacheMode::NetworkOnly});
    QVERIFY(QTest::qWaitFor([&] { return answered; }, 20000));
    QVERIFY(!live.isRefreshing());
    QCOMPARE(m_fx.sandbox->requestCounts().value("total").toInt(), 1);
    live.setIntervalMinutes(RefreshPlan::DefaultIntervalMinutes);
}

QTEST_GUILESS_MAIN(tst_CreditAlerts)
#include "tst_creditalerts.moc"
