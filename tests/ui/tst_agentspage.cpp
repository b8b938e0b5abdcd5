// Agents through the UI against a real sandbox: the table loads, the details panel fills, limits
// are edited with the contract's checks and the >40 invitations warning, pause/resume work.
#include "DeskFixture.h"
#include "common/HttpProbe.h"
#include "models/AgentListModel.h"
#include "ui/AgentLimitsDialog.h"
#include "ui/AgentsPage.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_AgentsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableAndDetails();
    void editLimits();
    void pauseAndResume();

private:
    AgentsPage *open(ConnectedDesk &d);
    int rowWithStatus(AgentsPage *page, const QString &status);
};

void tst_AgentsPage::initTestCase()
{
    isolateSettings();
    Theme::apply(qApp, Theme::Scheme::Light);
}

AgentsPage *tst_AgentsPage::open(ConnectedDesk &d)
{
    d.window()->goTo(MainWindow::PageId::Agents);
    auto *page = qobject_cast<AgentsPage *>(d.window()->currentPage());
    if (page)
        [&] { QTRY_VERIFY_WITH_TIMEOUT(page->updatedAt().isValid(), 20000); }();
    return page;
}

int tst_AgentsPage::rowWithStatus(AgentsPage *page, const QString &status)
{
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        if (page->model()->agent(r).status == status)
            return r;
    }
    return -1;
}

void tst_AgentsPage::tableAndDetails()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    AgentsPage *page = open(d);
    QVERIFY(page);
    QVERIFY(page->model()->rowCount() > 0);
    QCOMPARE(page->table()->model()->rowCount(), page->model()->rowCount());
    // Click a row on the viewport, as a user would.
    const QModelIndex index = page->table()->model()->index(0, 0);
    QTest::mouseClick(
        page->table()->viewport(), Qt::LeftButton, {}, page->table()->visualRect(index).center());
    const QString id = index.data(AgentListModel::IdRole).toString();
    QTRY_COMPARE(page->selectedAgentId(), id);
    auto *details = page->findChild<QLabel *>(QStringLiteral("agentDetails"));
    QTRY_VERIFY_WITH_TIMEOUT(details->text().contains(QLatin1String("Invitations today")), 10000);
}

void tst_AgentsPage::editLimits()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    AgentsPage *page = open(d);
    QVERIFY(page);
    const int row = rowWithStatus(page, QStringLiteral("running")) >= 0
        ? rowWithStatus(page, QStringLiteral("running"))
        : 0;
    const QString id = page->model()->agent(row).id;
    page->selectAgent(id);
    auto *edit = page->findChild<QPushButton *>(QStringLiteral("editLimitsButton"));
    QTRY_VERIFY(edit->isEnabled());
    // Wait for the details so the dialog starts from the agent's real limits.
    QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QLabel *>(QStringLiteral("agentDetails"))
                                 ->text()
                                 .contains(QLatin1String("Invitations today")),
        10000);
    edit->click();
    AgentLimitsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<AgentLimitsDialog *>()) != nullptr);
    auto *invMin = dialog->findChild<QSpinBox *>(QStringLiteral("invitationsMin"));
    auto *invMax = dialog->findChild<QSpinBox *>(QStringLiteral("invitationsMax"));
    auto *msgMin = dialog->findChild<QSpinBox *>(QStringLiteral("messagesMin"));
    auto *msgMax = dialog->findChild<QSpinBox *>(QStringLiteral("messagesMax"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveLimitsButton"));

    invMax->setValue(45);
    QVERIFY(dialog->showsHighInvitationWarning());
    invMax->setValue(40);
    QVERIFY(!dialog->showsHighInvitationWarning());
    invMax->setValue(150); // contract: at most 100
    QVERIFY(!save->isEnabled());
    invMax->setValue(30);
    invMin->setValue(35); // min above max
    QVERIFY(!save->isEnabled());
    invMin->setValue(12);
    msgMin->setValue(0); // contract: at least 1
    QVERIFY(!save->isEnabled());
    msgMin->setValue(20);
    msgMax->setValue(60);
    QVERIFY2(save->isEnabled(), qPrintable(dialog->problems().join(QLatin1Char('|'))));
    save->click();

    auto *message = page->findChild<QLabel *>(QStringLiteral("agentMessage"));
    QTRY_COMPARE_WITH_TIMEOUT(message->text(), QStringLiteral("Limits and hours saved."), 10000);
    const auto reply = HttpProbe::send(
        "GET", d.sandbox->url(QStringLiteral("/agents/") + id), d.sandbox->apiKey());
    QCOMPARE(reply.status, 200);
    const QJsonObject o = reply.object();
    const QJsonObject limits = o.value(QLatin1String("limits")).isObject()
        ? o.value(QLatin1String("limits")).toObject()
        : o.value(QLatin1String("usage")).toObject().value(QLatin1String("limits")).toObject();
    QCOMPARE(limits.value(QLatin1String("invitationsMax")).toInt(), 30);
    QCOMPARE(limits.value(QLatin1String("invitationsMin")).toInt(), 12);
    QCOMPARE(limits.value(QLatin1String("messagesMax")).toInt(), 60);
}

void tst_AgentsPage::pauseAndResume()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    AgentsPage *page = open(d);
    QVERIFY(page);
    int row = rowWithStatus(page, QStringLiteral("running"));
    QVERIFY2(row >= 0, "the seeded team has a running agent");
    const QString id = page->model()->agent(row).id;
    page->selectAgent(id);
    auto *pause = page->findChild<QPushButton *>(QStringLiteral("pauseAgentButton"));
    auto *resume = page->findChild<QPushButton *>(QStringLiteral("resumeAgentButton"));
    QTRY_VERIFY(pause->isEnabled());
    pause->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        page->model()->agent(page->model()->rowOf(id)).status, QStringLiteral("paused"), 10000);
    QTRY_VERIFY(resume->isEnabled());
    resume->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        page->model()->agent(page->model()->rowOf(id)).status, QStringLiteral("running"), 10000);
    const auto reply = HttpProbe::send(
        "GET", d.sandbox->url(QStringLiteral("/agents/") + id), d.sandbox->apiKey());
    QCOMPARE(reply.object().value(QLatin1String("status")).toString(), QStringLiteral("running"));
}

QTEST_MAIN(tst_AgentsPage)
#include "tst_agentspage.moc"
