// Campaigns through the UI against a real sandbox: create with the live pickers, edit, pause,
// resume, refuse to delete while active, delete after confirmation; card and table views.
#include "DeskFixture.h"
#include "common/HttpProbe.h"
#include "models/CampaignListModel.h"
#include "ui/CampaignCard.h"
#include "ui/CampaignDialog.h"
#include "ui/CampaignsPage.h"
#include "ui/MessageBox.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_CampaignsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cardsAndTable();
    void lifecycle();
    void formChecksBeforeSending();

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
    edit->findChild<QPushButton *>(QStringLiteral("saveCampaignButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->campaign(page->model()->rowOf(id)).name,
        QStringLiteral("Desk UI test campaign (renamed)"), 10000);

    // Pause, then delete after the confirmation.
    QTRY_VERIFY(page->card(id));
    page->card(id)->toggleButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        page->model()->campaign(page->model()->rowOf(id)).status, QStringLiteral("paused"), 10000);
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

QTEST_MAIN(tst_CampaignsPage)
#include "tst_campaignspage.moc"
