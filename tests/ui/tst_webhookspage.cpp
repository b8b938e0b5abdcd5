// The Webhooks page through the UI against a real sandbox, with a real HTTP endpoint
// (WebhookReceiver) as the delivery target: create through the dialog with events ticked from the
// live catalogue, a signed test delivery reported in the page, a failing endpoint (closed port)
// shown as failing, disable/enable, edit that keeps the secret when left empty, delete with
// confirmation; form checks before sending; palette commands; screenshots light and dark.
#include "DeskFixture.h"
#include "common/Screenshots.h"
#include "common/WebhookReceiver.h"
#include "models/WebhookListModel.h"
#include "ui/shell/BannerArea.h"
#include "ui/shell/MessageBox.h"
#include "ui/shell/Theme.h"
#include "ui/webhooks/WebhookDialog.h"
#include "ui/webhooks/WebhooksPage.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageAuthenticationCode>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QToolButton>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

const QString Secret = QStringLiteral("whsec-desk-test-0123456789");

// The webhook as the server has it (GET /webhooks), or an empty object.
QJsonObject serverWebhook(SandboxProcess &sandbox, const QString &id)
{
    const HttpReply r = sandbox.call("GET", QStringLiteral("/webhooks"));
    for (const QJsonValue &v : r.json.array()) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

QUrl closedPortUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there any more: the delivery is refused
    return QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(port));
}

// The open dialog: a closed one may still exist until its deferred delete runs.
WebhookDialog *openDialog(WebhooksPage *page)
{
    for (WebhookDialog *d : page->findChildren<WebhookDialog *>()) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

QLabel *errorLabel(WebhookDialog *dialog, const QString &field)
{
    return dialog->findChild<QLabel *>(QStringLiteral("webhook_%1_error").arg(field));
}

} // namespace

class tst_WebhooksPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void healthRules_data();
    void healthRules();
    void lifecycleWithRealDeliveries();
    void formChecksBeforeSending();
    void testWithoutSubscribersSaysSo();
    void paletteCommands();

private:
    WebhooksPage *open(ConnectedDesk &d);
    WebhookDialog *waitForDialog(WebhooksPage *page);
    // Creates a webhook through the dialog and returns its id.
    QString createThroughDialog(WebhooksPage *page, const QString &name, const QUrl &url,
        const QString &event, const QString &secret, const QString &screenshot = {});
    void sendTest(WebhooksPage *page, const QString &event);
};

void tst_WebhooksPage::initTestCase()
{
    isolateSettings();
    // The sandbox retries a failed delivery 3 times; 1/2/4 s in the contract, 20/40/80 ms here.
    qputenv("KAKIYO_SANDBOX_WEBHOOK_RETRY_MS", "20");
    Theme::apply(qApp, Theme::Scheme::Light);
}

void tst_WebhooksPage::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    Theme::apply(qApp, Theme::Scheme::Light);
}

void tst_WebhooksPage::healthRules_data()
{
    QTest::addColumn<qint64>("successes");
    QTest::addColumn<qint64>("failures");
    QTest::addColumn<int>("successMinutesAgo"); // -1: never
    QTest::addColumn<int>("failureMinutesAgo");
    QTest::addColumn<int>("expected");
    using H = WebhookListModel::Health;
    QTest::newRow("nothing yet") << 0LL << 0LL << -1 << -1 << int(H::NeverDelivered);
    QTest::newRow("only successes") << 3LL << 0LL << 5 << -1 << int(H::Healthy);
    QTest::newRow("only failures") << 0LL << 2LL << -1 << 1 << int(H::Failing);
    QTest::newRow("failed after success") << 9LL << 1LL << 30 << 2 << int(H::Failing);
    QTest::newRow("recovered after failure") << 9LL << 4LL << 1 << 60 << int(H::Healthy);
    QTest::newRow("counts without times") << 0LL << 1LL << -1 << -1 << int(H::Failing);
}

void tst_WebhooksPage::healthRules()
{
    QFETCH(qint64, successes);
    QFETCH(qint64, failures);
    QFETCH(int, successMinutesAgo);
    QFETCH(int, failureMinutesAgo);
    QFETCH(int, expected);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Webhook w;
    w.successCount = successes;
    w.failureCount = failures;
    if (successMinutesAgo >= 0)
        w.lastSuccess = now.addSecs(-60 * successMinutesAgo);
    if (failureMinutesAgo >= 0)
        w.lastFailure = now.addSecs(-60 * failureMinutesAgo);
    QCOMPARE(int(WebhookListModel::health(w)), expected);
}

