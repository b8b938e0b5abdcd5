// Campaigns through the UI against a real sandbox: create with the live pickers, edit, pause,
// resume, refuse to delete while active (and pause first), the server's refusal with its
// "Pause first" answer, delete after confirmation; card and table views; card sparklines asked
// once per campaign per round; the details side sheet with the stats endpoint's numbers; the
// campaign's prospect list paged by cursor with exact call counts, its filters' queries and a
// cached reopen that keeps paging; the import entry points (action and a synthetic .csv drop)
// and a double-clicked prospect asking for its conversation. Screenshots light and dark.
#include "DeskFixture.h"
#include "common/HttpProbe.h"
#include "common/SchedulerIdle.h"
#include "common/Screenshots.h"
#include "models/CampaignListModel.h"
#include "models/CampaignProspectModel.h"
#include "models/jobs/CampaignActivity.h"
#include "ui/campaigns/ActivitySparkline.h"
#include "ui/campaigns/CampaignCard.h"
#include "ui/campaigns/CampaignDetailsPanel.h"
#include "ui/campaigns/CampaignDialog.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/shell/MessageBox.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <cmath>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

const QString kProspectRoute = QStringLiteral("GET /prospects/campaign/{campaignId}");
const QString kActivityRoute = QStringLiteral("GET /analytics/campaigns/{campaignId}");
const QString kStatsRoute = QStringLiteral("GET /campaigns/{id}/stats");

// Three campaigns over 450 prospects: every campaign has well over 100, so its list needs
// more than one page of 100. Logged (no --quiet) so the queries can be read back.
const QStringList kBigCampaigns {QStringLiteral("--seed"), QStringLiteral("7"),
    QStringLiteral("--campaigns"), QStringLiteral("3"), QStringLiteral("--prospects"),
    QStringLiteral("450")};

// The query strings the sandbox logged for one campaign's prospect list, oldest first.
QStringList loggedQueries(SandboxProcess &sandbox, const QString &campaignId)
{
    QStringList out;
    const QString needle = QStringLiteral("GET /v1/prospects/campaign/%1").arg(campaignId);
    for (const QByteArray &line : sandbox.stderrLog().split('\n')) {
        const QString text = QString::fromUtf8(line);
        const qsizetype at = text.indexOf(needle);
        if (at < 0)
            continue;
        const QString rest = text.mid(at + needle.size()).section(QLatin1Char(' '), 0, 0);
        out << (rest.startsWith(QLatin1Char('?')) ? rest.mid(1) : rest);
    }
    return out;
}

// Every card has its activity (lines or "no activity yet").
bool sparklinesReady(const CampaignsPage *page)
{
    for (CampaignCard *c : page->cards()) {
        if (c->sparkline()->mode() != ActivitySparkline::Mode::Ready)
            return false;
    }
    return !page->cards().isEmpty();
}

// Scrolls the table down as the user would until the model has every page (or 30 s passed).
void scrollToEnd(QTableView *table, const CampaignProspectModel *model)
{
    QElapsedTimer timer;
    timer.start();
    while (model->state() != CampaignProspectModel::State::AtEnd && timer.elapsed() < 30000) {
        table->scrollToBottom();
        QTest::qWait(20);
    }
}

void drop(QWidget *target, const QString &filePath, bool *entered, bool *dropped)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(filePath)});
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    *entered = enter.isAccepted();
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    *dropped = dropEvent.isAccepted();
}

} // namespace

class tst_CampaignsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cardsAndTable();
    void lifecycle();
    void formChecksBeforeSending();
    void serverRefusalOffersPauseFirst();
    void sparklinesOncePerRound();
    void statsPanelShowsServerNumbers();
    void prospectListPagesFiltersAndReopens();
    void importEntryPointsAndConversation();
    void screenshots_data();
    void screenshots();

private:
    CampaignsPage *open(ConnectedDesk &d);
    CampaignDialog *waitForDialog(CampaignsPage *page);
};

void tst_CampaignsPage::initTestCase()
{
    isolateSettings();
    Theme::apply(qApp, Theme::Scheme::Light);
}

CampaignsPage *tst_CampaignsPage::open(ConnectedDesk &d)
{
    d.window()->goTo(MainWindow::PageId::Campaigns);
    auto *page = qobject_cast<CampaignsPage *>(d.window()->currentPage());
    if (page)
        [&] { QTRY_VERIFY_WITH_TIMEOUT(page->updatedAt().isValid(), 20000); }();
    return page;
}

