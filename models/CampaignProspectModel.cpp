#include "models/CampaignProspectModel.h"

#include "models/api/Connection.h"
#include "models/api/ProspectsApi.h"

#include <algorithm>

namespace kakiyo {

CampaignProspectModel::CampaignProspectModel(Connection *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connection(session)
    , m_api(std::make_unique<ProspectsApi>(session))
    , m_owner(new QObject(this))
{
}

CampaignProspectModel::~CampaignProspectModel() = default;

int CampaignProspectModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CampaignProspectModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ProspectColumns::Count;
}

QVariant CampaignProspectModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProspectSearchItem &it = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return ProspectColumns::text(it, index.column());
    case RawRole:
        return ProspectColumns::raw(it, index.column());
    case ChatIdRole:
        return it.chatId;
    case ProspectIdRole:
        return it.prospect.id;
    case PausedRole:
        return it.paused;
    default:
        return {};
    }
}

QVariant CampaignProspectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return ProspectColumns::title(section);
    return {};
}

QHash<int, QByteArray> CampaignProspectModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawRole, "raw");
    names.insert(ChatIdRole, "chatId");
    names.insert(ProspectIdRole, "prospectId");
    names.insert(PausedRole, "paused");
    return names;
}

bool CampaignProspectModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_inFlight && !m_campaignId.isEmpty()
        && m_state != State::Error;
}

void CampaignProspectModel::fetchMore(const QModelIndex &parent)
{
    // Views and QAbstractItemModelTester call this without asking canFetchMore first.
    if (!canFetchMore(parent))
        return;
    askNext();
}

void CampaignProspectModel::setCampaign(
    const QString &campaignId, const Filter &filter, bool refresh)
{
    delete m_owner; // answers for the previous campaign never arrive
    m_owner = new QObject(this);
    beginResetModel();
    m_campaignId = campaignId;
    m_filter = filter;
    m_refresh = refresh;
    m_fromCache = false;
    m_items.clear();
    m_cursor.clear();
    m_hasMore = !campaignId.isEmpty();
    m_inFlight = false;
    m_error.clear();
    endResetModel();
    setState(State::Idle);
    if (m_hasMore)
        askNext();
}

void CampaignProspectModel::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, 100);
}

void CampaignProspectModel::retry()
{
    if (m_state != State::Error)
        return;
    m_error.clear();
    setState(m_items.isEmpty() ? State::Idle : State::Loaded);
    if (m_hasMore && !m_inFlight)
        askNext();
}

void CampaignProspectModel::askNext()
{
    CampaignProspectQuery q;
    q.limit = m_pageSize;
    q.cursor = m_cursor;
    q.status = m_filter.status;
    q.isPaused = m_filter.isPaused;
    q.hasResponded = m_filter.hasResponded;
    m_inFlight = true;
    setState(State::Loading);
    ReadOptions options;
    options.cache = m_refresh ? ApiRequest::CacheMode::Refresh : ApiRequest::CacheMode::CacheFirst;
    m_api->listForCampaign(
        m_campaignId, q, m_owner,
        [this](const Result<CampaignProspectPage> &r) {
            if (!r.ok()) {
                m_inFlight = false;
                m_error = r.error.userMessage();
                setState(State::Error);
                return;
            }
            const CampaignProspectPage &page = r.value;
            // Cursor and flags first: a view reacting to rowsInserted may call fetchMore at once.
            m_cursor = page.nextCursor;
            m_hasMore = page.hasMore && !page.nextCursor.isEmpty();
            m_inFlight = false;
            m_fromCache = r.fromCache;
            if (!page.items.isEmpty()) {
                const int first = int(m_items.size());
                beginInsertRows({}, first, first + int(page.items.size()) - 1);
                m_items += page.items;
                endInsertRows();
            }
            setState(m_hasMore ? State::Loaded : State::AtEnd);
        },
        options);
}

void CampaignProspectModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

} // namespace kakiyo
