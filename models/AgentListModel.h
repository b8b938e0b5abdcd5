// The team's agents (GET /agents) as a table: name, status, alerts (worst severity first),
// country, next task. Shows the cached answer at once and fetches only when asked to refresh.
// DisplayRole is formatted text; RawRole holds the value to sort by.
#pragma once

#include "models/domain/Agent.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

namespace kakiyo {

class ApiSession;

class AgentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentListModel)

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        AlertsColumn,
        CountryColumn,
        NextTaskColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RawRole,
        StatusRole,
        AlertSeverityRole, // "error" | "warning" | "info" | "" (worst of the agent's alerts)
        NeedsAttentionRole, // bool: alerts or a status that needs the user
    };

    explicit AgentListModel(ApiSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // refresh=false answers from the cache when it can (costs nothing); true asks the server.
    void load(bool refresh = false);
    bool isLoading() const { return m_loading; }
    QDateTime updatedAt() const { return m_updatedAt; }
    bool isFromCache() const { return m_fromCache; }
    QString errorText() const { return m_error; }

    const QList<Agent> &agents() const { return m_agents; }
    Agent agent(int row) const { return m_agents.value(row); }
    int rowOf(const QString &id) const;
    // Replaces one agent's values (after an edit or a details fetch) without a reset.
    void updateAgent(const Agent &agent);

    static QString statusLabel(const QString &status);
    static bool needsAttention(const Agent &agent);
    static QString worstSeverity(const Agent &agent);

signals:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const QString &message);

private:
    QPointer<ApiSession> m_session;
    QList<Agent> m_agents;
    QDateTime m_updatedAt;
    QString m_error;
    bool m_loading = false;
    bool m_fromCache = false;
    quint64 m_generation = 0;
};

} // namespace kakiyo
