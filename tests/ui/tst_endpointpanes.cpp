// Two read-only endpoints reached from the window, through the UI against a real sandbox:
// - the Library's model details (GET /models/{id}) shown when a model row becomes current or is
//   activated, compared with what the sandbox serves over HTTP; cached on the second look, asked
//   again on refresh; a 404 and a hostile answer (wrong types, missing fields) said in the pane;
// - the Webhooks page's test-event catalogue (GET /webhooks/test/events and /webhooks/events) and
//   example payloads (GET /webhooks/test/example/{event}) shown as indented JSON equal to the
//   sandbox's, copied to the clipboard, and a subscribable example sent as a test event (POST
//   /webhooks/test) that the sandbox delivers to a subscribed webhook; a legacy name cannot be
//   sent, and a test with no subscriber shows the server's 404.
// Screenshots light and dark.
#include "DeskFixture.h"
#include "common/Screenshots.h"
#include "common/WebhookReceiver.h"
#include "models/ModelCatalogModel.h"
#include "ui/library/LibraryPage.h"
#include "ui/library/ModelDetailsPane.h"
#include "ui/shell/Theme.h"
#include "ui/webhooks/WebhookExamplesDialog.h"
#include "ui/webhooks/WebhooksPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

void saveScreenshot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QPixmap shot = widget->grab();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(screenshotPath(name + QStringLiteral(".png"))));
    QDir().mkpath(QStringLiteral("/tmp/shots-endpoints"));
    shot.save(QStringLiteral("/tmp/shots-endpoints/%1.png").arg(name));
}

// The proxy row of the model with this id in the Library's model table.
int modelRow(LibraryPage *page, const QString &id)
{
    QAbstractItemModel *proxy = page->modelTable()->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex source
            = static_cast<QSortFilterProxyModel *>(proxy)->mapToSource(proxy->index(row, 0));
        if (page->catalogue()->model(source.row()).id == id)
            return row;
    }
    return -1;
}

} // namespace

class tst_EndpointPanes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void modelDetailsMatchTheServer();
    void modelDetailsErrorsAreSaid();
    void webhookCatalogueAndExamples();
    void webhookExampleSentAsTest();
    void webhookHostileAnswersAreSaid();
    void screenshots_data();
    void screenshots();

private:
    LibraryPage *openModels(ConnectedDesk &d);
    WebhookExamplesDialog *openExamples(ConnectedDesk &d);
};

void tst_EndpointPanes::initTestCase()
{
    isolateSettings();
}

void tst_EndpointPanes::init()
{
    Theme::apply(qApp, Theme::Scheme::Light);
}

LibraryPage *tst_EndpointPanes::openModels(ConnectedDesk &d)
{
    d.window()->resize(1280, 820);
    d.window()->goTo(MainWindow::PageId::Library);
    auto *page = qobject_cast<LibraryPage *>(d.window()->currentPage());
    if (!page)
        return nullptr;
    page->showTab(LibraryPage::Tab::Models);
    bool ok = false;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(
            page->catalogue()->hasLoaded() && !page->catalogue()->isLoading(), 20000);
        ok = true;
    }();
    return ok ? page : nullptr;
}

WebhookExamplesDialog *tst_EndpointPanes::openExamples(ConnectedDesk &d)
{
    d.window()->resize(1280, 820);
    d.window()->goTo(MainWindow::PageId::Webhooks);
    auto *page = qobject_cast<WebhooksPage *>(d.window()->currentPage());
    if (!page)
        return nullptr;
    QAction *command = d.window()->command(QStringLiteral("webhookExamples"));
    if (!command)
        return nullptr;
    command->trigger();
    auto *dialog = page->findChild<WebhookExamplesDialog *>();
    bool ok = false;
    [&] {
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->catalogueLoaded(), 15000);
        ok = true;
    }();
    return ok ? dialog : nullptr;
}

