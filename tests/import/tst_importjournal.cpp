// ImportJournal: every state transition survives closing and reopening the file; refused
// transitions change nothing; the file is private (0600); an unfinished import is found again by
// content + target only.
#include "models/import/ImportJournal.h"
#include "models/import/ImportPlan.h"
#include "models/import/PreparedImport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace kakiyo;
using BatchState = ImportJournal::BatchState;

namespace {

PreparedImport prepared(int valid, int rejectedEvery = 4)
{
    PreparedImport p;
    p.mapping.headers = {"Name", "URL"};
    p.mapping.nameColumn = 0;
    p.mapping.urlColumn = 1;
    p.fingerprint.size = 1234;
    p.fingerprint.sha256Hex = QByteArray(64, 'a');
    qint64 line = 2;
    int made = 0;
    while (made < valid) {
        LeadRow row;
        row.line = line++;
        if (rejectedEvery > 0 && row.line % rejectedEvery == 0) {
            row.name = QStringLiteral("Rejected");
            row.inputUrl = QStringLiteral("https://linkedin.com/company/x");
            row.rejection = LeadRow::Rejection::BadUrl;
            row.reason = QStringLiteral("Company or school page, not a person");
        } else {
            row.name = QStringLiteral("Person %1").arg(made);
            row.inputUrl = row.url = QStringLiteral("https://linkedin.com/in/p%1").arg(made);
            ++made;
        }
        p.rows.append(row);
    }
    return p;
}

} // namespace

class tst_ImportJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createAndFind();
    void transitionsSurviveReopen();
    void refusedTransitionsChangeNothing();
    void roundRobinListsConfirmTogether();
    void privateFile();
    void planMustMatchRows();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_ImportJournal::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("j-%1.sqlite").arg(QTest::currentTestFunction()));
}

void tst_ImportJournal::createAndFind()
{
    const PreparedImport p = prepared(250);
    const ImportPlan plan = ImportPlan::make(ImportTarget::campaign("c1"), p.validCount());
    qint64 id = -1;
    {
        ImportJournal journal;
        QVERIFY2(journal.open(m_path), qPrintable(journal.errorString()));
        QCOMPARE(journal.findUnfinished(p.fingerprint, plan.target), -1);
        id = journal.create(QStringLiteral("leads.csv"), p, plan);
        QVERIFY2(id > 0, qPrintable(journal.errorString()));
    }
    ImportJournal journal;
    QVERIFY(journal.open(m_path));
    QCOMPARE(journal.findUnfinished(p.fingerprint, plan.target), id);
    QCOMPARE(journal.findUnfinished(p.fingerprint, ImportTarget::campaign("c2")), -1);
    FileFingerprint other = p.fingerprint;
    other.size += 1;
    QCOMPARE(journal.findUnfinished(other, plan.target), -1);

    const auto import = journal.import(id);
    QVERIFY(import.has_value());
    QCOMPARE(import->target, plan.target);
    QCOMPARE(import->mapping, p.mapping);
    QCOMPARE(import->fileName, QStringLiteral("leads.csv"));
    QCOMPARE(import->batchCount, 3);
    QCOMPARE(journal.batches(id).size(), 3);
    for (const auto &b : journal.batches(id))
        QCOMPARE(b.state, BatchState::Planned);

    const QList<ImportJournal::Row> rows = journal.rows(id);
    QCOMPARE(rows.size(), p.rows.size());
    int rejected = 0;
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).line, p.rows.at(i).line);
        if (p.rows.at(i).isValid()) {
            QCOMPARE(rows.at(i).outcome, ImportJournal::Pending);
            QVERIFY(rows.at(i).batch >= 0);
        } else {
            ++rejected;
            QCOMPARE(rows.at(i).outcome, ImportJournal::Rejected);
            QCOMPARE(rows.at(i).rejection, QStringLiteral("bad_url"));
            QCOMPARE(rows.at(i).reason, p.rows.at(i).reason);
            QCOMPARE(rows.at(i).batch, -1);
        }
    }
    QCOMPARE(rejected, p.rejectedCount());
    const auto last = journal.batchRows(id, 2);
    QCOMPARE(last.size(), 50);
    QCOMPARE(last.front().position, 0);
    QCOMPARE(last.front().url, QStringLiteral("https://linkedin.com/in/p200"));

    QVERIFY(journal.finish(id, ImportJournal::State::Finished));
    QCOMPARE(journal.findUnfinished(p.fingerprint, plan.target), -1);
    QCOMPARE(journal.imports().size(), 1);
}

