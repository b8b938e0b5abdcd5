// The open pages follow the live desk's refresh in place, in the real window against the sandbox:
// a change injected with POST /__admin/events (an agent asked to log in again, a campaign
// completed, a prospect qualified) shows in its cell after one refresh, while the selection, the
// current row, the scroll position and the open details stay where the user left them (no model
// reset: each of these asserts fails on a reset). The Prospects page shows the unread
// conversations itself: bold rows, "Unread (N)" as a toggle that lists only them, and opening one
// reads it.
#include "DeskFixture.h"
#include "app/DeskTray.h"
#include "app/LiveDesk.h"
#include "common/Screenshots.h"
#include "models/AgentListModel.h"
#include "models/CampaignListModel.h"
#include "models/ConversationModel.h"
#include "models/ProspectColumns.h"
#include "models/ProspectSearchModel.h"
#include "models/live/AutoRefresh.h"
#include "ui/agents/AgentsPage.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/overview/OverviewPage.h"
#include "ui/prospects/ConversationView.h"
#include "ui/prospects/ProspectsPage.h"
#include "ui/prospects/UnreadFilter.h"
#include "ui/prospects/UnreadRowDelegate.h"
#include "ui/shell/Theme.h"

#include <QDockWidget>
#include <QListWidget>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_LivePages final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void agentsInPlace();
    void campaignsInPlace();
    void prospectsInPlace();
    void overviewInPlace();
    void unreadOnTheProspectsPage();

private:
    bool refresh();
    ProspectsPage *prospects() const;

    ConnectedDesk m_fx;
};

void tst_LivePages::initTestCase()
{
    isolateSettings();
    QVERIFY(m_fx.start());
    m_fx.window()->resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(m_fx.window()));
    // The alert list is in view from the start: alerts raised by a refresh change no layout.
    m_fx.desk->live()->dock()->show();
    QVERIFY(refresh()); // the unread baseline
}

void tst_LivePages::cleanupTestCase()
{
    m_fx.desk.reset();
}

bool tst_LivePages::refresh()
{
    AutoRefresh *live = m_fx.desk->live()->autoRefresh();
    QSignalSpy refreshed(live, &AutoRefresh::refreshed);
    QSignalSpy failed(live, &AutoRefresh::refreshFailed);
    live->refreshNow();
    const bool ok
        = QTest::qWaitFor([&] { return !refreshed.isEmpty() || !failed.isEmpty(); }, 60000);
    if (!failed.isEmpty())
        qWarning() << "refresh failed:" << failed.first().first().toString();
    if (!ok)
        qWarning() << "no refresh; refreshing:" << live->isRefreshing();
    return !refreshed.isEmpty();
}

ProspectsPage *tst_LivePages::prospects() const
{
    return static_cast<ProspectsPage *>(m_fx.window()->page(MainWindow::PageId::Prospects));
}

void tst_LivePages::agentsInPlace()
{
    using P = MainWindow::PageId;
    m_fx.window()->goTo(P::Agents);
    auto *page = static_cast<AgentsPage *>(m_fx.window()->page(P::Agents));
    AgentListModel *model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->hasLoaded() && model->rowCount() >= 3, 20000);
    QTableView *table = page->table();
    // The user's place: the second row, current and selected.
    table->selectionModel()->setCurrentIndex(table->model()->index(1, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString selected = table->currentIndex().data(AgentListModel::IdRole).toString();
    QVERIFY(!selected.isEmpty());
    // Another agent is asked to log in again.
    QString target;
    for (const Agent &a : model->agents()) {
        if (a.id != selected && (a.status == u"running" || a.status == u"paused")) {
            target = a.id;
            break;
        }
    }
    QVERIFY(!target.isEmpty());
    const QString before
        = model->index(model->rowOf(target), AgentListModel::StatusColumn).data().toString();
    QCOMPARE(m_fx.sandbox->admin("POST", "/events",
                 {{"type", "agent-alert"}, {"kind", "verification"}, {"agentId", target}}),
        201);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(refresh());
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(model->rowOf(target), AgentListModel::StatusColumn).data().toString(),
        AgentListModel::statusLabel(QStringLiteral("auth_needed")), 10000);
    QVERIFY(before != AgentListModel::statusLabel(QStringLiteral("auth_needed")));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(table->currentIndex().data(AgentListModel::IdRole).toString(), selected);
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(AgentListModel::IdRole).toString(), selected);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
    QCOMPARE(resets.count(), 0); // and no reset on the way
}

