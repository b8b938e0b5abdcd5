// The import wizard end to end on a real ApiSession (as the Desk configures it) against a real
// kakiyo-sandbox, driven through its widgets: a CSV with valid, invalid, duplicate, malformed and
// DNC-listed rows goes through every step (file, preview, mapping, validation, target and cost,
// progress, report); the report's counts equal what the sandbox holds afterwards and the batch
// calls are exactly ceil(valid/100). Closing mid-run keeps the journal and reopening the same file
// resumes it without doubling anybody. A broken file stops at the file step with a reason and sends
// nothing. Every step is saved as a screenshot in the light and the dark palette.
#include "DeskFixture.h"
#include "common/ConnectionOf.h"
#include "common/Screenshots.h"
#include "import/ImportFixture.h"
#include "models/api/RatePolicy.h"
#include "models/import/FileFingerprint.h"
#include "models/import/ImportJournal.h"
#include "ui/import/ImportLauncher.h"
#include "ui/import/ImportWizard.h"
#include "ui/shell/MessageBox.h"
#include "ui/shell/Theme.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>

using namespace kakiyo;
using namespace kakiyo::test;

namespace {

// The wizard as it looks now, in the light and in the dark palette.
void shoot(QWidget *w, const QString &what)
{
    QCoreApplication::processEvents();
    QVERIFY(
        w->grab().save(screenshotPath(QStringLiteral("import"), what + QStringLiteral("-light"))));
    Theme::apply(qApp, Theme::Scheme::Dark);
    QCoreApplication::processEvents();
    QVERIFY(
        w->grab().save(screenshotPath(QStringLiteral("import"), what + QStringLiteral("-dark"))));
    Theme::apply(qApp, Theme::Scheme::Light);
    QCoreApplication::processEvents();
}

template<typename T> T *child(QWidget *w, const char *name)
{
    return w->findChild<T *>(QString::fromLatin1(name));
}

bool nextEnabled(QWizard *w)
{
    return w->button(QWizard::NextButton)->isVisible()
        && w->button(QWizard::NextButton)->isEnabled();
}

ImportRunner::Options fastRunner()
{
    ImportRunner::Options o;
    o.firstPollDelayMs = 150;
    o.pollIntervalMs = 250;
    o.retryMinMs = 200;
    o.retryMaxMs = 2000;
    return o;
}

// A sandbox and a session connected to it, as the Desk has them (the wizard is opened on the
// Desk's session; the main window itself is not needed here).
struct Connected
{
    std::unique_ptr<SandboxProcess> sandbox;
    std::unique_ptr<ApiSession> session;

    // Default: no campaign prospects, rate limits out of the way, imports complete quickly.
    bool start(const QStringList &args
        = {"--prospects", "0", "--rate-limit", "100000", "--import-delay-ms", "40", "--quiet"})
    {
        sandbox = std::make_unique<SandboxProcess>(args);
        if (!sandbox->start()) {
            qWarning() << "sandbox:" << sandbox->errorString();
            return false;
        }
        session = std::make_unique<ApiSession>();
        if (session->setBaseUrl(sandbox->baseUrl()).isError())
            return false;
        session->setApiKey(sandbox->apiKey());
        session->scheduler()->setPolicy(RatePolicy(RatePolicy::Mode::PerEndpoint));
        return true;
    }
};

} // namespace

class tst_ImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyStepAgainstTheSandbox();
    void closeMidRunThenResume();
    void brokenFileStopsAtTheFileStep();
    void droppedFileThenStop();

private:
    QTemporaryDir m_dir;
};

void tst_ImportWizard::initTestCase()
{
    isolateSettings();
    QVERIFY(m_dir.isValid());
    // The launcher's wizard uses the default journal; start from an empty one.
    QFile::remove(ImportJournal::defaultPath());
    Theme::apply(qApp, Theme::Scheme::Light);
}

void tst_ImportWizard::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    Theme::apply(qApp, Theme::Scheme::Light);
}