WebhooksPage *tst_WebhooksPage::open(ConnectedDesk &d)
{
    d.window()->resize(1200, 760); // a common laptop window, for the screenshots
    d.window()->goTo(MainWindow::PageId::Webhooks);
    auto *page = qobject_cast<WebhooksPage *>(d.window()->currentPage());
    if (page) {
        [&] { QTRY_VERIFY_WITH_TIMEOUT(page->updatedAt().isValid(), 20000); }();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(page->testEventsLoaded(), 20000); }();
    }
    return page;
}

WebhookDialog *tst_WebhooksPage::waitForDialog(WebhooksPage *page)
{
    WebhookDialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = openDialog(page)) != nullptr); }();
    if (dialog)
        [&] { QTRY_VERIFY_WITH_TIMEOUT(dialog->eventsLoaded(), 20000); }();
    return dialog;
}

QString tst_WebhooksPage::createThroughDialog(WebhooksPage *page, const QString &name,
    const QUrl &url, const QString &event, const QString &secret, const QString &screenshot)
{
    const int before = page->model()->rowCount();
    page->findChild<QToolButton *>(QStringLiteral("newWebhookButton"))->click();
    WebhookDialog *dialog = waitForDialog(page);
    if (!dialog)
        return {};
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("webhookName")), name);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("webhookUrl")), url.toString());
    dialog->setEventChecked(event, true);
    if (!secret.isEmpty())
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("webhookSecret")), secret);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveWebhookButton"));
    if (!save->isEnabled()) {
        qWarning() << "dialog problems:" << dialog->problems();
        return {};
    }
    if (!screenshot.isEmpty())
        dialog->grab().save(screenshotPath(QStringLiteral("webhooks"), screenshot));
    save->click();
    QString id;
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), before + 1, 20000);
        QTRY_VERIFY(openDialog(page) == nullptr);
    }();
    for (const Webhook &w : page->model()->webhooks()) {
        if (w.name == name)
            id = w.id;
    }
    return id;
}

void tst_WebhooksPage::sendTest(WebhooksPage *page, const QString &event)
{
    auto *picker = page->findChild<QComboBox *>(QStringLiteral("testEventPicker"));
    const int index = picker->findData(event);
    QVERIFY2(index >= 0, qPrintable(event));
    picker->setCurrentIndex(index);
    auto *send = page->findChild<QPushButton *>(QStringLiteral("sendTestButton"));
    QTRY_VERIFY(send->isEnabled());
    QSignalSpy finished(page, &WebhooksPage::testFinished);
    send->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
}

