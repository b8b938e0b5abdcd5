// The Library page through the UI against a real sandbox: each tab lists what the server has,
// products and prompts are created through their dialogs (checked with a fresh GET), a product
// the contract refuses is stopped in the form with the reason next to the field, a prompt's
// sections are edited and saved (checked with GET /prompts/{id}), unsaved edits are guarded when
// another prompt is chosen, and an older server without GET /prompts/{id} leaves the editor
// read-only with a plain explanation. Screenshots of every tab, light and dark.
#include "DeskFixture.h"
#include "common/Screenshots.h"
#include "models/ModelCatalogModel.h"
#include "models/ProductListModel.h"
#include "models/PromptListModel.h"
#include "ui/library/LibraryPage.h"
#include "ui/library/ProductDialog.h"
#include "ui/library/PromptDialog.h"
#include "ui/library/PromptEditor.h"
#include "ui/shell/MessageBox.h"
#include "ui/shell/Theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

QJsonArray listOf(SandboxProcess &sandbox, const QString &path, const QString &key = {})
{
    const HttpReply reply = sandbox.call("GET", path);
    if (reply.status != 200)
        return {};
    return key.isEmpty() ? reply.json.array() : reply.object().value(key).toArray();
}

QJsonObject promptDetails(SandboxProcess &sandbox, const QString &id)
{
    const HttpReply reply = sandbox.call("GET", QStringLiteral("/prompts/%1").arg(id));
    return reply.status == 200 ? reply.object() : QJsonObject();
}

} // namespace

class tst_LibraryPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tabsListTheServersData();
    void createProductThroughDialog();
    void invalidProductStopsInForm();
    void createPromptThroughDialog();
    void editAndSavePromptSections();
    void unsavedChangesAreGuarded();
    void commentPromptAndRefusedUpdate();
    void olderServerLeavesEditorReadOnly();
    void modelsSortByPrice();
    void screenshots_data();
    void screenshots();

private:
    LibraryPage *open(ConnectedDesk &d, LibraryPage::Tab tab = LibraryPage::Tab::Products);
    void clickPromptRow(LibraryPage *page, const QString &id);
    QString messagesPromptId(LibraryPage *page, int nth = 0);
};

void tst_LibraryPage::initTestCase()
{
    isolateSettings();
}

void tst_LibraryPage::init()
{
    Theme::apply(qApp, Theme::Scheme::Light);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

LibraryPage *tst_LibraryPage::open(ConnectedDesk &d, LibraryPage::Tab tab)
{
    d.window()->resize(1280, 820);
    d.window()->goTo(MainWindow::PageId::Library);
    auto *page = qobject_cast<LibraryPage *>(d.window()->currentPage());
    if (!page)
        return nullptr;
    page->showTab(tab);
    const ServerListModel *model = tab == LibraryPage::Tab::Products
        ? static_cast<ServerListModel *>(page->products())
        : tab == LibraryPage::Tab::Prompts ? static_cast<ServerListModel *>(page->prompts())
                                           : static_cast<ServerListModel *>(page->catalogue());
    bool ok = false;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoaded() && !model->isLoading(), 20000);
        ok = true;
    }();
    return ok ? page : nullptr;
}

void tst_LibraryPage::clickPromptRow(LibraryPage *page, const QString &id)
{
    QTableView *table = page->promptTable();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex index = table->model()->index(r, PromptListModel::NameColumn);
        if (index.data(PromptListModel::IdRole).toString() == id) {
            table->scrollTo(index);
            QTest::mouseClick(
                table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("prompt %1 is not in the table").arg(id)));
}

QString tst_LibraryPage::messagesPromptId(LibraryPage *page, int nth)
{
    for (const Prompt &p : page->prompts()->prompts()) {
        if (p.type == QLatin1String("Messages") && nth-- == 0)
            return p.id;
    }
    return {};
}

