// "updated 4 min ago": the words every page uses for the age of what it shows.
#include "ui/shell/AgeText.h"

#include <QTest>

using namespace kakiyo;

class tst_AgeText : public QObject
{
    Q_OBJECT

private slots:
    void describe_data();
    void describe();
};

void tst_AgeText::describe_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("text");
    QTest::newRow("now") << qint64(0) << "updated just now";
    QTest::newRow("44 s") << qint64(44) << "updated just now";
    QTest::newRow("60 s") << qint64(60) << "updated 1 min ago";
    QTest::newRow("4 min") << qint64(4 * 60 + 10) << "updated 4 min ago";
    QTest::newRow("59 min") << qint64(59 * 60) << "updated 59 min ago";
    QTest::newRow("1 h") << qint64(3600 + 5) << "updated 1 h ago";
    QTest::newRow("5 h") << qint64(5 * 3600 + 100) << "updated 5 h ago";
    QTest::newRow("yesterday") << qint64(30 * 3600) << "updated yesterday";
    QTest::newRow("3 days") << qint64(3 * 86400 + 5) << "updated 3 days ago";
    QTest::newRow("clock skew") << qint64(-120) << "updated just now";
}

void tst_AgeText::describe()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, text);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(AgeText::describe(now.addSecs(-secondsAgo), now), text);
}

QTEST_GUILESS_MAIN(tst_AgeText)
#include "tst_agetext.moc"
