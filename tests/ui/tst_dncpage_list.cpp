// The Do Not Contact page through the UI against a real sandbox: the batch plan classifies each
// pasted line and cuts calls at the maximum; the list shows what GET /dnc has (every page, the
// cache first) and filters locally; the palette opens the page; selected entries are removed after
// a confirmation, one call each; everything works from the keyboard with named controls.
// Screenshots light and dark.
//
// The page is reached through MainWindow and driven through its DncListEditor.
#include "DncPageFixture.h"
#include "common/Screenshots.h"
#include "models/DncListModel.h"
#include "ui/dnc/DncBatchDialog.h"
#include "ui/dnc/DncListEditor.h"
#include "ui/shell/MessageBox.h"
#include "ui/shell/Theme.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace kakiyo;
using namespace kakiyo::test;

class tst_DncPageList : public QObject, public DncPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void planClassifiesEachLine_data();
    void planClassifiesEachLine();
    void planCutsCallsAtTheMaximum();
    void listLoadsAndFilters();
    void listReadsEveryPageAndCacheFirst();
    void paletteCommandsOpenThePage();
    void removeSelectedAfterConfirmation();
    void keyboardOnlyAddAndNamedControls();
    void screenshots_data();
    void screenshots();
};

void tst_DncPageList::initTestCase()
{
    isolateSettings();
}

void tst_DncPageList::init()
{
    Theme::apply(qApp, Theme::Scheme::Light);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void tst_DncPageList::planClassifiesEachLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("statuses"); // one letter a line: V valid, I invalid, D dup, L listed
    QTest::addColumn<QStringList>("toSend");
    QTest::newRow("empty") << QString() << QString() << QStringList();
    QTest::newRow("blank lines skipped")
        << QStringLiteral("\n  \n\t\n") << QString() << QStringList();
    QTest::newRow("spellings of one person")
        << QStringLiteral(
               "https://www.linkedin.com/in/Ann-Lee/\nlinkedin.com/in/ann-lee\nin/ann-lee")
        << QStringLiteral("VDD") << QStringList {QStringLiteral("https://linkedin.com/in/ann-lee")};
    QTest::newRow("not profiles") << QStringLiteral(
        "linkedin.com/company/acme\nhttps://example.com/in/x\nlnkd.in/abc\nhello")
                                  << QStringLiteral("IIII") << QStringList();
    QTest::newRow("listed, then its duplicate")
        << QStringLiteral(
               "linkedin.com/in/on-list\nLINKEDIN.COM/IN/ON-LIST\nlinkedin.com/in/new-one")
        << QStringLiteral("LDV") << QStringList {QStringLiteral("https://linkedin.com/in/new-one")};
    QTest::newRow("windows line ends")
        << QStringLiteral("linkedin.com/in/a-b\r\nlinkedin.com/in/c-d\r\n") << QStringLiteral("VV")
        << QStringList {QStringLiteral("https://linkedin.com/in/a-b"),
               QStringLiteral("https://linkedin.com/in/c-d")};
}

void tst_DncPageList::planClassifiesEachLine()
{
    QFETCH(QString, text);
    QFETCH(QString, statuses);
    QFETCH(QStringList, toSend);
    const QDateTime since
        = QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05Z"), Qt::ISODate);
    const DncBatchPlan plan = DncBatchPlan::make(
        DncBatchPlan::linesOf(text), [since](const QString &canonical) -> std::optional<QDateTime> {
            if (canonical == QLatin1String("https://linkedin.com/in/on-list"))
                return since;
            return std::nullopt;
        });
    QString got;
    for (const DncBatchLine &l : plan.lines()) {
        switch (l.status) {
        case DncBatchLine::Status::Valid:
            got += QLatin1Char('V');
            break;
        case DncBatchLine::Status::Invalid:
            got += QLatin1Char('I');
            QVERIFY2(!l.reason.isEmpty(), qPrintable(l.input));
            break;
        case DncBatchLine::Status::Duplicate:
            got += QLatin1Char('D');
            QVERIFY(l.firstLine > 0 && l.firstLine < l.line);
            break;
        case DncBatchLine::Status::Listed:
            got += QLatin1Char('L');
            QCOMPARE(l.listedSince, since);
            break;
        }
    }
    QCOMPARE(got, statuses);
    QCOMPARE(plan.toSend(), toSend);
    QCOMPARE(plan.calls(), toSend.isEmpty() ? 0 : 1);
}