void tst_ImportWizard::everyStepAgainstTheSandbox()
{
    Connected d;
    QVERIFY(d.start());
    SandboxProcess &sandbox = *d.sandbox;
    const QStringList campaigns = campaignIds(sandbox, 2);
    QCOMPARE(campaigns.size(), 2);
    const QString campaign = campaigns.at(1); // not the first: the preselection must hold
    QVERIFY(campaignUrls(sandbox, campaign).isEmpty());

    // 300 generated rows (bad URLs, missing names, duplicates, DNC-listed, unknown profiles)
    // plus one malformed line.
    const int total = 300;
    GeneratedCsv csv = generateCsv(total, "wiz");
    csv.bytes += "Broken,line with three fields,only\r\n";
    const QString path = m_dir.filePath("wizard-leads.csv");
    QVERIFY(writeFile(path, csv.bytes));
    QVERIFY(addServerDnc(sandbox, csv.localDnc)); // on the DNC list the wizard loads
    const int sent = csv.validRows;
    const int leftOut = total + 1 - sent;

    ImportWizard wizard(connectionOf(d.session.get()), nullptr);
    wizard.setJournalPath(m_dir.filePath("wizard-journal.sqlite"));
    wizard.setRunnerOptions(fastRunner());
    wizard.setTargetCampaign(campaign);
    wizard.resize(900, 640);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    QVERIFY(!nextEnabled(&wizard));

    // File
    auto *pathEdit = child<QLineEdit>(&wizard, "importFilePath");
    QVERIFY(pathEdit);
    pathEdit->setFocus();
    QTest::keyClicks(pathEdit, QDir::toNativeSeparators(path));
    QVERIFY(nextEnabled(&wizard));
    shoot(&wizard, QStringLiteral("1-file"));
    QVERIFY(sandbox.resetRequestCounts());
    wizard.next();

    // Preview: first rows, detected format, the malformed line with its number
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    auto *table = child<QTableView>(&wizard, "importPreviewTable");
    QCOMPARE(table->model()->rowCount(), 20);
    QCOMPARE(table->model()->columnCount(), 5);
    QVERIFY2(child<QLabel>(&wizard, "importPreviewFormat")->text().contains("comma"),
        qPrintable(child<QLabel>(&wizard, "importPreviewFormat")->text()));
    auto *malformed = child<QListWidget>(&wizard, "importMalformed");
    QCOMPARE(malformed->count(), 1);
    const int brokenLine = total + 2; // header + 300 rows before it
    QVERIFY2(malformed->item(0)->text().contains(QStringLiteral("Line %1").arg(brokenLine)),
        qPrintable(malformed->item(0)->text()));
    shoot(&wizard, QStringLiteral("2-preview"));
    wizard.next();

    // Mapping: detected first + last name and the URL column; custom data made of two columns
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    auto *name = child<QComboBox>(&wizard, "importNameColumn");
    QCOMPARE(name->currentData().toInt(), -1);
    QCOMPARE(child<QComboBox>(&wizard, "importFirstColumn")->currentText(), "First Name");
    QCOMPARE(child<QComboBox>(&wizard, "importLastColumn")->currentText(), "Last Name");
    QCOMPARE(child<QComboBox>(&wizard, "importUrlColumn")->currentText(), "Person Linkedin Url");
    auto *templ = child<QLineEdit>(&wizard, "importCustomTemplate");
    templ->clear();
    templ->setFocus();
    QTest::keyClicks(templ, "{Company} - ");
    auto *insert = child<QComboBox>(&wizard, "importInsertColumn");
    const int titleIndex = insert->findText("Title");
    QVERIFY(titleIndex > 0);
    insert->setCurrentIndex(titleIndex);
    emit insert->activated(titleIndex);
    QCOMPARE(templ->text(), QStringLiteral("{Company} - {Title}"));
    QVERIFY2(child<QLabel>(&wizard, "importMappingSample")->text().contains("Acme, Inc - CTO"),
        qPrintable(child<QLabel>(&wizard, "importMappingSample")->text()));
    // Without a URL column the step cannot go on, and says why.
    auto *url = child<QComboBox>(&wizard, "importUrlColumn");
    const int urlIndex = url->currentIndex();
    url->setCurrentIndex(0);
    emit url->activated(0);
    QVERIFY(!nextEnabled(&wizard));
    QVERIFY(child<QLabel>(&wizard, "importMappingProblem")->isVisible());
    url->setCurrentIndex(urlIndex);
    emit url->activated(urlIndex);
    QVERIFY(nextEnabled(&wizard));
    shoot(&wizard, QStringLiteral("3-mapping"));
    wizard.next();

    // Validation on a worker thread, against the DNC list
    QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPage));
    QVERIFY(child<QCheckBox>(&wizard, "importDncCheck")->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(&wizard), 20000);
    const QString summary = child<QLabel>(&wizard, "importValidationSummary")->text();
    QVERIFY2(
        summary.contains(QStringLiteral("%1 will be sent, %2 left out").arg(sent).arg(leftOut)),
        qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Do Not Contact list: %1").arg(csv.localDnc.size())),
        qPrintable(summary));
    QVERIFY2(summary.contains(
                 QStringLiteral("Duplicates folded into their first row: %1").arg(total / 25)),
        qPrintable(summary));
    QCOMPARE(child<QTableView>(&wizard, "importRejectedTable")->model()->rowCount(), leftOut);
    shoot(&wizard, QStringLiteral("4-validation"));
    // Up to here nothing but reads: the file is checked offline.
    QCOMPARE(sandbox.requestCount("POST /prospects/batch"), 0);
    // People put on the list after the check are skipped by the server instead.
    QVERIFY(addServerDnc(sandbox, csv.serverDnc));
    wizard.next();

    // Target and cost: the preselected campaign, from the live list
    QCOMPARE(wizard.currentId(), int(ImportWizard::TargetPage));
    auto *target = child<QComboBox>(&wizard, "importCampaign");
    QTRY_VERIFY_WITH_TIMEOUT(target->count() >= 2, 20000);
    QCOMPARE(target->currentData().toString(), campaign);
    const int batches = (sent + 99) / 100;
    const QString cost = child<QLabel>(&wizard, "importCost")->text();
    QVERIFY2(cost.contains(QStringLiteral("%1 people in %2 batch calls").arg(sent).arg(batches)),
        qPrintable(cost));
    // Round-robin needs two campaigns before Import is possible.
    child<QAbstractButton>(&wizard, "importRoundRobin")->click();
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    auto *list = child<QListWidget>(&wizard, "importCampaignList");
    list->item(0)->setCheckState(Qt::Checked);
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    list->item(1)->setCheckState(Qt::Checked);
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    shoot(&wizard, QStringLiteral("5-target-round-robin"));
    child<QAbstractButton>(&wizard, "importOneCampaign")->click();
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    shoot(&wizard, QStringLiteral("5-target"));
    wizard.button(QWizard::CommitButton)->click(); // records the import off the UI thread

    // Progress
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ProgressPage), 20000);
    QVERIFY(wizard.runner());
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
    QTRY_VERIFY2_WITH_TIMEOUT(child<QProgressBar>(&wizard, "importProgress")->value() > 0,
        qPrintable(ImportRunner::stateName(wizard.runner()->state()) + u' '
            + wizard.runner()->statusText()),
        20000);
    shoot(&wizard, QStringLiteral("6-progress"));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.runner()->state() == ImportRunner::State::Finished, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(&wizard), 5000);
    shoot(&wizard, QStringLiteral("6-progress-done"));
    wizard.next();

    // Report: counts equal the sandbox's final state
    QCOMPARE(wizard.currentId(), int(ImportWizard::ReportPage));
    const QStringList urls = campaignUrls(sandbox, campaign);
    const QSet<QString> actual(urls.begin(), urls.end());
    QCOMPARE(actual.size(), urls.size());
    QCOMPARE(actual, csv.expected);
    const ImportReport report = wizard.report();
    QCOMPARE(report.count("imported"), int(urls.size()));
    QCOMPARE(report.count("skipped_dnc"), int(csv.serverDnc.size()));
    QCOMPARE(report.count("enrichment_failed"), total / 25);
    QCOMPARE(report.count(ImportJournal::Rejected), leftOut);
    QCOMPARE(report.unresolved(), 0);
    QCOMPARE(int(report.lines.size()), total + 1);
    QCOMPARE(sandbox.requestCount("POST /prospects/batch"), batches);
    QCOMPARE(child<QTableView>(&wizard, "importReportTable")->model()->rowCount(), total + 1);
    const QString counts = child<QLabel>(&wizard, "importCounts")->text();
    QVERIFY2(counts.contains(QStringLiteral("Imported: <b>%1</b>").arg(urls.size())),
        qPrintable(counts));
    shoot(&wizard, QStringLiteral("7-report"));

    const QString exported = m_dir.filePath("wizard-report.csv");
    QString error;
    QVERIFY2(wizard.exportReport(exported, &error), qPrintable(error));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), total + 2); // header + one line per input row
}