void tst_LibraryPage::tabsListTheServersData()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    LibraryPage *page = open(d);
    QVERIFY(page);
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("libraryTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 3);

    // Products: as many rows as the server lists; the details panel shows the whole description.
    const QJsonArray products = listOf(*d.sandbox, QStringLiteral("/products"));
    QVERIFY(!products.isEmpty());
    QCOMPARE(page->products()->rowCount(), products.size());
    QCOMPARE(page->productTable()->model()->rowCount(), products.size());
    // The first product is shown at once; click the last one.
    QVERIFY(!page->productDetailsText().contains(QLatin1String("No product selected")));
    const QModelIndex last = page->productTable()->model()->index(products.size() - 1, 0);
    QTest::mouseClick(page->productTable()->viewport(), Qt::LeftButton, {},
        page->productTable()->visualRect(last).center());
    const QString id = last.data(ProductListModel::IdRole).toString();
    QString description;
    for (const QJsonValue &p : products) {
        if (p[QStringLiteral("id")].toString() == id)
            description = p[QStringLiteral("description")].toString();
    }
    QVERIFY(!description.isEmpty());
    QVERIFY2(
        page->productDetailsText().contains(description), qPrintable(page->productDetailsText()));
    QVERIFY(page->ageText().contains(QLatin1String("updated")));
    // F5 keeps the product on show.
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!page->products()->isLoading(), 20000);
    QVERIFY2(
        page->productDetailsText().contains(description), qPrintable(page->productDetailsText()));
    QCOMPARE(page->productTable()->currentIndex().data(ProductListModel::IdRole).toString(), id);

    // Prompts, then models: each tab loads when it is shown.
    page->showTab(LibraryPage::Tab::Prompts);
    QTRY_VERIFY_WITH_TIMEOUT(page->prompts()->hasLoaded(), 20000);
    QCOMPARE(page->prompts()->rowCount(), listOf(*d.sandbox, QStringLiteral("/prompts")).size());
    // The model column names the catalogue's model, not its id.
    QTRY_VERIFY_WITH_TIMEOUT(page->catalogue()->hasLoaded(), 20000);
    const QModelIndex modelCell = page->prompts()->index(0, PromptListModel::ModelColumn);
    QVERIFY(page->catalogue()->names().values().contains(modelCell.data().toString()));

    page->showTab(LibraryPage::Tab::Models);
    const QJsonArray models
        = listOf(*d.sandbox, QStringLiteral("/models"), QStringLiteral("models"));
    QVERIFY(!models.isEmpty());
    QCOMPARE(page->catalogue()->rowCount(), models.size());
    QCOMPARE(page->modelTable()->model()->rowCount(), models.size());

    // F5 on the Models tab asks the server for the models only.
    QVERIFY(d.sandbox->resetRequestCounts());
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!page->catalogue()->isLoading(), 20000);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("GET /models")), 1);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("GET /products")), 0);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("GET /prompts")), 0);
}

