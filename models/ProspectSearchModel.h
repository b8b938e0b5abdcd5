// ProspectSearchModel: the team-wide prospect search (GET /prospects/search) as a table whose
// rowCount is the server's `total`. Search is in the slowest rate tier, so pages of 100 are asked
// only for the rows a view reports visible once scrolling has settled (setVisibleRows, ~150 ms),
// kept in a bounded LRU page cache and never asked twice while cached; there is no prefetch. A row
// not loaded yet reads "Loading…" (LoadedRole false). A filter change bumps the generation: stale
// answers are dropped and loading restarts at the first page. The API has no sort parameter, so
// the model does not sort (the server's order is the only order it can page through).
#pragma once

#include "models/ProspectColumns.h"
#include "models/api/ApiRequest.h"
#include "models/domain/Prospect.h"
#include "models/domain/ProspectRequests.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>
#include <functional>

namespace kakiyo {

class Connection;
class ProspectsApi;

class ProspectSearchModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProspectSearchModel)

public:
    static constexpr int kPageSize = 100;

    enum Role
    {
        RawRole = Qt::UserRole + 1, // number/date/string behind DisplayRole
        LoadedRole, // false while the row's page is not loaded
        ChatIdRole,
        ProspectIdRole,
        PausedRole,
        StatusCodeRole,
        UnreadRole, // bool: the prospect wrote something the user has not read yet
    };

    enum class State
    {
        Idle, // no search yet
        Loading,
        Loaded, // some pages loaded
        AtEnd, // the last page is loaded
        Error
    };

    // What asking for some pages would spend: calls, and credits when calls cost credits.
    struct Cost
    {
        int calls = 0;
        int credits = 0;
    };

    explicit ProspectSearchModel(Connection *session, QObject *parent = nullptr);
    ~ProspectSearchModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Starts over with this filter (limit/offset are ignored): generation + 1, first page asked.
    void setFilter(const ProspectSearchQuery &filter);
    ProspectSearchQuery filter() const { return m_filter; }
    quint64 generation() const { return m_generation; }

    // The view's visible rows; the pages they span are asked once this stops changing for
    // settleDelayMs. loadRows asks at once (pager jumps, tests).
    void setVisibleRows(int first, int last);
    void loadRows(int first, int last);
    void setSettleDelayMs(int ms);
    int settleDelayMs() const;
    // True while visible rows wait for scrolling to settle before their pages are asked.
    bool isSettling() const { return m_settle.isActive(); }
    void setCacheCapacity(int pages);
    int cacheCapacity() const { return m_capacity; }

    // Asks the visible pages again (and drops the cached ones) / asks the pages that failed.
    void refresh();
    void retry();
    // New data elsewhere (the live desk's refresh): asks the pages on screen again (the first
    // when none is) at background priority and shows what changed without a reset — rows whose
    // text changed report dataChanged, a new total inserts or removes rows at the end. Pages off
    // screen are forgotten and asked again when scrolled to. The view keeps its place.
    void refreshInPlace();
    bool isRefreshingInPlace() const { return !m_again.isEmpty(); }
    // Shows exactly these rows (one page, nothing asked) until the next filter or refresh: the
    // unread conversations, taken from a cached answer.
    void showItems(const QList<ProspectSearchItem> &items);

    // The conversations with something unread: their rows say so (UnreadRole; the view makes
    // them bold). Only the rows whose mark changed are reported.
    void setUnreadChats(const QSet<QString> &chats);
    QSet<QString> unreadChats() const { return m_unread; }

    State state() const { return m_state; }
    QString stateText() const;
    QString errorMessage() const { return m_error; }
    qint64 total() const { return m_total; }
    // Why a search found nothing when a client workspace is the reason; empty otherwise.
    QString emptyText() const;
    bool totalKnown() const { return m_totalKnown; }
    int pageCount() const;
    int cachedPageCount() const { return int(m_pages.size()); }
    bool isPageCached(int page) const { return m_pages.contains(page); }
    bool isPageLoading(int page) const { return m_inFlight.contains(page); }
    int loadedRowCount() const;
    bool isRowLoaded(int row) const;
    // The row's item, or nullptr while its page is not loaded.
    const ProspectSearchItem *item(int row) const;
    // The loaded rows in row order (for "export loaded rows").
    QList<ProspectSearchItem> loadedItems() const;

    // "1–100 of 12,345" for a page (0-based).
    QString pageRangeText(int page) const;
    Cost costOfPage(int page) const;
    Cost costOfAll() const; // every page not cached yet
    // Search calls one page costs read afresh (an export): 1 for the team, one per campaign in a
    // client workspace (SearchPage::callsPerPage). costOfPage also counts what the cache answers.
    int callsPerPage() const { return m_callsPerPage; }
    bool callsCostCredits() const;
    ApiRequest::CacheMode cacheModeFor(int page) const; // of the next ask of that page

signals:
    void stateChanged();
    void totalChanged(qint64 total);
    void pageLoaded(int page);

private:
    void restart(const ProspectSearchQuery &filter, bool fromServer);
    void requestPages(int firstPage, int lastPage);
    void requestPage(int page, bool again = false);
    void onPage(quint64 generation, int page, const SearchPage &result, bool inPlace);
    void touch(int page);
    void dropPage(int page); // forgotten: its rows read "Loading…" until asked again
    // Drops every page and the total inside one model reset (a new generation: answers still on
    // their way are ignored); `alsoInReset` sets what the new start has (a filter, fixed rows).
    void startOver(bool fromServer, const std::function<void()> &alsoInReset);
    void evict();
    void setState(State state);
    void updateLoadedState();
    QString placeholderText() const;

    // A loaded page: its rows and, computed once when it arrives, each cell's display text (row
    // by row, ProspectColumns::Count per row), so painting never formats dates or joins strings.
    struct Page
    {
        QList<ProspectSearchItem> items;
        QList<QString> display;
    };
    static Page makePage(const QList<ProspectSearchItem> &items);

    Connection *m_connection;
    ProspectsApi *m_api;
    QObject *m_owner = nullptr; // owns this generation's calls; replaced on a filter change
    ProspectSearchQuery m_filter;
    quint64 m_generation = 0;
    qint64 m_total = 0;
    bool m_totalKnown = false;
    QHash<int, Page> m_pages;
    QList<int> m_lru; // least recently used first
    QSet<int> m_inFlight;
    QSet<int> m_failed;
    int m_capacity = 50;
    int m_visibleFirst = -1;
    int m_visibleLast = -1;
    QTimer m_settle;
    State m_state = State::Idle;
    QString m_error;
    // Set when an answer contradicted itself (a negative or implausible total, an empty page
    // inside the total): the rows served stay, the model reports the error until a new search.
    QString m_contradiction;
    bool m_refreshing = false;
    QSet<int> m_again; // pages asked again in place: their rows stay until the answer
    // Pages an in-place refresh dropped (off screen): asked afresh when shown again, so they do
    // not come back from the answer cached before the refresh.
    QSet<int> m_stale;
    QSet<QString> m_unread; // chat ids
    int m_callsPerPage = 1;
    // A client workspace's campaigns and their totals, from the last answer (costOfPage).
    QStringList m_partCampaigns;
    QList<qint64> m_partTotals;
};

} // namespace kakiyo
