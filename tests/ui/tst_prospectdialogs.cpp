// The Prospects page's two ways to add people, through the UI against a real sandbox:
// "Add a prospect" (POST /prospects, then the import followed to its end) and "Import a Sales
// Navigator search" (POST /prospects/sales-navigator, then the campaign's count followed). Each
// test drives the dialog, then asks the sandbox directly over HTTP what it now holds. Error paths:
// an address that is not a profile (or a search URL that is not a people search) is refused with
// no request sent; the server's refusals (404, 409, a Do Not Contact skip) are shown in the dialog
// with the form kept. Screenshots light and dark.
#include "DeskFixture.h"
#include "common/Screenshots.h"
#include "models/ProspectSearchModel.h"
#include "ui/prospects/AddProspectDialog.h"
#include "ui/prospects/ProspectsPage.h"
#include "ui/prospects/SalesNavigatorDialog.h"
#include "ui/shell/Theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

// An active campaign of the sandbox (with an agent: Sales Navigator needs one).
QString activeCampaign(SandboxProcess &sandbox, int skip = 0)
{
    const HttpReply reply = sandbox.call("GET", QStringLiteral("/campaigns"));
    const QJsonArray list
        = reply.json.isArray() ? reply.json.array() : reply.object().value("campaigns").toArray();
    for (const QJsonValue &c : list) {
        if (c["status"].toString() == QLatin1String("active")
            && !c["agentId"].toString(c["agent"].toString()).isEmpty() && skip-- == 0)
            return c["id"].toString();
    }
    return {};
}

// The picture goes where GUI tests keep theirs, and to /tmp/shots-endpoints/ for review.
void saveScreenshot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QPixmap shot = widget->grab();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(screenshotPath(name + QStringLiteral(".png"))));
    QDir().mkpath(QStringLiteral("/tmp/shots-endpoints"));
    shot.save(QStringLiteral("/tmp/shots-endpoints/%1.png").arg(name));
}

qint64 campaignTotal(SandboxProcess &sandbox, const QString &campaignId)
{
    const HttpReply reply = sandbox.call(
        "GET", QStringLiteral("/prospects/search?campaignId=%1&limit=1").arg(campaignId));
    if (reply.status != 200)
        return -1;
    // The OpenAPI shape has {pagination: {total}}; the flat one a top-level total.
    const QJsonObject o = reply.object();
    return o.contains("pagination") ? o.value("pagination").toObject().value("total").toInteger(-1)
                                    : o.value("total").toInteger(-1);
}

} // namespace

class tst_ProspectDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addsOneProspectAndShowsIt();
    void invalidUrlIsRefusedWithoutARequest();
    void serverRefusalsAreShownInPlace();
    void importsStillRunningAtTheDeadlineAreSaid();
    void salesNavigatorImportIsFollowedToItsEnd();
    void salesNavigatorRefusals();
    void screenshots_data();
    void screenshots();

private:
    ProspectsPage *openPage(ConnectedDesk &d);
    AddProspectDialog *openAdd(ProspectsPage *page, const QString &campaignId);
};

void tst_ProspectDialogs::initTestCase()
{
    isolateSettings();
}

void tst_ProspectDialogs::init()
{
    Theme::apply(qApp, Theme::Scheme::Light);
}

ProspectsPage *tst_ProspectDialogs::openPage(ConnectedDesk &d)
{
    d.window()->resize(1280, 820);
    d.window()->goTo(MainWindow::PageId::Prospects);
    return qobject_cast<ProspectsPage *>(d.window()->currentPage());
}

AddProspectDialog *tst_ProspectDialogs::openAdd(ProspectsPage *page, const QString &campaignId)
{
    AddProspectDialog *dialog = page->openAddProspect();
    if (!dialog)
        return nullptr;
    dialog->setWatchTiming(100, 30000);
    bool ok = false;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(dialog->campaignsLoaded(), 15000);
        const int index = dialog->campaignBox()->findData(campaignId);
        QVERIFY(index >= 0);
        dialog->campaignBox()->setCurrentIndex(index);
        ok = true;
    }();
    return ok ? dialog : nullptr;
}