CampaignDialog *tst_CampaignsPage::waitForDialog(CampaignsPage *page)
{
    CampaignDialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = page->findChild<CampaignDialog *>()) != nullptr); }();
    if (dialog)
        [&] { QTRY_VERIFY_WITH_TIMEOUT(dialog->pickersLoaded(), 15000); }();
    return dialog;
}

void tst_CampaignsPage::cardsAndTable()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    CampaignsPage *page = open(d);
    QVERIFY(page);
    QVERIFY(page->model()->rowCount() > 0);
    QTRY_COMPARE(page->cards().size(), page->model()->rowCount());
    QVERIFY(!page->isTableView());
    page->findChild<QToolButton *>(QStringLiteral("tableViewButton"))->click();
    QVERIFY(page->isTableView());
    QCOMPARE(page->table()->model()->rowCount(), page->model()->rowCount());
    // Sorting by prospects uses the raw number, not the formatted text.
    page->table()->sortByColumn(CampaignListModel::ProspectsColumn, Qt::DescendingOrder);
    const auto *m = page->table()->model();
    for (int r = 1; r < m->rowCount(); ++r)
        QVERIFY(m->index(r - 1, CampaignListModel::ProspectsColumn)
                    .data(CampaignListModel::RawRole)
                    .toLongLong()
            >= m->index(r, CampaignListModel::ProspectsColumn)
                   .data(CampaignListModel::RawRole)
                   .toLongLong());
    page->findChild<QToolButton *>(QStringLiteral("cardViewButton"))->click();
    QVERIFY(!page->isTableView());
}

