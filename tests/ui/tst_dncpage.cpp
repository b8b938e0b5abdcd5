// The Do Not Contact page through the UI against a real sandbox: the list shows what GET /dnc
// has and filters locally; one URL is normalised as it is typed, added (checked with GET /dnc)
// and checked on the server (one call per check); many URLs pasted with invalid and duplicate
// lines add exactly the valid new ones in the planned number of batch calls (sandbox counter);
// a CSV's URL column is detected; a broken CSV is refused with a clear error and adds nothing;
// selected entries are removed after a confirmation, one call each. Screenshots light and dark.
//
// The page is reached through MainWindow and driven through its DncListEditor.
#include "DeskFixture.h"
#include "common/Screenshots.h"
#include "models/DncListModel.h"
#include "ui/shell/MessageBox.h"
#include "ui/shell/Theme.h"
#include "ui/dnc/DncBatchDialog.h"
#include "ui/dnc/DncListEditor.h"

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

namespace {

// Every entry the server lists, read with the largest page (the seed has far fewer).
QJsonArray serverEntries(SandboxProcess &sandbox)
{
    const HttpReply reply = sandbox.call("GET", QStringLiteral("/dnc?limit=1000"));
    if (reply.status != 200)
        return {};
    return reply.object().value("data").toObject().value("entries").toArray();
}

QSet<QString> serverUrls(SandboxProcess &sandbox)
{
    QSet<QString> urls;
    for (const QJsonValue &e : serverEntries(sandbox))
        urls.insert(e["url"].toString());
    return urls;
}

bool serverHasId(SandboxProcess &sandbox, const QString &id)
{
    for (const QJsonValue &e : serverEntries(sandbox)) {
        if (e["$id"].toString() == id)
            return true;
    }
    return false;
}

// Puts n new entries on the server's list directly (one sandbox call, not through the app).
bool seedEntries(SandboxProcess &sandbox, int n, const QString &prefix)
{
    QJsonArray entries;
    for (int i = 0; i < n; ++i)
        entries.append(QJsonObject {
            {"url", QStringLiteral("https://linkedin.com/in/%1-%2").arg(prefix).arg(i)}});
    const HttpReply reply
        = sandbox.call("POST", QStringLiteral("/dnc/batch"), QJsonObject {{"entries", entries}});
    return reply.status == 201
        && reply.object().value("data").toObject().value("added").toInt() == n;
}

QStringList newUrls(int n, const QString &prefix)
{
    QStringList urls;
    for (int i = 0; i < n; ++i)
        urls << QStringLiteral("linkedin.com/in/%1-%2").arg(prefix).arg(i);
    return urls;
}

// Headers, corner buttons and clear buttons belong to the control around them.
bool partOfAnotherControl(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QLineEdit *>(p)
            || qobject_cast<const QComboBox *>(p))
            return true;
    }
    return false;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class tst_DncPage : public QObject
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
    void addOneThroughTheForm();
    void checkListedAndUnlistedUrl();
    void batchPasteAddsExactlyTheValidOnes();
    void csvColumnIsDetected();
    void brokenCsvAddsNothing();
    void failedBatchCallLosesNothing();
    void stopAfterTheCallInProgress();
    void removeSelectedAfterConfirmation();
    void keyboardOnlyAddAndNamedControls();
    void screenshots_data();
    void screenshots();

private:
    // Starts the desk on a fresh sandbox and shows the page once its list has loaded.
    DncListEditor *open(ConnectedDesk &d);
};

void tst_DncPage::initTestCase()
{
    isolateSettings();
}

void tst_DncPage::init()
{
    Theme::apply(qApp, Theme::Scheme::Light);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void tst_DncPage::planClassifiesEachLine_data()
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

void tst_DncPage::planClassifiesEachLine()
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

void tst_DncPage::planCutsCallsAtTheMaximum()
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

DncListEditor *tst_DncPage::open(ConnectedDesk &d)
{
    if (!d.start())
        return nullptr;
    d.window()->resize(1280, 820);
    d.window()->goTo(MainWindow::PageId::Dnc);
    Page *page = d.window()->currentPage();
    auto *editor = page ? page->findChild<DncListEditor *>() : nullptr;
    if (!editor)
        return nullptr;
    bool ok = false;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(
            editor->list()->hasLoaded() && !editor->list()->isLoading(), 20000);
        ok = true;
    }();
    return ok ? editor : nullptr;
}

