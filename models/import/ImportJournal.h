#pragma once
// ImportJournal: the SQLite file (created 0600) that makes an import exactly-once across crashes,
// kills and lost connections. One import = the file's fingerprint + the target + the mapping,
// with every row of the file (valid rows with their batch and position, rejected rows with their
// reason) and every batch's progress: planned → sent → accepted (the server's listIds) →
// confirmed (per-row outcomes recorded). Every change is one transaction with synchronous=FULL,
// so a kill at any instant leaves the journal as it was before or after that step, never between.
//
// Resume rule (ImportRunner applies it): a batch marked sent without a listId may or may not have
// reached the server, so it is sent again — the server reports rows it already has as
// `existing`, nothing doubles; accepted batches are only polled; nothing is ever skipped.
//
// Not a QObject and not thread-safe: use it from one thread (the runner's).

#include "models/import/ColumnMapping.h"
#include "models/import/FileFingerprint.h"
#include "models/import/ImportTarget.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace kakiyo {

struct ImportPlan;
struct PreparedImport;

class ImportJournal
{
public:
    enum class State
    {
        Running,
        Finished,
        Cancelled
    };
    enum class BatchState
    {
        Planned,
        Sent,
        Accepted,
        Confirmed
    };

    struct Import
    {
        qint64 id = -1;
        QString fingerprint; // FileFingerprint::toString()
        ImportTarget target;
        ColumnMapping mapping;
        QString fileName;
        State state = State::Running;
        int batchSize = 100;
        int batchCount = 0;
        QString createdAt; // ISO UTC
    };

    struct List
    {
        QString listId;
        QString campaignId;
        int assigned = 0; // rows the server gave this list (round-robin share)
        bool completed = false;
        friend bool operator==(const List &, const List &) = default;
    };

    struct Batch
    {
        int number = 0;
        BatchState state = BatchState::Planned;
        int attempts = 0; // times sent
        QList<List> lists;
    };

    // Outcome tokens: the server's row statuses (imported, existing, invalid, skipped_dnc,
    // enrichment_failed, or any other string it sends) plus our own.
    static inline const QString Pending = QStringLiteral("pending"); // not confirmed yet
    static inline const QString Rejected = QStringLiteral("rejected"); // by validation, never sent
    static inline const QString Missing
        = QStringLiteral("not_reported"); // list completed without it

    struct Row
    {
        qint64 line = 0;
        QString name;
        QString inputUrl;
        QString url; // canonical; empty for rows rejected on their URL
        QString customData;
        int batch = -1; // -1 for rejected rows
        int position = -1; // index in the batch's prospects array
        QString outcome = Pending;
        QString rejection; // LeadRow::rejectionToken for rejected rows
        QString reason; // why rejected, or the server's message
        QString chatId;
        QString campaignId;
    };

    struct RowResult
    {
        qint64 line = 0;
        QString outcome;
        QString reason;
        QString chatId;
        QString campaignId;
    };

    ImportJournal();
    ~ImportJournal();
    ImportJournal(const ImportJournal &) = delete;
    ImportJournal &operator=(const ImportJournal &) = delete;

    // Creates the file (0600) and the schema when missing.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    // <AppDataLocation>/import-journal.sqlite
    static QString defaultPath();

    // The running import of this file to this target, or -1.
    qint64 findUnfinished(const FileFingerprint &fingerprint, const ImportTarget &target) const;
    // Records the import, all its rows and its planned batches in one transaction; -1 on error.
    qint64 create(const QString &fileName, const PreparedImport &prepared, const ImportPlan &plan);

    std::optional<Import> import(qint64 id) const;
    QList<Import> imports() const; // newest first
    QList<Batch> batches(qint64 id) const;
    QList<Row> rows(qint64 id) const; // file order
    QList<Row> batchRows(qint64 id, int batch) const; // by position

    // planned|sent → sent (attempts + 1). Refused for accepted/confirmed batches.
    bool markSent(qint64 id, int batch);
    // sent → accepted with the server's lists.
    bool markAccepted(qint64 id, int batch, const QList<List> &lists);
    // Records one completed list's row outcomes; when it is the batch's last open list the batch
    // becomes confirmed, rows of the batch nobody reported become `not_reported` — same
    // transaction.
    bool completeList(qint64 id, const QString &listId, const QList<RowResult> &results);
    bool finish(qint64 id, State state);

    static QString stateToken(State state);
    static QString batchStateToken(BatchState state);
    static BatchState batchStateFromToken(const QString &token);

private:
    bool exec(const QString &sql);
    bool fail(const QString &what, const QString &error);
    bool touch(qint64 id);

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    mutable QString m_error;
};

} // namespace kakiyo
