// The team's Do Not Contact list (GET /dnc) as a table: the profile, its canonical URL and when
// it was added. The list is read whole — pages of 1000, newest first, until a short page — so
// "already on the list" can be answered locally; the cached answer comes first (ServerListModel).
// DisplayRole is formatted text, RawRole the sort value.
#pragma once

#include "models/ServerListModel.h"
#include "models/domain/DncEntry.h"

#include <QHash>
#include <optional>

namespace kakiyo {

class DncListModel final : public ServerListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DncListModel)

public:
    enum Column
    {
        ProfileColumn,
        UrlColumn,
        AddedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RawRole,
    };
    // The largest page GET /dnc serves.
    static constexpr int PageSize = 1000;

    explicit DncListModel(Connection *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<DncEntry> &entries() const { return m_entries; }
    DncEntry entry(int row) const { return m_entries.value(row); }
    int rowOf(const QString &id) const;
    // The entry whose URL has this canonical form (https://linkedin.com/in/<slug>), if listed.
    std::optional<DncEntry> find(const QString &canonicalUrl) const;

protected:
    void fetch(const ReadOptions &options, quint64 ticket) override;

private:
    void fetchPage(const ReadOptions &options, quint64 ticket, qint64 offset);

    QList<DncEntry> m_entries;
    QHash<QString, int> m_rowByUrl; // canonical URL -> row
    QList<DncEntry> m_pending; // pages of the load in progress
    quint64 m_ticket = 0; // the load m_pending belongs to
};

} // namespace kakiyo
