#pragma once
// OutreachLoader: fills the outreach tables of an AnalyticsModel (senders, acceptance, pace,
// reply heatmap) through the resource classes, so the scheduler, the budget and the cache apply:
// GET /agents, GET /agents/{id} for each (only the details carry `usage`), GET /campaigns, and the
// team's conversations from GET /prospects/search in pages of 100 (their statuses give the
// acceptance rate, their stats.lastResponse the heatmap). Opening uses cached answers where there
// are some (a warm cache costs no call); refresh asks the server. At first at most maxPages()
// search pages are read — a bigger team is computed from its most recent conversations, says so,
// and shows what reading the rest costs; loadAll() reads the rest when the user asks.
// A load in which every answer was fresh is stored as the day's OutreachSnapshot; the stored
// snapshots give the senders' 7-day invitations and the changes over a period.

#include "models/api/ApiCall.h"
#include "models/domain/Agent.h"
#include "models/domain/Campaign.h"
#include "models/domain/Prospect.h"

#include <QDate>
#include <QObject>

namespace kakiyo {

class AnalyticsModel;
class Connection;

class OutreachLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutreachLoader)

public:
    static constexpr int PageSize = 100;

    OutreachLoader(Connection *session, AnalyticsModel *model, QObject *parent = nullptr);

    void load(bool refresh);
    // Every conversation: the pages already read come from the cache, the rest from the server.
    void loadAll();
    // Search calls that reading `conversations` more costs (pages of PageSize).
    static qint64 callsToRead(qint64 conversations)
    {
        return conversations <= 0 ? 0 : (conversations + PageSize - 1) / PageSize;
    }
    // The day the figures describe and the snapshot is stored under (tests); null = today.
    void setToday(QDate day) { m_today = day; }
    bool isBusy() const { return m_busy; }
    void setMaxPages(int pages) { m_maxPages = pages; }
    int maxPages() const { return m_maxPages; }
    QString lastError() const { return m_lastError; }

signals:
    void busyChanged(bool busy);
    void loaded();
    void progress(qint64 read, qint64 total); // after each search page
    void failed(const QString &message);

private:
    void agentsListed(const QList<Agent> &agents);
    void searchPage(qint64 offset);
    void partDone();
    void track(bool fromCache) { m_allFresh = m_allFresh && !fromCache; }
    bool accept(const ApiError &error, const QString &what);
    void fail(const QString &message);

    Connection *m_connection;
    AnalyticsModel *m_model;
    // 1,000 conversations: ten of the fifteen search calls a minute the strictest tier allows,
    // so the Prospects page is never kept waiting by the analytics.
    int m_maxPages = 10;
    quint64 m_generation = 0;
    bool m_busy = false;
    ReadOptions m_options;
    int m_pending = 0; // parts still loading: agents (with details), campaigns, search
    QList<Agent> m_agents;
    int m_agentsPending = 0;
    QList<Campaign> m_campaigns;
    QList<ProspectSearchItem> m_conversations;
    qint64 m_total = 0;
    bool m_allFresh = true; // no answer of this load came from the cache
    QDate m_today;
    QString m_lastError;
};

} // namespace kakiyo