void tst_LibraryPage::createProductThroughDialog()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    LibraryPage *page = open(d);
    QVERIFY(page);
    const int before = page->products()->rowCount();

    // The palette command opens the dialog, from any page.
    d.window()->goTo(MainWindow::PageId::Campaigns);
    QAction *command = d.window()->command(QStringLiteral("newProduct"));
    QVERIFY(command);
    QCOMPARE(command->text(), QStringLiteral("New product…"));
    command->trigger();
    ProductDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<ProductDialog *>()) != nullptr);
    QCOMPARE(d.window()->currentPage(), page);
    QCOMPARE(page->currentTab(), LibraryPage::Tab::Products);
    const QString name = QStringLiteral("Desk test offering");
    const QString description = QStringLiteral("Quarterly pipeline reviews for small B2B teams.");
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("productName")), name);
    QTest::keyClicks(
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("productDescription")), description);
    dialog->findChild<QPushButton *>(QStringLiteral("createProductButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(page->products()->rowCount(), before + 1, 20000);
    QTRY_VERIFY(!page->findChild<ProductDialog *>());
    QVERIFY(page->lastMessage().contains(name));

    // The new product is selected and shown, and the server has it.
    QTRY_VERIFY(page->productDetailsText().contains(description));
    bool found = false;
    for (const QJsonValue &p : listOf(*d.sandbox, QStringLiteral("/products")))
        found = found
            || (p[QStringLiteral("name")].toString() == name
                && p[QStringLiteral("description")].toString() == description);
    QVERIFY(found);
}

void tst_LibraryPage::invalidProductStopsInForm()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    LibraryPage *page = open(d);
    QVERIFY(page);
    QVERIFY(d.sandbox->resetRequestCounts());
    page->findChild<QPushButton *>(QStringLiteral("newProductButton"))->click();
    ProductDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<ProductDialog *>()) != nullptr);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("productName"));
    auto *description = dialog->findChild<QPlainTextEdit *>(QStringLiteral("productDescription"));
    QTest::keyClicks(name, QStringLiteral("ab"));
    QTest::keyClicks(description, QStringLiteral("too short"));
    dialog->findChild<QPushButton *>(QStringLiteral("createProductButton"))->click();

    // Both problems are shown next to their fields; nothing was sent; the text is kept.
    auto *nameError = dialog->findChild<QLabel *>(QStringLiteral("productNameError"));
    auto *descriptionError = dialog->findChild<QLabel *>(QStringLiteral("productDescriptionError"));
    QVERIFY(nameError->isVisible());
    QVERIFY2(
        nameError->text().contains(QLatin1String("at least 3")), qPrintable(nameError->text()));
    QVERIFY(descriptionError->isVisible());
    QVERIFY(descriptionError->text().contains(QLatin1String("at least 10")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(name->text(), QStringLiteral("ab"));
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /products")), 0);
    const QString shot
        = screenshotPath(QStringLiteral("library"), QStringLiteral("product-dialog-errors"));
    QVERIFY(dialog->grab().save(shot));

    // Correcting the name clears its message as the user types.
    QTest::keyClicks(name, QStringLiteral("c"));
    QVERIFY(!nameError->isVisible());
    QVERIFY(descriptionError->isVisible());

    // The server's own refusal lands in the dialog too, without losing the input.
    QVERIFY(d.sandbox->injectFault(QJsonObject {{QStringLiteral("method"), QStringLiteral("POST")},
        {QStringLiteral("path"), QStringLiteral("/v1/products")},
        {QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 403}}));
    QTest::keyClicks(description, QStringLiteral(", now long enough"));
    dialog->findChild<QPushButton *>(QStringLiteral("createProductButton"))->click();
    auto *general = dialog->findChild<QLabel *>(QStringLiteral("productDialogError"));
    QTRY_VERIFY_WITH_TIMEOUT(general->isVisible() && !dialog->isSending(), 20000);
    QVERIFY2(general->text().contains(QLatin1String("plan limit")), qPrintable(general->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(name->text(), QStringLiteral("abc"));

    // The server's validation details go next to the field they name.
    const QJsonObject refusal {{QStringLiteral("error"), QStringLiteral("validation_error")},
        {QStringLiteral("message"), QStringLiteral("Invalid input")},
        {QStringLiteral("details"),
            QJsonArray {QJsonObject {{QStringLiteral("field"), QStringLiteral("name")},
                {QStringLiteral("message"),
                    QStringLiteral("An offering with this name exists")}}}}};
    QVERIFY(d.sandbox->injectFault(QJsonObject {{QStringLiteral("method"), QStringLiteral("POST")},
        {QStringLiteral("path"), QStringLiteral("/v1/products")},
        {QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 400},
        {QStringLiteral("body"), refusal}}));
    dialog->findChild<QPushButton *>(QStringLiteral("createProductButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(nameError->isVisible() && !dialog->isSending(), 20000);
    QCOMPARE(nameError->text(), QStringLiteral("An offering with this name exists"));
    QVERIFY(!descriptionError->isVisible());
    QVERIFY(general->text().contains(QLatin1String("marked in red")));
    QVERIFY(dialog->isVisible());
    dialog->reject();
    // Nothing was created by the refused attempts.
    for (const QJsonValue &p : listOf(*d.sandbox, QStringLiteral("/products")))
        QVERIFY(p[QStringLiteral("name")].toString() != QLatin1String("abc"));
}

void tst_LibraryPage::createPromptThroughDialog()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    LibraryPage *page = open(d, LibraryPage::Tab::Prompts);
    QVERIFY(page);
    const int before = page->prompts()->rowCount();
    QAction *command = d.window()->command(QStringLiteral("newPrompt"));
    QVERIFY(command);
    QCOMPARE(command->text(), QStringLiteral("New prompt…"));
    // Its keyboard shortcut opens the dialog.
    QVERIFY(!command->shortcut().isEmpty());
    d.window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(d.window()));
    QTest::keySequence(d.window(), command->shortcut());
    PromptDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<PromptDialog *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->modelsLoaded(), 20000);
    auto *model = dialog->findChild<QComboBox *>(QStringLiteral("promptModel"));
    QCOMPARE(model->count(), page->catalogue()->rowCount());
    // Pick a model other than the first, by its name.
    const int pick = model->findText(QStringLiteral("Claude 4 Sonnet"), Qt::MatchStartsWith);
    QVERIFY(pick >= 0);
    model->setCurrentIndex(pick);
    const QString modelId = model->currentData().toString();
    const QString name = QStringLiteral("Desk test prompt");
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("promptName")), name);
    QVERIFY(d.sandbox->resetRequestCounts());
    dialog->findChild<QPushButton *>(QStringLiteral("createPromptButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(page->prompts()->rowCount(), before + 1, 20000);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /prompts")), 1);

    // The server has it with the chosen model and type; the page found it by name and opened it.
    QString id;
    for (const QJsonValue &p : listOf(*d.sandbox, QStringLiteral("/prompts"))) {
        if (p[QStringLiteral("name")].toString() == name) {
            QCOMPARE(p[QStringLiteral("model")].toString(), modelId);
            QCOMPARE(p[QStringLiteral("type")].toString(), QStringLiteral("Messages"));
            id = p[QStringLiteral("id")].toString();
        }
    }
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(page->promptEditor()->promptId(), id, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(page->promptEditor()->state() == PromptEditor::State::Ready, 20000);
}

