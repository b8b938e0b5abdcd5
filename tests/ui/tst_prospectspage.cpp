// The Prospects page through the UI against a real sandbox: filter, page, open a conversation,
// qualify it, pause and resume it, edit its custom data (with the live counter), keyboard triage,
// export the loaded rows; and a screenshot with a conversation open.
#include "DeskFixture.h"
#include "common/Screenshots.h"
#include "models/ConversationModel.h"
#include "models/ProspectBulkResultModel.h"
#include "models/ProspectColumns.h"
#include "models/ProspectSearchModel.h"
#include "ui/prospects/BulkActionDialog.h"
#include "ui/prospects/ConversationView.h"
#include "ui/prospects/ProspectsPage.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_ProspectsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterPageAndTriage();
};

void tst_ProspectsPage::initTestCase()
{
    isolateSettings();
    Theme::apply(qApp, Theme::Scheme::Light);
}

static bool settled(ProspectSearchModel *m)
{
    return m->state() == ProspectSearchModel::State::Loaded
        || m->state() == ProspectSearchModel::State::AtEnd;
}

void tst_ProspectsPage::filterPageAndTriage()
{
    ConnectedDesk d;
    QVERIFY(d.start({QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--prospects"),
        QStringLiteral("1500"), QStringLiteral("--quiet")}));
    auto *page = new ProspectsPage(d.desk->connection());
    d.window()->setPage(MainWindow::PageId::Prospects, page);
    d.window()->resize(1500, 900);
    d.window()->goTo(MainWindow::PageId::Prospects);
    page->activate();
    // The page fits a 1024-pixel window beside the sidebar: status texts give way, not controls.
    QVERIFY2(page->minimumSizeHint().width() <= 780,
        qPrintable(QString::number(page->minimumSizeHint().width())));
    ProspectSearchModel *model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(settled(model), 20000);
    const qint64 all = model->total();
    QVERIFY(all > 200);
    QVERIFY(page->pagerLabel()->text().startsWith(QStringLiteral("1–100 of ")));

    // The campaign filter is a picker filled from the live campaign list.
    QComboBox *picker = page->campaignPicker();
    QTRY_VERIFY_WITH_TIMEOUT(picker->count() > 1, 20000);
    const QString campaignId = model->item(0)->campaign.id; // a campaign with prospects
    const int pick = picker->findData(campaignId);
    QVERIFY(pick > 0);
    QVERIFY(picker->itemText(pick) != campaignId); // shows the name, not the id
    picker->setCurrentIndex(pick);
    page->applyFilter();
    QCOMPARE(page->currentFilter().campaignId, campaignId);
    QTRY_VERIFY_WITH_TIMEOUT(settled(model) && model->totalKnown(), 20000);
    QVERIFY(model->total() < all);
    QVERIFY(model->total() > 0);
    QCOMPARE(model->item(0)->campaign.id, campaignId);
    // A saved search naming an unknown campaign keeps it visible in the picker.
    ProspectSearchQuery unknown;
    unknown.campaignId = QStringLiteral("deletedcampaign00000");
    page->setFilter(unknown);
    QCOMPARE(page->currentFilter().campaignId, unknown.campaignId);

    // Filter: running conversations, not qualified yet.
    ProspectSearchQuery f;
    f.isPaused = false;
    f.qualification = QStringLiteral("pending");
    page->setFilter(f);
    page->applyFilter();
    QTRY_VERIFY_WITH_TIMEOUT(settled(model) && model->totalKnown(), 20000);
    QVERIFY(model->total() > 100);
    QVERIFY(model->total() < all);
    for (int r = 0; r < 100; ++r)
        QCOMPARE(model->item(r)->paused, false);

    // Page 2 through the pager.
    page->goToPage(1);
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(100), 20000);
    QVERIFY(page->pagerLabel()->text().startsWith(QStringLiteral("101–200 of ")));

    // Open a conversation by selecting its row.
    page->table()->setFocus();
    page->table()->setCurrentIndex(model->index(100, 0));
    ConversationView *view = page->conversation();
    ConversationModel *conv = view->model();
    QTRY_VERIFY_WITH_TIMEOUT(conv->isLoaded(), 20000);
    QCOMPARE(conv->chatId(), model->item(100)->chatId);
    QVERIFY(!conv->details().prospect.name.isEmpty());
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("prospectCard"))
                ->text()
                .contains(conv->details().prospect.name.toHtmlEscaped()));
    QCOMPARE(conv->details().paused, false);

    // Qualify.
    QSignalSpy finished(conv, &ConversationModel::actionFinished);
    QVERIFY(view->qualifyButton()->isEnabled());
    view->qualifyButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(conv->details().qualification, QStringLiteral("qualified"), 20000);

    // Pause with the keyboard, resume with the button.
    QTRY_VERIFY_WITH_TIMEOUT(view->pauseButton()->isEnabled(), 20000);
    QVERIFY(view->pauseButton()->toolTip().contains(QStringLiteral("Ctrl+Shift+P")));
    QTest::keyClick(page->table(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QVERIFY2(finished.at(1).at(1).toBool(), qPrintable(finished.at(1).at(2).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(conv->details().paused, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(view->resumeButton()->isEnabled(), 20000);
    view->resumeButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!conv->details().paused, 20000);

    // Custom data with its counter.
    const QString text = QStringLiteral("Met at the Lyon fair; prefers email.");
    QTRY_VERIFY_WITH_TIMEOUT(view->saveCustomDataButton()->isEnabled(), 20000);
    view->customDataEditor()->setPlainText(text);
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("customDataCounter"))
                ->text()
                .startsWith(QString::number(text.size()) + QStringLiteral(" / ")));
    view->saveCustomDataButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 20000);
    QVERIFY2(finished.at(3).at(1).toBool(), qPrintable(finished.at(3).at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(conv->details().customData, text, 20000);
    // Over the limit: refused before any call, the save button is off.
    view->customDataEditor()->setPlainText(QString(3001, u'x'));
    QVERIFY(!view->saveCustomDataButton()->isEnabled());
    view->customDataEditor()->setPlainText(text);

    // Screenshot with the conversation open, once every label of the details pane has the room
    // its text needs (the card's wrapped lines once overlapped and the counter read "45 / 3,00").
    QTRY_VERIFY_WITH_TIMEOUT(!conv->isBusy(), 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(
        squeezedLabels(view).isEmpty(), qPrintable(squeezedLabels(view)), 5000);
    const QString shot
        = screenshotPath(QStringLiteral("prospects"), QStringLiteral("conversation"));
    QVERIFY(d.window()->grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));

    // Keyboard triage: next prospect opens row 101.
    QTest::keyClick(page->table(), Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->currentIndex().row(), 101, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(conv->chatId(), model->item(101)->chatId, 20000);
    QTest::keyClick(page->table(), Qt::Key_Up, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->currentIndex().row(), 100, 5000);

    // Bulk pause of three rows: preview first, one call each, a result per row.
    QItemSelection selection(model->index(102, 0), model->index(104, ProspectColumns::Count - 1));
    page->table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const QString preview = page->bulkPreview(ProspectBulkAction::Kind::Pause);
    QVERIFY2(preview.contains(QStringLiteral("3 call")), qPrintable(preview));
    const int pausesBefore
        = d.sandbox->requestCount(QStringLiteral("POST /prospects/{chatId}/pause"));
    QSignalSpy bulkDone(page, &ProspectsPage::bulkFinished);
    page->runBulk(ProspectBulkAction::Kind::Pause, false);
    QVERIFY(bulkDone.wait(30000));
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /prospects/{chatId}/pause")),
        pausesBefore + 3);
    const QStringList report = page->lastBulkReport().split(u'\n');
    QCOMPARE(report.size(), 3);
    for (const QString &line : report)
        QVERIFY2(line.contains(QStringLiteral("done")), qPrintable(line));
    // The dialog shows one result row per prospect.
    BulkActionDialog *dialog = page->bulkDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->results()->rowCount(), 3);
    QCOMPARE(dialog->results()->count(ProspectBulkResultModel::Outcome::Done), 3);
    QCOMPARE(dialog->summaryLabel()->text(), QStringLiteral("3 done"));
    dialog->close();

    // Cancel in the middle: the calls already answered count, the rest are not sent at all.
    QItemSelection many(model->index(110, 0), model->index(139, ProspectColumns::Count - 1));
    page->table()->selectionModel()->select(many, QItemSelectionModel::ClearAndSelect);
    const int qualifiesBefore
        = d.sandbox->requestCount(QStringLiteral("POST /prospects/{chatId}/qualify"));
    QSignalSpy cancelledDone(page, &ProspectsPage::bulkFinished);
    page->runBulk(ProspectBulkAction::Kind::Qualify, true); // confirm: waits for Run
    dialog = page->bulkDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->results()->count(ProspectBulkResultModel::Outcome::Waiting), 30);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /prospects/{chatId}/qualify")),
        qualifiesBefore); // nothing sent before Run
    connect(dialog->action(), &ProspectBulkAction::progress, dialog, [dialog](int done, int) {
        if (done == 2)
            dialog->cancelButton()->click();
    });
    dialog->runButton()->click();
    QVERIFY(cancelledDone.wait(30000));
    QCOMPARE(dialog->results()->count(ProspectBulkResultModel::Outcome::Done), 2);
    QCOMPARE(dialog->results()->count(ProspectBulkResultModel::Outcome::NotSent), 28);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /prospects/{chatId}/qualify")),
        qualifiesBefore + 2);
    QVERIFY(dialog->results()->toCsv().count(QStringLiteral("Not sent")) == 28);
    QVERIFY(dialog->grab().save(
        screenshotPath(QStringLiteral("prospects"), QStringLiteral("bulk-cancelled"))));
    dialog->close();

    // Export the loaded rows.
    QTemporaryDir tmp;
    const QString csv = tmp.filePath(QStringLiteral("loaded.csv"));
    QVERIFY(page->exportLoaded(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size() - 2, model->loadedRowCount()); // header + rows + empty after last
}

QTEST_MAIN(tst_ProspectsPage)
#include "tst_prospectspage.moc"
