#include "models/import/ImportRunner.h"

#include "models/import/ImportCalls.h"
#include "models/import/LinkedinUrl.h"

#include <algorithm>

namespace kakiyo {

ImportRunner::ImportRunner(ImportCalls *calls, ImportJournal *journal, QObject *parent)
    : QObject(parent)
    , m_calls(calls)
    , m_journal(journal)
{
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &ImportRunner::pump);
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, &ImportRunner::onStalled);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ImportRunner::schedulePolls);
}

ImportRunner::~ImportRunner()
{
    if (m_owner)
        m_calls->cancel(m_owner);
}

QString ImportRunner::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Running:
        return QStringLiteral("running");
    case State::Paused:
        return QStringLiteral("paused");
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Finished:
        return QStringLiteral("finished");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

void ImportRunner::setState(State state, const QString &text)
{
    m_statusText = text;
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool ImportRunner::start(qint64 importId)
{
    if (m_state == State::Running || m_state == State::Paused || m_state == State::Waiting)
        return false;
    const auto import = m_journal->import(importId);
    if (!import || import->state != ImportJournal::State::Running)
        return false;
    m_import = *import;
    m_importId = importId;
    if (m_owner) {
        m_calls->cancel(m_owner);
        delete m_owner;
    }
    m_owner = new QObject(this);
    m_sending.clear();
    m_openLists.clear();
    m_backoffMs = 0;
    m_lastError = {};
    m_clock.start();
    reload();
    m_rowsConfirmedAtStart = m_rowsConfirmed;
    setState(State::Running);
    noteProgress();
    emit progressChanged();
    schedulePump(0);
    return true;
}

void ImportRunner::reload()
{
    m_batches = m_journal->batches(m_importId);
    m_rows = 0;
    m_rowsConfirmed = 0;
    m_confirmedInBatch.clear();
    for (const ImportJournal::Row &row : m_journal->rows(m_importId)) {
        if (row.batch < 0)
            continue;
        ++m_rows;
        if (row.outcome != ImportJournal::Pending) {
            ++m_rowsConfirmed;
            ++m_confirmedInBatch[row.batch];
        }
    }
    for (const ImportJournal::Batch &batch : std::as_const(m_batches)) {
        if (batch.state != ImportJournal::BatchState::Accepted)
            continue;
        for (const ImportJournal::List &list : batch.lists) {
            if (!list.completed) // asked about at once: it may have completed long ago
                addOpenList(list.listId, batch.number, list.campaignId, 0);
        }
    }
}

void ImportRunner::pause()
{
    if (m_state != State::Running && m_state != State::Waiting)
        return;
    m_pumpTimer.stop();
    m_stallTimer.stop();
    m_pollTimer.stop();
    setState(State::Paused, tr("Paused"));
}

void ImportRunner::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Running);
    noteProgress();
    schedulePump(0);
}

void ImportRunner::cancel()
{
    if (m_state != State::Running && m_state != State::Paused && m_state != State::Waiting)
        return;
    m_pumpTimer.stop();
    m_stallTimer.stop();
    m_pollTimer.stop();
    if (m_owner) {
        m_calls->cancel(m_owner);
        delete m_owner;
        m_owner = nullptr;
    }
    m_sending.clear();
    m_openLists.clear();
    m_journal->finish(m_importId, ImportJournal::State::Cancelled);
    setState(State::Cancelled, tr("Cancelled"));
    emit finished(State::Cancelled);
}

ImportRunner::Progress ImportRunner::progress() const
{
    Progress p;
    p.batches = int(m_batches.size());
    p.batchesConfirmed = int(std::count_if(m_batches.begin(), m_batches.end(),
        [](const auto &b) { return b.state == ImportJournal::BatchState::Confirmed; }));
    p.rows = m_rows;
    p.rowsConfirmed = m_rowsConfirmed;
    p.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    const int doneThisRun = m_rowsConfirmed - m_rowsConfirmedAtStart;
    if (doneThisRun > 0)
        p.etaMs = p.elapsedMs * (m_rows - m_rowsConfirmed) / doneThisRun;
    return p;
}

void ImportRunner::schedulePump(int delayMs)
{
    if (m_pumpTimer.isActive() && m_pumpTimer.remainingTime() <= delayMs)
        return;
    m_pumpTimer.start(delayMs);
}