void tst_LibraryPage::editAndSavePromptSections()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    LibraryPage *page = open(d, LibraryPage::Tab::Prompts);
    QVERIFY(page);
    const QString id = messagesPromptId(page);
    QVERIFY(!id.isEmpty());
    clickPromptRow(page, id);
    PromptEditor *editor = page->promptEditor();
    QTRY_VERIFY_WITH_TIMEOUT(editor->state() == PromptEditor::State::Ready, 20000);
    QCOMPARE(editor->promptId(), id);

    // The editor shows what GET /prompts/{id} returns.
    const QJsonObject stored = promptDetails(*d.sandbox, id);
    auto *context = editor->findChild<QPlainTextEdit *>(QStringLiteral("promptContext"));
    auto *firstMessage = editor->findChild<QPlainTextEdit *>(QStringLiteral("promptFirstMessage"));
    QCOMPARE(context->toPlainText(), stored[QStringLiteral("context")].toString());
    QCOMPARE(firstMessage->toPlainText(), stored[QStringLiteral("firstMessage")].toString());
    QCOMPARE(editor->followUpCount(), stored[QStringLiteral("followUps")].toArray().size());
    auto *save = editor->findChild<QPushButton *>(QStringLiteral("savePromptButton"));
    QVERIFY(!save->isEnabled());

    // Edit the first message and the second follow-up's delay, then save.
    firstMessage->moveCursor(QTextCursor::End);
    QTest::keyClicks(firstMessage, QStringLiteral(" Worth a chat?"));
    const QString newFirst = firstMessage->toPlainText();
    auto *delay2 = editor->findChild<QSpinBox *>(QStringLiteral("followUpDelay2"));
    QVERIFY(delay2);
    delay2->setValue(9);
    QVERIFY(editor->isDirty());
    QVERIFY(save->isEnabled());
    // Only the changed sections are sent.
    const PromptUpdate changes = editor->changes();
    QVERIFY(changes.firstMessage && changes.followUps && !changes.context && !changes.comment);
    QVERIFY(d.sandbox->resetRequestCounts());
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        !editor->isDirty() && editor->state() == PromptEditor::State::Ready, 20000);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("PUT /prompts/{id}")), 1);
    QVERIFY(page->lastMessage().contains(QLatin1String("saved")));

    const QJsonObject after = promptDetails(*d.sandbox, id);
    QCOMPARE(after[QStringLiteral("firstMessage")].toString(), newFirst);
    QCOMPARE(
        after[QStringLiteral("context")].toString(), stored[QStringLiteral("context")].toString());
    QCOMPARE(
        after[QStringLiteral("followUps")].toArray().at(1)[QStringLiteral("delay")].toInt(), 9);

    // A section the server refuses: dropping a mandatory variable. The reason is shown, nothing
    // is saved, the text stays.
    const QString withoutVariable = context->toPlainText().replace(
        QStringLiteral("{{prospectDescription}}"), QStringLiteral("the prospect"));
    context->setPlainText(withoutVariable);
    auto *variables = editor->findChild<QLabel *>(QStringLiteral("promptVariables"));
    QVERIFY(variables->isVisible());
    QVERIFY2(variables->text().contains(QLatin1String("Missing now: {{prospectDescription}}")),
        qPrintable(variables->text()));
    save->click();
    auto *contextError = editor->findChild<QLabel *>(QStringLiteral("promptContextError"));
    QTRY_VERIFY_WITH_TIMEOUT(contextError->isVisible(), 20000);
    QVERIFY2(contextError->text().contains(QLatin1String("{{prospectDescription}}")),
        qPrintable(contextError->text()));
    QCOMPARE(context->toPlainText(), withoutVariable);
    QVERIFY(editor->isDirty());
    QCOMPARE(promptDetails(*d.sandbox, id)[QStringLiteral("context")].toString(),
        stored[QStringLiteral("context")].toString());

    // Revert brings back the saved text.
    editor->findChild<QPushButton *>(QStringLiteral("revertPromptButton"))->click();
    QVERIFY(!editor->isDirty());
    QCOMPARE(context->toPlainText(), stored[QStringLiteral("context")].toString());

    // Turning follow-ups off sends just that switch.
    auto *followUps = editor->findChild<QCheckBox *>(QStringLiteral("promptFollowUpEnabled"));
    QVERIFY(followUps->isChecked());
    followUps->click();
    QVERIFY(editor->changes().followUpEnabled && !editor->changes().followUps);
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        !editor->isDirty() && editor->state() == PromptEditor::State::Ready, 20000);
    QCOMPARE(promptDetails(*d.sandbox, id)[QStringLiteral("followUpEnabled")].toBool(), false);

    // A fourth follow-up is not offered.
    editor->addFollowUp(QStringLiteral("third"), 4);
    QCOMPARE(editor->followUpCount(), 3);
    QVERIFY(!editor->findChild<QPushButton *>(QStringLiteral("addFollowUpButton"))->isEnabled());
    editor->addFollowUp(QStringLiteral("fourth"), 4);
    QCOMPARE(editor->followUpCount(), 3);
}

