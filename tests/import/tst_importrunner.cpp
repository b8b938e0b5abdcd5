// ImportRunner in-process against the real sandbox: pause holds new batches back and resume
// finishes; cancel marks the journal; progress and ETA move; an error only the user can fix
// (unknown campaign, no credits) stops the run as Failed with the journal still resumable; a
// lost connection shows as Waiting and recovers.
#include "common/ConnectionOf.h"
#include "common/SandboxProcess.h"
#include "models/api/ApiSession.h"
#include "models/api/RequestScheduler.h"
#include "models/import/ImportPlan.h"
#include "models/import/ImportPreparation.h"
#include "models/import/ImportReport.h"
#include "models/import/ImportRunner.h"
#include "models/import/SessionImportCalls.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kakiyo;
using namespace kakiyo::test;
using State = ImportRunner::State;

class tst_ImportRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pauseResumeFinish();
    void cancelMarksJournal();
    void unknownCampaignFails();
    void outOfCreditsFailsThenResumes();
    void lostConnectionWaits();

private:
    qint64 createImport(const QString &campaignId, int rows, const QString &tag);

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    QString m_campaign;
    std::unique_ptr<ApiSession> m_session;
    std::unique_ptr<SessionImportCalls> m_calls;
    std::unique_ptr<ImportJournal> m_journal;
    std::unique_ptr<ImportRunner> m_runner;
    int m_journalCount = 0;
};

void tst_ImportRunner::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringList {
        "--prospects", "0", "--rate-limit", "100000", "--import-delay-ms", "40", "--quiet"});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    const HttpReply reply = m_sandbox->call("GET", QStringLiteral("/campaigns"));
    for (const QJsonValue &c : reply.json.array()) {
        const QString status = c.toObject().value("status").toString();
        if (m_campaign.isEmpty() && status != u"draft" && status != u"disabled")
            m_campaign = c.toObject().value("id").toString();
    }
    QVERIFY(!m_campaign.isEmpty());
}

void tst_ImportRunner::init()
{
    m_session = std::make_unique<ApiSession>();
    QVERIFY(!m_session->setBaseUrl(m_sandbox->baseUrl()).isError());
    m_session->setApiKey(m_sandbox->apiKey());
    m_session->scheduler()->setPolicy(RatePolicy(RatePolicy::Mode::PerEndpoint));
    m_calls = std::make_unique<SessionImportCalls>(connectionOf(m_session.get()));
    m_journal = std::make_unique<ImportJournal>();
    QVERIFY(m_journal->open(m_dir.filePath(QStringLiteral("j%1.sqlite").arg(++m_journalCount))));
    m_runner = std::make_unique<ImportRunner>(m_calls.get(), m_journal.get());
    ImportRunner::Options options;
    options.firstPollDelayMs = 100;
    options.pollIntervalMs = 150;
    options.retryMinMs = 150;
    options.retryMaxMs = 1000;
    options.maxOpenBatches = 1;
    m_runner->setOptions(options);
}

void tst_ImportRunner::cleanup()
{
    m_runner.reset();
    m_journal.reset();
    m_calls.reset();
    m_session.reset();
    m_sandbox->clearFaults();
    m_sandbox->setCredits(100000);
}

qint64 tst_ImportRunner::createImport(const QString &campaignId, int rows, const QString &tag)
{
    QByteArray bytes("Name,LinkedIn URL\n");
    for (int i = 0; i < rows; ++i)
        bytes += "P " + QByteArray::number(i) + ",linkedin.com/in/" + tag.toUtf8() + "-"
            + QByteArray::number(i) + "\n";
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto preview = ImportPreparation::preview(&buffer);
    buffer.seek(0);
    PreparedImport prepared = ImportPreparation::prepare(&buffer, preview.mapping);
    buffer.seek(0);
    prepared.fingerprint = FileFingerprint::of(&buffer);
    return m_journal->create(
        tag, prepared, ImportPlan::make(ImportTarget::campaign(campaignId), rows));
}