void tst_DncPage::listLoadsAndFilters()
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

void tst_DncPage::listReadsEveryPageAndCacheFirst()
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

    DncListModel model(d.desk->session());
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
    DncListModel again(d.desk->session());
    again.load(false);
    QTRY_VERIFY_WITH_TIMEOUT(again.hasLoaded() && !again.isLoading(), 20000);
    QCOMPARE(again.rowCount(), int(total));
    QVERIFY(again.isFromCache());
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("GET /dnc")), 2);
}

void tst_DncPage::paletteCommandsOpenThePage()
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

void tst_DncPage::addOneThroughTheForm()
{
    ConnectedDesk d;
    DncListEditor *editor = open(d);
    QVERIFY(editor);
    const int before = editor->list()->rowCount();
    auto *addButton = editor->findChild<QPushButton *>(QStringLiteral("dncAddButton"));
    QVERIFY(addButton);

    // Not a profile: the reason shows, nothing can be sent.
    QTest::keyClicks(editor->urlEdit(), QStringLiteral("https://www.linkedin.com/company/acme"));
    QVERIFY(!addButton->isEnabled());
    QVERIFY(!editor->urlHint().isEmpty());
    QVERIFY(!editor->urlHint().contains(QLatin1String("Stored as")));

    // A profile in a loose spelling: the stored form is shown while typing.
    editor->urlEdit()->clear();
    QTest::keyClicks(editor->urlEdit(), QStringLiteral("WWW.LinkedIn.com/in/Zora-Quill-77/"));
    const QString canonical = QStringLiteral("https://linkedin.com/in/zora-quill-77");
    QVERIFY2(editor->urlHint().contains(canonical), qPrintable(editor->urlHint()));
    QVERIFY(addButton->isEnabled());
    QVERIFY(!serverUrls(*d.sandbox).contains(canonical));

    QVERIFY(d.sandbox->resetRequestCounts());
    QTest::mouseClick(addButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->message().contains(QLatin1String("now on")), 20000);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /dnc")), 1);
    QVERIFY(serverUrls(*d.sandbox).contains(canonical));
    QTRY_COMPARE_WITH_TIMEOUT(editor->list()->rowCount(), before + 1, 20000);
    QVERIFY(editor->list()->find(canonical).has_value());
    // The new entry is selected in the table.
    QTRY_COMPARE_WITH_TIMEOUT(
        editor->selectedIds(), QStringList {editor->list()->find(canonical)->id}, 20000);

    // Typing it again: the form knows it is listed and does not offer to add it.
    QTest::keyClicks(editor->urlEdit(), QStringLiteral("linkedin.com/in/zora-quill-77"));
    QVERIFY2(editor->urlHint().contains(QLatin1String("already on the list")),
        qPrintable(editor->urlHint()));
    QVERIFY(!addButton->isEnabled());
}

void tst_DncPage::checkListedAndUnlistedUrl()
{
    ConnectedDesk d;
    DncListEditor *editor = open(d);
    QVERIFY(editor);
    auto *checkButton = editor->findChild<QPushButton *>(QStringLiteral("dncCheckButton"));
    QVERIFY(checkButton);
    QVERIFY(checkButton->text().contains(QLatin1String("1 call")));
    const QString listed = serverEntries(*d.sandbox).at(0)["url"].toString();
    QVERIFY(!listed.isEmpty());

    QVERIFY(d.sandbox->resetRequestCounts());
    // Another spelling of a listed profile.
    editor->urlEdit()->setText(listed.toUpper().replace(QLatin1String("HTTPS://"), QString()));
    QTest::mouseClick(checkButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        editor->checkAnswer().contains(QLatin1String("is on the list since")), 20000);
    QVERIFY(editor->checkAnswer().contains(listed));
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("GET /dnc/check")), 1);

    editor->urlEdit()->setText(QStringLiteral("linkedin.com/in/nobody-here-123"));
    QVERIFY(editor->checkAnswer().isEmpty()); // the old answer is not left beside a new URL
    QTest::keyClick(editor->urlEdit(), Qt::Key_H, Qt::AltModifier); // the button's mnemonic
    QTRY_VERIFY_WITH_TIMEOUT(
        editor->checkAnswer().contains(QLatin1String("is not on the list")), 20000);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("GET /dnc/check")), 2);

    // Someone else lists that person meanwhile: the check says so and the list catches up.
    const int rows = editor->list()->rowCount();
    QCOMPARE(d.sandbox
                 ->call("POST", QStringLiteral("/dnc"),
                     QJsonObject {{"url", "https://linkedin.com/in/nobody-here-123"}})
                 .status,
        201);
    QTest::mouseClick(checkButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        editor->checkAnswer().contains(QLatin1String("is on the list since")), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(editor->list()->rowCount(), rows + 1, 20000);
    QVERIFY(editor->list()->find(QStringLiteral("https://linkedin.com/in/nobody-here-123")));
}

