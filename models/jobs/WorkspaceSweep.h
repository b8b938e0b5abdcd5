#pragma once
// WorkspaceSweep: reads what the agency's master view needs — GET /workspaces, GET /agents,
// GET /campaigns and every page of the team's conversations (GET /prospects/search, 100 a page) —
// through the resource classes, so the scheduler's budget, priorities and retries apply, and
// computes one WorkspaceSummary per workspace. The team-wide reads serve every workspace at once:
// the sweep costs 3 + ⌈conversations ÷ 100⌉ calls however many workspaces there are.
//
// plan() says what a run will cost before anything is sent: an answer cached less than
// freshForMs() ago is used as it is and costs nothing; any other is asked of the server. The
// number of search pages is known from the last search answer in the cache (even a stale one),
// otherwise only the first page is counted and the plan says more may follow.

#include "models/WorkspaceSummary.h"
#include "models/api/ApiError.h"
#include "models/api/ApiRequest.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace kakiyo {

class Connection;

class WorkspaceSweep final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceSweep)

public:
    static constexpr int PageSize = 100;
    static constexpr qint64 DefaultFreshForMs = 15 * 60 * 1000;

    struct Plan
    {
        int calls = 0; // calls the run will send (at least, when !pagesKnown)
        int fromCache = 0; // answers fresh in the cache: free
        int searchPages = 0; // of which search pages to ask
        bool pagesKnown = false; // the conversation count is known (from a cached answer)
        qint64 conversations = 0; // when known
        bool creditsApply = true; // the server charges a credit per call
        int credits() const { return creditsApply ? calls : 0; }
        // "4 calls (2 from the cache, free) · 4 credits", "at least 4 calls …".
        QString text() const;
    };

    explicit WorkspaceSweep(Connection *connection, QObject *parent = nullptr);

    qint64 freshForMs() const { return m_freshForMs; }
    void setFreshForMs(qint64 ms) { m_freshForMs = ms; }

    Plan plan() const;
    // Starts a sweep (a running one is dropped). Answers cached within freshForMs are used.
    void run();
    bool isRunning() const { return m_running; }
    QString lastError() const { return m_lastError; }

    // The newest result.
    QList<WorkspaceSummary> summaries() const { return m_summaries; }
    // When the oldest answer the result was computed from was produced by the server.
    QDateTime dataTime() const { return m_dataTime; }
    qint64 conversationsRead() const { return m_conversations.size(); }

signals:
    void runningChanged(bool running);
    void progress(qint64 read, qint64 total); // conversations, after each search page
    void finished(); // summaries() holds the result
    void failed(const QString &message);

private:
    // How to ask for `request`: from the cache when its entry is fresh, else from the server.
    // Sets *fresh to whether the cache answers it.
    ApiRequest::CacheMode modeFor(const ApiRequest &request, bool *fresh) const;
    ApiRequest::CacheMode modeForPage(qint64 offset) const;
    void page(qint64 offset);
    void note(const QDateTime &fetchedAt);
    void partDone();
    bool accept(const ApiError &error, const QString &what);
    void fail(const QString &message);
    void setRunning(bool running);

    QPointer<Connection> m_connection;
    qint64 m_freshForMs = DefaultFreshForMs;
    quint64 m_generation = 0;
    bool m_running = false;
    int m_pending = 0;
    QList<Workspace> m_workspaces;
    QList<Agent> m_agents;
    QList<Campaign> m_campaigns;
    QList<ProspectSearchItem> m_conversations;
    QList<WorkspaceSummary> m_summaries;
    QDateTime m_oldest; // of the answers of the running sweep
    QDateTime m_dataTime;
    QString m_lastError;
};

} // namespace kakiyo