void tst_LibraryPage::unsavedChangesAreGuarded()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    LibraryPage *page = open(d, LibraryPage::Tab::Prompts);
    QVERIFY(page);
    const QString a = messagesPromptId(page, 0);
    const QString b = messagesPromptId(page, 1);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    PromptEditor *editor = page->promptEditor();
    clickPromptRow(page, a);
    QTRY_VERIFY_WITH_TIMEOUT(editor->state() == PromptEditor::State::Ready, 20000);
    auto *firstMessage = editor->findChild<QPlainTextEdit *>(QStringLiteral("promptFirstMessage"));
    firstMessage->moveCursor(QTextCursor::End);
    QTest::keyClicks(firstMessage, QStringLiteral(" (draft)"));
    const QString draft = firstMessage->toPlainText();
    QVERIFY(editor->isDirty());

    // Cancel: the edited prompt stays open, its row stays selected, the edit is kept.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    clickPromptRow(page, b);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("unsaved changes")));
    QCOMPARE(editor->promptId(), a);
    QCOMPARE(firstMessage->toPlainText(), draft);
    QCOMPARE(page->promptTable()->currentIndex().data(PromptListModel::IdRole).toString(), a);

    // Save: the edit is saved first, then the other prompt opens.
    MessageBox::setNextAnswer(QMessageBox::Save);
    clickPromptRow(page, b);
    QTRY_COMPARE_WITH_TIMEOUT(editor->promptId(), b, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(editor->state() == PromptEditor::State::Ready, 20000);
    QCOMPARE(promptDetails(*d.sandbox, a)[QStringLiteral("firstMessage")].toString(), draft);

    // Discard: the edit is dropped and the other prompt opens.
    QTest::keyClicks(firstMessage, QStringLiteral(" (thrown away)"));
    QVERIFY(editor->isDirty());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    clickPromptRow(page, a);
    QTRY_COMPARE_WITH_TIMEOUT(editor->promptId(), a, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(editor->state() == PromptEditor::State::Ready, 20000);
    QVERIFY(!promptDetails(*d.sandbox, b)[QStringLiteral("firstMessage")].toString().contains(
        QLatin1String("thrown away")));

    // Closing the window with an unsaved edit asks too, from whatever page is showing.
    d.window()->show();
    QTest::keyClicks(firstMessage, QStringLiteral(" (at closing time)"));
    const QString closing = firstMessage->toPlainText();
    d.window()->goTo(MainWindow::PageId::Overview);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!d.window()->close()); // Cancel keeps the window and the edit
    QVERIFY(MessageBox::lastText().contains(QLatin1String("before closing")));
    QVERIFY(d.window()->isVisible());
    QCOMPARE(d.window()->currentPageId(), MainWindow::PageId::Library);
    QCOMPARE(firstMessage->toPlainText(), closing);
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(!d.window()->close()); // open until the save is answered…
    QTRY_VERIFY_WITH_TIMEOUT(!d.window()->isVisible(), 20000); // …then closed
    QCOMPARE(promptDetails(*d.sandbox, a)[QStringLiteral("firstMessage")].toString(), closing);
}

