// The alert list against a real sandbox: the seeded team's standing alerts after the first
// refresh, a reply injected with POST /__admin/events appears after the next one and opens its
// conversation, Delete dismisses it for good (a new panel on the same profile does not show it),
// and the refresh plan's sentence follows the interval setting, "off" included. Saves
// screenshots of the panel for people to look at.
#include "common/Screenshots.h"
#include "common/SessionFixture.h"
#include "models/live/AlertListModel.h"
#include "models/live/AutoRefresh.h"
#include "ui/alerts/AlertsPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_AlertsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listDismissAndOpen();
    void planFollowsTheSetting();

private:
    bool refreshed(AutoRefresh &live);
    SessionFixture m_fx {QStringLiteral("alertspanel")};
    QTemporaryDir m_inbox;
};

void tst_AlertsPanel::initTestCase()
{
    QVERIFY2(m_fx.start({"--seed", "7", "--prospects", "300", "--rate-limit", "100000"}),
        qPrintable(m_fx.errorString()));
    QVERIFY2(m_fx.freshSession(), qPrintable(m_fx.errorString()));
    QVERIFY(m_inbox.isValid());
}

bool tst_AlertsPanel::refreshed(AutoRefresh &live)
{
    QSignalSpy spy(&live, &AutoRefresh::refreshed);
    live.refreshNow();
    return spy.wait(20000);
}

void tst_AlertsPanel::listDismissAndOpen()
{
    AutoRefresh live(m_fx.connection(), m_inbox.path());
    live.start();
    AlertsPanel panel;
    QAbstractItemModelTester tester(panel.model());
    panel.setSource(&live);
    panel.resize(460, 520);
    panel.show();
    auto *list = panel.findChild<QListView *>(QStringLiteral("alertList"));
    auto *empty = panel.findChild<QLabel *>(QStringLiteral("alertsEmpty"));
    QVERIFY(list && empty);
    QCOMPARE(panel.count(), 0);
    QVERIFY(empty->isVisible());

    QVERIFY(refreshed(live));
    const int standing = panel.count();
    QVERIFY(standing > 0); // the seeded team has agents needing attention
    QVERIFY(!empty->isVisible());

    QJsonObject reply;
    QCOMPARE(m_fx.sandbox->admin("POST", "/events", {{"type", "reply"}}, &reply), 201);
    QVERIFY(refreshed(live));
    QCOMPARE(panel.count(), standing + 1);
    const QModelIndex first = panel.model()->index(0, 0);
    QCOMPARE(first.data(AlertListModel::KindRole).toString(), QStringLiteral("new-reply"));
    QCOMPARE(
        first.data(AlertListModel::SubjectIdRole).toString(), reply.value("chatId").toString());
    QApplication::processEvents();
    QVERIFY(panel.grab().save(screenshotPath(QStringLiteral("alerts"), QStringLiteral("panel"))));

    // Enter on the reply opens its conversation.
    QSignalSpy open(&panel, &AlertsPanel::openSubject);
    list->setCurrentIndex(first);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(0).toString(), QStringLiteral("conversation"));
    QCOMPARE(open.first().at(1).toString(), reply.value("chatId").toString());

    // Delete dismisses it; it stays dismissed for a new panel on the same profile.
    const QString id = first.data(AlertListModel::IdRole).toString();
    QTest::keyClick(&panel, Qt::Key_Delete);
    QCOMPARE(panel.count(), standing);
    QVERIFY(refreshed(live));
    QCOMPARE(panel.count(), standing);

    AutoRefresh restarted(m_fx.connection(), m_inbox.path());
    restarted.start();
    AlertsPanel again;
    again.setSource(&restarted);
    QCOMPARE(again.count(), standing);
    for (int row = 0; row < again.count(); ++row)
        QVERIFY(again.model()->index(row, 0).data(AlertListModel::IdRole).toString() != id);
}

void tst_AlertsPanel::planFollowsTheSetting()
{
    AutoRefresh live(m_fx.connection(), m_inbox.path());
    live.start();
    AlertsPanel panel;
    panel.setSource(&live);
    auto *plan = panel.findChild<QLabel *>(QStringLiteral("refreshPlan"));
    auto *interval = panel.findChild<QComboBox *>(QStringLiteral("refreshInterval"));
    QVERIFY(plan && interval);
    // The profile's interval (its default depends on whether calls cost credits).
    QVERIFY2(plan->text().startsWith(
                 QStringLiteral("auto-refresh every %1 min").arg(live.intervalMinutes())),
        qPrintable(plan->text()));
    interval->setCurrentIndex(interval->findData(60));
    emit interval->activated(interval->currentIndex());
    QCOMPARE(live.intervalMinutes(), 60);
    QVERIFY2(plan->text().startsWith(u"auto-refresh every 60 min · 4 calls/hour"),
        qPrintable(plan->text()));
    interval->setCurrentIndex(interval->findData(0));
    emit interval->activated(interval->currentIndex());
    QCOMPARE(live.intervalMinutes(), 0);
    QCOMPARE(plan->text(), QStringLiteral("auto-refresh off"));
    live.setIntervalMinutes(RefreshPlan::DefaultIntervalMinutes);
}

QTEST_MAIN(tst_AlertsPanel)
#include "tst_alertspanel.moc"