void tst_ImportJournal::transitionsSurviveReopen()
{
    const PreparedImport p = prepared(150, 0);
    const ImportPlan plan = ImportPlan::make(ImportTarget::campaign("c1"), p.validCount());
    auto reopen = [this](ImportJournal &journal) {
        journal.close();
        QVERIFY(journal.open(m_path));
    };
    ImportJournal journal;
    QVERIFY(journal.open(m_path));
    const qint64 id = journal.create({}, p, plan);
    QVERIFY2(id > 0, qPrintable(journal.errorString()));

    QVERIFY(journal.markSent(id, 0));
    reopen(journal);
    QCOMPARE(journal.batches(id).at(0).state, BatchState::Sent);
    QCOMPARE(journal.batches(id).at(0).attempts, 1);

    // Unknown outcome: sent again (the resume rule), attempts counted.
    QVERIFY(journal.markSent(id, 0));
    reopen(journal);
    QCOMPARE(journal.batches(id).at(0).attempts, 2);

    QVERIFY(journal.markAccepted(id, 0, {{"list-a", "c1", 100, false}}));
    reopen(journal);
    QCOMPARE(journal.batches(id).at(0).state, BatchState::Accepted);
    QCOMPARE(journal.batches(id).at(0).lists,
        (QList<ImportJournal::List> {{"list-a", "c1", 100, false}}));

    QList<ImportJournal::RowResult> results;
    const auto rows = journal.batchRows(id, 0);
    for (int i = 0; i < 99; ++i) // one row left unreported by the server
        results.append({rows.at(i).line, i % 10 == 0 ? "existing" : "imported", {},
            QStringLiteral("chat%1").arg(i), "c1"});
    QVERIFY(journal.completeList(id, "list-a", results));
    reopen(journal);
    QCOMPARE(journal.batches(id).at(0).state, BatchState::Confirmed);
    QVERIFY(journal.batches(id).at(0).lists.front().completed);
    const auto after = journal.batchRows(id, 0);
    QCOMPARE(after.at(0).outcome, QStringLiteral("existing"));
    QCOMPARE(after.at(1).outcome, QStringLiteral("imported"));
    QCOMPARE(after.at(1).chatId, QStringLiteral("chat1"));
    QCOMPARE(after.at(99).outcome, ImportJournal::Missing);
    // Batch 1 is untouched.
    QCOMPARE(journal.batches(id).at(1).state, BatchState::Planned);
    for (const auto &row : journal.batchRows(id, 1))
        QCOMPARE(row.outcome, ImportJournal::Pending);
    // Completing the same list again (a resumed poll) changes nothing.
    QVERIFY(journal.completeList(id, "list-a", {{rows.at(0).line, "invalid", {}, {}, "c1"}}));
    QCOMPARE(journal.batchRows(id, 0).at(0).outcome, QStringLiteral("existing"));
}

void tst_ImportJournal::refusedTransitionsChangeNothing()
{
    const PreparedImport p = prepared(10, 0);
    const ImportPlan plan = ImportPlan::make(ImportTarget::campaign("c1"), p.validCount());
    ImportJournal journal;
    QVERIFY(journal.open(m_path));
    const qint64 id = journal.create({}, p, plan);
    QVERIFY2(id > 0, qPrintable(journal.errorString()));
    // Accepting a batch that was never sent, or completing an unknown list, is refused.
    QVERIFY(!journal.markAccepted(id, 0, {{"l", "c1", 10, false}}));
    QVERIFY(!journal.errorString().isEmpty());
    QVERIFY(!journal.completeList(id, "nope", {}));
    QCOMPARE(journal.batches(id).at(0).state, BatchState::Planned);
    QVERIFY(journal.batches(id).at(0).lists.isEmpty());
    QVERIFY(journal.markSent(id, 0));
    QVERIFY(journal.markAccepted(id, 0, {{"l", "c1", 10, false}}));
    // An accepted batch is never sent again; a second acceptance is refused, lists unchanged.
    QVERIFY(!journal.markSent(id, 0));
    QVERIFY(!journal.markAccepted(id, 0, {{"l2", "c1", 10, false}}));
    QCOMPARE(journal.batches(id).at(0).lists.size(), 1);
    QCOMPARE(journal.batches(id).at(0).attempts, 1);
    QVERIFY(!journal.markSent(id, 5)); // no such batch
}

void tst_ImportJournal::roundRobinListsConfirmTogether()
{
    const PreparedImport p = prepared(10, 0);
    const ImportPlan plan = ImportPlan::make(ImportTarget::roundRobin({"a", "b"}), p.validCount());
    ImportJournal journal;
    QVERIFY(journal.open(m_path));
    const qint64 id = journal.create({}, p, plan);
    QVERIFY(journal.markSent(id, 0));
    QVERIFY(journal.markAccepted(id, 0, {{"la", "a", 6, false}, {"lb", "b", 4, false}}));
    const auto rows = journal.batchRows(id, 0);
    QList<ImportJournal::RowResult> a;
    for (int i = 0; i < 6; ++i)
        a.append({rows.at(i).line, "imported", {}, QStringLiteral("ca%1").arg(i), "a"});
    QVERIFY(journal.completeList(id, "la", a));
    QCOMPARE(journal.batches(id).at(0).state, BatchState::Accepted); // lb still open
    QCOMPARE(journal.batchRows(id, 0).at(7).outcome, ImportJournal::Pending);
    QList<ImportJournal::RowResult> b;
    for (int i = 6; i < 10; ++i)
        b.append({rows.at(i).line, "imported", {}, QStringLiteral("cb%1").arg(i), "b"});
    QVERIFY(journal.completeList(id, "lb", b));
    QCOMPARE(journal.batches(id).at(0).state, BatchState::Confirmed);
    QCOMPARE(journal.batchRows(id, 0).at(7).campaignId, QStringLiteral("b"));
}

void tst_ImportJournal::privateFile()
{
    ImportJournal journal;
    QVERIFY(journal.open(m_path));
    const QFileDevice::Permissions unixBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(m_path).permissions() & unixBits,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ImportJournal bad;
    QVERIFY(!bad.open(QStringLiteral("/proc/nonexistent/journal.sqlite")));
    QVERIFY(!bad.errorString().isEmpty());
}

void tst_ImportJournal::planMustMatchRows()
{
    const PreparedImport p = prepared(10, 0);
    const ImportPlan plan = ImportPlan::make(ImportTarget::campaign("c1"), 11);
    ImportJournal journal;
    QVERIFY(journal.open(m_path));
    QCOMPARE(journal.create({}, p, plan), -1);
    QVERIFY(journal.imports().isEmpty()); // nothing half-written
}

QTEST_GUILESS_MAIN(tst_ImportJournal)
#include "tst_importjournal.moc"