void tst_DncPage::batchPasteAddsExactlyTheValidOnes()
{
    ConnectedDesk d;
    DncListEditor *editor = open(d);
    QVERIFY(editor);
    const QJsonArray entries = serverEntries(*d.sandbox);
    const int before = int(entries.size());

    // 150 new people, 3 invalid lines, 2 repeats in other spellings, 2 already listed, blanks.
    QStringList lines;
    for (int i = 0; i < 150; ++i)
        lines << QStringLiteral("https://www.linkedin.com/in/batch-person-%1/").arg(i);
    lines.insert(10, QStringLiteral("not a url at all"));
    lines.insert(20, QString());
    lines.insert(30, QStringLiteral("https://www.linkedin.com/company/acme-corp"));
    lines.insert(40, QStringLiteral("LINKEDIN.COM/IN/BATCH-PERSON-3"));
    lines.insert(50, QStringLiteral("https://example.com/in/someone"));
    lines.insert(60, QStringLiteral("linkedin.com/in/batch-person-7?trk=abc"));
    lines.insert(70, entries.at(0)["url"].toString());
    lines.insert(80,
        entries.at(1)["url"].toString().replace(
            QLatin1String("https://"), QLatin1String("https://www.")));
    lines << QString() << QStringLiteral("   ");

    DncBatchDialog *dialog = editor->openBatch();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("dncBatchText"));
    QVERIFY(text);
    text->setPlainText(lines.join(QLatin1Char('\n')));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->plan().lines().size() > 0, 5000);
    using S = DncBatchLine::Status;
    QCOMPARE(dialog->plan().count(S::Valid), 150);
    QCOMPARE(dialog->plan().count(S::Invalid), 3);
    QCOMPARE(dialog->plan().count(S::Duplicate), 2);
    QCOMPARE(dialog->plan().count(S::Listed), 2);
    QCOMPARE(dialog->plan().calls(), 2);
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("150 valid · 3 invalid · 2 duplicates · "
                                                           "2 already on the list")),
        qPrintable(dialog->summaryText()));
    QVERIFY2(dialog->summaryText().contains(QLatin1String("2 calls")),
        qPrintable(dialog->summaryText()));
    // Line numbers point at the pasted text; the duplicate names its first line.
    bool sawDuplicate = false;
    for (const DncBatchLine &l : dialog->plan().lines()) {
        if (l.status == S::Duplicate
            && l.input == QLatin1String("LINKEDIN.COM/IN/BATCH-PERSON-3")) {
            sawDuplicate = true;
            QCOMPARE(l.line, 41);
            QCOMPARE(l.firstLine, 4);
        }
    }
    QVERIFY(sawDuplicate);

    auto *send = dialog->findChild<QPushButton *>(QStringLiteral("dncBatchSend"));
    QVERIFY(send);
    QVERIFY(send->isEnabled());
    QVERIFY2(send->text().contains(QLatin1String("150")), qPrintable(send->text()));
    QVERIFY(d.sandbox->resetRequestCounts());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->lastOutcome().has_value(), 30000);
    const DncBatchDialog::Outcome outcome = *dialog->lastOutcome();
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.added, 150);
    QCOMPARE(outcome.duplicates, 0);
    QCOMPARE(outcome.refused, 0);
    QCOMPARE(outcome.callsDone, 2);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /dnc/batch")), 2);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /dnc")), 0);
    QVERIFY2(dialog->resultText().contains(QLatin1String("150 added")),
        qPrintable(dialog->resultText()));

    const QSet<QString> after = serverUrls(*d.sandbox);
    QCOMPARE(after.size(), before + 150);
    QVERIFY(after.contains(QStringLiteral("https://linkedin.com/in/batch-person-0")));
    QVERIFY(after.contains(QStringLiteral("https://linkedin.com/in/batch-person-149")));
    // The page reloads the list, and the preview now knows they are listed.
    QTRY_COMPARE_WITH_TIMEOUT(editor->list()->rowCount(), before + 150, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->plan().count(S::Listed), 152, 20000);
    QVERIFY(!send->isEnabled());
}