void tst_CampaignsPage::lifecycle()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    CampaignsPage *page = open(d);
    QVERIFY(page);
    const int before = page->model()->rowCount();

    // Create.
    page->findChild<QPushButton *>(QStringLiteral("newCampaignButton"))->click();
    CampaignDialog *dialog = waitForDialog(page);
    QVERIFY(dialog);
    auto *product = dialog->findChild<QComboBox *>(QStringLiteral("productPicker"));
    auto *agent = dialog->findChild<QComboBox *>(QStringLiteral("agentPicker"));
    QVERIFY(product->count() > 0 && !product->currentData().toString().isEmpty());
    QVERIFY(agent->count() > 0 && !agent->currentData().toString().isEmpty());
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveCampaignButton"));
    QVERIFY(!save->isEnabled()); // no name yet
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("campaignName")),
        QStringLiteral("Desk UI test campaign"));
    dialog->setVariable(QStringLiteral("painPoint"), QStringLiteral("slow follow-ups"));
    QVERIFY2(save->isEnabled(), qPrintable(dialog->problems().join(QLatin1Char('|'))));
    save->click();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), before + 1, 15000);
    const QString name = QStringLiteral("Desk UI test campaign");
    QString id;
    for (const Campaign &c : page->model()->campaigns()) {
        if (c.name == name)
            id = c.id;
    }
    QVERIFY(!id.isEmpty());
    QCOMPARE(page->model()->campaign(page->model()->rowOf(id)).status, QStringLiteral("active"));
    // A campaign without any activity says so on its card.
    QTRY_VERIFY(page->card(id));
    QTRY_COMPARE_WITH_TIMEOUT(
        page->card(id)->sparkline()->mode(), ActivitySparkline::Mode::Ready, 20000);
    QCOMPARE(page->card(id)->sparkline()->placeholderText(), QStringLiteral("no activity yet"));

    // An active campaign is not deleted: the page says to pause it first, and sends nothing.
    const int deletesBefore = d.sandbox->requestCount(QStringLiteral("DELETE /campaigns/{id}"));
    QTRY_VERIFY(page->card(id));
    MessageBox::setNextAnswer(QMessageBox::Ok); // the "pause it first" notice
    page->card(id)->findChild<QToolButton *>(QStringLiteral("deleteCampaign"))->click();
    QVERIFY(MessageBox::lastText().contains(QLatin1String("pause it first")));
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("DELETE /campaigns/{id}")), deletesBefore);

    // Pause and resume with the card's toggle.
    page->card(id)->toggleButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        page->model()->campaign(page->model()->rowOf(id)).status, QStringLiteral("paused"), 10000);
    QTRY_VERIFY(page->card(id) && page->card(id)->toggleButton()->isEnabled());
    QCOMPARE(page->card(id)->toggleButton()->text(), QStringLiteral("Resume"));
    page->card(id)->toggleButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        page->model()->campaign(page->model()->rowOf(id)).status, QStringLiteral("active"), 10000);

    // Edit the name.
    QTRY_VERIFY(page->card(id));
    page->card(id)->findChild<QToolButton *>(QStringLiteral("editCampaign"))->click();
    CampaignDialog *edit = waitForDialog(page);
    QVERIFY(edit && edit->isEditing());
    QVERIFY(!edit->findChild<QComboBox *>(QStringLiteral("productPicker"))->isEnabled());
    auto *nameField = edit->findChild<QLineEdit *>(QStringLiteral("campaignName"));
    nameField->selectAll();
    QTest::keyClicks(nameField, QStringLiteral("Desk UI test campaign (renamed)"));
    // A rename sends the name only: the thresholds the list never told us are left alone.
    QVERIFY(!edit->updateBody().qualificationAutomatic.has_value());
    QVERIFY(!edit->updateBody().qualificationVerification.has_value());
    QCOMPARE(edit->findChild<QComboBox *>(QStringLiteral("promptPicker"))->currentText(),
        QStringLiteral("(kept as created)"));
    edit->findChild<QPushButton *>(QStringLiteral("saveCampaignButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->campaign(page->model()->rowOf(id)).name,
        QStringLiteral("Desk UI test campaign (renamed)"), 10000);

    // Delete while active again, this time answering "pause it now": paused, nothing deleted.
    QTRY_VERIFY(page->card(id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page->card(id)->findChild<QToolButton *>(QStringLiteral("deleteCampaign"))->click();
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Pause")));
    QTRY_COMPARE_WITH_TIMEOUT(
        page->model()->campaign(page->model()->rowOf(id)).status, QStringLiteral("paused"), 10000);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("DELETE /campaigns/{id}")), deletesBefore);
    QTRY_VERIFY(page->card(id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page->card(id)->findChild<QToolButton *>(QStringLiteral("deleteCampaign"))->click();
    QVERIFY(MessageBox::lastText().contains(QLatin1String("cannot be undone")));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowOf(id), -1, 10000);
    QCOMPARE(page->model()->rowCount(), before);
    // And the server agrees.
    const auto list
        = HttpProbe::send("GET", d.sandbox->url(QStringLiteral("/campaigns")), d.sandbox->apiKey());
    QCOMPARE(list.status, 200);
    QVERIFY(!list.body.contains(id.toUtf8()));
}

void tst_CampaignsPage::formChecksBeforeSending()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    CampaignsPage *page = open(d);
    QVERIFY(page);
    page->createCampaign();
    CampaignDialog *dialog = waitForDialog(page);
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("campaignName"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveCampaignButton"));
    QTest::keyClicks(name, QStringLiteral("ab"));
    QVERIFY(!save->isEnabled()); // 3 characters at least
    QTest::keyClicks(name, QStringLiteral("c"));
    QVERIFY(save->isEnabled());
    dialog->setVariable(QStringLiteral("bad key!"), QStringLiteral("x"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!dialog->problems().isEmpty());
    dialog->reject();
}

void tst_CampaignsPage::serverRefusalOffersPauseFirst()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    CampaignsPage *page = open(d);
    QVERIFY(page);
    // A campaign the page believes paused, resumed behind its back: the server refuses the delete.
    QString id;
    for (const Campaign &c : page->model()->campaigns()) {
        if (c.status == QLatin1String("active"))
            id = c.id;
    }
    QVERIFY(!id.isEmpty());
    page->setPaused(id, true);
    QTRY_COMPARE_WITH_TIMEOUT(
        page->model()->campaign(page->model()->rowOf(id)).status, QStringLiteral("paused"), 10000);
    QCOMPARE(d.sandbox->call("POST", QStringLiteral("/campaigns/%1/resume").arg(id)).status, 200);
    auto *pauseFirst = page->findChild<QPushButton *>(QStringLiteral("pauseFirstButton"));
    QVERIFY(pauseFirst && pauseFirst->isHidden());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page->deleteCampaign(id);
    QTRY_VERIFY_WITH_TIMEOUT(page->lastMessage().contains(QLatin1String("still active")), 10000);
    QVERIFY(page->lastMessage().contains(QLatin1String("Pause it first")));
    QVERIFY(!pauseFirst->isHidden());
    QCOMPARE(page->model()->campaign(page->model()->rowOf(id)).status, QStringLiteral("active"));
    QTRY_VERIFY(page->card(id) && page->card(id)->isVisible()); // rebuilt cards show queued
    QVERIFY(page->grab().save(
        screenshotPath(QStringLiteral("campaigns"), QStringLiteral("refused-pause-first"))));
    pauseFirst->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        page->model()->campaign(page->model()->rowOf(id)).status, QStringLiteral("paused"), 10000);
    QVERIFY(pauseFirst->isHidden());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page->deleteCampaign(id);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowOf(id), -1, 10000);
}