void tst_ProspectDialogs::addsOneProspectAndShowsIt()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    ProspectsPage *page = openPage(d);
    QVERIFY(page);
    QAction *command = d.window()->command(QStringLiteral("addProspect"));
    QVERIFY(command);
    QVERIFY(!command->shortcut().isEmpty());
    const QString campaign = activeCampaign(*d.sandbox);
    QVERIFY(!campaign.isEmpty());

    AddProspectDialog *dialog = openAdd(page, campaign);
    QVERIFY(dialog);
    QPointer<AddProspectDialog> guard(dialog);
    const QString name = QStringLiteral("Endpoint Testperson");
    dialog->nameEdit()->setText(name);
    // Typed in another spelling: sent (and stored) in the canonical form.
    QTest::keyClicks(
        dialog->urlEdit(), QStringLiteral("https://www.LinkedIn.com/in/Endpoint-Test-42/"));
    QCOMPARE(dialog->urlHint(), QStringLiteral("Sent as https://linkedin.com/in/endpoint-test-42"));
    dialog->customDataEdit()->setPlainText(QStringLiteral("Met at the endpoints test"));
    QSignalSpy added(dialog, &AddProspectDialog::added);
    QVERIFY(d.sandbox->resetRequestCounts());
    QVERIFY(dialog->submit());
    QVERIFY(dialog->isSending());
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 30000);
    QCOMPARE(added.at(0).at(0).toString(), campaign);
    const QString chatId = added.at(0).at(1).toString();
    QVERIFY(!chatId.isEmpty());
    QTRY_VERIFY(guard.isNull() || !guard->isVisible()); // closed on a confirmed add
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /prospects")), 1);
    QVERIFY(d.sandbox->requestCount(QStringLiteral("GET /prospects/imports/{listId}")) >= 1);

    // What the sandbox now holds, asked directly.
    const HttpReply chat = d.sandbox->call("GET", QStringLiteral("/prospects/%1").arg(chatId));
    QCOMPARE(chat.status, 200);
    const QString body = QString::fromUtf8(chat.body);
    QVERIFY2(body.contains(name), chat.body.constData());
    QVERIFY2(
        body.contains(QStringLiteral("linkedin.com/in/endpoint-test-42")), chat.body.constData());
    QVERIFY2(body.contains(QStringLiteral("Met at the endpoints test")), chat.body.constData());
    QVERIFY2(body.contains(campaign), chat.body.constData());

    // The page shows the new row: it searched for the name.
    QCOMPARE(page->queryEdit()->text(), name);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->loadedRowCount() >= 1, 15000);
    bool found = false;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const ProspectSearchItem *item = page->model()->item(row);
        if (item && item->chatId == chatId)
            found = true;
    }
    QVERIFY(found);
}

void tst_ProspectDialogs::invalidUrlIsRefusedWithoutARequest()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    ProspectsPage *page = openPage(d);
    QVERIFY(page);
    AddProspectDialog *dialog = openAdd(page, activeCampaign(*d.sandbox));
    QVERIFY(dialog);
    QVERIFY(d.sandbox->resetRequestCounts());
    dialog->nameEdit()->setText(QStringLiteral("Nobody"));
    for (const QString &bad : {QStringLiteral("https://example.com/in/someone"),
             QStringLiteral("linkedin.com/company/acme"), QString()}) {
        dialog->urlEdit()->setText(bad);
        QVERIFY(!dialog->submit());
        QVERIFY2(!dialog->errorText(QStringLiteral("url")).isEmpty(), qPrintable(bad));
        QVERIFY(!dialog->isSending());
    }
    dialog->nameEdit()->clear();
    dialog->urlEdit()->setText(QStringLiteral("linkedin.com/in/someone"));
    QVERIFY(!dialog->submit());
    QVERIFY(!dialog->errorText(QStringLiteral("name")).isEmpty());
    QVERIFY(dialog->errorText(QStringLiteral("url")).isEmpty());
    dialog->nameEdit()->setText(QStringLiteral("Someone"));
    dialog->customDataEdit()->setPlainText(QString(3001, QLatin1Char('x')));
    QVERIFY(!dialog->submit());
    QVERIFY(!dialog->errorText(QStringLiteral("customData")).isEmpty());
    // Every refusal was local: the server saw no add.
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /prospects")), 0);
    dialog->close();
}

void tst_ProspectDialogs::serverRefusalsAreShownInPlace()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    ProspectsPage *page = openPage(d);
    QVERIFY(page);
    const QString campaign = activeCampaign(*d.sandbox);
    AddProspectDialog *dialog = openAdd(page, campaign);
    QVERIFY(dialog);
    QPointer<AddProspectDialog> guard(dialog);

    // A 404 from the server: shown, the form kept and editable.
    QVERIFY(d.sandbox->injectFault(QJsonObject {{"method", "POST"}, {"path", "/v1/prospects"},
        {"count", 1}, {"kind", "status"}, {"status", 404},
        {"body",
            QJsonObject {{"error", "campaign_not_found"}, {"message", "Campaign not found"}}}}));
    dialog->nameEdit()->setText(QStringLiteral("Refused Person"));
    dialog->urlEdit()->setText(QStringLiteral("linkedin.com/in/refused-person"));
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSending(), 15000);
    QVERIFY2(dialog->generalError().startsWith(QStringLiteral("Not added")),
        qPrintable(dialog->generalError()));
    QVERIFY(guard && guard->isVisible());
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Refused Person"));
    QVERIFY(dialog->nameEdit()->isEnabled());

    // A person on the Do Not Contact list: Kakiyo accepts the add, its import skips them.
    QCOMPARE(d.sandbox
                 ->call("POST", QStringLiteral("/dnc"),
                     QJsonObject {{"url", "https://linkedin.com/in/dnc-person"}})
                 .status,
        201);
    dialog->urlEdit()->setText(QStringLiteral("https://linkedin.com/in/dnc-person"));
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSending(), 30000);
    QVERIFY2(dialog->generalError().contains(QStringLiteral("Do Not Contact")),
        qPrintable(dialog->generalError()));
    QVERIFY(guard && guard->isVisible());
    dialog->close();
}

