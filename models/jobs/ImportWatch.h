// ImportWatch: follows one asynchronous import (the listId of POST /prospects or /prospects/batch)
// by asking GET /prospects/imports/{listId} through ProspectsApi and the scheduler, one call at a
// time with a pause between them, until the server says it is finished or a deadline passes.
// Each answer is reported (progress); the end is reported once (finished), with the last status
// seen. A failed status call ends the watch with its error; the import itself may still go on.
#pragma once

#include "models/api/ApiError.h"
#include "models/domain/ImportStatus.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>

namespace kakiyo {

class Connection;
class ProspectsApi;

class ImportWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWatch)

public:
    enum class End
    {
        Finished, // the server says the import is completed (or failed/cancelled)
        Deadline, // still running when the deadline passed
        Failed, // a status call failed (see error)
    };

    explicit ImportWatch(Connection *session, QObject *parent = nullptr);
    ~ImportWatch() override;

    // Starts watching (drops a watch in progress). The first call goes out at once.
    void start(const QString &listId, int intervalMs = 1000, int deadlineMs = 60000);
    void stop();
    bool isRunning() const { return m_running; }
    int calls() const { return m_calls; }

signals:
    void progress(const kakiyo::ImportStatus &status);
    void finished(kakiyo::ImportWatch::End end, const kakiyo::ImportStatus &last,
        const kakiyo::ApiError &error);

private:
    void ask();
    void end(End how, const ApiError &error = {});

    std::unique_ptr<ProspectsApi> m_api;
    QObject *m_owner = nullptr;
    QTimer m_next;
    QElapsedTimer m_since;
    QString m_listId;
    ImportStatus m_last;
    int m_intervalMs = 1000;
    int m_deadlineMs = 60000;
    int m_calls = 0;
    bool m_running = false;
};

} // namespace kakiyo
