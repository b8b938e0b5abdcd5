#pragma once
// ImportRunner: carries out one journaled import against the API — sends the planned batches,
// polls each listId until its import completes, records every row's outcome — with progress, ETA,
// pause, resume and cancel. The journal is the only state that matters: start() on an import that
// was interrupted (crash, kill, lost connection) picks up exactly where the journal says, by its
// resume rule (a batch sent without a recorded listId is sent again; the server answers
// `existing` for rows it already has, so nothing doubles and nothing is skipped).
//
// Sending and confirming are separate: batch posts go out as fast as the rate budget lets them
// (at most maxSending queued, at most maxOpenBatches not yet confirmed), whatever the status polls
// are doing. Polls follow each campaign's oldest open lists: only its pollWindow oldest are asked
// about, one question per list at a time, no sooner than firstPollDelayMs after it was accepted
// and then every pollIntervalMs; a list is never asked about again once it reported completed,
// and the lists behind are asked once older ones have (a campaign still importing older lists
// would not have finished the newer ones).
//
// Lost connections, timeouts, 5xx, 429 and `campaign_busy` are waited out (the state says
// Waiting, with the reason) and retried with backoff; errors only the user can fix (key,
// subscription, credits, a campaign that no longer exists) stop the run as Failed with the
// journal intact, so it can be resumed later.

#include "models/api/ApiError.h"
#include "models/domain/ImportStatus.h"
#include "models/import/ImportJournal.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace kakiyo {

class ImportCalls;

class ImportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRunner)

public:
    enum class State
    {
        Idle,
        Running,
        Paused,
        Waiting,
        Finished,
        Cancelled,
        Failed
    };
    Q_ENUM(State)

    struct Progress
    {
        int batches = 0;
        int batchesConfirmed = 0;
        int rows = 0; // valid rows to send
        int rowsConfirmed = 0; // rows with a final outcome from the server
        qint64 elapsedMs = 0; // this run
        qint64 etaMs = -1; // -1 until there is a rate to extrapolate from
    };

    struct Options
    {
        int pollIntervalMs = 1500; // between status polls of one list
        int firstPollDelayMs = 500; // after a batch is accepted
        // Batches sent but not confirmed (always 1 for round-robin, which the server refuses
        // while any of its campaigns is importing): a minute of posts at 60/min.
        int maxOpenBatches = 60;
        // Batch posts queued or on the wire at once: enough to keep the rate budget busy, few
        // enough that a crash leaves little marked "sent" to resend.
        int maxSending = 4;
        // Per campaign, status questions go to its pollWindow oldest open lists only.
        int pollWindow = 4;
        int retryMinMs = 500; // backoff after a transient failure ...
        int retryMaxMs = 30000; // ... doubling up to this
        // Bounds against a server that never finishes (the contract allows any status string,
        // so an unknown one is polled, not trusted): the run fails, resumable, when nothing
        // moved (no batch accepted, no list completed, no change in a list's status or counters)
        // for stallMs, or when one list is still not complete pollDeadlineMs after it was
        // accepted. <= 0 = no bound.
        int stallMs = 10 * 60 * 1000;
        int pollDeadlineMs = 2 * 3600 * 1000;
    };

    ImportRunner(ImportCalls *calls, ImportJournal *journal, QObject *parent = nullptr);
    ~ImportRunner() override;

    void setOptions(const Options &options) { m_options = options; }
    Options options() const { return m_options; }

    // Starts, or resumes, the journal's import `importId`. False when it cannot (unknown id,
    // already finished, or a run is active).
    bool start(qint64 importId);
    void pause(); // no new calls; answers already on their way are still recorded
    void resume();
    void cancel(); // stops; the journal marks the import cancelled

    State state() const { return m_state; }
    qint64 importId() const { return m_importId; }
    Progress progress() const;
    ApiError lastError() const { return m_lastError; }
    QString statusText() const { return m_statusText; }

    static QString stateName(State state);

signals:
    void stateChanged(kakiyo::ImportRunner::State state);
    void progressChanged();
    // Journal transitions as they are committed: "sending", "accepted", "confirmed" with the
    // batch number; what the command line prints with --verbose and what kill tests wait for.
    void journalStep(const QString &step, int batch);
    void finished(kakiyo::ImportRunner::State state);

private:
    struct OpenList
    {
        int batch = 0;
        QString campaignId;
        qint64 order = 0; // acceptance order: the oldest list of a campaign is asked first
        qint64 dueAtMs = 0; // m_clock time before which it is not asked about
        bool polling = false; // a status question is queued or on the wire
        QElapsedTimer since; // started when polling of the list began (this run)
        QString lastSeen; // the last status and counters, to tell progress from a stall
    };

    void setState(State state, const QString &text = {});
    void schedulePump(int delayMs = 0);
    void pump();
    void send(int batch);
    void onAccepted(int batch, const QList<ImportJournal::List> &lists);
    void onSendFailed(int batch, const ApiError &error);
    void addOpenList(const QString &listId, int batch, const QString &campaignId, qint64 dueAtMs);
    void schedulePolls();
    void poll(const QString &listId);
    void onStatus(const QString &listId, const ImportStatus &status);
    void onPollFailed(const QString &listId, const ApiError &error);
    bool isTransient(const ApiError &error) const;
    void waitAndRetry(const ApiError &error);
    void fail(const QString &text, const ApiError &error = {});
    void checkDone();
    void noteProgress();
    void onStalled();
    void reload();

    ImportCalls *m_calls;
    ImportJournal *m_journal;
    Options m_options;
    State m_state = State::Idle;
    qint64 m_importId = -1;
    ImportJournal::Import m_import;
    QList<ImportJournal::Batch> m_batches;
    QSet<int> m_sending; // batches with a POST on its way
    QHash<QString, OpenList> m_openLists; // listId -> list waiting for completion
    QTimer m_pumpTimer;
    QTimer m_stallTimer;
    QTimer m_pollTimer; // the next list due to be asked about
    qint64 m_nextListOrder = 0;
    int m_backoffMs = 0;
    int m_rows = 0;
    int m_rowsConfirmed = 0;
    int m_rowsConfirmedAtStart = 0;
    QHash<int, int> m_confirmedInBatch; // batch -> rows with a final outcome
    QElapsedTimer m_clock;
    ApiError m_lastError;
    QString m_statusText;
    QObject *m_owner = nullptr; // owner of the calls in flight; replaced on cancel/restart
};

} // namespace kakiyo