void tst_WebhooksPage::lifecycleWithRealDeliveries()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    WebhooksPage *page = open(d);
    QVERIFY(page);
    QAbstractItemModelTester tester(
        page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    WebhookReceiver receiver;
    QVERIFY(receiver.listen());

    // Create through the dialog; the server has exactly what was typed and ticked.
    const QString id = createThroughDialog(page, QStringLiteral("CRM integration"), receiver.url(),
        QStringLiteral("linkedin.message.received"), Secret, QStringLiteral("dialog-light"));
    QVERIFY(!id.isEmpty());
    QJsonObject server = serverWebhook(*d.sandbox, id);
    QCOMPARE(server.value("name").toString(), QStringLiteral("CRM integration"));
    QCOMPARE(server.value("url").toString(), receiver.url().toString());
    QCOMPARE(server.value("events").toArray(), QJsonArray {"linkedin.message.received"});
    QVERIFY(server.value("active").toBool());
    QVERIFY(!server.contains("secret"));
    QTRY_COMPARE(page->selectedWebhookId(), id);
    QCOMPARE(WebhookListModel::health(page->model()->webhook(page->model()->rowOf(id))),
        WebhookListModel::Health::NeverDelivered);

    // A test event reaches the receiver, signed with the secret, and the page says so.
    sendTest(page, QStringLiteral("linkedin.message.received"));
    QCOMPARE(receiver.received().size(), 1);
    const ReceivedRequest got = receiver.received().first();
    QCOMPARE(got.method, QByteArray("POST"));
    const QByteArray expected
        = QMessageAuthenticationCode::hash(got.body, Secret.toUtf8(), QCryptographicHash::Sha256)
              .toHex();
    QCOMPARE(got.headers.value("x-kakiyo-signature"), expected);
    QCOMPARE(QJsonDocument::fromJson(got.body).object().value("event").toString(),
        QStringLiteral("linkedin.message.received"));
    auto *result = page->findChild<QLabel *>(QStringLiteral("testResult"));
    QVERIFY2(
        result->text().contains(QLatin1String("delivered, HTTP 200")), qPrintable(result->text()));
    QTRY_COMPARE_WITH_TIMEOUT(
        page->model()->webhook(page->model()->rowOf(id)).successCount, qint64(1), 20000);
    QCOMPARE(WebhookListModel::health(page->model()->webhook(page->model()->rowOf(id))),
        WebhookListModel::Health::Healthy);

    // An endpoint nobody listens on: the page shows the failure, the row turns failing.
    const QString broken = createThroughDialog(page, QStringLiteral("Old endpoint"),
        closedPortUrl(), QStringLiteral("linkedin.invitation.sent"), QString());
    QVERIFY(!broken.isEmpty());
    page->selectWebhook(broken);
    sendTest(page, QStringLiteral("linkedin.invitation.sent"));
    QVERIFY2(result->text().contains(QLatin1String("not delivered")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QLatin1String("Old endpoint")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QLatin1String("tried 4 times")), qPrintable(result->text()));
    QCOMPARE(receiver.received().size(), 1); // the other webhook does not listen to this event
    QTRY_COMPARE_WITH_TIMEOUT(
        page->model()->webhook(page->model()->rowOf(broken)).failureCount, qint64(1), 20000);
    QCOMPARE(WebhookListModel::health(page->model()->webhook(page->model()->rowOf(broken))),
        WebhookListModel::Health::Failing);
    auto *details = page->findChild<QLabel *>(QStringLiteral("webhookDetails"));
    QTRY_VERIFY(details->text().contains(QLatin1String("Failing")));
    page->grab().save(screenshotPath(QStringLiteral("webhooks"), QStringLiteral("page-light")));

    // Disable and enable again with the toggle; the server follows.
    page->selectWebhook(id);
    auto *toggle = page->findChild<QPushButton *>(QStringLiteral("toggleWebhookButton"));
    QCOMPARE(toggle->text(), QStringLiteral("Disable"));
    toggle->click();
    QTRY_VERIFY_WITH_TIMEOUT(!serverWebhook(*d.sandbox, id).value("active").toBool(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(toggle->text(), QStringLiteral("Enable"), 20000);
    QTRY_VERIFY(toggle->isEnabled());
    toggle->click();
    QTRY_VERIFY_WITH_TIMEOUT(serverWebhook(*d.sandbox, id).value("active").toBool(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(toggle->text(), QStringLiteral("Disable"), 20000);

    // Edit the name and leave the secret empty: the next delivery is still signed with it.
    page->findChild<QPushButton *>(QStringLiteral("editWebhookButton"))->click();
    WebhookDialog *edit = waitForDialog(page);
    QVERIFY(edit);
    auto *secret = edit->findChild<QLineEdit *>(QStringLiteral("webhookSecret"));
    QVERIFY(secret->text().isEmpty()); // never shown back
    QVERIFY(secret->placeholderText().contains(QLatin1String("keep the current secret")));
    QCOMPARE(edit->checkedEvents(), QStringList {QStringLiteral("linkedin.message.received")});
    auto *name = edit->findChild<QLineEdit *>(QStringLiteral("webhookName"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("CRM renamed"));
    QVERIFY(!edit->updateBody().secret.has_value());
    edit->findChild<QPushButton *>(QStringLiteral("saveWebhookButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(serverWebhook(*d.sandbox, id).value("name").toString(),
        QStringLiteral("CRM renamed"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->webhook(page->model()->rowOf(id)).name,
        QStringLiteral("CRM renamed"), 20000);
    sendTest(page, QStringLiteral("linkedin.message.received"));
    QCOMPARE(receiver.received().size(), 2);
    const ReceivedRequest again = receiver.received().at(1);
    QCOMPARE(again.headers.value("x-kakiyo-signature"),
        QMessageAuthenticationCode::hash(again.body, Secret.toUtf8(), QCryptographicHash::Sha256)
            .toHex());

    // Dark palette screenshots of the page and of the edit dialog.
    Theme::apply(qApp, Theme::Scheme::Dark);
    page->selectWebhook(broken);
    page->grab().save(screenshotPath(QStringLiteral("webhooks"), QStringLiteral("page-dark")));
    page->selectWebhook(id);
    page->findChild<QPushButton *>(QStringLiteral("editWebhookButton"))->click();
    WebhookDialog *darkEdit = waitForDialog(page);
    QVERIFY(darkEdit);
    darkEdit->grab().save(
        screenshotPath(QStringLiteral("webhooks"), QStringLiteral("dialog-edit-dark")));
    darkEdit->reject();
    QTRY_VERIFY(openDialog(page) == nullptr);

    // Delete: "Cancel" keeps it and sends nothing; "Yes" deletes it on the server.
    const int deletesBefore
        = d.sandbox->requestCount(QStringLiteral("DELETE /webhooks/{webhookId}"));
    auto *remove = page->findChild<QPushButton *>(QStringLiteral("deleteWebhookButton"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    remove->click();
    QVERIFY(MessageBox::lastText().contains(QLatin1String("CRM renamed")));
    QCOMPARE(
        d.sandbox->requestCount(QStringLiteral("DELETE /webhooks/{webhookId}")), deletesBefore);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    remove->click();
    QTRY_VERIFY_WITH_TIMEOUT(serverWebhook(*d.sandbox, id).isEmpty(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowOf(id), -1, 20000);
    QVERIFY(page->model()->rowOf(broken) >= 0);
}

void tst_WebhooksPage::formChecksBeforeSending()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    WebhooksPage *page = open(d);
    QVERIFY(page);
    const int postsBefore = d.sandbox->requestCount(QStringLiteral("POST /webhooks"));
    page->createWebhook();
    WebhookDialog *dialog = waitForDialog(page);
    QVERIFY(dialog);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveWebhookButton"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!errorLabel(dialog, QStringLiteral("name"))->isVisible()); // no red before typing

    // The live catalogue is listed, with the wildcard first.
    const QStringList expected {QStringLiteral("linkedin.message.sent"),
        QStringLiteral("linkedin.message.received"), QStringLiteral("linkedin.invitation.sent"),
        QStringLiteral("linkedin.invitation.accepted"),
        QStringLiteral("prospect.qualification.manual"), QStringLiteral("prospect.unqualified")};
    for (const QString &e : expected) {
        dialog->setEventChecked(e, true);
        QVERIFY2(dialog->checkedEvents().contains(e), qPrintable(e));
        dialog->setEventChecked(e, false);
    }

    // Keyboard: Space on the current event ticks and unticks it.
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("webhookEvents"));
    list->setFocus();
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("prospect.unqualified"))
            list->setCurrentRow(i);
    }
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(dialog->checkedEvents(), QStringList {QStringLiteral("prospect.unqualified")});
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(dialog->checkedEvents().isEmpty());

    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(QStringLiteral("webhookName")), QStringLiteral("Zapier"));
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("webhookUrl"));
    QTest::keyClicks(url, QStringLiteral("http://hooks.example.com/kakiyo"));
    QLabel *urlError = errorLabel(dialog, QStringLiteral("url"));
    QTRY_VERIFY(urlError->isVisible());
    QVERIFY2(urlError->text().contains(QLatin1String("https://"))
            && urlError->text().contains(QLatin1String("unencrypted")),
        qPrintable(urlError->text()));
    url->clear();
    QTest::keyClicks(url, QStringLiteral("https://hooks.example.com/kakiyo"));
    QVERIFY(!urlError->isVisible());
    url->clear();
    QTest::keyClicks(url, QStringLiteral("http://localhost:9/hook")); // loopback: allowed
    QVERIFY(!urlError->isVisible());

    // No event ticked: said next to the list; ticking one clears it. "All events" wins.
    dialog->setEventChecked(QStringLiteral("linkedin.message.sent"), true);
    dialog->setEventChecked(QStringLiteral("linkedin.message.sent"), false);
    QLabel *eventsError = errorLabel(dialog, QStringLiteral("events"));
    QVERIFY(eventsError->isVisible());
    QVERIFY(!save->isEnabled());
    dialog->setEventChecked(QStringLiteral("*"), true);
    QCOMPARE(dialog->checkedEvents(), QStringList {QStringLiteral("*")});
    QVERIFY(!eventsError->isVisible());
    QVERIFY(save->isEnabled());
    dialog->grab().save(
        screenshotPath(QStringLiteral("webhooks"), QStringLiteral("dialog-checks-light")));
    dialog->reject();
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /webhooks")), postsBefore);

    // A refusal by the server (injected: the sandbox accepts this form) lands next to the field
    // it names, and the dialog stays open with what was typed.
    QVERIFY(d.sandbox->injectFault(
        QJsonObject {{"method", "POST"}, {"path", "/v1/webhooks"}, {"status", 400}, {"count", 1},
            {"body",
                QJsonObject {{"error", "validation_error"}, {"message", "Invalid request"},
                    {"details",
                        QJsonArray {QJsonObject {{"field", "url"},
                            {"message", "URL is not reachable from Kakiyo"}}}}}}}));
    page->createWebhook();
    WebhookDialog *second = waitForDialog(page);
    QVERIFY(second);
    QTest::keyClicks(
        second->findChild<QLineEdit *>(QStringLiteral("webhookName")), QStringLiteral("Refused"));
    QTest::keyClicks(second->findChild<QLineEdit *>(QStringLiteral("webhookUrl")),
        QStringLiteral("https://hooks.example.com/refused"));
    second->setEventChecked(QStringLiteral("prospect.unqualified"), true);
    second->findChild<QPushButton *>(QStringLiteral("saveWebhookButton"))->click();
    QLabel *serverUrlError = errorLabel(second, QStringLiteral("url"));
    QTRY_VERIFY_WITH_TIMEOUT(serverUrlError->isVisible(), 20000);
    QVERIFY2(serverUrlError->text().contains(QLatin1String("not reachable")),
        qPrintable(serverUrlError->text()));
    QVERIFY(second->isVisible()); // nothing typed is lost
    QCOMPARE(second->findChild<QLineEdit *>(QStringLiteral("webhookName"))->text(),
        QStringLiteral("Refused"));
    second->reject();
}

void tst_WebhooksPage::testWithoutSubscribersSaysSo()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    // Every webhook off: the server answers 404 and the page says why, in place, not as a banner.
    for (const QJsonValue &w : d.sandbox->call("GET", QStringLiteral("/webhooks")).json.array())
        QCOMPARE(d.sandbox
                     ->call("PUT", "/webhooks/" + w.toObject().value("id").toString(),
                         QJsonObject {{"active", false}})
                     .status,
            200);
    WebhooksPage *page = open(d);
    QVERIFY(page);
    sendTest(page, QStringLiteral("linkedin.message.sent"));
    auto *result = page->findChild<QLabel *>(QStringLiteral("testResult"));
    QVERIFY2(
        result->text().contains(QLatin1String("Nothing was sent")), qPrintable(result->text()));
    QVERIFY2(d.window()->banners()->categories().isEmpty(),
        qPrintable(d.window()->banners()->categories().join(u',')));
}

void tst_WebhooksPage::paletteCommands()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    d.window()->goTo(MainWindow::PageId::Overview);
    QAction *create = d.window()->command(QStringLiteral("newWebhook"));
    QAction *test = d.window()->command(QStringLiteral("sendWebhookTest"));
    QVERIFY(create && test);
    QCOMPARE(create->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W));
    QCOMPARE(test->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    // No other command of the window uses the same keys.
    for (QAction *other : d.window()->findChildren<QAction *>()) {
        if (other != create && other != test && !other->shortcut().isEmpty())
            QVERIFY2(
                other->shortcut() != create->shortcut() && other->shortcut() != test->shortcut(),
                qPrintable(other->objectName()));
    }
    QCOMPARE(create->text(), QStringLiteral("New webhook…"));
    QCOMPARE(test->text(), QStringLiteral("Send test event"));
    create->trigger();
    QCOMPARE(d.window()->currentPageId(), MainWindow::PageId::Webhooks);
    auto *page = qobject_cast<WebhooksPage *>(d.window()->currentPage());
    QVERIFY(page);
    WebhookDialog *dialog = waitForDialog(page);
    QVERIFY(dialog);
    dialog->reject();
    QTRY_VERIFY(openDialog(page) == nullptr);
    // Its keys do the same from another page.
    d.window()->goTo(MainWindow::PageId::Overview);
    d.window()->activateWindow(); // the closed dialog had the focus
    QVERIFY(QTest::qWaitForWindowActive(d.window()));
    QTest::keySequence(d.window(), create->shortcut());
    QCOMPARE(d.window()->currentPageId(), MainWindow::PageId::Webhooks);
    dialog = waitForDialog(page);
    QVERIFY(dialog);
    dialog->reject();
    d.window()->goTo(MainWindow::PageId::Overview);
    test->trigger();
    QCOMPARE(d.window()->currentPageId(), MainWindow::PageId::Webhooks);
    auto *picker = page->findChild<QComboBox *>(QStringLiteral("testEventPicker"));
    QTRY_VERIFY(picker->hasFocus() || picker->view()->isVisible());
    picker->hidePopup();
}

QTEST_MAIN(tst_WebhooksPage)
#include "tst_webhookspage.moc"
