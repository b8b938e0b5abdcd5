// journal_writer: drives an ImportJournal through every transition as fast as it can (no
// network), printing "creating" before the big create transaction and "step N" after each
// committed transition, so tst_journalcrash can kill it (QProcess::kill) inside transactions and
// check the journal it leaves behind.
//
//   journal_writer JOURNAL ROWS
#include "models/import/ImportJournal.h"
#include "models/import/ImportPlan.h"
#include "models/import/PreparedImport.h"

#include <QCoreApplication>
#include <cstdio>

using namespace kakiyo;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    const int count = args.at(2).toInt();
    PreparedImport prepared;
    prepared.mapping.headers = {"Name", "URL"};
    prepared.mapping.nameColumn = 0;
    prepared.mapping.urlColumn = 1;
    prepared.fingerprint.size = count;
    prepared.fingerprint.sha256Hex = QByteArray(64, 'c');
    for (int i = 0; i < count; ++i) {
        LeadRow row;
        row.line = i + 2;
        row.name = QStringLiteral("Person %1").arg(i);
        row.inputUrl = row.url = QStringLiteral("https://linkedin.com/in/crash-%1").arg(i);
        prepared.rows.append(row);
    }
    const ImportTarget target = ImportTarget::campaign(QStringLiteral("c"));
    const ImportPlan plan = ImportPlan::make(target, count);

    ImportJournal journal;
    if (!journal.open(args.at(1)))
        return 3;
    qint64 id = journal.findUnfinished(prepared.fingerprint, target);
    if (id < 0) {
        std::puts("creating");
        std::fflush(stdout);
        id = journal.create(QStringLiteral("crash.csv"), prepared, plan);
        if (id < 0)
            return 3;
    }
    int step = 0;
    auto committed = [&step] {
        std::printf("step %d\n", ++step);
        std::fflush(stdout);
    };
    for (const ImportJournal::Batch &batch : journal.batches(id)) {
        if (batch.state == ImportJournal::BatchState::Confirmed)
            continue;
        const QString listId = QStringLiteral("list-%1-%2").arg(batch.number).arg(batch.attempts);
        if (batch.state != ImportJournal::BatchState::Accepted) {
            if (!journal.markSent(id, batch.number))
                return 4;
            committed();
            if (!journal.markAccepted(id, batch.number, {{listId, "c", 100, false}}))
                return 4;
            committed();
        }
        const QList<ImportJournal::Batch> now = journal.batches(id);
        QList<ImportJournal::RowResult> results;
        for (const ImportJournal::Row &row : journal.batchRows(id, batch.number))
            results.append({row.line, "imported", {}, "chat-" + QString::number(row.line), "c"});
        for (const ImportJournal::List &list : now.at(batch.number).lists) {
            if (!journal.completeList(id, list.listId, results))
                return 4;
            committed();
        }
    }
    if (!journal.finish(id, ImportJournal::State::Finished))
        return 4;
    std::puts("finished");
    return 0;
}