void tst_CampaignsPage::sparklinesOncePerRound()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    d.window()->resize(1280, 800); // more cards than fit
    CampaignsPage *page = open(d);
    QVERIFY(page);
    const int campaigns = page->model()->rowCount();
    QVERIFY(campaigns > 1);
    auto allReady = [page] { return sparklinesReady(page); };
    QTRY_VERIFY_WITH_TIMEOUT(allReady(), 20000);
    QCOMPARE(d.sandbox->requestCount(kActivityRoute), campaigns);
    // More cards than fit: the grid scrolls, no card is squeezed below what it needs.
    auto roomy = [page] {
        for (CampaignCard *c : page->cards()) {
            if (c->height() < c->sizeHint().height())
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(roomy(), 5000);
    // A palette switch with the page open redraws the icons in the new colours.
    auto *edit
        = page->cards().constFirst()->findChild<QToolButton *>(QStringLiteral("editCampaign"));
    const QImage lightIcon = edit->icon().pixmap(16, 16).toImage();
    Theme::apply(qApp, Theme::Scheme::Dark);
    QTRY_VERIFY(edit->icon().pixmap(16, 16).toImage() != lightIcon);
    Theme::apply(qApp, Theme::Scheme::Light);
    QTRY_VERIFY(edit->icon().pixmap(16, 16).toImage() == lightIcon);
    // The seeded team has activity: at least one card draws lines.
    int drawn = 0;
    for (CampaignCard *c : page->cards())
        drawn += c->sparkline()->hasActivity() ? 1 : 0;
    QVERIFY(drawn > 0);

    // Repaints, view switches and a card rebuild (pause) ask nothing more.
    for (CampaignCard *c : page->cards())
        c->grab();
    page->setTableView(true);
    page->setTableView(false);
    const QString id = page->cards().constFirst()->campaignId();
    const bool active
        = page->model()->campaign(page->model()->rowOf(id)).status == QLatin1String("active");
    page->setPaused(id, active);
    QTRY_VERIFY_WITH_TIMEOUT(
        page->lastMessage().contains(active ? QLatin1String("paused") : QLatin1String("resumed")),
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(allReady(), 20000);
    QVERIFY(test::waitIdle(*d.desk->connection()->scheduler()));
    QCOMPARE(d.sandbox->requestCount(kActivityRoute), campaigns);

    // A refresh is a new round: one call per campaign again, and only one.
    page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(d.sandbox->requestCount(kActivityRoute), 2 * campaigns, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(allReady() && !page->isBusy(), 20000);
    QVERIFY(test::waitIdle(*d.desk->connection()->scheduler()));
    QCOMPARE(d.sandbox->requestCount(kActivityRoute), 2 * campaigns);
}

void tst_CampaignsPage::statsPanelShowsServerNumbers()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    CampaignsPage *page = open(d);
    QVERIFY(page);
    QTRY_VERIFY(!page->cards().isEmpty());
    // The campaign with the most prospects, opened from its card's details button.
    QString id;
    qint64 most = -1;
    for (const Campaign &c : page->model()->campaigns()) {
        if (c.stats.prospects > most) {
            most = c.stats.prospects;
            id = c.id;
        }
    }
    QVERIFY(!page->isDetailsVisible());
    page->card(id)->findChild<QToolButton *>(QStringLiteral("campaignDetails"))->click();
    QVERIFY(page->isDetailsVisible());
    QCOMPARE(page->selectedCampaign(), id);
    QVERIFY(page->card(id)->isSelected());
    CampaignDetailsPanel *details = page->details();
    QTRY_VERIFY_WITH_TIMEOUT(details->statsLoaded(), 20000);
    QCOMPARE(d.sandbox->requestCount(kStatsRoute), 1);

    const HttpReply reply = d.sandbox->call("GET", QStringLiteral("/campaigns/%1/stats").arg(id));
    QCOMPARE(reply.status, 200);
    const QJsonObject stats = reply.json.object().value(QStringLiteral("stats")).toObject();
    const QLocale locale;
    auto number = [&](const char *key) {
        return locale.toString(stats.value(QLatin1String(key)).toInteger());
    };
    auto rate = [&](const char *key) { // "28.00%" -> "28.0 %"
        const double v = stats.value(QLatin1String(key)).toString().chopped(1).toDouble();
        return QStringLiteral("%1 %").arg(locale.toString(v, 'f', 1));
    };
    QVERIFY(stats.value(QStringLiteral("prospects")).toInteger() > 0);
    QCOMPARE(details->figure(QStringLiteral("prospects")), number("prospects"));
    QCOMPARE(details->figure(QStringLiteral("replies")), number("prospectsAnswers"));
    QCOMPARE(details->figure(QStringLiteral("messages")), number("messages"));
    QCOMPARE(details->figure(QStringLiteral("qualified")), number("qualified"));
    QCOMPARE(details->figure(QStringLiteral("closed")), number("closed"));
    QCOMPARE(details->figure(QStringLiteral("responseRate")), rate("responseRate"));
    QCOMPARE(details->figure(QStringLiteral("conversionRate")), rate("conversionRate"));

    // Another campaign in the table view: selecting its row shows its numbers.
    page->setTableView(true);
    QString other;
    for (int r = 0; r < page->table()->model()->rowCount(); ++r) {
        const QModelIndex index = page->table()->model()->index(r, 0);
        if (index.data(CampaignListModel::IdRole).toString() != id) {
            other = index.data(CampaignListModel::IdRole).toString();
            page->table()->setCurrentIndex(index);
            break;
        }
    }
    QVERIFY(!other.isEmpty());
    QCOMPARE(details->campaignId(), other);
    QTRY_VERIFY_WITH_TIMEOUT(details->statsLoaded(), 20000);
    QCOMPARE(d.sandbox->requestCount(kStatsRoute), 3); // ours, the probe's, ours
    // The prospect list waits for its tab: glancing at statistics costs no list call.
    QCOMPARE(d.sandbox->requestCount(kProspectRoute), 0);
    details->showProspectsTab();
    QTRY_VERIFY_WITH_TIMEOUT(!details->prospects()->isLoading()
            && details->prospects()->state() != CampaignProspectModel::State::Idle,
        20000);
    QCOMPARE(details->prospects()->campaignId(), other);
    QCOMPARE(d.sandbox->requestCount(kProspectRoute), 1);
    details->findChild<QToolButton *>(QStringLiteral("closeDetails"))->click();
    QVERIFY(!page->isDetailsVisible());
}

void tst_CampaignsPage::prospectListPagesFiltersAndReopens()
{
    ConnectedDesk d;
    QVERIFY(d.start(kBigCampaigns));
    CampaignsPage *page = open(d);
    QVERIFY(page);
    QString id;
    qint64 total = 0;
    for (const Campaign &c : page->model()->campaigns()) {
        if (c.stats.prospects > total) {
            total = c.stats.prospects;
            id = c.id;
        }
    }
    QVERIFY2(total > 100, qPrintable(QString::number(total)));
    const int pages = int((total + 99) / 100);
    QVERIFY(d.sandbox->resetRequestCounts());

    page->showDetails(id);
    CampaignDetailsPanel *details = page->details();
    details->findChild<QTabWidget *>(QStringLiteral("campaignDetailsTabs"))->setCurrentIndex(1);
    CampaignProspectModel *model = details->prospects();
    QTableView *table = details->prospectTable();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 100, 20000);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(d.sandbox->requestCount(kProspectRoute), 1);
    QCOMPARE(details->countText(), QStringLiteral("loaded 100 · more available (scroll down)"));
    // Scrolling to the end is what asks the next pages (the view's fetchMore).
    scrollToEnd(table, model);
    QCOMPARE(model->state(), CampaignProspectModel::State::AtEnd);
    QCOMPARE(model->rowCount(), int(total));
    QCOMPARE(d.sandbox->requestCount(kProspectRoute), pages);
    QVERIFY(details->countText().startsWith(
        QStringLiteral("loaded %1").arg(QLocale().toString(total))));
    QVERIFY(details->countText().contains(QLatin1String("all of them")));
    const QStringList walk = loggedQueries(*d.sandbox, id);
    QCOMPARE(walk.size(), pages);
    QVERIFY(!walk.first().contains(QLatin1String("cursor=")));
    for (int i = 1; i < walk.size(); ++i)
        QVERIFY2(walk.at(i).contains(QLatin1String("cursor=")), qPrintable(walk.at(i)));

    // Filters are the server's: each control sends its parameter.
    auto *status = details->findChild<QComboBox *>(QStringLiteral("prospectStatusFilter"));
    auto *paused = details->findChild<QComboBox *>(QStringLiteral("prospectPausedFilter"));
    auto *responded = details->findChild<QComboBox *>(QStringLiteral("prospectRespondedFilter"));
    status->setCurrentIndex(status->findData(CampaignProspectModel::kRepliedStatus));
    QTRY_VERIFY_WITH_TIMEOUT(
        !model->isLoading() && model->state() != CampaignProspectModel::State::Idle, 20000);
    QVERIFY(loggedQueries(*d.sandbox, id).constLast().contains(QLatin1String("status=4")));
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->item(r).status, CampaignProspectModel::kRepliedStatus);
    paused->setCurrentIndex(paused->findData(false));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000);
    QString last = loggedQueries(*d.sandbox, id).constLast();
    QVERIFY2(
        last.contains(QLatin1String("status=4")) && last.contains(QLatin1String("isPaused=false")),
        qPrintable(last));
    responded->setCurrentIndex(responded->findData(true));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000);
    last = loggedQueries(*d.sandbox, id).constLast();
    QVERIFY2(last.contains(QLatin1String("hasResponded=true")), qPrintable(last));
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(!model->item(r).paused);
    status->setCurrentIndex(0);
    paused->setCurrentIndex(0);
    responded->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000);
    // Back to no filter: the unfiltered first page is the one already cached.
    QVERIFY(!model->filter().status && !model->filter().isPaused && !model->filter().hasResponded);
    QCOMPARE(model->rowCount(), 100);
    QVERIFY(model->isFromCache());

    // A cached reopen: another campaign, then back. Every page comes from the cache with its
    // pagination headers, so scrolling still reaches the end, at no cost.
    QString other;
    for (const Campaign &c : page->model()->campaigns()) {
        if (c.id != id)
            other = c.id;
    }
    page->showDetails(other);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isLoading(), 20000);
    QVERIFY(d.sandbox->resetRequestCounts());
    page->showDetails(id);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 100, 20000);
    QVERIFY(model->isFromCache());
    scrollToEnd(table, model);
    QCOMPARE(model->rowCount(), int(total));
    QCOMPARE(d.sandbox->requestCount(kProspectRoute), 0);

    // F5 walks from the server again.
    page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(d.sandbox->requestCount(kProspectRoute), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 100, 20000);
    QVERIFY(!model->isFromCache());
}

