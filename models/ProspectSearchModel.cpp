#include "models/ProspectSearchModel.h"

#include "models/api/ApiSession.h"
#include "models/api/Connection.h"
#include "models/api/ProspectsApi.h"
#include "models/api/UsageMeter.h"
#include "models/api/WorkspaceScopeLookup.h"
#include "models/api/WorkspaceSearch.h"

#include <QLocale>
#include <algorithm>
#include <climits>
#include <limits>

namespace kakiyo {

ProspectSearchModel::ProspectSearchModel(Connection *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connection(session)
    , m_api(new ProspectsApi(session))
    , m_owner(new QObject(this))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, [this] { loadRows(m_visibleFirst, m_visibleLast); });
}

ProspectSearchModel::~ProspectSearchModel()
{
    delete m_api;
}

int ProspectSearchModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_totalKnown)
        return 0;
    // A QAbstractItemModel row is an int; the API's totals stay far below that.
    return int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int ProspectSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ProspectColumns::Count;
}

QString ProspectSearchModel::emptyText() const
{
    if (!m_connection || !m_totalKnown || m_total > 0)
        return {};
    // With agents, an empty search is the filter's doing, not the workspace's.
    const WorkspaceScope scope = m_connection->session()->scope();
    return scope.isEmpty() ? WorkspaceScopeLookup::emptyReason(scope) : QString();
}

QString ProspectSearchModel::placeholderText() const
{
    return m_state == State::Error ? tr("Not loaded") : tr("Loading…");
}

QVariant ProspectSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const auto page = m_pages.constFind(row / kPageSize);
    const int offset = row % kPageSize;
    const bool loaded = page != m_pages.cend() && offset < page->items.size();
    if (role == Qt::DisplayRole && loaded) // the hot path: one lookup, no formatting
        return page->display.at(offset * ProspectColumns::Count + index.column());
    if (role == LoadedRole)
        return loaded;
    if (!loaded) {
        if (role == Qt::DisplayRole && index.column() == ProspectColumns::Name)
            return placeholderText();
        if (role == Qt::ForegroundRole)
            return QVariant(); // the view greys placeholders through LoadedRole
        return {};
    }
    const ProspectSearchItem *it = &page->items.at(offset);
    switch (role) {
    case Qt::ToolTipRole:
        if (index.column() == ProspectColumns::Headline || index.column() == ProspectColumns::Name)
            return it->prospect.headline;
        return {};
    case RawRole:
        return ProspectColumns::raw(*it, index.column());
    case ChatIdRole:
        return it->chatId;
    case ProspectIdRole:
        return it->prospect.id;
    case PausedRole:
        return it->paused;
    case StatusCodeRole:
        return it->status;
    case UnreadRole:
        return m_unread.contains(it->chatId);
    default:
        return {};
    }
}

ProspectSearchModel::Page ProspectSearchModel::makePage(const QList<ProspectSearchItem> &items)
{
    Page page;
    page.items = items;
    page.display.reserve(items.size() * ProspectColumns::Count);
    for (const ProspectSearchItem &item : items) {
        for (int c = 0; c < ProspectColumns::Count; ++c)
            page.display.append(ProspectColumns::text(item, c));
    }
    return page;
}

QVariant ProspectSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole)
            return ProspectColumns::title(section);
        if (role == Qt::ToolTipRole)
            return tr("Results come in the server's order; the search API cannot sort them.");
        return {};
    }
    if (role == Qt::DisplayRole && section >= 0)
        return QLocale().toString(section + 1);
    return {};
}

QHash<int, QByteArray> ProspectSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawRole, "raw");
    names.insert(LoadedRole, "loaded");
    names.insert(ChatIdRole, "chatId");
    names.insert(ProspectIdRole, "prospectId");
    names.insert(PausedRole, "paused");
    names.insert(StatusCodeRole, "statusCode");
    return names;
}

