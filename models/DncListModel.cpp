#include "models/DncListModel.h"

#include "models/api/DncApi.h"
#include "models/import/LinkedinUrl.h"

#include <QLocale>

namespace kakiyo {

DncListModel::DncListModel(Connection *session, QObject *parent)
    : ServerListModel(session, ColumnCount, parent)
{
    setScopeRule(ScopeRule::Dnc);
}

int DncListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant DncListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DncEntry &e = m_entries.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case ProfileColumn: {
            const LinkedinUrl parsed = LinkedinUrl::parse(e.url);
            return parsed.isValid() ? parsed.slug : e.url;
        }
        case UrlColumn:
            return e.url;
        case AddedColumn:
            return e.createdAt.isValid()
                ? QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat)
                : tr("—");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == AddedColumn && e.createdAt.isValid())
            return QLocale().toString(e.createdAt.toLocalTime(), QLocale::LongFormat);
        return e.url;
    case RawRole:
        switch (index.column()) {
        case ProfileColumn:
        case UrlColumn:
            return e.url;
        case AddedColumn:
            return e.createdAt;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant DncListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProfileColumn:
        return tr("Profile");
    case UrlColumn:
        return tr("LinkedIn URL");
    case AddedColumn:
        return tr("Added");
    }
    return {};
}

QHash<int, QByteArray> DncListModel::roleNames() const
{
    QHash<int, QByteArray> names = ServerListModel::roleNames();
    names.insert(IdRole, "dncId");
    names.insert(RawRole, "raw");
    return names;
}

int DncListModel::rowOf(const QString &id) const
{
    const auto it = std::find_if(
        m_entries.cbegin(), m_entries.cend(), [&id](const DncEntry &e) { return e.id == id; });
    return it == m_entries.cend() ? -1 : int(it - m_entries.cbegin());
}

std::optional<DncEntry> DncListModel::find(const QString &canonicalUrl) const
{
    const auto it = m_rowByUrl.constFind(canonicalUrl);
    if (it == m_rowByUrl.cend())
        return std::nullopt;
    return m_entries.at(*it);
}

void DncListModel::fetch(const ReadOptions &options, quint64 ticket)
{
    m_ticket = ticket;
    m_pending.clear();
    fetchPage(options, ticket, 0);
}

void DncListModel::fetchPage(const ReadOptions &options, quint64 ticket, qint64 offset)
{
    DncListQuery query;
    query.limit = PageSize;
    query.offset = offset;
    // The last page (a short one) completes the load; errors end it at any page.
    auto finish = completion<DncListPage>(ticket, [this](const DncListPage &last) {
        beginResetModel();
        m_entries = std::exchange(m_pending, {}) + last.entries;
        m_rowByUrl.clear();
        for (int row = 0; row < m_entries.size(); ++row) {
            // The server stores the canonical form; normalise anyway so lookups never miss.
            const QString canonical = LinkedinUrl::normalised(m_entries.at(row).url);
            m_rowByUrl.insert(canonical.isEmpty() ? m_entries.at(row).url : canonical, row);
        }
        endResetModel();
    });
    DncApi(connection())
        .list(
            query, this,
            [this, options, ticket, offset, finish = std::move(finish)](
                const Result<DncListPage> &r) {
                if (ticket != m_ticket)
                    return;
                if (r.ok() && r.value.hasMore() && r.value.served > 0) {
                    m_pending += r.value.entries;
                    fetchPage(options, ticket, offset + r.value.served);
                    return;
                }
                finish(r);
            },
            options);
}

} // namespace kakiyo