void tst_DncPageList::planCutsCallsAtTheMaximum()
{
    for (const int n : {1, DncBatchPlan::MaxPerCall, DncBatchPlan::MaxPerCall + 1, 250}) {
        const DncBatchPlan plan = DncBatchPlan::make(
            DncBatchPlan::linesOf(newUrls(n, QStringLiteral("cut")).join(QLatin1Char('\n'))), {});
        const int calls = (n + DncBatchPlan::MaxPerCall - 1) / DncBatchPlan::MaxPerCall;
        QCOMPARE(plan.calls(), calls);
        const QList<QStringList> chunks = plan.chunks();
        QCOMPARE(chunks.size(), calls);
        qsizetype total = 0;
        for (const QStringList &chunk : chunks) {
            QVERIFY(chunk.size() <= DncBatchPlan::MaxPerCall);
            total += chunk.size();
        }
        QCOMPARE(total, n);
        QCOMPARE(chunks.constFirst().constFirst(), QStringLiteral("https://linkedin.com/in/cut-0"));
    }
}

void tst_DncPageList::listLoadsAndFilters()
{
    ConnectedDesk d;
    DncListEditor *editor = open(d);
    QVERIFY(editor);
    const QJsonArray entries = serverEntries(*d.sandbox);
    QVERIFY(entries.size() > 3);
    QCOMPARE(editor->list()->rowCount(), entries.size());
    QCOMPARE(editor->table()->model()->rowCount(), entries.size());
    QCOMPARE(editor->countText(), QStringLiteral("%1 people").arg(entries.size()));
    QVERIFY(d.window()->currentPage()->ageText().contains(QLatin1String("updated")));

    // Newest first in the table, as the server orders it.
    const QModelIndex top = editor->table()->model()->index(0, DncListModel::UrlColumn);
    QCOMPARE(top.data().toString(), entries.first()["url"].toString());

    // The filter is local and instant: no call, exactly the matching rows.
    const QString url = entries.at(2)["url"].toString();
    const QString slug = url.section(QLatin1Char('/'), -1);
    const QString needle = slug.left(std::min<qsizetype>(slug.size(), 6)).toUpper();
    int expected = 0;
    for (const QJsonValue &e : entries)
        expected += e["url"].toString().contains(needle, Qt::CaseInsensitive) ? 1 : 0;
    QVERIFY(expected >= 1);
    QVERIFY(d.sandbox->resetRequestCounts());
    QTest::keyClicks(editor->filterEdit(), needle);
    QCOMPARE(editor->table()->model()->rowCount(), expected);
    if (expected < entries.size())
        QVERIFY2(
            editor->countText().contains(QLatin1String(" of ")), qPrintable(editor->countText()));
    QCOMPARE(d.sandbox->requestCounts().value("total").toInt(), 0);
    editor->filterEdit()->clear();
    QCOMPARE(editor->table()->model()->rowCount(), entries.size());

    // F5 asks the server again: one GET /dnc (the list fits one page).
    d.window()->command(QStringLiteral("refresh"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->list()->isLoading(), 20000);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("GET /dnc")), 1);
    QVERIFY(!editor->list()->isFromCache());
}

void tst_DncPageList::listReadsEveryPageAndCacheFirst()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    // More than one page of 1000: the model reads on until a short page.
    QVERIFY(seedEntries(*d.sandbox, 1100, QStringLiteral("paged")));
    const qsizetype total = serverEntries(*d.sandbox).size()
        + d.sandbox->call("GET", QStringLiteral("/dnc?limit=1000&offset=1000"))
              .object()
              .value("data")
              .toObject()
              .value("entries")
              .toArray()
              .size();
    QVERIFY(total > 1100);
    QVERIFY(d.sandbox->resetRequestCounts());

    DncListModel model(d.desk->connection());
    QAbstractItemModelTester tester(&model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.load(true);
    QTRY_VERIFY_WITH_TIMEOUT(model.hasLoaded() && !model.isLoading(), 20000);
    QCOMPARE(model.rowCount(), int(total));
    QCOMPARE(resets.size(), 1); // one reset for the whole list, not one per page
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("GET /dnc")), 2);
    QVERIFY(model.find(QStringLiteral("https://linkedin.com/in/paged-0")).has_value());
    QVERIFY(model.find(QStringLiteral("https://linkedin.com/in/paged-1099")).has_value());
    QVERIFY(!model.find(QStringLiteral("https://linkedin.com/in/paged-1100")).has_value());
    const int row = model.rowOf(model.find(QStringLiteral("https://linkedin.com/in/paged-5"))->id);
    QCOMPARE(
        model.index(row, DncListModel::ProfileColumn).data().toString(), QStringLiteral("paged-5"));

    // A second model on the same session answers from the cache: no call.
    DncListModel again(d.desk->connection());
    again.load(false);
    QTRY_VERIFY_WITH_TIMEOUT(again.hasLoaded() && !again.isLoading(), 20000);
    QCOMPARE(again.rowCount(), int(total));
    QVERIFY(again.isFromCache());
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("GET /dnc")), 2);
}