void ProspectSearchModel::setFilter(const ProspectSearchQuery &filter)
{
    restart(filter, false);
}

void ProspectSearchModel::restart(const ProspectSearchQuery &filter, bool fromServer)
{
    startOver(fromServer, [this, &filter] {
        m_filter = filter;
        m_filter.limit = kPageSize;
        m_filter.offset = 0;
    });
    emit totalChanged(0);
    requestPage(0);
}

void ProspectSearchModel::setVisibleRows(int first, int last)
{
    m_visibleFirst = first;
    m_visibleLast = last;
    m_settle.start();
}

void ProspectSearchModel::loadRows(int first, int last)
{
    if (!m_totalKnown || first < 0 || last < first || m_total == 0)
        return;
    const int lastRow = std::min(last, rowCount() - 1);
    if (first > lastRow)
        return;
    m_visibleFirst = first;
    m_visibleLast = lastRow;
    requestPages(first / kPageSize, lastRow / kPageSize);
}

void ProspectSearchModel::setSettleDelayMs(int ms)
{
    m_settle.setInterval(std::max(0, ms));
}

int ProspectSearchModel::settleDelayMs() const
{
    return m_settle.interval();
}

void ProspectSearchModel::setCacheCapacity(int pages)
{
    m_capacity = std::max(1, pages);
    evict();
}

void ProspectSearchModel::requestPages(int firstPage, int lastPage)
{
    for (int p = firstPage; p <= lastPage; ++p) {
        if (m_pages.contains(p))
            touch(p);
        else
            requestPage(p);
    }
}

void ProspectSearchModel::requestPage(int page, bool again)
{
    if ((m_pages.contains(page) && !again) || m_inFlight.contains(page))
        return;
    m_inFlight.insert(page);
    m_failed.remove(page);
    if (again)
        m_again.insert(page);
    ProspectSearchQuery q = m_filter;
    q.limit = kPageSize;
    q.offset = qint64(page) * kPageSize;
    ReadOptions options;
    options.priority = again ? Priority::Background : Priority::Interactive;
    options.cache = again ? ApiRequest::CacheMode::Refresh : cacheModeFor(page);
    m_stale.remove(page);
    const quint64 generation = m_generation;
    setState(State::Loading);
    m_api->search(q, m_owner, [this, generation, page](const Result<SearchPage> &r) {
        if (generation != m_generation)
            return; // an answer to an older filter
        m_inFlight.remove(page);
        const bool inPlace = m_again.remove(page);
        if (!r.ok()) {
            m_failed.insert(page);
            m_error = r.error.userMessage();
            setState(State::Error);
            return;
        }
        onPage(generation, page, r.value, inPlace);
    });
}