void ImportRunner::pump()
{
    if (m_state == State::Waiting)
        setState(State::Running);
    if (m_state != State::Running)
        return;
    schedulePolls();
    if (m_state != State::Running)
        return;
    // Round-robin refuses a batch while any of its campaigns is still importing: one at a time.
    const bool roundRobin = m_import.target.kind == ImportTarget::Kind::RoundRobin;
    const int openLimit = roundRobin ? 1 : std::max(1, m_options.maxOpenBatches);
    const int sendLimit = roundRobin ? 1 : std::max(1, m_options.maxSending);
    int sending = int(m_sending.size());
    int open = sending;
    for (const ImportJournal::Batch &batch : std::as_const(m_batches))
        open += batch.state == ImportJournal::BatchState::Accepted ? 1 : 0;
    for (const ImportJournal::Batch &batch : std::as_const(m_batches)) {
        if (open >= openLimit || sending >= sendLimit || m_state != State::Running)
            break;
        const bool sendable = batch.state == ImportJournal::BatchState::Planned
            || batch.state == ImportJournal::BatchState::Sent;
        if (sendable && !m_sending.contains(batch.number)) {
            send(batch.number);
            ++open;
            ++sending;
        }
    }
    checkDone();
}

void ImportRunner::send(int number)
{
    const QList<ImportJournal::Row> rows = m_journal->batchRows(m_importId, number);
    // Journal first: once the request may be on the wire, the journal must say so.
    if (!m_journal->markSent(m_importId, number))
        return fail(
            tr("The import journal could not be written: %1").arg(m_journal->errorString()));
    m_batches[number].state = ImportJournal::BatchState::Sent;
    ++m_batches[number].attempts;
    m_sending.insert(number);
    emit journalStep(QStringLiteral("sending"), number);

    QList<ProspectInput> prospects;
    prospects.reserve(rows.size());
    for (const ImportJournal::Row &row : rows) {
        ProspectInput input;
        input.name = row.name;
        input.url = row.url;
        input.customData = row.customData;
        prospects.append(input);
    }
    if (m_import.target.kind == ImportTarget::Kind::RoundRobin) {
        RoundRobinBatch batch {m_import.target.campaignIds, prospects};
        m_calls->addRoundRobin(batch, m_owner, [this, number](const Result<RoundRobinResult> &r) {
            if (!r.ok())
                return onSendFailed(number, r.error);
            QList<ImportJournal::List> lists;
            for (const RoundRobinShare &share : r.value.distribution) {
                if (!share.listId.isEmpty() && share.prospectsAssigned > 0)
                    lists.append(
                        {share.listId, share.campaignId, int(share.prospectsAssigned), false});
            }
            onAccepted(number, lists);
        });
    } else {
        const QString campaignId = m_import.target.campaignIds.value(0);
        ProspectBatch batch {campaignId, prospects};
        const int count = int(prospects.size());
        m_calls->addBatch(
            batch, m_owner, [this, number, campaignId, count](const Result<ImportAccepted> &r) {
                if (!r.ok())
                    return onSendFailed(number, r.error);
                QList<ImportJournal::List> lists;
                if (!r.value.listId.isEmpty())
                    lists.append({r.value.listId, campaignId, count, false});
                onAccepted(number, lists);
            });
    }
}

void ImportRunner::onAccepted(int number, const QList<ImportJournal::List> &lists)
{
    m_sending.remove(number);
    if (!m_journal->markAccepted(m_importId, number, lists))
        return fail(
            tr("The import journal could not be written: %1").arg(m_journal->errorString()));
    m_backoffMs = 0;
    noteProgress();
    m_batches[number].lists = lists;
    m_batches[number].state = lists.isEmpty() ? ImportJournal::BatchState::Confirmed
                                              : ImportJournal::BatchState::Accepted;
    emit journalStep(QStringLiteral("accepted"), number);
    if (lists.isEmpty()) {
        // A server without listIds (legacy) cannot confirm rows: they stay "not_reported".
        int done = 0;
        for (const ImportJournal::Row &row : m_journal->batchRows(m_importId, number))
            done += row.outcome != ImportJournal::Pending ? 1 : 0;
        m_rowsConfirmed += done - m_confirmedInBatch.value(number);
        m_confirmedInBatch.insert(number, done);
        emit journalStep(QStringLiteral("confirmed"), number);
        emit progressChanged();
    }
    for (const ImportJournal::List &list : lists)
        addOpenList(list.listId, number, list.campaignId,
            m_clock.elapsed() + std::max(0, m_options.firstPollDelayMs));
    if (m_state == State::Running)
        schedulePump(0);
}

void ImportRunner::addOpenList(
    const QString &listId, int batch, const QString &campaignId, qint64 dueAtMs)
{
    OpenList open {batch, campaignId, m_nextListOrder++, dueAtMs, false, {}, {}};
    open.since.start();
    m_openLists.insert(listId, open);
}