void tst_CampaignsPage::importEntryPointsAndConversation()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    CampaignsPage *page = open(d);
    QVERIFY(page);
    QTRY_VERIFY(!page->cards().isEmpty());
    QSignalSpy imports(page, &CampaignsPage::importRequested);
    CampaignCard *card = page->cards().constFirst();
    const QString id = card->campaignId();

    // The card's action: no file yet, the wizard asks for it.
    card->findChild<QToolButton *>(QStringLiteral("importLeads"))->click();
    QCOMPARE(imports.count(), 1);
    QCOMPARE(imports.at(0).at(0).toString(), id);
    QVERIFY(imports.at(0).at(1).toString().isEmpty());

    // A .csv dropped on the card: that file, for that campaign.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("leads.CSV"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("linkedin_url\\nhttps://www.linkedin.com/in/ada\\n");
    f.close();
    bool entered = false;
    bool dropped = false;
    drop(card, csv, &entered, &dropped);
    QVERIFY(entered && dropped);
    QCOMPARE(imports.count(), 2);
    QCOMPARE(imports.at(1).at(0).toString(), id);
    QCOMPARE(imports.at(1).at(1).toString(), csv);
    // Anything else is refused at the door (by the card and the window) and asks nothing.
    drop(card, dir.filePath(QStringLiteral("notes.pdf")), &entered, &dropped);
    QVERIFY(!entered && !dropped);
    QCOMPARE(imports.count(), 2);

    // The palette command and the side sheet's button, for the selected campaign.
    auto *action = page->findChild<QAction *>(QStringLiteral("importLeadsAction"));
    QVERIFY(action && page->actions().contains(action));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    // The page's commands are in the palette, and their keys are nobody else's.
    for (const QString &name :
        {QStringLiteral("importLeadsAction"), QStringLiteral("toggleCampaignDetails")}) {
        QAction *mine = d.window()->command(name);
        QVERIFY2(mine, qPrintable(name));
        for (QAction *other : d.window()->commands()) {
            if (other != mine && !other->shortcut().isEmpty())
                QVERIFY2(other->shortcut() != mine->shortcut(), qPrintable(other->text()));
        }
    }
    d.window()->goTo(MainWindow::PageId::Overview);
    action->trigger(); // from another page: brings the campaigns forward; nothing selected yet
    QCOMPARE(d.window()->currentPageId(), MainWindow::PageId::Campaigns);
    QCOMPARE(imports.count(), 2);
    QVERIFY(page->lastMessage().contains(QLatin1String("Select a campaign")));
    QTest::mouseClick(card, Qt::LeftButton, {}, QPoint(card->width() / 2, 8));
    QCOMPARE(page->selectedCampaign(), id);
    action->trigger();
    QCOMPARE(imports.count(), 3);
    QCOMPARE(imports.at(2).at(0).toString(), id);
    page->details()->findChild<QPushButton *>(QStringLiteral("detailsImportLeads"))->click();
    QCOMPARE(imports.count(), 4);
    QCOMPARE(imports.at(3).at(0).toString(), id);

    // Double-click on a prospect: its conversation.
    QSignalSpy conversations(page, &CampaignsPage::openConversation);
    page->details()->showProspectsTab();
    QTableView *table = page->details()->prospectTable();
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 1, 20000);
    const QModelIndex second = table->model()->index(1, 0);
    const QString chat = second.data(CampaignProspectModel::ChatIdRole).toString();
    QVERIFY(!chat.isEmpty());
    table->scrollTo(second);
    const QPoint at = table->visualRect(second).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(conversations.count(), 1);
    QCOMPARE(conversations.at(0).at(0).toString(), chat);
}