void tst_ImportWizard::closeMidRunThenResume()
{
    Connected d;
    QVERIFY(d.start());
    SandboxProcess &sandbox = *d.sandbox;
    const QStringList campaigns = campaignIds(sandbox, 1);
    QCOMPARE(campaigns.size(), 1);
    const QString campaign = campaigns.front();
    const GeneratedCsv csv = generateCsv(500, "wizres");
    const QString path = m_dir.filePath("resume-leads.csv");
    QVERIFY(writeFile(path, csv.bytes));
    QVERIFY(addServerDnc(sandbox, csv.serverDnc + csv.localDnc));

    // Opened with a file and a campaign: the file step is skipped.
    QPointer<ImportWizard> wizard;
    const auto deleteWizard = qScopeGuard([&wizard] { delete wizard; }); // before the session
    wizard = ImportLauncher::open(connectionOf(d.session.get()), nullptr, campaign, path);
    QVERIFY(wizard);
    // One open batch at a time: with the slow polls below, the close lands before the last batch
    // is sent (by default posts no longer wait for confirmations, and 500 rows go at once).
    ImportRunner::Options serial = fastRunner();
    serial.maxOpenBatches = 1;
    wizard->setRunnerOptions(serial);
    QVERIFY(wizard->testAttribute(Qt::WA_DeleteOnClose));
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    wizard->next();
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(wizard), 20000);
    wizard->next();
    auto *target = child<QComboBox>(wizard, "importCampaign");
    QTRY_VERIFY_WITH_TIMEOUT(target->count() >= 1, 20000);
    QCOMPARE(target->currentData().toString(), campaign);

    // Status polls are slow: the close lands while batches are still open.
    QVERIFY(sandbox.injectFault(QJsonObject {{"method", "GET"}, {"path", "/v1/prospects/imports"},
        {"count", 1000}, {"kind", "delay"}, {"delayMs", 1500}}));
    wizard->button(QWizard::CommitButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ProgressPage), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.requestCount("POST /prospects/batch") >= 1, 20000);

    // Closing asks; "No" keeps it running.
    MessageBox::setNextAnswer(QMessageBox::No);
    wizard->close();
    QVERIFY(wizard && wizard->isVisible());
    QVERIFY(MessageBox::lastText().contains("not finished"));
    QVERIFY(wizard->runner()->state() != ImportRunner::State::Finished);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    wizard->close();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isNull(), 5000); // deleted on close
    QVERIFY(sandbox.clearFaults());
    const int postsBefore = sandbox.requestCount("POST /prospects/batch");
    QVERIFY(campaignUrls(sandbox, campaign).size() < csv.expected.size());

    // The same file again: the wizard offers to resume and goes straight to the run.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    wizard = ImportLauncher::open(connectionOf(d.session.get()), nullptr, {}, path);
    wizard->setRunnerOptions(fastRunner());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentId() == ImportWizard::ProgressPage, 10000);
    QVERIFY2(MessageBox::lastText().contains("Resume it"), qPrintable(MessageBox::lastText()));
    shoot(wizard, QStringLiteral("8-resumed"));
    QTRY_VERIFY_WITH_TIMEOUT(
        wizard->runner() && wizard->runner()->state() == ImportRunner::State::Finished, 60000);

    const QStringList urls = campaignUrls(sandbox, campaign);
    const QSet<QString> actual(urls.begin(), urls.end());
    QCOMPARE(actual.size(), urls.size()); // nobody twice
    QCOMPARE(actual, csv.expected);
    const ImportReport report = wizard->report();
    QCOMPARE(report.count("imported") + report.count("existing"), int(csv.expected.size()));
    QCOMPARE(report.unresolved(), 0);
    // Resuming resent at most the batches whose answer was lost (none here: the posts were
    // answered), never the whole file again.
    const int batches = (csv.validRows + 99) / 100;
    QVERIFY2(sandbox.requestCount("POST /prospects/batch") <= batches + 3,
        qPrintable(QStringLiteral("%1 posts before, %2 after, %3 batches")
                       .arg(postsBefore)
                       .arg(sandbox.requestCount("POST /prospects/batch"))
                       .arg(batches)));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ReportPage));
    wizard->close();
}