void tst_DncPageList::paletteCommandsOpenThePage()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    QAction *add = d.window()->command(QStringLiteral("dncAdd"));
    QAction *check = d.window()->command(QStringLiteral("dncCheck"));
    QVERIFY(add);
    QVERIFY(check);
    QCOMPARE(add->text(), QStringLiteral("Add to Do Not Contact…"));
    QCOMPARE(check->text(), QStringLiteral("Check a URL against Do Not Contact"));
    QVERIFY(!add->shortcut().isEmpty());
    QVERIFY(d.window()->command(QStringLiteral("dncBatch")));

    d.window()->goTo(MainWindow::PageId::Overview);
    check->trigger();
    QCOMPARE(d.window()->currentPageId(), MainWindow::PageId::Dnc);
    auto *editor = d.window()->currentPage()->findChild<DncListEditor *>();
    QVERIFY(editor);
    QVERIFY2(editor->urlHint().contains(QLatin1String("check")), qPrintable(editor->urlHint()));
    QTRY_VERIFY_WITH_TIMEOUT(editor->list()->hasLoaded(), 20000);
}

void tst_DncPageList::removeSelectedAfterConfirmation()
{
    ConnectedDesk d;
    DncListEditor *editor = open(d);
    QVERIFY(editor);
    const int before = editor->list()->rowCount();
    QVERIFY(before >= 3);
    QTableView *table = editor->table();
    auto *remove = editor->findChild<QPushButton *>(QStringLiteral("dncRemoveButton"));
    QVERIFY(remove);
    QVERIFY(!remove->isEnabled());

    // Click one row, Ctrl+click another.
    const QModelIndex first = table->model()->index(0, DncListModel::UrlColumn);
    const QModelIndex third = table->model()->index(2, DncListModel::UrlColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, Qt::ControlModifier, table->visualRect(third).center());
    const QStringList ids = editor->selectedIds();
    QCOMPARE(ids.size(), 2);
    QVERIFY(remove->isEnabled());

    // "No" removes nothing.
    QVERIFY(d.sandbox->resetRequestCounts());
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("2 entries")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("2 calls")));
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("DELETE /dnc/{id}")), 0);
    QVERIFY(serverHasId(*d.sandbox, ids.at(0)));

    // "Yes": one DELETE per entry, then both are gone on the server and in the table.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    d.window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(d.window()));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusyWriting(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(editor->message().contains(QLatin1String("2 entries removed")), 20000);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("DELETE /dnc/{id}")), 2);
    QVERIFY(!serverHasId(*d.sandbox, ids.at(0)));
    QVERIFY(!serverHasId(*d.sandbox, ids.at(1)));
    QTRY_COMPARE_WITH_TIMEOUT(editor->list()->rowCount(), before - 2, 20000);
    QCOMPARE(editor->list()->rowOf(ids.at(0)), -1);
    QCOMPARE(editor->list()->rowOf(ids.at(1)), -1);
}