void ImportRunner::schedulePolls()
{
    if (m_state != State::Running)
        return;
    // Per campaign, only the pollWindow oldest open lists are asked about (a newer list of a
    // campaign still importing older ones would answer the same), each no sooner than it is due.
    QHash<QString, QList<QPair<qint64, QString>>> byCampaign;
    for (auto it = m_openLists.cbegin(); it != m_openLists.cend(); ++it)
        byCampaign[it->campaignId].append({it->order, it.key()});
    const int window = std::max(1, m_options.pollWindow);
    const qint64 now = m_clock.elapsed();
    qint64 nextDue = -1;
    for (auto campaign = byCampaign.begin(); campaign != byCampaign.end(); ++campaign) {
        QList<QPair<qint64, QString>> &lists = campaign.value();
        std::sort(lists.begin(), lists.end());
        for (qsizetype i = 0; i < std::min<qsizetype>(window, lists.size()); ++i) {
            const QString &listId = lists.at(i).second;
            const OpenList list = m_openLists.value(listId);
            if (list.polling)
                continue;
            if (list.dueAtMs <= now) {
                poll(listId);
                if (m_state != State::Running)
                    return;
            } else if (nextDue < 0 || list.dueAtMs < nextDue) {
                nextDue = list.dueAtMs;
            }
        }
    }
    if (nextDue >= 0)
        m_pollTimer.start(int(std::min<qint64>(nextDue - now, 24 * 3600 * 1000)));
}

void ImportRunner::onSendFailed(int number, const ApiError &error)
{
    m_sending.remove(number);
    if (error.category == ApiError::Category::Cancelled)
        return;
    // The batch stays "sent": whether it arrived is unknown, so the next attempt resends it.
    if (isTransient(error))
        return waitAndRetry(error);
    fail(tr("Batch %1 was refused: %2").arg(number + 1).arg(error.userMessage()), error);
}

void ImportRunner::poll(const QString &listId)
{
    auto it = m_openLists.find(listId);
    if (it == m_openLists.end())
        return;
    if (m_state != State::Running || it->polling)
        return; // picked up again by schedulePolls() after resume/retry
    it->polling = true;
    m_calls->importStatus(listId, m_owner, [this, listId](const Result<ImportStatus> &r) {
        if (!r.ok())
            return onPollFailed(listId, r.error);
        onStatus(listId, r.value);
    });
}

void ImportRunner::onStatus(const QString &listId, const ImportStatus &status)
{
    auto it = m_openLists.find(listId);
    if (it == m_openLists.end())
        return;
    m_backoffMs = 0;
    it->polling = false;
    if (!status.isFinished()) {
        const QString seen = QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                                 .arg(status.status)
                                 .arg(status.processed)
                                 .arg(status.currentIndex)
                                 .arg(status.imported)
                                 .arg(status.existing)
                                 .arg(status.invalid)
                                 .arg(status.report.size());
        if (seen != it->lastSeen) {
            it->lastSeen = seen;
            noteProgress();
        }
        if (m_options.pollDeadlineMs > 0 && it->since.isValid()
            && it->since.elapsed() >= m_options.pollDeadlineMs)
            return fail(tr("Batch %1 was not finished by the server %2 s after it was accepted "
                           "(its status is \"%3\"); run the import again later to resume it.")
                            .arg(it->batch + 1)
                            .arg((m_options.pollDeadlineMs + 999) / 1000)
                            .arg(status.status));
        it->dueAtMs = m_clock.elapsed() + std::max(0, m_options.pollIntervalMs);
        schedulePolls();
        return;
    }
    noteProgress();
    const int number = it->batch;
    const QString campaignId = !it->campaignId.isEmpty() ? it->campaignId : status.campaignId;
    // Match the server's report rows to ours by canonical URL (round-robin splits a batch, so
    // positions only hold for single-campaign batches, where they are the fallback).
    QList<ImportJournal::Row> rows = m_journal->batchRows(m_importId, number);
    QHash<QString, int> byUrl;
    for (int i = 0; i < rows.size(); ++i)
        byUrl.insert(rows.at(i).url, i);
    QList<ImportJournal::RowResult> results;
    QSet<int> matched;
    for (const kakiyo::ImportRow &entry : status.report) {
        int index = byUrl.value(LinkedinUrl::normalised(entry.inputUrl), -1);
        if (index < 0 && m_import.target.kind == ImportTarget::Kind::Campaign && entry.index >= 0
            && entry.index < rows.size())
            index = entry.index;
        if (index < 0 || matched.contains(index))
            continue;
        matched.insert(index);
        ImportJournal::RowResult result;
        result.line = rows.at(index).line;
        result.outcome = entry.status;
        if (entry.status == u"imported" && !entry.chatCreated) {
            result.outcome = QStringLiteral("chat_not_created"); // not confirmed by the contract
            result.reason = entry.message;
        } else if (entry.status != u"imported") {
            result.reason = entry.message;
        }
        result.chatId = entry.chatId;
        result.campaignId = campaignId;
        results.append(result);
    }
    if (!m_journal->completeList(m_importId, listId, results))
        return fail(
            tr("The import journal could not be written: %1").arg(m_journal->errorString()));
    m_openLists.erase(it);
    const bool batchDone = std::none_of(m_openLists.begin(), m_openLists.end(),
        [number](const OpenList &l) { return l.batch == number; });
    // Count from the journal, the batch only (rows the server never reported were closed as
    // not_reported in the same transaction when the batch's last list completed).
    int done = 0;
    for (const ImportJournal::Row &row : m_journal->batchRows(m_importId, number))
        done += row.outcome != ImportJournal::Pending ? 1 : 0;
    m_rowsConfirmed += done - m_confirmedInBatch.value(number);
    m_confirmedInBatch.insert(number, done);
    if (batchDone) {
        m_batches[number].state = ImportJournal::BatchState::Confirmed;
        emit journalStep(QStringLiteral("confirmed"), number);
    }
    emit progressChanged();
    if (m_state == State::Running)
        schedulePump(0);
}

