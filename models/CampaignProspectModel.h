// CampaignProspectModel: one campaign's prospects (GET /prospects/campaign/{id}) for views that
// grow as the user scrolls. The server pages by cursor (X-Next-Cursor / X-Has-More headers), so
// the model pages with canFetchMore/fetchMore: another page is asked only when the server said
// there is one and nothing is in flight. Filters are the server's: status, isPaused, hasResponded
// ("replied" = status 4). Pages are read cache first (the cache keeps X-Has-More / X-Next-Cursor
// with each page), so reopening a list costs nothing and still continues past the cached pages;
// a refresh asks every page of the walk from the server.
#pragma once

#include "models/ProspectColumns.h"
#include "models/domain/Prospect.h"
#include "models/domain/ProspectRequests.h"

#include <QAbstractTableModel>
#include <QList>
#include <memory>
#include <optional>

namespace kakiyo {

class Connection;
class ProspectsApi;

class CampaignProspectModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignProspectModel)

public:
    enum Role
    {
        RawRole = Qt::UserRole + 1,
        ChatIdRole,
        ProspectIdRole,
        PausedRole,
    };

    enum class State
    {
        Idle,
        Loading,
        Loaded, // more pages on the server
        AtEnd,
        Error
    };

    struct Filter
    {
        std::optional<int> status;
        std::optional<bool> isPaused;
        std::optional<bool> hasResponded;
    };
    static constexpr int kRepliedStatus = 4;

    explicit CampaignProspectModel(Connection *session, QObject *parent = nullptr);
    ~CampaignProspectModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    // Starts over with this campaign and filter; the first page is asked at once (refresh: from
    // the server, and so is every later page of this walk).
    void setCampaign(const QString &campaignId, const Filter &filter = {}, bool refresh = false);
    QString campaignId() const { return m_campaignId; }
    Filter filter() const { return m_filter; }
    void setPageSize(int size); // 1–100, default 100
    void retry();

    State state() const { return m_state; }
    QString errorMessage() const { return m_error; }
    bool hasMore() const { return m_hasMore; }
    bool isLoading() const { return m_inFlight; }
    // Whether the last page shown came from the cache.
    bool isFromCache() const { return m_fromCache; }
    const ProspectSearchItem &item(int row) const { return m_items.at(row); }

signals:
    void stateChanged();

private:
    void askNext();
    void setState(State state);

    Connection *m_connection;
    std::unique_ptr<ProspectsApi> m_api;
    QObject *m_owner = nullptr;
    QString m_campaignId;
    Filter m_filter;
    QList<ProspectSearchItem> m_items;
    QString m_cursor;
    bool m_hasMore = false;
    bool m_inFlight = false;
    int m_pageSize = 100;
    bool m_refresh = false;
    bool m_fromCache = false;
    State m_state = State::Idle;
    QString m_error;
};

} // namespace kakiyo