void tst_EndpointPanes::modelDetailsMatchTheServer()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    LibraryPage *page = openModels(d);
    QVERIFY(page);
    ModelDetailsPane *pane = page->modelDetails();
    QVERIFY(pane);
    const HttpReply list = d.sandbox->call("GET", QStringLiteral("/models"));
    QCOMPARE(list.status, 200);
    const QJsonArray models = list.object().value("models").toArray();
    QVERIFY(models.size() >= 2);

    QVERIFY(d.sandbox->resetRequestCounts());
    for (const QJsonValue &listed : models) {
        const QString id = listed["id"].toString();
        const HttpReply one = d.sandbox->call("GET", QStringLiteral("/models/%1").arg(id));
        QCOMPARE(one.status, 200);
        const QJsonObject server = one.object();
        const int row = modelRow(page, id);
        QVERIFY(row >= 0);
        QSignalSpy shown(pane, &ModelDetailsPane::shown);
        page->modelTable()->setCurrentIndex(page->modelTable()->model()->index(row, 0));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
        QVERIFY2(shown.at(0).at(0).toBool(), qPrintable(pane->stateText()));
        QCOMPARE(pane->model().id, id);
        QCOMPARE(pane->model().name, server.value("name").toString());
        QCOMPARE(pane->model().status, server.value("status").toString());
        const QJsonObject pricing = server.value("pricing").toObject();
        QCOMPARE(pane->model().pricing.input, pricing.value("input").toDouble());
        QCOMPARE(pane->model().pricing.output, pricing.value("output").toDouble());
        QCOMPARE(pane->model().pricing.cached.has_value(), !pricing.value("cached").isNull());
        QCOMPARE(pane->fieldText(QStringLiteral("modelDetailsId")), id);
        QCOMPARE(pane->fieldText(QStringLiteral("modelDetailsInput")),
            ModelCatalogModel::price(pricing.value("input").toDouble()));
        if (pricing.value("cached").isNull())
            QVERIFY(pane->fieldText(QStringLiteral("modelDetailsCached")).startsWith(u'—'));
    }
    // One GET /models/{id} per model through the app (plus the test's own).
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("GET /models/{modelId}"))
            + d.sandbox->requestCount(QStringLiteral("GET /models/{id}")),
        int(models.size()) * 2);

    // The second look at a model comes from the cache; activation shows it too.
    QVERIFY(d.sandbox->resetRequestCounts());
    const QString first = models.at(0)["id"].toString();
    QSignalSpy shown(pane, &ModelDetailsPane::shown);
    page->modelTable()->setCurrentIndex(
        page->modelTable()->model()->index(modelRow(page, first), 0));
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
    QVERIFY(pane->fromCache());
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("GET /models/{modelId}"))
            + d.sandbox->requestCount(QStringLiteral("GET /models/{id}")),
        0);
    // Refresh asks again.
    auto *refresh = pane->findChild<QAbstractButton *>(QStringLiteral("modelDetailsRefresh"));
    QVERIFY(refresh && refresh->isEnabled());
    refresh->click();
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 15000);
    QVERIFY(!pane->fromCache());
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("GET /models/{modelId}"))
            + d.sandbox->requestCount(QStringLiteral("GET /models/{id}")),
        1);
}

void tst_EndpointPanes::modelDetailsErrorsAreSaid()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    LibraryPage *page = openModels(d);
    QVERIFY(page);
    ModelDetailsPane *pane = page->modelDetails();
    QSignalSpy shown(pane, &ModelDetailsPane::shown);

    // Unknown model: the server's 404.
    pane->showModel(QStringLiteral("nosuchmodel000000000"));
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
    QVERIFY(!shown.at(0).at(0).toBool());
    QVERIFY2(pane->stateText().contains(QStringLiteral("nosuchmodel000000000")),
        qPrintable(pane->stateText()));

    // Hostile answers: wrong types, then a missing required field; said, no crash, no stale data.
    const QString id = page->catalogue()->model(0).id;
    const QList<QJsonObject> hostile {
        QJsonObject {{"id", 42}, {"name", QJsonArray {}}, {"pricing", "free"}, {"status", true}},
        QJsonObject {{"id", id}, {"status", "active"}},
    };
    for (const QJsonObject &body : hostile) {
        QVERIFY(d.sandbox->injectFault(
            QJsonObject {{"method", "GET"}, {"path", QStringLiteral("/v1/models/%1").arg(id)},
                {"count", 1}, {"kind", "status"}, {"status", 200}, {"body", body}}));
        shown.clear();
        pane->showModel(id, true);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
        QVERIFY2(!shown.at(0).at(0).toBool(), QJsonDocument(body).toJson().constData());
        QVERIFY(pane->stateText().contains(QStringLiteral("could not be loaded")));
        QVERIFY(pane->model().id.isEmpty());
    }
}