void ProspectSearchModel::onPage(quint64, int page, const SearchPage &result, bool inPlace)
{
    const qint64 first = qint64(page) * kPageSize;
    const qint64 served = first + result.items.size();
    qint64 newTotal = result.total;
    QString problem;
    if (result.total < 0)
        problem = tr("it reported a negative total (%1)").arg(result.total);
    else if (result.total > SearchPage::kMaxPlausibleTotal)
        problem = tr("it reported an implausible total (%1)").arg(result.total);
    else if (result.items.isEmpty() && first < result.total)
        problem = tr("it sent no rows at row %1 of the %2 it reported")
                      .arg(QLocale().toString(first + 1), QLocale().toString(result.total));
    if (!problem.isEmpty()) {
        // Keep every row served and nothing beyond it: a total that cannot be trusted would show
        // millions of empty rows, or none of the rows that did arrive.
        newTotal = served;
        m_contradiction = tr("Kakiyo's answer contradicts itself: %1. Only the %n prospect(s) "
                             "it sent are shown.",
            nullptr, int(std::min<qint64>(newTotal, INT_MAX)))
                              .arg(problem);
    }
    if (!m_totalKnown) {
        m_totalKnown = true;
        if (newTotal > 0) {
            beginInsertRows({}, 0, int(std::min<qint64>(newTotal, INT_MAX)) - 1);
            m_total = newTotal;
            endInsertRows();
        }
        emit totalChanged(m_total);
    } else if (newTotal != m_total && !inPlace) {
        // The result changed on the server since the first page: show the new count.
        beginResetModel();
        m_total = newTotal;
        endResetModel();
        emit totalChanged(m_total);
    } else if (newTotal != m_total) {
        // Asked again in place: rows come or go at the end, the rows above keep their place.
        const int before = rowCount();
        const int after = int(std::min<qint64>(newTotal, INT_MAX));
        if (after > before)
            beginInsertRows({}, before, after - 1);
        else
            beginRemoveRows({}, after, before - 1);
        m_total = newTotal;
        if (after > before)
            endInsertRows();
        else
            endRemoveRows();
        emit totalChanged(m_total);
    }
    const Page old = inPlace ? m_pages.value(page) : Page();
    m_callsPerPage = result.callsPerPage;
    m_partCampaigns = result.partCampaigns;
    m_partTotals = result.partTotals;
    m_pages.insert(page, makePage(result.items));
    touch(page);
    evict();
    if (m_failed.isEmpty())
        m_error = m_contradiction;
    int firstRow = page * kPageSize;
    int lastRow = std::min(firstRow + kPageSize, rowCount()) - 1;
    if (inPlace) {
        // Only the rows whose text changed (an item that moved changes both rows it touched).
        const Page &now = m_pages[page];
        int firstChanged = -1;
        int lastChanged = -1;
        for (int r = 0; r <= lastRow - firstRow; ++r) {
            const qsizetype at = qsizetype(r) * ProspectColumns::Count;
            const bool same = r < old.items.size() && r < now.items.size()
                && old.display.mid(at, ProspectColumns::Count)
                    == now.display.mid(at, ProspectColumns::Count)
                && old.items.at(r).chatId == now.items.at(r).chatId;
            if (same)
                continue;
            if (firstChanged < 0)
                firstChanged = firstRow + r;
            lastChanged = firstRow + r;
        }
        firstRow = firstChanged;
        lastRow = lastChanged;
    }
    if (firstRow >= 0 && lastRow >= firstRow)
        emit dataChanged(index(firstRow, 0), index(lastRow, ProspectColumns::Count - 1));
    updateLoadedState();
    emit pageLoaded(page);
    if (page == 0 && m_refreshing && m_visibleFirst >= kPageSize)
        loadRows(m_visibleFirst, m_visibleLast);
}

void ProspectSearchModel::touch(int page)
{
    m_lru.removeOne(page);
    m_lru.append(page);
}

void ProspectSearchModel::evict()
{
    const int visFirst = m_visibleFirst >= 0 ? m_visibleFirst / kPageSize : -1;
    const int visLast = m_visibleLast >= 0 ? m_visibleLast / kPageSize : -1;
    int i = 0;
    while (m_pages.size() > m_capacity && i < m_lru.size()) {
        const int p = m_lru.at(i);
        if (p >= visFirst && p <= visLast) {
            ++i; // never drop what is on screen
            continue;
        }
        dropPage(p);
    }
}

void ProspectSearchModel::dropPage(int page)
{
    m_lru.removeOne(page);
    m_pages.remove(page);
    const int first = page * kPageSize;
    const int last = std::min(first + kPageSize, rowCount()) - 1;
    if (last >= first) // its rows read "Loading…" again
        emit dataChanged(index(first, 0), index(last, ProspectColumns::Count - 1));
}