void tst_ProspectDialogs::importsStillRunningAtTheDeadlineAreSaid()
{
    // Imports that take a minute on the server; the dialogs give up watching after a second.
    ConnectedDesk d;
    QVERIFY(d.start({QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--prospects"),
        QStringLiteral("100"), QStringLiteral("--import-delay-ms"), QStringLiteral("60000"),
        QStringLiteral("--quiet")}));
    ProspectsPage *page = openPage(d);
    QVERIFY(page);
    const QString campaign = activeCampaign(*d.sandbox);
    AddProspectDialog *add = openAdd(page, campaign);
    QVERIFY(add);
    add->setWatchTiming(200, 1000);
    QSignalSpy added(add, &AddProspectDialog::added);
    add->nameEdit()->setText(QStringLiteral("Slow Import"));
    add->urlEdit()->setText(QStringLiteral("linkedin.com/in/slow-import"));
    QVERIFY(add->submit());
    QTRY_VERIFY_WITH_TIMEOUT(!add->isSending(), 15000);
    QVERIFY2(add->generalError().contains(QStringLiteral("had not finished importing")),
        qPrintable(add->generalError()));
    QCOMPARE(added.size(), 0);
    QVERIFY(add->isVisible()); // nothing typed is lost
    const int polls = d.sandbox->requestCount(QStringLiteral("GET /prospects/imports/{listId}"));
    QVERIFY2(
        polls >= 2 && polls <= 8, qPrintable(QString::number(polls))); // bounded by the deadline
    add->close();

    SalesNavigatorDialog *nav = page->openSalesNavigator();
    nav->setWatchTiming(200, 3, 1000);
    QTRY_VERIFY_WITH_TIMEOUT(nav->campaignsLoaded(), 15000);
    nav->campaignBox()->setCurrentIndex(nav->campaignBox()->findData(
        activeCampaign(*d.sandbox, 1).isEmpty() ? campaign : activeCampaign(*d.sandbox, 1)));
    nav->searchUrlEdit()->setText(
        QStringLiteral("https://www.linkedin.com/sales/search/people?query=(keywords%3Aslow)"));
    QVERIFY(nav->submit());
    QTRY_VERIFY_WITH_TIMEOUT(nav->state() != SalesNavigatorDialog::State::Sending
            && nav->state() != SalesNavigatorDialog::State::Watching,
        15000);
    QVERIFY2(nav->state() == SalesNavigatorDialog::State::StillRunning,
        qPrintable(nav->generalError() + nav->statusText()));
    QVERIFY(nav->statusText().startsWith(QStringLiteral("Still running")));
    nav->close();
}

void tst_ProspectDialogs::salesNavigatorImportIsFollowedToItsEnd()
{
    ConnectedDesk d;
    QVERIFY(d.start({QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--prospects"),
        QStringLiteral("100"), QStringLiteral("--import-delay-ms"), QStringLiteral("600"),
        QStringLiteral("--quiet")}));
    ProspectsPage *page = openPage(d);
    QVERIFY(page);
    QVERIFY(d.window()->command(QStringLiteral("importSalesNavigator")));
    const QString campaign = activeCampaign(*d.sandbox);
    QVERIFY(!campaign.isEmpty());
    const qint64 before = campaignTotal(*d.sandbox, campaign);
    QVERIFY(before >= 0);

    SalesNavigatorDialog *dialog = page->openSalesNavigator();
    QVERIFY(dialog);
    dialog->setWatchTiming(150, 4, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->campaignsLoaded(), 15000);
    dialog->campaignBox()->setCurrentIndex(dialog->campaignBox()->findData(campaign));
    dialog->searchUrlEdit()->setText(QStringLiteral(
        "https://www.linkedin.com/sales/search/people?query=(keywords%3Aendpoints)"));
    dialog->countBox()->setCurrentIndex(dialog->countBox()->findData(100));
    dialog->nameEdit()->setText(QStringLiteral("Endpoints test search"));
    QVERIFY(d.sandbox->resetRequestCounts());
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->state() != SalesNavigatorDialog::State::Sending, 15000);
    QVERIFY2(dialog->state() == SalesNavigatorDialog::State::Watching,
        qPrintable(dialog->generalError()));
    QVERIFY(!dialog->runId().isEmpty());
    QVERIFY(dialog->statusText().contains(dialog->runId()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->state() == SalesNavigatorDialog::State::Done, 30000);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /prospects/sales-navigator")), 1);
    QVERIFY(d.sandbox->requestCount(QStringLiteral("GET /prospects/search")) >= 2);

    // What arrived is what the sandbox now holds in the campaign.
    const qint64 after = campaignTotal(*d.sandbox, campaign);
    QVERIFY(dialog->arrivedCount() > 0);
    QCOMPARE(after - before, dialog->arrivedCount());
    QVERIFY(dialog->statusText().startsWith(QStringLiteral("Done")));
    dialog->close();
}