void tst_EndpointPanes::webhookCatalogueAndExamples()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    WebhookExamplesDialog *dialog = openExamples(d);
    QVERIFY(dialog);

    // Both catalogues, as the sandbox serves them.
    QStringList serverTest;
    for (const QJsonValue &e :
        d.sandbox->call("GET", QStringLiteral("/webhooks/test/events")).json.array())
        serverTest << e["id"].toString();
    QStringList serverSubscribable;
    for (const QJsonValue &e :
        d.sandbox->call("GET", QStringLiteral("/webhooks/events")).json.array())
        if (e["id"].toString() != QLatin1String("*"))
            serverSubscribable << e["id"].toString();
    QVERIFY(!serverTest.isEmpty());
    QCOMPARE(dialog->testEventIds(), serverTest);
    QCOMPARE(dialog->subscribableEventIds(), serverSubscribable);

    // Each example is the sandbox's payload, indented; team and data kept.
    for (const QString &event : {serverTest.first(), serverSubscribable.first()}) {
        QSignalSpy shown(dialog, &WebhookExamplesDialog::exampleShown);
        QVERIFY(dialog->selectEvent(event));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
        QVERIFY2(shown.at(0).at(0).toBool(), qPrintable(dialog->exampleState()));
        const HttpReply server
            = d.sandbox->call("GET", QStringLiteral("/webhooks/test/example/%1").arg(event));
        QCOMPARE(server.status, 200);
        const QJsonDocument shownJson = QJsonDocument::fromJson(dialog->payloadText().toUtf8());
        QVERIFY(shownJson.isObject());
        QCOMPARE(shownJson.object().value("event").toString(), event);
        // The same example (its times are "now", so they differ by the milliseconds between).
        const QJsonObject shownData = shownJson.object().value("data").toObject();
        const QJsonObject serverData = server.object().value("data").toObject();
        QCOMPARE(shownData.keys(), serverData.keys());
        QVERIFY(!serverData.isEmpty());
        for (const QString &key : serverData.keys()) {
            if (serverData.value(key).isObject())
                QCOMPARE(shownData.value(key).toObject().value("id"),
                    serverData.value(key).toObject().value("id"));
        }
        QVERIFY(dialog->payloadText().contains(QStringLiteral("\n    \""))); // indented
        QVERIFY(dialog->copyButton()->isEnabled());
        // Only the subscribable names can be sent as a test.
        QCOMPARE(dialog->sendButton()->isEnabled(), serverSubscribable.contains(event));
    }
    dialog->copyPayload();
    QCOMPARE(QGuiApplication::clipboard()->text(), dialog->payloadText());
}

void tst_EndpointPanes::webhookExampleSentAsTest()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    WebhookExamplesDialog *dialog = openExamples(d);
    QVERIFY(dialog);
    const QString event = QStringLiteral("linkedin.message.received");

    // Nobody subscribed (the seeded webhooks removed): the server's 404 is said.
    for (const QJsonValue &w : d.sandbox->call("GET", QStringLiteral("/webhooks")).json.array())
        QCOMPARE(d.sandbox->call("DELETE", QStringLiteral("/webhooks/%1").arg(w["id"].toString()))
                     .status,
            200);
    QSignalSpy shown(dialog, &WebhookExamplesDialog::exampleShown);
    QVERIFY(dialog->selectEvent(event));
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
    QSignalSpy sent(dialog, &WebhookExamplesDialog::sent);
    dialog->sendShown();
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 15000);
    QVERIFY(!sent.at(0).at(0).toBool());
    QVERIFY2(dialog->sendResult().contains(event), qPrintable(dialog->sendResult()));

    // A subscribed receiver gets the example's data.
    WebhookReceiver receiver;
    QVERIFY(receiver.listen());
    QCOMPARE(d.sandbox
                 ->call("POST", QStringLiteral("/webhooks"),
                     QJsonObject {{"name", "Endpoints test"}, {"url", receiver.url().toString()},
                         {"events", QJsonArray {event}}})
                 .status,
        201);
    QVERIFY(d.sandbox->resetRequestCounts());
    sent.clear();
    dialog->sendShown();
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 15000);
    QVERIFY2(sent.at(0).at(0).toBool(), qPrintable(dialog->sendResult()));
    QVERIFY(dialog->sendResult().contains(QStringLiteral("1 webhook")));
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /webhooks/test")), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!receiver.received().isEmpty(), 15000);
    const QJsonObject delivered = QJsonDocument::fromJson(receiver.received().last().body).object();
    QCOMPARE(delivered.value("event").toString(), event);
    const QJsonObject example
        = QJsonDocument::fromJson(dialog->payloadText().toUtf8()).object().value("data").toObject();
    const QJsonObject data = delivered.value("data").toObject();
    for (auto it = example.begin(); it != example.end(); ++it)
        QCOMPARE(data.value(it.key()), it.value());
}

