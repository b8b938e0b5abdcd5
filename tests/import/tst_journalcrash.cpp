// The journal after kills inside its transactions: journal_writer is killed (QProcess::kill)
// during the 20,000-row create and at many points of the batch transitions; after every kill the
// file opens and is consistent (a batch's rows and lists agree with its state), and the writer
// resumes to the end.
#include "models/import/ImportJournal.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kakiyo;
using BatchState = ImportJournal::BatchState;

class tst_JournalCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLeavesConsistentJournal();

private:
    // Runs the writer; kills it when it prints `killAt` (or lets it finish when empty).
    bool run(const QString &journal, const QByteArray &killAt, bool *finished);
    void checkConsistent(const QString &path, int rows);
};

bool tst_JournalCrash::run(const QString &journal, const QByteArray &killAt, bool *finished)
{
    QProcess process;
    process.start(qEnvironmentVariable("KAKIYO_JOURNAL_WRITER"), {journal, "20000"});
    if (!process.waitForStarted(10000))
        return false;
    QByteArray out = "\n"; // every line, the first too, is preceded by a line end
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(50);
        out += process.readAllStandardOutput();
        if (!killAt.isEmpty() && out.contains("\n" + killAt + "\n")) {
            process.kill();
            process.waitForFinished(5000);
            *finished = false;
            return true;
        }
    }
    out += process.readAllStandardOutput();
    *finished = out.contains("finished");
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void tst_JournalCrash::checkConsistent(const QString &path, int rows)
{
    ImportJournal journal;
    QVERIFY2(journal.open(path), qPrintable(journal.errorString()));
    const auto imports = journal.imports();
    QVERIFY(imports.size() <= 1); // a killed create left nothing half-made behind
    for (const auto &import : imports) {
        const auto batches = journal.batches(import.id);
        QCOMPARE(batches.size(), (rows + 99) / 100);
        const auto all = journal.rows(import.id);
        QCOMPARE(all.size(), rows);
        QHash<int, int> pending;
        for (const auto &row : all)
            pending[row.batch] += row.outcome == ImportJournal::Pending ? 1 : 0;
        for (const auto &batch : batches) {
            const int waiting = pending.value(batch.number);
            switch (batch.state) {
            case BatchState::Planned:
                QCOMPARE(batch.attempts, 0);
                QVERIFY(batch.lists.isEmpty());
                QCOMPARE(waiting, 100);
                break;
            case BatchState::Sent:
                QVERIFY(batch.attempts >= 1);
                QVERIFY(batch.lists.isEmpty());
                QCOMPARE(waiting, 100);
                break;
            case BatchState::Accepted:
                QCOMPARE(batch.lists.size(), 1);
                QVERIFY(!batch.lists.front().completed);
                QCOMPARE(waiting, 100);
                break;
            case BatchState::Confirmed:
                QVERIFY(batch.lists.front().completed);
                QCOMPARE(waiting, 0);
                break;
            }
        }
    }
}

void tst_JournalCrash::killedWriterLeavesConsistentJournal()
{
    QVERIFY(!qEnvironmentVariable("KAKIYO_JOURNAL_WRITER").isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath("crash.sqlite");
    bool finished = false;

    // Inside the create transaction (20,000 row inserts).
    QVERIFY(run(path, "creating", &finished));
    QVERIFY(!finished);
    checkConsistent(path, 20000);

    int kills = 1;
    for (const char *at : {"step 1", "step 2", "step 5", "step 17", "step 40", "step 3", "step 1",
             "step 64", "step 11", "step 2", "step 99"}) {
        QVERIFY(run(path, at, &finished));
        if (finished)
            break;
        ++kills;
        checkConsistent(path, 20000);
    }
    QVERIFY(kills >= 10);
    QVERIFY(run(path, {}, &finished));
    QVERIFY(finished);
    checkConsistent(path, 20000);
    ImportJournal journal;
    QVERIFY(journal.open(path));
    QCOMPARE(journal.imports().size(), 1);
    QCOMPARE(journal.imports().front().state, ImportJournal::State::Finished);
    for (const auto &row : journal.rows(journal.imports().front().id))
        QCOMPARE(row.outcome, QStringLiteral("imported"));
}

QTEST_GUILESS_MAIN(tst_JournalCrash)
#include "tst_journalcrash.moc"
