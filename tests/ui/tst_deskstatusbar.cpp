// The status bar's words for the request queue ("2 queued · next in 12 s") and usage, and its
// workspace marker (name, colour from the id, readable in both palettes).
#include "models/store/CurrentWorkspace.h"
#include "ui/shell/DeskStatusBar.h"
#include "ui/shell/Theme.h"
#include "ui/workspaces/WorkspaceMarker.h"

#include <QApplication>
#include <QImage>
#include <QTest>

using namespace kakiyo;

class tst_DeskStatusBar : public QObject
{
    Q_OBJECT

private slots:
    void queue_data();
    void queue();
    void usage();
    void workspaceMarker();
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

void tst_DeskStatusBar::workspaceMarker()
{
    for (const bool dark : {false, true}) {
        Theme::apply(qApp, dark ? Theme::Scheme::Dark : Theme::Scheme::Light);
        DeskStatusBar bar;
        bar.resize(900, 28);
        WorkspaceMarker *marker = bar.workspaceMarker();
        QVERIFY(marker);
        QCOMPARE(marker->text(), CurrentWorkspace::teamName());
        QVERIFY(!marker->color().isValid());
        QVERIFY(marker->isHidden()); // no session yet: no workspace to show
        bar.setWorkspace(QStringLiteral("69724d900007cfde1d88"), QStringLiteral("Acme Robotics"));
        QCOMPARE(marker->text(), QStringLiteral("Acme Robotics"));
        QVERIFY(!marker->isHidden());
        QVERIFY(marker->accessibleName().contains(QStringLiteral("Acme Robotics")));
        const QColor c = marker->color();
        QCOMPARE(c, WorkspaceMarker::colorFor(QStringLiteral("69724d900007cfde1d88"), dark));
        // The dot is painted in that colour and stands out from the bar's background.
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QVERIFY2(marker->width() >= marker->sizeHint().width() - 2,
            qPrintable(QString::number(marker->width())));
        const QImage image = marker->grab().toImage();
        bool found = false;
        for (int y = 0; y < image.height() && !found; ++y) {
            for (int x = 0; x < qMin(image.width(), 14) && !found; ++x)
                found = image.pixel(x, y) == c.rgb();
        }
        QVERIFY2(found,
            qPrintable(QStringLiteral("%1 in %2x%3")
                           .arg(c.name())
                           .arg(image.width())
                           .arg(image.height())));
        const QColor window = bar.palette().color(QPalette::Window);
        QVERIFY2(qAbs(c.lightness() - window.lightness()) > 60,
            qPrintable(QStringLiteral("%1 on %2").arg(c.name(), window.name())));
    }
    Theme::apply(qApp, Theme::Scheme::Light);
}

QTEST_MAIN(tst_DeskStatusBar)
#include "tst_deskstatusbar.moc"