void tst_EndpointPanes::webhookHostileAnswersAreSaid()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    // The test catalogue answers an object instead of a list; an example has the wrong types.
    QVERIFY(d.sandbox->injectFault(
        QJsonObject {{"method", "GET"}, {"path", "/v1/webhooks/test/events"}, {"count", 1},
            {"kind", "status"}, {"status", 200}, {"body", QJsonObject {{"events", 3}}}}));
    QVERIFY(d.sandbox->injectFault(
        QJsonObject {{"method", "GET"}, {"path", "/v1/webhooks/test/example/linkedin.message.sent"},
            {"count", 1}, {"kind", "status"}, {"status", 200},
            {"body", QJsonObject {{"event", 7}, {"data", "not an object"}}}}));
    WebhookExamplesDialog *dialog = openExamples(d);
    QVERIFY(dialog);
    QVERIFY(dialog->testEventIds().isEmpty());
    const QTreeWidgetItem *testGroup = dialog->eventTree()->topLevelItem(0);
    QCOMPARE(testGroup->childCount(), 1);
    QVERIFY2(testGroup->child(0)->text(0).startsWith(QStringLiteral("Could not be loaded")),
        qPrintable(testGroup->child(0)->text(0)));
    QVERIFY(!dialog->subscribableEventIds().isEmpty()); // the other list is unaffected

    QSignalSpy shown(dialog, &WebhookExamplesDialog::exampleShown);
    QVERIFY(dialog->selectEvent(QStringLiteral("linkedin.message.sent")));
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
    QVERIFY(!shown.at(0).at(0).toBool());
    QVERIFY2(dialog->exampleState().startsWith(QStringLiteral("No example for")),
        qPrintable(dialog->exampleState()));
    QVERIFY(dialog->payloadText().isEmpty());
    QVERIFY(!dialog->sendButton()->isEnabled());
    QVERIFY(!dialog->copyButton()->isEnabled());
}

void tst_EndpointPanes::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_EndpointPanes::screenshots()
{
    QFETCH(bool, dark);
    Theme::apply(qApp, dark ? Theme::Scheme::Dark : Theme::Scheme::Light);
    ConnectedDesk d;
    QVERIFY(d.start());
    LibraryPage *page = openModels(d);
    QVERIFY(page);
    QSignalSpy shown(page->modelDetails(), &ModelDetailsPane::shown);
    page->modelTable()->setCurrentIndex(page->modelTable()->model()->index(0, 0));
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
    saveScreenshot(
        d.window(), dark ? QStringLiteral("model-details-dark") : QStringLiteral("model-details"));

    WebhookExamplesDialog *dialog = openExamples(d);
    QVERIFY(dialog);
    QSignalSpy example(dialog, &WebhookExamplesDialog::exampleShown);
    QVERIFY(dialog->selectEvent(QStringLiteral("linkedin.message.received")));
    QTRY_COMPARE_WITH_TIMEOUT(example.size(), 1, 15000);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    saveScreenshot(dialog,
        dark ? QStringLiteral("webhook-examples-dark") : QStringLiteral("webhook-examples"));
    dialog->close();
}

QTEST_MAIN(tst_EndpointPanes)
#include "tst_endpointpanes.moc"