void tst_LibraryPage::commentPromptAndRefusedUpdate()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    LibraryPage *page = open(d, LibraryPage::Tab::Prompts);
    QVERIFY(page);
    QString commentId;
    for (const Prompt &p : page->prompts()->prompts()) {
        if (p.type == QLatin1String("Comment"))
            commentId = p.id;
    }
    QVERIFY(!commentId.isEmpty());
    PromptEditor *editor = page->promptEditor();
    clickPromptRow(page, commentId);
    QTRY_VERIFY_WITH_TIMEOUT(editor->state() == PromptEditor::State::Ready, 20000);

    // A Comment prompt has one section, the comment; the Messages sections are not shown.
    auto *comment = editor->findChild<QPlainTextEdit *>(QStringLiteral("promptComment"));
    QVERIFY(comment->isVisible());
    QVERIFY(!editor->findChild<QPlainTextEdit *>(QStringLiteral("promptContext"))->isVisible());
    QCOMPARE(comment->toPlainText(),
        promptDetails(*d.sandbox, commentId)[QStringLiteral("comment")].toString());
    comment->selectAll();
    QTest::keyClicks(comment, QStringLiteral("Praise one concrete point of {{postTopic}}."));
    QVERIFY(editor->changes().comment && !editor->changes().context);
    editor->findChild<QPushButton *>(QStringLiteral("savePromptButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        !editor->isDirty() && editor->state() == PromptEditor::State::Ready, 20000);
    QCOMPARE(promptDetails(*d.sandbox, commentId)[QStringLiteral("comment")].toString(),
        QStringLiteral("Praise one concrete point of {{postTopic}}."));

    // A server that can show a prompt but not update it (405 on PUT): the editor says so, keeps
    // the text the user wrote, and becomes read-only.
    QVERIFY(d.sandbox->injectFault(QJsonObject {{QStringLiteral("method"), QStringLiteral("PUT")},
        {QStringLiteral("path"), QStringLiteral("/v1/prompts/")},
        {QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 405}}));
    comment->moveCursor(QTextCursor::End);
    QTest::keyClicks(comment, QStringLiteral(" Keep it short."));
    const QString unsaved = comment->toPlainText();
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(editor->state() == PromptEditor::State::Unsupported, 20000);
    QVERIFY(editor->statusText().contains(QLatin1String("does not support editing prompts")));
    QVERIFY(editor->statusText().contains(QLatin1String("changes were not saved")));
    QCOMPARE(comment->toPlainText(), unsaved);
    QVERIFY(comment->isVisible());
    QVERIFY(comment->isReadOnly());
    QVERIFY(!editor->findChild<QPushButton *>(QStringLiteral("savePromptButton"))->isVisible());
    QVERIFY(page->promptEditor()->grab().save(
        screenshotPath(QStringLiteral("library"), QStringLiteral("prompt-comment-refused"))));
}

void tst_LibraryPage::olderServerLeavesEditorReadOnly()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    LibraryPage *page = open(d, LibraryPage::Tab::Prompts);
    QVERIFY(page);
    // An older server has no GET /prompts/{id}: it answers 404 there.
    QVERIFY(d.sandbox->injectFault(QJsonObject {{QStringLiteral("method"), QStringLiteral("GET")},
        {QStringLiteral("path"), QStringLiteral("/v1/prompts/")},
        {QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 404},
        {QStringLiteral("count"), 5}}));
    QVERIFY(d.sandbox->resetRequestCounts());
    const QString a = messagesPromptId(page, 0);
    const QString b = messagesPromptId(page, 1);
    PromptEditor *editor = page->promptEditor();
    clickPromptRow(page, a);
    QTRY_VERIFY_WITH_TIMEOUT(editor->state() == PromptEditor::State::Unsupported, 20000);
    QVERIFY2(editor->statusText().contains(QLatin1String("does not support editing prompts")),
        qPrintable(editor->statusText()));
    QVERIFY(!editor->isEditingSupported());
    QVERIFY(!editor->findChild<QPushButton *>(QStringLiteral("savePromptButton"))->isVisible());
    QVERIFY(!editor->findChild<QPlainTextEdit *>(QStringLiteral("promptContext"))->isVisible());
    QVERIFY(page->promptEditor()->grab().save(
        screenshotPath(QStringLiteral("library"), QStringLiteral("prompt-unsupported"))));

    // Another prompt costs no further call: the answer is known until the next refresh.
    clickPromptRow(page, b);
    QCOMPARE(editor->promptId(), b);
    QCOMPARE(editor->state(), PromptEditor::State::Unsupported);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("GET /prompts/{id}")), 1);

    // After the server is "upgraded" (no more faults) a refresh tries again.
    QVERIFY(d.sandbox->clearFaults());
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(editor->state() == PromptEditor::State::Ready, 20000);
    QVERIFY(editor->isEditingSupported());
}