void ProspectSearchModel::refreshInPlace()
{
    if (!m_totalKnown || m_state == State::Idle) {
        if (m_state != State::Idle)
            refresh(); // nothing shown yet: nothing to keep
        return;
    }
    const int firstPage = m_visibleFirst >= 0 ? m_visibleFirst / kPageSize : 0;
    const int lastPage = m_visibleLast >= 0 ? m_visibleLast / kPageSize : firstPage;
    const QList<int> cached = m_pages.keys();
    for (const int p : cached) {
        if (p < firstPage || p > lastPage) {
            dropPage(p);
            m_stale.insert(p);
        }
    }
    for (int p = firstPage; p <= lastPage; ++p)
        requestPage(p, true);
}

void ProspectSearchModel::startOver(bool fromServer, const std::function<void()> &alsoInReset)
{
    m_settle.stop();
    // Dropping the owner cancels this generation's queued calls; answers already on their way
    // are also ignored by the generation check.
    delete m_owner;
    m_owner = new QObject(this);
    ++m_generation;
    beginResetModel();
    m_pages.clear();
    m_lru.clear();
    m_inFlight.clear();
    m_again.clear();
    m_stale.clear();
    m_failed.clear();
    m_total = 0;
    m_totalKnown = false;
    m_error.clear();
    m_contradiction.clear();
    m_refreshing = fromServer;
    m_visibleFirst = m_visibleLast = -1;
    alsoInReset();
    endResetModel();
}

void ProspectSearchModel::showItems(const QList<ProspectSearchItem> &items)
{
    startOver(false, [this, &items] {
        m_total = items.size();
        m_totalKnown = true;
        if (!items.isEmpty()) {
            m_pages.insert(0, makePage(items));
            m_lru.append(0);
        }
    });
    emit totalChanged(m_total);
    updateLoadedState();
    emit pageLoaded(0);
}

void ProspectSearchModel::setUnreadChats(const QSet<QString> &chats)
{
    const QSet<QString> changed = (chats - m_unread) | (m_unread - chats);
    m_unread = chats;
    if (changed.isEmpty())
        return;
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        for (int r = 0; r < page->items.size(); ++r) {
            if (!changed.contains(page->items.at(r).chatId))
                continue;
            const int row = page.key() * kPageSize + r;
            if (row < rowCount())
                emit dataChanged(
                    index(row, 0), index(row, ProspectColumns::Count - 1), {UnreadRole});
        }
    }
}

void ProspectSearchModel::refresh()
{
    const int first = m_visibleFirst;
    const int last = m_visibleLast;
    restart(m_filter, true);
    // Where the user was stays where they are; those pages are asked once the total is known.
    m_visibleFirst = first;
    m_visibleLast = last;
}

void ProspectSearchModel::retry()
{
    const QList<int> failed = m_failed.values();
    m_error.clear();
    if (!m_totalKnown && !m_inFlight.contains(0)) {
        requestPage(0);
        return;
    }
    for (int p : failed)
        requestPage(p);
    if (m_visibleFirst >= 0)
        loadRows(m_visibleFirst, m_visibleLast);
    if (m_inFlight.isEmpty())
        updateLoadedState();
}

void ProspectSearchModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void ProspectSearchModel::updateLoadedState()
{
    if (!m_failed.isEmpty() || !m_contradiction.isEmpty()) {
        setState(State::Error);
        return;
    }
    if (!m_inFlight.isEmpty()) {
        setState(State::Loading);
        return;
    }
    const int last = pageCount() - 1;
    const State s = (last < 0 || m_pages.contains(last)) ? State::AtEnd : State::Loaded;
    if (s == m_state)
        emit stateChanged(); // the loaded count changed
    setState(s);
}

int ProspectSearchModel::pageCount() const
{
    return int((m_total + kPageSize - 1) / kPageSize);
}

int ProspectSearchModel::loadedRowCount() const
{
    int n = 0;
    for (const Page &page : m_pages)
        n += int(page.items.size());
    return n;
}

bool ProspectSearchModel::isRowLoaded(int row) const
{
    return item(row) != nullptr;
}