void tst_LivePages::campaignsInPlace()
{
    using P = MainWindow::PageId;
    m_fx.window()->goTo(P::Campaigns);
    auto *page = static_cast<CampaignsPage *>(m_fx.window()->page(P::Campaigns));
    page->setTableView(true);
    CampaignListModel *model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->hasLoaded() && model->rowCount() >= 3, 20000);
    QTableView *table = page->table();
    table->selectionModel()->setCurrentIndex(table->model()->index(2, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString selected
        = table->currentIndex().siblingAtColumn(0).data(CampaignListModel::IdRole).toString();
    QVERIFY(!selected.isEmpty());
    QString target;
    for (const Campaign &c : model->campaigns()) {
        if (c.id != selected && c.status == u"active") {
            target = c.id;
            break;
        }
    }
    QVERIFY(!target.isEmpty());
    QCOMPARE(m_fx.sandbox->admin(
                 "POST", "/events", {{"type", "campaign-completed"}, {"campaignId", target}}),
        201);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QVERIFY(refresh());
    QTRY_COMPARE_WITH_TIMEOUT(
        model->campaign(model->rowOf(target)).status, QStringLiteral("completed"), 10000);
    QCOMPARE(model->index(model->rowOf(target), CampaignListModel::StatusColumn).data().toString(),
        CampaignListModel::statusLabel(QStringLiteral("completed")));
    // The same campaign current and selected (the table sorts: its row may follow the order).
    QCOMPARE(table->currentIndex().siblingAtColumn(0).data(CampaignListModel::IdRole).toString(),
        selected);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(resets.count(), 0); // and no reset on the way
}

void tst_LivePages::prospectsInPlace()
{
    using P = MainWindow::PageId;
    m_fx.window()->goTo(P::Prospects);
    ProspectsPage *page = prospects();
    ProspectSearchModel *model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->isPageCached(0), 20000);
    QTableView *table = page->table();
    // Scrolled a little, row 5 current and selected, its conversation open beside the table.
    table->verticalScrollBar()->setValue(3);
    const int k = 5;
    table->selectionModel()->setCurrentIndex(
        model->index(k, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString chosen = model->item(k)->chatId;
    QTRY_COMPARE_WITH_TIMEOUT(page->conversation()->model()->chatId(), chosen, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(page->conversation()->model()->isLoaded(), 10000);
    // A prospect further down is qualified: it moves to the top (newest activity first).
    QString target;
    for (int r = k + 1; r < ProspectSearchModel::kPageSize && target.isEmpty(); ++r) {
        const ProspectSearchItem *it = model->item(r);
        if (it && (it->status == 3 || it->status == 4) && it->qualification != u"qualified")
            target = it->chatId;
    }
    QVERIFY(!target.isEmpty());
    QCOMPARE(
        m_fx.sandbox->admin("POST", "/events", {{"type", "qualified"}, {"chatId", target}}), 201);
    const int scroll = table->verticalScrollBar()->value();
    QCOMPARE(scroll, 3);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy opened(page->conversation(), &ConversationView::opened);
    QVERIFY(refresh());
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(0, 0).data(ProspectSearchModel::ChatIdRole).toString(), target, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isRefreshingInPlace(), 10000);
    // The changed cell shows the new value...
    QCOMPARE(model->item(0)->qualification, QStringLiteral("qualified"));
    QCOMPARE(model->index(0, ProspectColumns::Qualification).data().toString(),
        ProspectColumns::text(*model->item(0), ProspectColumns::Qualification));
    // ... and the user is where they were: the same prospect current and selected (one row
    // lower, since the qualified one moved above it), the same scroll, the same conversation.
    QCOMPARE(table->currentIndex().data(ProspectSearchModel::ChatIdRole).toString(), chosen);
    QCOMPARE(table->currentIndex().row(), k + 1);
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(ProspectSearchModel::ChatIdRole).toString(), chosen);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
    QCOMPARE(page->conversation()->model()->chatId(), chosen);
    QCOMPARE(opened.count(), 0); // nothing was opened again (no call, nothing marked read)
    QCOMPARE(resets.count(), 0); // and no reset on the way
}

void tst_LivePages::overviewInPlace()
{
    using P = MainWindow::PageId;
    m_fx.window()->goTo(P::Overview);
    auto *page = static_cast<OverviewPage *>(m_fx.window()->page(P::Overview));
    QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 20000);
    QListWidget *attention = page->attentionList();
    QVERIFY(attention->count() >= 1);
    const int before = attention->count();
    attention->setCurrentRow(0);
    const QString chosen = attention->currentItem()->data(Qt::UserRole + 1).toString();
    QVERIFY(!chosen.isEmpty());
    QJsonObject event;
    QCOMPARE(m_fx.sandbox->admin("POST", "/events",
                 {{"type", "agent-alert"}, {"kind", "verification"}, {"random", true}}, &event),
        201);
    QVERIFY(refresh());
    // One more agent needs the user (unless it already did), and the chosen one stays chosen.
    QTRY_VERIFY_WITH_TIMEOUT(attention->count() >= before, 10000);
    bool listed = false;
    for (int i = 0; i < attention->count(); ++i)
        listed = listed
            || attention->item(i)->data(Qt::UserRole + 1).toString()
                == event.value("agentId").toString();
    QTRY_VERIFY_WITH_TIMEOUT(listed, 10000);
    QVERIFY(attention->currentItem());
    QCOMPARE(attention->currentItem()->data(Qt::UserRole + 1).toString(), chosen);
}