void tst_LibraryPage::modelsSortByPrice()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    LibraryPage *page = open(d, LibraryPage::Tab::Models);
    QVERIFY(page);
    QTableView *table = page->modelTable();
    QVERIFY(table->isSortingEnabled());
    for (const int column : {int(ModelCatalogModel::InputColumn),
             int(ModelCatalogModel::OutputColumn), int(ModelCatalogModel::CachedColumn)}) {
        table->sortByColumn(column, Qt::DescendingOrder);
        const auto *m = table->model();
        for (int r = 1; r < m->rowCount(); ++r)
            QVERIFY(m->index(r - 1, column).data(ModelCatalogModel::RawRole).toDouble()
                >= m->index(r, column).data(ModelCatalogModel::RawRole).toDouble());
    }
    // The priciest output first, and its figure as the server gave it.
    table->sortByColumn(ModelCatalogModel::OutputColumn, Qt::DescendingOrder);
    double highest = 0;
    QString name;
    for (const QJsonValue &v :
        listOf(*d.sandbox, QStringLiteral("/models"), QStringLiteral("models"))) {
        const double output = v[QStringLiteral("pricing")][QStringLiteral("output")].toDouble();
        if (output > highest) {
            highest = output;
            name = v[QStringLiteral("name")].toString();
        }
    }
    QCOMPARE(table->model()->index(0, ModelCatalogModel::NameColumn).data().toString(), name);
    QCOMPARE(table->model()->index(0, ModelCatalogModel::OutputColumn).data().toString(),
        ModelCatalogModel::price(highest));
}

