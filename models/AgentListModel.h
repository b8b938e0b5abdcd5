// The team's agents (GET /agents) as a table: name, status, alerts (worst severity first), today's
// invitations and messages against the daily limits, country, next task. Cached answer first
// (ServerListModel). The list items carry no usage; with setFetchesUsage(true) the model asks each
// agent's details after each list answer (GET /agents/{id}, background priority, same cache rule
// as the list) and fills the usage columns as they arrive. DisplayRole is formatted text; RawRole
// the value to sort by.
#pragma once

#include "models/ServerListModel.h"
#include "models/domain/Agent.h"

namespace kakiyo {

class AgentListModel final : public ServerListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentListModel)

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        AlertsColumn,
        InvitationsColumn, // today's invitations / daily maximum
        MessagesColumn, // today's messages / daily maximum
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
        UsageFractionRole, // usage columns: used / daily maximum (may exceed 1); invalid if unknown
    };

    explicit AgentListModel(Connection *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Off by default (a list that only needs statuses and alerts costs one call).
    void setFetchesUsage(bool fetch) { m_fetchesUsage = fetch; }

    const QList<Agent> &agents() const { return m_agents; }
    Agent agent(int row) const { return m_agents.value(row); }
    int rowOf(const QString &id) const;
    // Replaces one agent's values (after an edit or a details fetch) without a reset. A value
    // without usage keeps the usage already known.
    void updateAgent(const Agent &agent);

    static QString statusLabel(const QString &status);
    static bool needsAttention(const Agent &agent);
    static QString worstSeverity(const Agent &agent);
    // "14:30" today, "28 Nov, 09:00" another day, "—" when unknown.
    static QString nextTaskText(const QDateTime &when);
    // Short day names, Monday first (the order of WorkingHours::days).
    static QStringList dayNames();
    // "Mon Tue Wed Thu Fri" for "1:1:1:1:1:0:0"; "" when unset.
    static QString workingDaysText(const QString &days);
    // "UTC", "UTC+2", "UTC-5" (the contract's timezone is an offset in hours).
    static QString timezoneText(int offset);
    // "12 / 40" (used today / daily maximum); "12" without a limit; "—" when unknown.
    static QString usageText(const std::optional<qint64> &used, int dailyMax);

protected:
    void fetch(const ReadOptions &options, quint64 ticket) override;

private:
    void fetchUsage(const ReadOptions &options, quint64 ticket);

    QList<Agent> m_agents;
    bool m_fetchesUsage = false;
    quint64 m_ticket = 0; // the list load the usage answers belong to
};

} // namespace kakiyo