const ProspectSearchItem *ProspectSearchModel::item(int row) const
{
    if (row < 0)
        return nullptr;
    const auto it = m_pages.constFind(row / kPageSize);
    if (it == m_pages.cend())
        return nullptr;
    const int offset = row % kPageSize;
    return offset < it->items.size() ? &it->items.at(offset) : nullptr;
}

QList<ProspectSearchItem> ProspectSearchModel::loadedItems() const
{
    QList<int> pages = m_pages.keys();
    std::sort(pages.begin(), pages.end());
    QList<ProspectSearchItem> out;
    for (int p : pages)
        out += m_pages.value(p).items;
    return out;
}

QString ProspectSearchModel::stateText() const
{
    const QLocale locale;
    switch (m_state) {
    case State::Idle:
        return tr("No search yet");
    case State::Loading:
        return m_totalKnown ? tr("Loading… (%1 of %2 loaded)")
                                  .arg(locale.toString(loadedRowCount()), locale.toString(m_total))
                            : tr("Loading…");
    case State::Loaded:
        return tr("Loaded %1 of %2")
            .arg(locale.toString(loadedRowCount()), locale.toString(m_total));
    case State::AtEnd:
        return m_total == 0 ? tr("No prospects match")
                            : tr("Loaded %1 of %2 (end of the results reached)")
                                  .arg(locale.toString(loadedRowCount()), locale.toString(m_total));
    case State::Error:
        return tr("Error: %1").arg(m_error);
    }
    return {};
}

QString ProspectSearchModel::pageRangeText(int page) const
{
    const QLocale locale;
    if (m_total == 0)
        return tr("0 of 0");
    const qint64 first = qint64(page) * kPageSize + 1;
    const qint64 last = std::min<qint64>(first + kPageSize - 1, m_total);
    return tr("%1–%2 of %3")
        .arg(locale.toString(first), locale.toString(last), locale.toString(m_total));
}

bool ProspectSearchModel::callsCostCredits() const
{
    return m_connection && m_connection->usage() && m_connection->usage()->callsCostCredits();
}

ApiRequest::CacheMode ProspectSearchModel::cacheModeFor(int page) const
{
    return m_refreshing || m_stale.contains(page) ? ApiRequest::CacheMode::Refresh
                                                  : ApiRequest::CacheMode::CacheFirst;
}

ProspectSearchModel::Cost ProspectSearchModel::costOfPage(int page) const
{
    Cost c;
    if (page < 0 || (m_totalKnown && page >= pageCount()) || m_pages.contains(page)
        || m_inFlight.contains(page))
        return c;
    c.calls = 1;
    if (!m_partCampaigns.isEmpty()) {
        // A client workspace asks each of its campaigns, less what the cache answers.
        ProspectSearchQuery q = m_filter;
        q.campaignId.clear();
        q.limit = kPageSize;
        q.offset = qint64(page) * kPageSize;
        ReadOptions options;
        options.cache = cacheModeFor(page);
        c.calls
            = WorkspaceSearch(m_connection).plannedCalls(q, m_partCampaigns, m_partTotals, options);
        // Its campaign list comes first (ProspectsApi::search: from the cache after page 0).
        ReadOptions list = options;
        if (page > 0)
            list.cache = ApiRequest::CacheMode::CacheFirst;
        c.calls += WorkspaceScopeLookup(m_connection).plannedCampaignsCalls(list);
    } else if (m_callsPerPage == 0) {
        c.calls = 0; // a workspace without campaigns asks nothing
    }
    c.credits = callsCostCredits() ? c.calls : 0;
    return c;
}

ProspectSearchModel::Cost ProspectSearchModel::costOfAll() const
{
    Cost c;
    const int pages = m_totalKnown ? pageCount() : 1;
    for (int p = 0; p < pages; ++p)
        c.calls += m_pages.contains(p) ? 0 : costOfPage(p).calls;
    c.credits = callsCostCredits() ? c.calls : 0;
    return c;
}

} // namespace kakiyo