void tst_LibraryPage::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_LibraryPage::screenshots()
{
    QFETCH(bool, dark);
    Theme::apply(qApp, dark ? Theme::Scheme::Dark : Theme::Scheme::Light);
    ConnectedDesk d;
    QVERIFY(d.start());
    const QString scheme = QString::fromLatin1(QTest::currentDataTag());
    LibraryPage *page = open(d);
    QVERIFY(page);
    QVERIFY(QTest::qWaitForWindowExposed(d.window()));
    page->selectProduct(page->products()->products().first().id);
    QVERIFY(!page->productDetailsText().isEmpty());
    QCoreApplication::sendPostedEvents(); // run the layout pass the new details asked for
    QVERIFY(d.window()->grab().save(
        screenshotPath(QStringLiteral("library"), QStringLiteral("products-") + scheme)));

    page->showTab(LibraryPage::Tab::Prompts);
    QTRY_VERIFY_WITH_TIMEOUT(page->prompts()->hasLoaded() && page->catalogue()->hasLoaded(), 20000);
    page->selectPrompt(messagesPromptId(page));
    QTRY_VERIFY_WITH_TIMEOUT(page->promptEditor()->state() == PromptEditor::State::Ready, 20000);
    QCoreApplication::sendPostedEvents();
    QVERIFY(d.window()->grab().save(
        screenshotPath(QStringLiteral("library"), QStringLiteral("prompts-") + scheme)));
    // The whole editor, below the fold too (variables line, follow-ups, buttons).
    QVERIFY(page->promptEditor()->grab().save(
        screenshotPath(QStringLiteral("library"), QStringLiteral("prompt-editor-") + scheme)));

    page->showTab(LibraryPage::Tab::Models);
    QCoreApplication::sendPostedEvents();
    QVERIFY(d.window()->grab().save(
        screenshotPath(QStringLiteral("library"), QStringLiteral("models-") + scheme)));

    page->newPrompt();
    PromptDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<PromptDialog *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->modelsLoaded(), 20000);
    QVERIFY(dialog->grab().save(
        screenshotPath(QStringLiteral("library"), QStringLiteral("prompt-dialog-") + scheme)));
    dialog->reject();

    // A palette switch while the page is open re-tints what was coloured by hand.
    Theme::apply(qApp, dark ? Theme::Scheme::Light : Theme::Scheme::Dark);
    QCoreApplication::sendPostedEvents();
    auto *create = page->findChild<QPushButton *>(QStringLiteral("newProductButton"));
    QTRY_VERIFY(create->styleSheet().contains(Theme::accent().name()));
    Theme::apply(qApp, Theme::Scheme::Light);
}

QTEST_MAIN(tst_LibraryPage)
#include "tst_librarypage.moc"