void tst_ImportWizard::brokenFileStopsAtTheFileStep()
{
    Connected d;
    QVERIFY(d.start({"--prospects", "0", "--quiet"}));

    struct Case
    {
        QString file;
        QByteArray bytes;
        QString says;
    };
    const QList<Case> cases {
        {"empty.csv", QByteArray(), "empty"},
        {"header-only.csv", "Name,LinkedIn URL\n", "no rows"},
        {"not-a-csv.csv", "just one column\nof words\n", "does not look like a CSV"},
        {"missing.csv", {}, "is not a file"},
    };
    ImportWizard wizard(connectionOf(d.session.get()), nullptr);
    wizard.setJournalPath(m_dir.filePath("broken-journal.sqlite"));
    wizard.resize(900, 640);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    for (const Case &c : cases) {
        const QString path = m_dir.filePath(c.file);
        if (c.file != u"missing.csv")
            QVERIFY(writeFile(path, c.bytes));
        wizard.setFile(path);
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
        auto *error = child<QLabel>(&wizard, "importFileError");
        QVERIFY2(error->isVisible() && error->text().contains(c.says), qPrintable(error->text()));
        // Next re-checks the file and stays.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    }
    shoot(&wizard, QStringLiteral("9-broken-file"));
    QCOMPARE(d.sandbox->requestCount("POST /prospects/batch"), 0);
    QCOMPARE(d.sandbox->requestCount("POST /prospects/batch/round-robin"), 0);
}

// A CSV dropped on the window opens its preview; "Stop import" mid-run (confirmed) cancels for
// good: the report lists the rows never confirmed as pending, and the journal no longer offers
// the import for resuming.
void tst_ImportWizard::droppedFileThenStop()
{
    Connected d;
    QVERIFY(d.start());
    SandboxProcess &sandbox = *d.sandbox;
    const QString campaign = campaignIds(sandbox, 1).value(0);
    QVERIFY(!campaign.isEmpty());
    const GeneratedCsv csv = generateCsv(400, "wizstop");
    const QString path = m_dir.filePath("stop-leads.csv");
    QVERIFY(writeFile(path, csv.bytes));
    const QString journalPath = m_dir.filePath("stop-journal.sqlite");

    ImportWizard wizard(connectionOf(d.session.get()));
    wizard.setJournalPath(journalPath);
    wizard.setRunnerOptions(fastRunner());
    wizard.setTargetCampaign(campaign);
    wizard.resize(900, 640);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(40, 40), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&wizard, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(40, 40), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&wizard, &drop);
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    QCOMPARE(wizard.file(), QFileInfo(path).absoluteFilePath());
    wizard.next();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(&wizard), 20000);
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(&wizard, "importCampaign")->count() >= 1, 20000);

    QVERIFY(sandbox.injectFault(QJsonObject {{"method", "GET"}, {"path", "/v1/prospects/imports"},
        {"count", 1000}, {"kind", "delay"}, {"delayMs", 1500}}));
    wizard.button(QWizard::CommitButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ProgressPage), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.requestCount("POST /prospects/batch") >= 1, 20000);
    QVERIFY(!nextEnabled(&wizard)); // no report while it runs
    auto *stop = child<QPushButton>(&wizard, "importCancel");
    QVERIFY(stop->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    stop->click();
    QVERIFY(MessageBox::lastText().contains("cannot be resumed"));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.runner()->state() == ImportRunner::State::Cancelled, 10000);
    QVERIFY(sandbox.clearFaults());
    QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(&wizard), 5000);
    QVERIFY(child<QLabel>(&wizard, "importProgressStatus")->text().contains("Stopped"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ReportPage));
    const ImportReport report = wizard.report();
    QCOMPARE(int(report.lines.size()), 400);
    QVERIFY(report.count(ImportJournal::Pending) > 0);
    QVERIFY(child<QLabel>(&wizard, "importCounts")->text().contains("Not sent / pending"));
    shoot(&wizard, QStringLiteral("10-stopped-report"));

    ImportJournal journal;
    QVERIFY(journal.open(journalPath));
    QCOMPARE(
        journal.findUnfinished(FileFingerprint::ofFile(path), ImportTarget::campaign(campaign)),
        -1);
}

QTEST_MAIN(tst_ImportWizard)
#include "tst_importwizard.moc"
