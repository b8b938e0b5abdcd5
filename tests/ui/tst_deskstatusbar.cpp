// The status bar's words for the request queue ("2 queued · next in 12 s") and usage.
#include "ui/DeskStatusBar.h"

#include <QTest>

using namespace kakiyo;

class tst_DeskStatusBar : public QObject
{
    Q_OBJECT

private slots:
    void queue_data();
    void queue();
    void usage();
};

void tst_DeskStatusBar::queue_data()
{
    QTest::addColumn<int>("queued");
    QTest::addColumn<qint64>("nextInMs");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << 0 << qint64(0) << "queue empty";
    QTest::newRow("sending") << 3 << qint64(0) << "3 queued · sending";
    QTest::newRow("waiting") << 2 << qint64(11200) << "2 queued · next in 12 s";
    QTest::newRow("sub-second") << 1 << qint64(1) << "1 queued · next in 1 s";
}

void tst_DeskStatusBar::queue()
{
    QFETCH(int, queued);
    QFETCH(qint64, nextInMs);
    QFETCH(QString, text);
    QCOMPARE(DeskStatusBar::describeQueue(queued, nextInMs), text);
}

void tst_DeskStatusBar::usage()
{
    DeskStatusBar bar;
    bar.setUsage(1, 1, true);
    QCOMPARE(bar.usageText(), QStringLiteral("1 call today · 1 credit"));
    bar.setUsage(12, 10, true);
    QCOMPARE(bar.usageText(), QStringLiteral("12 calls today · 10 credits"));
    bar.setUsage(12, 10, false);
    QCOMPARE(bar.usageText(), QStringLiteral("12 calls today"));
    bar.setQueue(2, 12000, 14, 15);
    QCOMPARE(bar.queueText(), QStringLiteral("2 queued · next in 12 s · budget 14/15"));
    bar.setProfile(QStringLiteral("Work"), QStringLiteral("Acme"));
    QCOMPARE(bar.profileText(), QStringLiteral("Work · Acme"));
    bar.setOnline(false, QStringLiteral("unreachable"));
    QVERIFY(bar.onlineText().contains(QLatin1String("offline (unreachable)")));
}

QTEST_MAIN(tst_DeskStatusBar)
#include "tst_deskstatusbar.moc"