void tst_DncPageList::keyboardOnlyAddAndNamedControls()
{
    ConnectedDesk d;
    QVERIFY(d.start());
    d.window()->resize(1280, 820);
    d.window()->goTo(MainWindow::PageId::Overview);
    d.window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(d.window()));

    // Ctrl+Alt+D from another page: the Do Not Contact page opens with the URL field focused;
    // typing and Enter add the person.
    QTest::keyClick(d.window(), Qt::Key_D, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(d.window()->currentPageId(), MainWindow::PageId::Dnc);
    auto *editor = d.window()->currentPage()->findChild<DncListEditor *>();
    QVERIFY(editor);
    QTRY_VERIFY_WITH_TIMEOUT(editor->list()->hasLoaded(), 20000);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(editor->urlEdit()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("in/keyboard-kim"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(editor->message().contains(QLatin1String("now on")), 20000);
    QVERIFY(
        serverUrls(*d.sandbox).contains(QStringLiteral("https://linkedin.com/in/keyboard-kim")));

    // Ctrl+Alt+U: the same field, now Enter checks (one call) instead of adding.
    QVERIFY(d.sandbox->resetRequestCounts());
    QTest::keyClick(d.window(), Qt::Key_U, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(editor->urlEdit()));
    QTest::keyClicks(editor->urlEdit(), QStringLiteral("in/keyboard-kim"));
    QTest::keyClick(editor->urlEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        editor->checkAnswer().contains(QLatin1String("is on the list")), 20000);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("GET /dnc/check")), 1);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /dnc")), 0);

    // Every control of the page and of the batch dialog says what it is and takes Tab focus.
    DncBatchDialog *dialog = editor->openBatch();
    for (QWidget *root : {static_cast<QWidget *>(editor), static_cast<QWidget *>(dialog)}) {
        const auto widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w)
                || qobject_cast<QPlainTextEdit *>(w);
            if (!control || w->objectName().startsWith(QLatin1String("qt_"))
                || !w->isVisibleTo(root) || partOfAnotherControl(w, root))
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(w);
            const QByteArray what
                = w->metaObject()->className() + QByteArray(" ") + w->objectName().toUtf8();
            QVERIFY2(!w->accessibleName().isEmpty() || (button && !button->text().isEmpty()),
                what.constData());
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, what.constData());
        }
    }
}

void tst_DncPageList::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_DncPageList::screenshots()
{
    QFETCH(bool, dark);
    Theme::apply(qApp, dark ? Theme::Scheme::Dark : Theme::Scheme::Light);
    ConnectedDesk d;
    DncListEditor *editor = open(d);
    QVERIFY(editor);
    const QString listed = editor->list()->entry(0).url;
    editor->urlEdit()->setText(listed);
    editor->checkUrl();
    QTRY_VERIFY_WITH_TIMEOUT(editor->checkAnswer().contains(QLatin1String("since")), 20000);
    editor->table()->selectRow(1);
    const QString scheme = dark ? QStringLiteral("dark") : QStringLiteral("light");
    QVERIFY(d.window()->grab().save(
        screenshotPath(QStringLiteral("dnc"), QStringLiteral("page-") + scheme)));

    DncBatchDialog *dialog = editor->openBatch();
    dialog->setText(QStringList {QStringLiteral("https://www.linkedin.com/in/anna-berg/"),
        QStringLiteral("linkedin.com/in/carl-dahl"), QStringLiteral("LinkedIn.com/in/Anna-Berg"),
        QStringLiteral("https://www.linkedin.com/company/acme"), QStringLiteral("lnkd.in/xyz"),
        listed, QStringLiteral("in/emil-foss")}
                        .join(QLatin1Char('\n')));
    QVERIFY(dialog->summaryText().contains(QLatin1String("3 valid")));
    // The send button names the count: its label is never clipped once laid out.
    auto *send = dialog->findChild<QPushButton *>(QStringLiteral("dncBatchSend"));
    QVERIFY(send);
    QTRY_VERIFY(send->width() >= send->sizeHint().width());
    QVERIFY(dialog->grab().save(
        screenshotPath(QStringLiteral("dnc"), QStringLiteral("batch-") + scheme)));

    // The same dialog on a CSV file whose URL column was detected.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("event-optouts.csv"));
    QVERIFY(writeFile(path,
        "First name,Last name,Company,LinkedIn profile\n"
        "Anna,Berg,Nordlys AS,https://www.linkedin.com/in/anna-berg/\n"
        "Carl,Dahl,Dahl & Co,linkedin.com/in/carl-dahl\n"
        "Emil,Foss,Foss Group,\n"
        "Ida,Lund,Lund Ltd,https://www.linkedin.com/sales/lead/ACwAAA123\n"));
    QVERIFY(dialog->loadCsv(path));
    QTRY_VERIFY(send->width() >= send->sizeHint().width());
    QVERIFY(dialog->grab().save(
        screenshotPath(QStringLiteral("dnc"), QStringLiteral("csv-") + scheme)));
}

QTEST_MAIN(tst_DncPageList)
#include "tst_dncpage_list.moc"
