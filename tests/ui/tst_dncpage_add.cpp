// Adding to the Do Not Contact list through the UI against a real sandbox: one URL is normalised
// as it is typed, added (checked with GET /dnc) and checked on the server (one call per check);
// many URLs pasted with invalid and duplicate lines add exactly the valid new ones in the planned
// number of batch calls (sandbox counter); a CSV's URL column is detected; a broken CSV is refused
// with a clear error and adds nothing; a failed batch call loses nothing; stopping ends after the
// call in progress.
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

class tst_DncPageAdd : public QObject, public DncPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addOneThroughTheForm();
    void checkListedAndUnlistedUrl();
    void batchPasteAddsExactlyTheValidOnes();
    void csvColumnIsDetected();
    void brokenCsvAddsNothing();
    void failedBatchCallLosesNothing();
    void stopAfterTheCallInProgress();
};

void tst_DncPageAdd::initTestCase()
{
    isolateSettings();
}

void tst_DncPageAdd::init()
{
    Theme::apply(qApp, Theme::Scheme::Light);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void tst_DncPageAdd::addOneThroughTheForm()
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

void tst_DncPageAdd::checkListedAndUnlistedUrl()
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

void tst_DncPageAdd::batchPasteAddsExactlyTheValidOnes()
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

void tst_DncPageAdd::csvColumnIsDetected()
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

void tst_DncPageAdd::brokenCsvAddsNothing()
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

void tst_DncPageAdd::failedBatchCallLosesNothing()
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

void tst_DncPageAdd::stopAfterTheCallInProgress()
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

QTEST_MAIN(tst_DncPageAdd)
#include "tst_dncpage_add.moc"