void tst_ProspectDialogs::salesNavigatorRefusals()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    ProspectsPage *page = openPage(d);
    QVERIFY(page);
    const QString campaign = activeCampaign(*d.sandbox);
    SalesNavigatorDialog *dialog = page->openSalesNavigator();
    QVERIFY(dialog);
    dialog->setWatchTiming(100, 3, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->campaignsLoaded(), 15000);
    dialog->campaignBox()->setCurrentIndex(dialog->campaignBox()->findData(campaign));
    QVERIFY(d.sandbox->resetRequestCounts());
    // Not a people search: refused here.
    for (const QString &bad : {QStringLiteral("https://www.linkedin.com/sales/lists/people/123"),
             QStringLiteral("http://www.linkedin.com/sales/search/people?query=x"),
             QStringLiteral("https://www.linkedin.com/sales/search/people")}) {
        dialog->searchUrlEdit()->setText(bad);
        QVERIFY(!dialog->submit());
        QVERIFY2(!dialog->errorText(QStringLiteral("searchUrl")).isEmpty(), qPrintable(bad));
    }
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /prospects/sales-navigator")), 0);

    // A 409 from the server (this search is already imported by the team): shown in place.
    const QString url
        = QStringLiteral("https://www.linkedin.com/sales/search/people?query=(keywords%3Atwice)");
    QCOMPARE(
        d.sandbox
            ->call("POST", QStringLiteral("/prospects/sales-navigator"),
                QJsonObject {{"campaignId", campaign}, {"searchUrl", url}, {"requestedCount", 100}})
            .status,
        202);
    dialog->searchUrlEdit()->setText(url);
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->state() == SalesNavigatorDialog::State::Editing, 15000);
    QVERIFY2(dialog->generalError().startsWith(QStringLiteral("Not queued")),
        qPrintable(dialog->generalError()));
    QVERIFY(dialog->searchUrlEdit()->isEnabled());
    QCOMPARE(dialog->searchUrlEdit()->text(), url);
    dialog->close();
}

void tst_ProspectDialogs::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_ProspectDialogs::screenshots()
{
    QFETCH(bool, dark);
    Theme::apply(qApp, dark ? Theme::Scheme::Dark : Theme::Scheme::Light);
    ConnectedDesk d;
    QVERIFY(d.start());
    ProspectsPage *page = openPage(d);
    QVERIFY(page);
    AddProspectDialog *add = openAdd(page, activeCampaign(*d.sandbox));
    QVERIFY(add);
    add->nameEdit()->setText(QStringLiteral("Jane Doe"));
    add->urlEdit()->setText(QStringLiteral("https://www.linkedin.com/company/acme"));
    QVERIFY(!add->submit()); // shows the URL error under the field
    add->urlEdit()->setText(QStringLiteral("www.linkedin.com/in/Jane-Doe/"));
    add->customDataEdit()->setPlainText(QStringLiteral("Met at SaaStr; asked about pricing."));
    QVERIFY(QTest::qWaitForWindowExposed(add));
    saveScreenshot(
        add, dark ? QStringLiteral("add-prospect-dark") : QStringLiteral("add-prospect"));
    add->close();

    SalesNavigatorDialog *nav = page->openSalesNavigator();
    QTRY_VERIFY_WITH_TIMEOUT(nav->campaignsLoaded(), 15000);
    nav->searchUrlEdit()->setText(QStringLiteral("https://www.linkedin.com/sales/lists/people/1"));
    QVERIFY(!nav->submit());
    QVERIFY(QTest::qWaitForWindowExposed(nav));
    saveScreenshot(
        nav, dark ? QStringLiteral("sales-navigator-dark") : QStringLiteral("sales-navigator"));
    nav->close();
}

QTEST_MAIN(tst_ProspectDialogs)
#include "tst_prospectdialogs.moc"
