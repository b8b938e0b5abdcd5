// The Workspaces page through the UI against a real sandbox: the seeded list, create, invite
// (a bad address is refused before any call), assign and unassign an agent from the live list
// with the propagated counts shown, remove a client, switch the window's workspace (cache
// partition, status bar and sidebar markers, remembered per profile, the current page asks
// again), delete with the server's unassigned counts, and a team without the Agency plan (403)
// getting an explanation. Screenshots light and dark.
#include "DeskFixture.h"
#include "common/Screenshots.h"
#include "models/WorkspaceListModel.h"
#include "models/store/Cache.h"
#include "models/store/CurrentWorkspace.h"
#include "ui/shell/BannerArea.h"
#include "ui/shell/DeskStatusBar.h"
#include "ui/shell/MessageBox.h"
#include "ui/shell/Theme.h"
#include "ui/workspaces/WorkspaceMarker.h"
#include "ui/workspaces/WorkspaceSwitcher.h"
#include "ui/workspaces/WorkspacesPage.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

void saveShot(QWidget *widget, const QString &what)
{
    QVERIFY(widget->grab().save(screenshotPath(QStringLiteral("workspaces"), what)));
}

// The workspace as the server has it (GET /workspaces), or an empty object.
QJsonObject serverWorkspace(SandboxProcess &sandbox, const QString &id)
{
    const HttpReply r = sandbox.call("GET", QStringLiteral("/workspaces"));
    for (const QJsonValue &v : r.json.object().value(QLatin1String("workspaces")).toArray()) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

int rowNamed(WorkspaceListModel *model, const QString &name)
{
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->workspace(i).name == name)
            return i;
    }
    return -1;
}

} // namespace

class tst_WorkspacesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }
    void cleanup()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        Theme::apply(qApp, Theme::Scheme::Light);
    }

    void markerColour();
    void manageAndSwitch();
    void withoutAgencyPlan();
};

void tst_WorkspacesPage::markerColour()
{
    const QString a = QStringLiteral("69724d900007cfde1d88");
    const QString b = QStringLiteral("69724d900007cfde1d89");
    // Stable: derived from the id only.
    QCOMPARE(WorkspaceMarker::colorFor(a, false), WorkspaceMarker::colorFor(a, false));
    QVERIFY(WorkspaceMarker::colorFor(a, false) != WorkspaceMarker::colorFor(b, false));
    QVERIFY(!WorkspaceMarker::colorFor(QString(), false).isValid());
    // Readable: deep on the light window, bright on the dark one.
    for (const QString &id :
        {a, b, QStringLiteral("x"), QStringLiteral("workspace_abc123def456")}) {
        const QColor light = WorkspaceMarker::colorFor(id, false);
        const QColor dark = WorkspaceMarker::colorFor(id, true);
        QVERIFY2(light.lightness() < 120, qPrintable(light.name()));
        QVERIFY2(dark.lightness() > 130, qPrintable(dark.name()));
        QCOMPARE(light.hue(), dark.hue());
    }
}

