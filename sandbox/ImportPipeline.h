// The asynchronous prospect import (contract C1-C5, Decision 7). A create call stores an import
// list with one row per submitted prospect; the list is "queued" for one import delay, then
// "processing" (rows handled one by one, evenly over a second delay), then "completed". Progress
// is derived from the time since creation, applied lazily whenever someone looks and by a timer,
// so imports finish even when nobody polls.
// Per row: normalise the URL (invalid) -> Do Not Contact (skipped_dnc) -> already in this campaign
// (existing) -> enrichment (enrichment_failed for profiles that do not exist, recognised by the
// slug containing "no-such-profile") -> create the prospect and its chat (imported).
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

class QTimer;

namespace kakiyo::sandbox {

struct SandboxState;

class ImportPipeline
{
public:
    struct Row
    {
        QString name;
        QString url;
        QString customData; // null: none given
        bool ongoing = false;
    };

    explicit ImportPipeline(SandboxState &state);
    ~ImportPipeline();
    ImportPipeline(const ImportPipeline &) = delete;
    ImportPipeline &operator=(const ImportPipeline &) = delete;

    // Stores a new list for campaignId and returns its id.
    QString create(const QString &campaignId, const QList<Row> &rows);
    // The C5 body, or nullopt when there is no such list.
    std::optional<QJsonObject> status(const QString &listId);
    // True while the campaign has a list that is not completed ("already uploading").
    bool campaignBusy(const QString &campaignId);
    // Brings every unfinished list up to date with the clock.
    void advanceAll();
    // Starts the clock for lists left unfinished by an earlier run (persisted database).
    void resume();

private:
    void advance(const QString &listId);
    void processRow(const QString &listId, const QString &campaignId, int index, qint64 atMs);
    void ensureTimer();

    SandboxState &m_state;
    std::unique_ptr<QTimer> m_timer;
};

} // namespace kakiyo::sandbox