void tst_DncPage::csvColumnIsDetected()
{
    ConnectedDesk d;
    DncListEditor *editor = open(d);
    QVERIFY(editor);
    const int before = editor->list()->rowCount();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("optouts.csv"));
    QVERIFY(writeFile(path,
        "Name;Company;Profile\r\n"
        "Ada Stone;\"Stone; Sons\";https://www.linkedin.com/in/ada-stone\r\n"
        "Bo Reed;Reed Ltd;linkedin.com/in/bo-reed/\r\n"
        "Cy Moss;Moss;\r\n"
        "Di Lane;Lane;https://www.linkedin.com/in/ada-stone/\r\n"));
    DncBatchDialog *dialog = editor->openBatch();
    QVERIFY(dialog->loadCsv(path));
    auto *column = dialog->findChild<QComboBox *>(QStringLiteral("dncBatchColumn"));
    QVERIFY(column);
    QCOMPARE(column->currentText(), QStringLiteral("Profile"));
    using S = DncBatchLine::Status;
    QCOMPARE(dialog->plan().count(S::Valid), 2);
    QCOMPARE(dialog->plan().count(S::Duplicate), 1);
    QCOMPARE(dialog->plan().lines().constLast().line, 5); // the file's line
    // The row without a URL is shown as such, not dropped.
    QCOMPARE(dialog->plan().count(S::Invalid), 1);
    QCOMPARE(dialog->plan().lines().at(2).line, 4);
    QCOMPARE(dialog->plan().lines().at(2).status, S::Invalid);

    // Another column: nothing in it is a profile.
    dialog->useColumn(1);
    QCOMPARE(dialog->plan().count(S::Valid), 0);
    QCOMPARE(dialog->plan().count(S::Invalid), 4);
    dialog->useColumn(2);

    QVERIFY(d.sandbox->resetRequestCounts());
    dialog->send();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->lastOutcome().has_value(), 20000);
    QCOMPARE(dialog->lastOutcome()->added, 2);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /dnc/batch")), 1);
    QTRY_COMPARE_WITH_TIMEOUT(editor->list()->rowCount(), before + 2, 20000);
    QVERIFY(editor->list()->find(QStringLiteral("https://linkedin.com/in/bo-reed")));
}

void tst_DncPage::brokenCsvAddsNothing()
{
    ConnectedDesk d;
    DncListEditor *editor = open(d);
    QVERIFY(editor);
    const int before = int(serverEntries(*d.sandbox).size());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.csv"));
    QVERIFY(writeFile(path,
        "Name,LinkedIn URL\n"
        "Eve North,https://www.linkedin.com/in/eve-north\n"
        "\"Fay West,https://www.linkedin.com/in/fay-west\n"
        "Gus East,https://www.linkedin.com/in/gus-east\n"));

    DncBatchDialog *dialog = editor->openBatch();
    // What was pasted before stays: a refused file loses nothing.
    dialog->setText(QStringLiteral("linkedin.com/in/kept-line"));
    QVERIFY(d.sandbox->resetRequestCounts());
    QVERIFY(!dialog->loadCsv(path));
    QVERIFY2(dialog->errorText().contains(QLatin1String("broken.csv is not a well-formed CSV")),
        qPrintable(dialog->errorText()));
    QVERIFY2(
        dialog->errorText().contains(QLatin1String("Line 3")), qPrintable(dialog->errorText()));
    QVERIFY(dialog->errorText().contains(QLatin1String("Nothing was read")));
    QCOMPARE(dialog->plan().lines().size(), 1);
    QCOMPARE(dialog->plan().lines().constFirst().canonical,
        QStringLiteral("https://linkedin.com/in/kept-line"));

    // A file that does not exist, and an empty one: plain errors too.
    QVERIFY(!dialog->loadCsv(dir.filePath(QStringLiteral("missing.csv"))));
    QVERIFY2(dialog->errorText().contains(QLatin1String("cannot be opened")),
        qPrintable(dialog->errorText()));
    const QString empty = dir.filePath(QStringLiteral("empty.csv"));
    QVERIFY(writeFile(empty, QByteArray()));
    QVERIFY(!dialog->loadCsv(empty));
    QVERIFY2(dialog->errorText().contains(QLatin1String("empty")), qPrintable(dialog->errorText()));

    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /dnc/batch")), 0);
    QCOMPARE(int(serverEntries(*d.sandbox).size()), before);
}

