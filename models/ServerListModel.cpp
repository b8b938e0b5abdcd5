#include "models/ServerListModel.h"

#include "models/api/ApiSession.h"
#include "models/api/Connection.h"
#include "models/api/WorkspaceScopeLookup.h"

namespace kakiyo {

ServerListModel::ServerListModel(Connection *session, int columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connection(session)
    , m_columns(columns)
{
}

int ServerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QString ServerListModel::emptyText() const
{
    if (!m_connection || !hasLoaded())
        return {};
    if (m_scopeRule != ScopeRule::Agents) {
        if (m_connection->session()->cachePartition().workspaceId.isEmpty())
            return {};
        return m_scopeRule == ScopeRule::Dnc ? WorkspaceScopeLookup::dncNote()
                                             : WorkspaceScopeLookup::teamWideNote();
    }
    if (rowCount() > 0)
        return {};
    return WorkspaceScopeLookup::emptyReason(m_connection->session()->scope());
}

void ServerListModel::load(bool refresh)
{
    if (!m_connection)
        return;
    ReadOptions options;
    options.cache = refresh ? ApiRequest::CacheMode::Refresh : ApiRequest::CacheMode::CacheFirst;
    const quint64 ticket = ++m_generation;
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    fetch(options, ticket);
}

QStringList ServerListModel::rowTexts(int row) const
{
    QStringList texts;
    for (int c = 0; c < m_columns; ++c) {
        const QModelIndex cell = index(row, c);
        texts << cell.data(Qt::DisplayRole).toString() << cell.data(Qt::ToolTipRole).toString();
    }
    return texts;
}

void ServerListModel::reportChangedCells(int row, const QStringList &before)
{
    const QStringList after = rowTexts(row);
    int first = -1;
    int last = -1;
    for (int c = 0; c < m_columns; ++c) {
        if (before.value(2 * c) != after.value(2 * c)
            || before.value(2 * c + 1) != after.value(2 * c + 1)) {
            if (first < 0)
                first = c;
            last = c;
        }
    }
    if (first >= 0)
        emit dataChanged(index(row, first), index(row, last));
}

void ServerListModel::finishFailed(const QString &message)
{
    m_loading = false;
    m_error = message;
    emit loadingChanged(false);
    emit loadFailed(message);
}

void ServerListModel::finishLoaded(const QDateTime &fetchedAt, bool fromCache)
{
    m_loading = false;
    m_error.clear();
    m_fromCache = fromCache;
    m_updatedAt = fetchedAt.isValid() ? fetchedAt : QDateTime::currentDateTimeUtc();
    emit loadingChanged(false);
    emit loaded();
}

} // namespace kakiyo