void tst_CampaignsPage::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_CampaignsPage::screenshots()
{
    QFETCH(bool, dark);
    Theme::apply(qApp, dark ? Theme::Scheme::Dark : Theme::Scheme::Light);
    const QString scheme = dark ? QStringLiteral("dark") : QStringLiteral("light");
    ConnectedDesk d;
    QVERIFY(d.start(kBigCampaigns));
    d.window()->resize(1360, 860);
    CampaignsPage *page = open(d);
    QVERIFY(page);
    auto allReady = [page] { return sparklinesReady(page); };
    QTRY_VERIFY_WITH_TIMEOUT(allReady(), 20000);
    QVERIFY(d.window()->grab().save(
        screenshotPath(QStringLiteral("campaigns"), QStringLiteral("cards-") + scheme)));
    page->setTableView(true);
    QVERIFY(d.window()->grab().save(
        screenshotPath(QStringLiteral("campaigns"), QStringLiteral("table-") + scheme)));
    page->setTableView(false);
    const QString id = page->cards().constFirst()->campaignId();
    page->showDetails(id);
    QTRY_VERIFY_WITH_TIMEOUT(page->details()->statsLoaded(), 20000);
    QVERIFY(d.window()->grab().save(
        screenshotPath(QStringLiteral("campaigns"), QStringLiteral("details-stats-") + scheme)));
    page->details()->showProspectsTab();
    QTRY_VERIFY_WITH_TIMEOUT(
        page->details()->prospects()->rowCount() > 0 && !page->details()->prospects()->isLoading(),
        20000);
    QVERIFY(d.window()->grab().save(screenshotPath(
        QStringLiteral("campaigns"), QStringLiteral("details-prospects-") + scheme)));
    page->createCampaign();
    CampaignDialog *dialog = waitForDialog(page);
    QVERIFY(dialog);
    dialog->setVariable(QStringLiteral("painPoint"), QStringLiteral("slow follow-ups"));
    QVERIFY(dialog->grab().save(
        screenshotPath(QStringLiteral("campaigns"), QStringLiteral("dialog-") + scheme)));
    dialog->reject();
    Theme::apply(qApp, Theme::Scheme::Light);
}

QTEST_MAIN(tst_CampaignsPage)
#include "tst_campaignspage.moc"