void tst_ImportRunner::pauseResumeFinish()
{
    const qint64 id = createImport(m_campaign, 350, "pause");
    QVERIFY(id > 0);
    QSignalSpy steps(m_runner.get(), &ImportRunner::journalStep);
    QSignalSpy finished(m_runner.get(), &ImportRunner::finished);
    QVERIFY(m_runner->start(id));
    QVERIFY(!m_runner->start(id)); // one run at a time
    QCOMPARE(m_runner->state(), State::Running);
    QTRY_VERIFY(steps.size() >= 1 && steps.last().at(0).toString() == u"accepted");
    m_runner->pause();
    QCOMPARE(m_runner->state(), State::Paused);
    const qsizetype atPause = steps.size();
    // Paused: nothing new is sent (the answer already on its way may still be recorded).
    QVERIFY(!finished.wait(800));
    for (qsizetype i = atPause; i < steps.size(); ++i)
        QVERIFY(steps.at(i).at(0).toString() != u"sending");
    m_runner->resume();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().at(0).value<State>(), State::Finished);
    const ImportRunner::Progress p = m_runner->progress();
    QCOMPARE(p.batches, 4);
    QCOMPARE(p.batchesConfirmed, 4);
    QCOMPARE(p.rows, 350);
    QCOMPARE(p.rowsConfirmed, 350);
    QCOMPARE(p.etaMs, qint64(0));
    QCOMPARE(m_journal->import(id)->state, ImportJournal::State::Finished);
    QCOMPARE(ImportReport::fromJournal(*m_journal, id).count("imported"), 350);
    QVERIFY(!m_runner->start(id)); // a finished import does not run again
}

void tst_ImportRunner::cancelMarksJournal()
{
    const qint64 id = createImport(m_campaign, 500, "cancel");
    QSignalSpy steps(m_runner.get(), &ImportRunner::journalStep);
    QSignalSpy finished(m_runner.get(), &ImportRunner::finished);
    QVERIFY(m_runner->start(id));
    QTRY_VERIFY(steps.size() >= 3);
    m_runner->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.last().at(0).value<State>(), State::Cancelled);
    QCOMPARE(m_journal->import(id)->state, ImportJournal::State::Cancelled);
    const qsizetype after = steps.size();
    QVERIFY(!steps.wait(500)); // nothing happens after a cancel
    QCOMPARE(steps.size(), after);
}

void tst_ImportRunner::unknownCampaignFails()
{
    const qint64 id = createImport(QStringLiteral("aaaaaaaaaaaaaaaaaaaa"), 10, "unknown");
    QSignalSpy finished(m_runner.get(), &ImportRunner::finished);
    QVERIFY(m_runner->start(id));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_runner->state(), State::Failed);
    QCOMPARE(m_runner->lastError().category, ApiError::Category::NotFound);
    QVERIFY(!m_runner->statusText().isEmpty());
    // Still resumable: the journal keeps the import running with the batch "sent".
    QCOMPARE(m_journal->import(id)->state, ImportJournal::State::Running);
    QCOMPARE(m_journal->batches(id).at(0).state, ImportJournal::BatchState::Sent);
}

void tst_ImportRunner::outOfCreditsFailsThenResumes()
{
    const qint64 id = createImport(m_campaign, 120, "credits");
    QVERIFY(m_sandbox->setCredits(0));
    QSignalSpy finished(m_runner.get(), &ImportRunner::finished);
    QVERIFY(m_runner->start(id));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_runner->state(), State::Failed);
    QCOMPARE(m_runner->lastError().category, ApiError::Category::Credits);
    QVERIFY(m_sandbox->setCredits(100000));
    m_session->scheduler()->clearOutOfCredits();
    QVERIFY(m_runner->start(id)); // the user topped up and pressed Resume
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_runner->state(), State::Finished);
    QCOMPARE(ImportReport::fromJournal(*m_journal, id).count("imported"), 120);
}

void tst_ImportRunner::lostConnectionWaits()
{
    const qint64 id = createImport(m_campaign, 150, "lost");
    QVERIFY(m_sandbox->injectFault(QJsonObject {
        {"method", "POST"}, {"path", "/v1/prospects/batch"}, {"count", 2}, {"kind", "drop"}}));
    QSignalSpy states(m_runner.get(), &ImportRunner::stateChanged);
    QSignalSpy finished(m_runner.get(), &ImportRunner::finished);
    QVERIFY(m_runner->start(id));
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_runner->state(), State::Finished);
    bool waited = false;
    for (const auto &s : states)
        waited = waited || s.at(0).value<State>() == State::Waiting;
    QVERIFY(waited);
    QCOMPARE(ImportReport::fromJournal(*m_journal, id).count("imported")
            + ImportReport::fromJournal(*m_journal, id).count("existing"),
        150);
}

QTEST_GUILESS_MAIN(tst_ImportRunner)
#include "tst_importrunner.moc"