void tst_DncPage::failedBatchCallLosesNothing()
{
    ConnectedDesk d;
    DncListEditor *editor = open(d);
    QVERIFY(editor);
    const int before = int(serverEntries(*d.sandbox).size());
    DncBatchDialog *dialog = editor->openBatch();
    dialog->setText(newUrls(250, QStringLiteral("retry")).join(QLatin1Char('\n')));
    QCOMPARE(dialog->plan().calls(), 3);

    // The first batch call fails on the server: sending stops and says what was not sent.
    QVERIFY(d.sandbox->resetRequestCounts());
    QVERIFY(d.sandbox->injectFault(QJsonObject {{"method", "POST"}, {"path", "/v1/dnc/batch"},
        {"count", 1}, {"kind", "status"}, {"status", 500}}));
    dialog->send();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->lastOutcome().has_value(), 30000);
    QVERIFY(!dialog->lastOutcome()->error.isEmpty());
    QCOMPARE(dialog->lastOutcome()->callsDone, 0);
    QCOMPARE(dialog->lastOutcome()->notSent, 250);
    QVERIFY2(dialog->resultText().contains(QLatin1String("Call 1 of 3 failed")),
        qPrintable(dialog->resultText()));
    QVERIFY(dialog->resultText().contains(QLatin1String("250 URLs were not sent")));
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /dnc/batch")), 1);
    QCOMPARE(int(serverEntries(*d.sandbox).size()), before);
    // The input is still there; Add again sends everything.
    QCOMPARE(dialog->plan().count(DncBatchLine::Status::Valid), 250);
    dialog->send();
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->lastOutcome().has_value() && dialog->lastOutcome()->callsDone == 3, 30000);
    QCOMPARE(dialog->lastOutcome()->added, 250);
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /dnc/batch")), 4);
    QTRY_COMPARE_WITH_TIMEOUT(editor->list()->rowCount(), before + 250, 20000);
}

void tst_DncPage::stopAfterTheCallInProgress()
{
    ConnectedDesk d;
    DncListEditor *editor = open(d);
    QVERIFY(editor);
    const int before = int(serverEntries(*d.sandbox).size());
    DncBatchDialog *dialog = editor->openBatch();
    dialog->setText(newUrls(250, QStringLiteral("stop")).join(QLatin1Char('\n')));
    QVERIFY(d.sandbox->resetRequestCounts());
    // The first call takes a while, so Stop is pressed while it is in flight.
    QVERIFY(d.sandbox->injectFault(QJsonObject {{"method", "POST"}, {"path", "/v1/dnc/batch"},
        {"count", 1}, {"kind", "delay"}, {"delayMs", 1500}}));
    dialog->send();
    QVERIFY(dialog->isSending());
    auto *stop = dialog->findChild<QPushButton *>(QStringLiteral("dncBatchStop"));
    QVERIFY(stop);
    QVERIFY(stop->isVisible());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->lastOutcome().has_value(), 30000);
    QCOMPARE(dialog->lastOutcome()->callsDone, 1);
    QCOMPARE(dialog->lastOutcome()->added, 100);
    QCOMPARE(dialog->lastOutcome()->notSent, 150);
    QVERIFY2(dialog->resultText().contains(QLatin1String("Stopped on request")),
        qPrintable(dialog->resultText()));
    QCOMPARE(d.sandbox->requestCount(QStringLiteral("POST /dnc/batch")), 1);
    QCOMPARE(int(serverEntries(*d.sandbox).size()), before + 100);
    // After the reload the first 100 show as listed; the other 150 are ready to send.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->plan().count(DncBatchLine::Status::Listed), 100, 20000);
    QCOMPARE(dialog->plan().count(DncBatchLine::Status::Valid), 150);
    QCOMPARE(dialog->plan().calls(), 2);
}

void tst_DncPage::removeSelectedAfterConfirmation()
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

void tst_DncPage::keyboardOnlyAddAndNamedControls()
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

void tst_DncPage::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_DncPage::screenshots()
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

QTEST_MAIN(tst_DncPage)
#include "tst_dncpage.moc"