void tst_LivePages::unreadOnTheProspectsPage()
{
    using P = MainWindow::PageId;
    m_fx.window()->goTo(P::Prospects);
    ProspectsPage *page = prospects();
    ProspectSearchModel *model = page->model();
    QToolButton *toggle = page->unreadFilter()->button();
    QCOMPARE(toggle->text(), QStringLiteral("Unread"));

    QJsonObject reply;
    QCOMPARE(m_fx.sandbox->admin("POST", "/events", {{"type", "reply"}}, &reply), 201);
    const QString chat = reply.value("chatId").toString();
    QVERIFY(refresh());
    QTRY_COMPARE_WITH_TIMEOUT(toggle->text(), QStringLiteral("Unread (1)"), 10000);
    // The row is bold (the one who replied moved to the top), the others are not.
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(0, 0).data(ProspectSearchModel::ChatIdRole).toString(), chat, 20000);
    auto *delegate = qobject_cast<UnreadRowDelegate *>(page->table()->itemDelegate());
    QVERIFY(delegate);
    const auto bold = [&](int row) {
        QStyleOptionViewItem option;
        delegate->initStyleOption(&option, model->index(row, ProspectColumns::Name));
        return option.font.bold();
    };
    QVERIFY(model->index(0, 0).data(ProspectSearchModel::UnreadRole).toBool());
    QVERIFY(bold(0));
    QVERIFY(!bold(1));
    // Pictures to look at, light and dark: the page with its unread row, the alert list, the
    // tray menu.
    page->table()->scrollToTop();
    for (const bool dark : {false, true}) {
        Theme::apply(qApp, dark ? Theme::Scheme::Dark : Theme::Scheme::Light);
        const QString look = dark ? QStringLiteral("dark") : QStringLiteral("light");
        QCoreApplication::processEvents();
        QVERIFY(m_fx.window()->grab().save(
            screenshotPath(QStringLiteral("prospects"), QStringLiteral("unread-") + look)));
        QVERIFY(m_fx.desk->live()->dock()->grab().save(
            screenshotPath(QStringLiteral("alerts"), QStringLiteral("dock-") + look)));
        QMenu *menu = m_fx.desk->live()->tray()->menu();
        m_fx.desk->live()->autoRefresh()->setPaused(true); // a checked entry in the picture
        emit menu->aboutToShow();
        menu->adjustSize();
        QVERIFY(menu->grab().save(
            screenshotPath(QStringLiteral("tray"), QStringLiteral("menu-") + look)));
        m_fx.desk->live()->autoRefresh()->setPaused(false);
    }
    Theme::apply(qApp, Theme::Scheme::Light);

    // The toggle lists only the unread conversation, from the refresh's own answer: no call.
    const auto searches = [&] { return m_fx.sandbox->requestCount("GET /prospects/search"); };
    const int before = searches();
    toggle->click();
    QVERIFY(page->unreadFilter()->isActive());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
    QCOMPARE(model->item(0)->chatId, chat);
    QCOMPARE(searches(), before);

    // Opening it reads it: no longer bold, the count goes, the row stays until the toggle goes.
    page->table()->selectionModel()->setCurrentIndex(
        model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.desk->live()->unreadCount(), 0, 10000);
    QCOMPARE(toggle->text(), QStringLiteral("Unread"));
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(!bold(0));
    toggle->click();
    QVERIFY(!page->unreadFilter()->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 1, 10000);
}

QTEST_MAIN(tst_LivePages)
#include "tst_livepages.moc"
