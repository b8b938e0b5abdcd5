// UsageMeter: calls per profile, day and endpoint group; credits while the cost model says each
// call costs one; persistence across instances; nothing but counts stored.

#include "models/api/ServerGeneration.h"
#include "models/api/UsageMeter.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using kakiyo::UsageMeter;

class tst_UsageMeter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void countsPerDayAndGroup();
    void creditsFollowTheSetting();
    void spendsCredit_data();
    void spendsCredit();
    void persistsAndSeparatesProfiles();
    void clearForgetsOneProfile();
};

void tst_UsageMeter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("kakiyo-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_usagemeter"));
}

void tst_UsageMeter::init()
{
    QSettings().clear();
}

void tst_UsageMeter::countsPerDayAndGroup()
{
    UsageMeter meter;
    meter.setProfileId(QStringLiteral("p1"));
    QSignalSpy spy(&meter, &UsageMeter::changed);
    const QDate today(2026, 11, 27);
    const QDate yesterday = today.addDays(-1);
    meter.record(QStringLiteral("prospects"), 200, {}, today);
    meter.record(QStringLiteral("prospects"), 200, {}, today);
    meter.record(QStringLiteral("campaigns"), 404, QStringLiteral("not_found"), today);
    meter.record(QStringLiteral("campaigns"), 200, {}, yesterday);
    QCOMPARE(spy.size(), 4);
    QCOMPARE(meter.calls(today), 3);
    QCOMPARE(meter.calls(yesterday), 1);
    QCOMPARE(meter.calls(today, QStringLiteral("prospects")), 2);
    QCOMPARE(meter.calls(today, QStringLiteral("campaigns")), 1);
    QCOMPARE(meter.calls(today, QStringLiteral("dnc")), 0);
    const QMap<QString, int> groups = meter.callsByGroup(today);
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.value(QStringLiteral("prospects")), 2);
    QCOMPARE(meter.calls(today.addDays(1)), 0);
}

void tst_UsageMeter::creditsFollowTheSetting()
{
    UsageMeter meter;
    const QDate day(2026, 1, 2);
    QVERIFY(meter.callsCostCredits()); // nothing known: the cautious default
    meter.record(QStringLiteral("agents"), 200, {}, day);
    meter.record(QStringLiteral("agents"), 429, QStringLiteral("rate_limit_exceeded"), day);
    QCOMPARE(meter.credits(day), 1);
    // The user's choice (or the detection) decides from then on.
    kakiyo::ServerGeneration generation;
    generation.setServer(
        QStringLiteral("p-credits"), QUrl(QStringLiteral("http://127.0.0.1:1/v1")));
    meter.setGeneration(&generation);
    QVERIFY(meter.callsCostCredits()); // Unknown still counts
    generation.setBilling(kakiyo::ServerGeneration::Billing::NoCredits);
    QVERIFY(!meter.callsCostCredits());
    meter.record(QStringLiteral("agents"), 200, {}, day);
    QCOMPARE(meter.credits(day), 1);
    QCOMPARE(meter.calls(day), 3);
    generation.setBilling(kakiyo::ServerGeneration::Billing::CreditPerCall);
    meter.record(QStringLiteral("agents"), 200, {}, day);
    QCOMPARE(meter.credits(day), 2);
}

void tst_UsageMeter::spendsCredit_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("spends");
    QTest::newRow("200") << 200 << "" << true;
    QTest::newRow("201") << 201 << "" << true;
    QTest::newRow("400 processed") << 400 << "validation_error" << true;
    QTest::newRow("404 processed") << 404 << "not_found" << true;
    QTest::newRow("500") << 500 << "internal_error" << true;
    QTest::newRow("403 forbidden") << 403 << "forbidden" << true;
    QTest::newRow("401 refused before") << 401 << "invalid_api_key" << false;
    QTest::newRow("403 subscription") << 403 << "subscription_inactive" << false;
    QTest::newRow("402") << 402 << "insufficient_credits" << false;
    QTest::newRow("429") << 429 << "rate_limit_exceeded" << false;
    QTest::newRow("no answer") << 0 << "" << false;
}

void tst_UsageMeter::spendsCredit()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, spends);
    QCOMPARE(UsageMeter::spendsCredit(status, code), spends);
}

void tst_UsageMeter::persistsAndSeparatesProfiles()
{
    const QDate day(2026, 3, 4);
    {
        UsageMeter a;
        a.setProfileId(QStringLiteral("work/eu")); // a '/' must not create a nested group
        a.record(QStringLiteral("dnc"), 200, {}, day);
        a.record(QStringLiteral("dnc"), 200, {}, day);
        UsageMeter b;
        b.setProfileId(QStringLiteral("home"));
        b.record(QStringLiteral("dnc"), 200, {}, day);
    }
    UsageMeter again;
    again.setProfileId(QStringLiteral("work/eu"));
    QCOMPARE(again.calls(day), 2);
    QCOMPARE(again.credits(day), 2);
    again.setProfileId(QStringLiteral("home"));
    QCOMPARE(again.calls(day), 1);
    for (const QString &key : QSettings().allKeys())
        QVERIFY2(key.startsWith(QStringLiteral("usage/")), qPrintable(key));
}

void tst_UsageMeter::clearForgetsOneProfile()
{
    const QDate day(2026, 5, 6);
    UsageMeter meter;
    meter.setProfileId(QStringLiteral("a"));
    meter.record(QStringLiteral("x"), 200, {}, day);
    meter.setProfileId(QStringLiteral("b"));
    meter.record(QStringLiteral("x"), 200, {}, day);
    meter.clear();
    QCOMPARE(meter.calls(day), 0);
    meter.setProfileId(QStringLiteral("a"));
    QCOMPARE(meter.calls(day), 1);
}

QTEST_GUILESS_MAIN(tst_UsageMeter)
#include "tst_usagemeter.moc"