void tst_WorkspacesPage::manageAndSwitch()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    d.window()->resize(1200, 760);
    d.window()->goTo(MainWindow::PageId::Workspaces);
    auto *page = qobject_cast<WorkspacesPage *>(d.window()->currentPage());
    QVERIFY(page);
    WorkspaceListModel *model = page->model();
    QAbstractItemModelTester tester(model);
    QTRY_VERIFY_WITH_TIMEOUT(model->hasLoaded(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(page->agentsLoaded(), 20000);
    QCOMPARE(model->rowCount(), 2); // the seeded demo: Acme Robotics, Bluefin Health
    const int acme = rowNamed(model, QStringLiteral("Acme Robotics"));
    QVERIFY(acme >= 0);
    QCOMPARE(model->workspace(acme).members.size(), 1);
    QCOMPARE(model->workspace(acme).agentIds.size(), 1);
    QCOMPARE(model->index(acme, WorkspaceListModel::AgentsColumn).data().toString(),
        QStringLiteral("1"));
    // The sidebar switcher learnt the list; the window works for the whole team.
    CurrentWorkspace *current = d.desk->workspace();
    QCOMPARE(current->choices().size(), 2);
    QCOMPARE(current->id(), QString());

    // Create.
    auto *name = page->findChild<QLineEdit *>(QStringLiteral("newWorkspaceName"));
    auto *create = page->findChild<QPushButton *>(QStringLiteral("createWorkspaceButton"));
    QVERIFY(name && create);
    QVERIFY(!create->isEnabled());
    QTest::keyClicks(name, QStringLiteral("Cobalt Legal"));
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->messageText().contains(QStringLiteral("created")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(model, QStringLiteral("Cobalt Legal")) >= 0, 20000);
    const QString id = model->workspace(rowNamed(model, QStringLiteral("Cobalt Legal"))).id;
    QCOMPARE(page->selectedWorkspaceId(), id);
    QCOMPARE(
        serverWorkspace(*d.sandbox, id).value("name").toString(), QStringLiteral("Cobalt Legal"));
    QVERIFY(name->text().isEmpty());

    // Invite: a bad address never reaches the server.
    auto *email = page->findChild<QLineEdit *>(QStringLiteral("inviteEmail"));
    auto *invite = page->findChild<QPushButton *>(QStringLiteral("inviteButton"));
    QVERIFY(email && invite);
    QVERIFY(d.sandbox->resetRequestCounts());
    QTest::keyClicks(email, QStringLiteral("not-an-address"));
    QTest::mouseClick(invite, Qt::LeftButton);
    QVERIFY(page->messageText().contains(QStringLiteral("not an email address")));
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /workspaces/{id}/invite")), 0);
    email->clear();
    QTest::keyClicks(email, QStringLiteral("legal-ops@cobalt.example"));
    QTest::mouseClick(invite, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->messageText().contains(QStringLiteral("invited")), 20000);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /workspaces/{id}/invite")), 1);
    auto *clients = page->findChild<QListWidget *>(QStringLiteral("clientList"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !clients->findItems(QStringLiteral("legal-ops@cobalt.example"), Qt::MatchStartsWith)
             .isEmpty(),
        20000);
    QCOMPARE(serverWorkspace(*d.sandbox, id).value("members").toArray().size(), 1);
    // The same address again: the server's 409 in plain words.
    QTest::keyClicks(email, QStringLiteral("legal-ops@cobalt.example"));
    QTest::mouseClick(invite, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        page->messageText().contains(QStringLiteral("already a client")), 20000);
    email->clear();

    // Assign an agent picked from the live list; the propagated counts are shown.
    auto *picker = page->findChild<QComboBox *>(QStringLiteral("agentPicker"));
    auto *assign = page->findChild<QPushButton *>(QStringLiteral("assignAgentButton"));
    QVERIFY(picker && assign);
    QTRY_VERIFY_WITH_TIMEOUT(picker->count() > 0 && assign->isEnabled(), 20000);
    QCOMPARE(picker->currentIndex(), 0);
    const QString agentId = picker->itemData(0).toString();
    const QString agentName = picker->itemText(0);
    QTest::mouseClick(assign, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->messageText().contains(QStringLiteral("assigned")), 20000);
    QVERIFY2(
        page->messageText().contains(QStringLiteral("campaigns")), qPrintable(page->messageText()));
    QVERIFY(page->messageText().contains(agentName));
    QVERIFY(serverWorkspace(*d.sandbox, id).value("agentIds").toArray().contains(agentId));
    auto *assigned = page->findChild<QListWidget *>(QStringLiteral("assignedAgents"));
    QTRY_VERIFY_WITH_TIMEOUT(!assigned->findItems(agentName, Qt::MatchExactly).isEmpty(), 20000);
    // The picker no longer offers it.
    QCOMPARE(picker->findData(agentId), -1);
    saveShot(d.window(), QStringLiteral("light"));

    // Unassign it again.
    auto *unassign = page->findChild<QPushButton *>(QStringLiteral("unassignAgentButton"));
    assigned->setCurrentItem(assigned->findItems(agentName, Qt::MatchExactly).first());
    QVERIFY(unassign->isEnabled());
    QTest::mouseClick(unassign, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->messageText().contains(QStringLiteral("unassigned")), 20000);
    QVERIFY(!serverWorkspace(*d.sandbox, id).value("agentIds").toArray().contains(agentId));

    // Remove the client (after the confirmation).
    auto *remove = page->findChild<QPushButton *>(QStringLiteral("removeClientButton"));
    QTRY_VERIFY_WITH_TIMEOUT(
        clients->count() == 1 && !clients->item(0)->data(Qt::UserRole).toString().isEmpty(), 20000);
    clients->setCurrentRow(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->messageText().contains(QStringLiteral("removed")), 20000);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("legal-ops@cobalt.example")));
    QCOMPARE(serverWorkspace(*d.sandbox, id).value("members").toArray().size(), 0);

    // Switch the window to this workspace: another cache partition, the markers, remembered.
    QTRY_VERIFY_WITH_TIMEOUT(current->choices().size() == 3, 20000);
    QVERIFY(d.sandbox->resetRequestCounts());
    auto *workHere = page->findChild<QPushButton *>(QStringLiteral("workHereButton"));
    QVERIFY(workHere->isEnabled());
    QTest::mouseClick(workHere, Qt::LeftButton);
    QCOMPARE(current->id(), id);
    QCOMPARE(d.desk->connection()->cachePartition(), (CachePartition {QStringLiteral("test"), id}));
    QCOMPARE(d.window()->deskStatusBar()->workspaceMarker()->workspaceId(), id);
    QCOMPARE(
        d.window()->deskStatusBar()->workspaceMarker()->text(), QStringLiteral("Cobalt Legal"));
    QCOMPARE(d.window()->deskStatusBar()->workspaceMarker()->color(),
        WorkspaceMarker::colorFor(id, Theme::isDark()));
    // The sidebar's switcher shows it with its marker colour.
    auto *sidebarSwitcher = d.window()->sidebarHeader()->findChild<WorkspaceSwitcher *>();
    QVERIFY(sidebarSwitcher);
    QCOMPARE(sidebarSwitcher->currentData().toString(), id);
    QCOMPARE(sidebarSwitcher->currentText(), QStringLiteral("Cobalt Legal"));
    {
        const QImage dot
            = sidebarSwitcher->itemIcon(sidebarSwitcher->currentIndex()).pixmap(12, 12).toImage();
        const QColor want = WorkspaceMarker::colorFor(id, Theme::isDark());
        bool found = false;
        for (int y = 0; y < dot.height() && !found; ++y) {
            for (int x = 0; x < dot.width() && !found; ++x)
                found = (dot.pixel(x, y) & 0xffffff) == (want.rgb() & 0xffffff)
                    && qAlpha(dot.pixel(x, y)) == 255;
        }
        QVERIFY2(found, qPrintable(want.name()));
    }
    QVERIFY(!workHere->isEnabled());
    // The current page asked again (the new partition has nothing cached).
    QTRY_VERIFY_WITH_TIMEOUT(
        d.sandbox->requestCount(QStringLiteral("GET /workspaces")) >= 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowOf(id) >= 0, 20000);
    {
        CurrentWorkspace remembered;
        remembered.setProfile(QStringLiteral("test"));
        QCOMPARE(remembered.id(), id);
        QCOMPARE(remembered.name(), QStringLiteral("Cobalt Legal"));
    }
    saveShot(d.window(), QStringLiteral("switched-light"));

    // The palette command opens the sidebar switcher.
    QAction *switchCommand = d.window()->command(QStringLiteral("switchWorkspace"));
    QVERIFY(switchCommand && !switchCommand->shortcut().isEmpty());
    switchCommand->trigger();
    QTRY_VERIFY(sidebarSwitcher->view()->isVisible());
    sidebarSwitcher->hidePopup();

    // Back to the team through the sidebar switcher, as a user would pick it.
    const int teamIndex = sidebarSwitcher->findData(QString());
    QCOMPARE(teamIndex, 0);
    sidebarSwitcher->setCurrentIndex(teamIndex);
    emit sidebarSwitcher->activated(teamIndex);
    QCOMPARE(current->id(), QString());
    QCOMPARE(d.desk->connection()->cachePartition().workspaceId, QString());
    QCOMPARE(d.window()->deskStatusBar()->workspaceMarker()->text(), CurrentWorkspace::teamName());
    // Back again, then delete the current workspace: the window falls back to the team.
    current->select(id);
    QCOMPARE(d.desk->connection()->cachePartition().workspaceId, id);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowOf(id) >= 0, 20000);

    // Delete, after assigning the agent again so the server has something to report.
    page->selectWorkspace(id);
    QTRY_VERIFY_WITH_TIMEOUT(picker->findData(agentId) >= 0, 20000);
    picker->setCurrentIndex(picker->findData(agentId));
    QTest::mouseClick(assign, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->messageText().contains(QStringLiteral("assigned")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusyWriting() && !model->isLoading(), 20000);
    QVERIFY(d.desk->connection()->cache()->payloadBytes(CachePartition {QStringLiteral("test"), id})
        > 0);
    auto *del = page->findChild<QPushButton *>(QStringLiteral("deleteWorkspaceButton"));
    // Cancelled: nothing happens.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(del, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Cobalt Legal")));
    QVERIFY(!serverWorkspace(*d.sandbox, id).isEmpty());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(del, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->messageText().contains(QStringLiteral("deleted")), 20000);
    QVERIFY2(page->messageText().contains(QStringLiteral("unassigned 1 agent and")),
        qPrintable(page->messageText()));
    QVERIFY(serverWorkspace(*d.sandbox, id).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) < 0 && model->rowCount() == 2, 20000);
    QCOMPARE(current->id(), QString());
    QCOMPARE(d.desk->connection()->cachePartition().workspaceId, QString());
    QCOMPARE(d.window()->deskStatusBar()->workspaceMarker()->workspaceId(), QString());
    // Its cached answers went with it.
    QCOMPARE(
        d.desk->connection()->cache()->payloadBytes(CachePartition {QStringLiteral("test"), id}),
        qint64(0));

    Theme::apply(qApp, Theme::Scheme::Dark);
    page->selectWorkspace(model->workspace(acme).id);
    current->select(model->workspace(acme).id);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 2, 20000);
    page->selectWorkspace(model->workspace(rowNamed(model, QStringLiteral("Acme Robotics"))).id);
    saveShot(d.window(), QStringLiteral("dark"));

    // A second window on the same cache: lists and agents answer from the cache in any order;
    // the picker still has its first agent chosen and Assign works on it.
    Desk second(LaunchOptions {}, d.cacheDir.path());
    second.start(false);
    second.openSession(
        d.sandbox->baseUrl(), d.sandbox->apiKey(), QStringLiteral("Test"), QStringLiteral("test"));
    second.window()->goTo(MainWindow::PageId::Workspaces);
    auto *again = qobject_cast<WorkspacesPage *>(second.window()->currentPage());
    QVERIFY(again);
    QTRY_VERIFY_WITH_TIMEOUT(again->model()->hasLoaded() && again->agentsLoaded(), 20000);
    auto *picker2 = again->findChild<QComboBox *>(QStringLiteral("agentPicker"));
    auto *assign2 = again->findChild<QPushButton *>(QStringLiteral("assignAgentButton"));
    QVERIFY(picker2->count() > 0);
    QCOMPARE(picker2->currentIndex(), 0);
    QVERIFY(assign2->isEnabled());
}

void tst_WorkspacesPage::withoutAgencyPlan()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    QCOMPARE(d.sandbox->admin("PUT", "/subscription", QJsonObject {{"agency", false}}), 200);
    d.window()->resize(1200, 760);
    d.window()->goTo(MainWindow::PageId::Workspaces);
    auto *page = qobject_cast<WorkspacesPage *>(d.window()->currentPage());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->agencyPlanMissing(), 20000);
    auto *notice = page->findChild<QLabel *>(QStringLiteral("agencyNotice"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("Agency plan")));
    QVERIFY(!page->table()->isVisible());
    QCOMPARE(d.desk->workspace()->choices().size(), 0);
    // Explained in the page only: no global banner repeats it.
    QVERIFY(!d.window()->banners()->banner(QStringLiteral("forbidden")));
    saveShot(d.window(), QStringLiteral("no-agency-plan"));
    // Once the plan is there, Refresh brings the page back.
    QCOMPARE(d.sandbox->admin("PUT", "/subscription", QJsonObject {{"agency", true}}), 200);
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(page->table()->isVisible() && page->model()->rowCount() == 2, 20000);
    QVERIFY(!notice->isVisible());
}

QTEST_MAIN(tst_WorkspacesPage)
#include "tst_workspacespage.moc"