void ImportRunner::onPollFailed(const QString &listId, const ApiError &error)
{
    auto it = m_openLists.find(listId);
    if (it != m_openLists.end())
        it->polling = false;
    if (error.category == ApiError::Category::Cancelled)
        return;
    if (isTransient(error))
        return waitAndRetry(error);
    fail(tr("The import status could not be read: %1").arg(error.userMessage()), error);
}

bool ImportRunner::isTransient(const ApiError &error) const
{
    switch (error.category) {
    case ApiError::Category::Network:
    case ApiError::Category::Timeout:
    case ApiError::Category::Server:
    case ApiError::Category::Rate:
    case ApiError::Category::Decode: // a truncated or garbled answer: ask again
        return true;
    case ApiError::Category::Conflict: // campaign_busy: an earlier list is still importing
        return true;
    default:
        return false;
    }
}

void ImportRunner::waitAndRetry(const ApiError &error)
{
    if (m_state != State::Running && m_state != State::Waiting)
        return; // paused: resume() retries
    m_lastError = error;
    if (error.retryAfterMs > 0)
        m_backoffMs = int(std::min<qint64>(error.retryAfterMs, m_options.retryMaxMs));
    else
        m_backoffMs = m_backoffMs == 0 ? m_options.retryMinMs
                                       : std::min(m_backoffMs * 2, m_options.retryMaxMs);
    const QString why = error.category == ApiError::Category::Network
            || error.category == ApiError::Category::Timeout
        ? tr("Connection lost")
        : error.userMessage();
    setState(State::Waiting, tr("%1 — retrying in %2 s").arg(why).arg((m_backoffMs + 999) / 1000));
    m_pumpTimer.start(m_backoffMs);
}

void ImportRunner::noteProgress()
{
    if (m_options.stallMs > 0 && (m_state == State::Running || m_state == State::Waiting))
        m_stallTimer.start(m_options.stallMs);
}

void ImportRunner::onStalled()
{
    if (m_state != State::Running && m_state != State::Waiting)
        return;
    const QString last = m_lastError.isError() ? m_lastError.userMessage() : QString();
    fail(tr("The import made no progress for %1 s%2; run the import again later to resume it.")
             .arg((m_options.stallMs + 999) / 1000)
             .arg(last.isEmpty() ? QString() : tr(" (last problem: %1)").arg(last)),
        m_lastError);
}

void ImportRunner::fail(const QString &text, const ApiError &error)
{
    m_pumpTimer.stop();
    m_stallTimer.stop();
    m_pollTimer.stop();
    m_lastError = error;
    if (m_owner) {
        m_calls->cancel(m_owner);
        m_owner->deleteLater();
        m_owner = nullptr;
    }
    m_sending.clear();
    m_openLists.clear();
    // The journal stays "running": the import can be resumed once the cause is fixed.
    setState(State::Failed, text);
    emit finished(State::Failed);
}

void ImportRunner::checkDone()
{
    if (m_state != State::Running || !m_sending.isEmpty() || !m_openLists.isEmpty())
        return;
    for (const ImportJournal::Batch &batch : std::as_const(m_batches)) {
        if (batch.state != ImportJournal::BatchState::Confirmed)
            return;
    }
    if (!m_journal->finish(m_importId, ImportJournal::State::Finished))
        return fail(
            tr("The import journal could not be written: %1").arg(m_journal->errorString()));
    m_stallTimer.stop();
    setState(State::Finished, tr("Finished"));
    emit finished(State::Finished);
}

} // namespace kakiyo
