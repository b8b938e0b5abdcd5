#include "models/AgentListModel.h"

#include "models/api/AgentsApi.h"

#include <QLocale>

namespace kakiyo {

namespace {

int severityRank(const QString &severity)
{
    if (severity == QLatin1String("error"))
        return 3;
    if (severity == QLatin1String("warning"))
        return 2;
    if (severity == QLatin1String("info"))
        return 1;
    return severity.isEmpty() ? 0 : 1;
}

} // namespace

AgentListModel::AgentListModel(Connection *session, QObject *parent)
    : ServerListModel(session, ColumnCount, parent)
{
}

int AgentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

QString AgentListModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("running"))
        return tr("Running");
    if (status == QLatin1String("paused"))
        return tr("Paused");
    if (status == QLatin1String("setup_needed"))
        return tr("Setup needed");
    if (status == QLatin1String("auth_needed"))
        return tr("Login needed");
    if (status == QLatin1String("auth_in_progress"))
        return tr("Logging in");
    if (status == QLatin1String("disabled"))
        return tr("Disabled");
    if (status == QLatin1String("ended"))
        return tr("Ended");
    return status.isEmpty() ? tr("Unknown") : status;
}

QString AgentListModel::worstSeverity(const Agent &agent)
{
    QString worst;
    for (const AgentAlert &a : agent.alerts) {
        if (severityRank(a.severity) > severityRank(worst))
            worst = a.severity.isEmpty() ? QStringLiteral("info") : a.severity;
    }
    return worst;
}

QString AgentListModel::usageText(const std::optional<qint64> &used, int dailyMax)
{
    if (!used)
        return tr("—");
    const QLocale locale;
    return dailyMax > 0 ? tr("%1 / %2").arg(locale.toString(*used), locale.toString(dailyMax))
                        : locale.toString(*used);
}

QString AgentListModel::nextTaskText(const QDateTime &when)
{
    if (!when.isValid())
        return tr("—");
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == QDate::currentDate())
        return time;
    return tr("%1, %2").arg(locale.toString(local.date(), QStringLiteral("d MMM")), time);
}

QStringList AgentListModel::dayNames()
{
    return {tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
}

QString AgentListModel::workingDaysText(const QString &days)
{
    const QStringList flags = days.split(QLatin1Char(':'));
    const QStringList names = dayNames();
    QStringList on;
    for (int i = 0; i < flags.size() && i < names.size(); ++i) {
        if (flags.at(i) == QLatin1String("1"))
            on << names.at(i);
    }
    return on.join(QLatin1Char(' '));
}

QString AgentListModel::timezoneText(int offset)
{
    if (offset == 0)
        return tr("UTC");
    return offset > 0 ? tr("UTC+%1").arg(offset) : tr("UTC-%1").arg(-offset);
}

bool AgentListModel::needsAttention(const Agent &agent)
{
    return !agent.alerts.isEmpty() || agent.status == QLatin1String("auth_needed")
        || agent.status == QLatin1String("setup_needed")
        || agent.status == QLatin1String("disabled");
}

QVariant AgentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Agent &a = m_agents.at(index.row());
    switch (role) {
    case IdRole:
        return a.id;
    case StatusRole:
        return a.status;
    case AlertSeverityRole:
        return worstSeverity(a);
    case NeedsAttentionRole:
        return needsAttention(a);
    case UsageFractionRole: {
        const int max = index.column() == InvitationsColumn ? a.limits.invitationsMax
            : index.column() == MessagesColumn              ? a.limits.messagesMax
                                                            : 0;
        if (!a.usage || max <= 0)
            return {};
        const qint64 used = index.column() == InvitationsColumn ? a.usage->invitationsDaily
                                                                : a.usage->messagesDaily;
        return double(used) / max;
    }
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return a.name.isEmpty() ? tr("(unnamed agent)") : a.name;
        case StatusColumn:
            return statusLabel(a.status);
        case AlertsColumn:
            if (a.alerts.isEmpty())
                return tr("—");
            return a.alerts.size() == 1
                ? a.alerts.first().message
                : tr("%1 alerts: %2").arg(a.alerts.size()).arg(a.alerts.first().message);
        case InvitationsColumn:
            return usageText(
                a.usage ? std::optional<qint64>(a.usage->invitationsDaily) : std::nullopt,
                a.limits.invitationsMax);
        case MessagesColumn:
            return usageText(a.usage ? std::optional<qint64>(a.usage->messagesDaily) : std::nullopt,
                a.limits.messagesMax);
        case CountryColumn:
            return a.country;
        case NextTaskColumn:
            return nextTaskText(a.nextTask);
        }
        break;
    case RawRole:
        switch (index.column()) {
        case NameColumn:
            return a.name.toLower();
        case StatusColumn:
            return a.status;
        case AlertsColumn:
            return severityRank(worstSeverity(a)) * 1000 + int(a.alerts.size());
        case InvitationsColumn:
            return a.usage ? a.usage->invitationsDaily : -1;
        case MessagesColumn:
            return a.usage ? a.usage->messagesDaily : -1;
        case CountryColumn:
            return a.country;
        case NextTaskColumn:
            return a.nextTask;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == AlertsColumn && !a.alerts.isEmpty()) {
            QStringList lines;
            for (const AgentAlert &al : a.alerts)
                lines << QStringLiteral("%1: %2").arg(al.severity, al.message);
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == InvitationsColumn && a.usage)
            return tr("%1 invitations sent today; daily limit %2–%3")
                .arg(a.usage->invitationsDaily)
                .arg(a.limits.invitationsMin)
                .arg(a.limits.invitationsMax);
        if (index.column() == MessagesColumn && a.usage)
            return tr("%1 messages sent today; daily limit %2–%3")
                .arg(a.usage->messagesDaily)
                .arg(a.limits.messagesMin)
                .arg(a.limits.messagesMax);
        break;
    default:
        break;
    }
    return {};
}

QVariant AgentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == InvitationsColumn)
            return tr("Invitations sent today / the daily maximum");
        if (section == MessagesColumn)
            return tr("Messages sent today / the daily maximum");
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Agent");
    case StatusColumn:
        return tr("Status");
    case AlertsColumn:
        return tr("Alerts");
    case InvitationsColumn:
        return tr("Invitations");
    case MessagesColumn:
        return tr("Messages");
    case CountryColumn:
        return tr("Country");
    case NextTaskColumn:
        return tr("Next task");
    }
    return {};
}

QHash<int, QByteArray> AgentListModel::roleNames() const
{
    QHash<int, QByteArray> names = ServerListModel::roleNames();
    names.insert(IdRole, "agentId");
    names.insert(RawRole, "raw");
    names.insert(StatusRole, "status");
    names.insert(AlertSeverityRole, "alertSeverity");
    names.insert(NeedsAttentionRole, "needsAttention");
    names.insert(UsageFractionRole, "usageFraction");
    return names;
}

int AgentListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_agents.size(); ++i) {
        if (m_agents.at(i).id == id)
            return i;
    }
    return -1;
}

void AgentListModel::updateAgent(const Agent &agent)
{
    const int row = rowOf(agent.id);
    if (row < 0)
        return;
    Agent merged = agent;
    if (!merged.usage)
        merged.usage = m_agents.at(row).usage;
    m_agents[row] = merged;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AgentListModel::fetch(const ReadOptions &options, quint64 ticket)
{
    m_ticket = ticket;
    AgentsApi(connection())
        .list(this,
            completion<QList<Agent>>(ticket,
                [this, options, ticket](const QList<Agent> &list) {
                    // Keep the usage already known so the columns do not blink while it reloads.
                    QList<Agent> rows = list;
                    for (Agent &a : rows) {
                        const int old = rowOf(a.id);
                        if (!a.usage && old >= 0)
                            a.usage = m_agents.at(old).usage;
                    }
                    mergeRows(m_agents, rows, [](const Agent &a) { return a.id; });
                    if (m_fetchesUsage)
                        fetchUsage(options, ticket);
                }),
            options);
}

void AgentListModel::fetchUsage(const ReadOptions &options, quint64 ticket)
{
    ReadOptions background = options;
    background.priority = Priority::Background;
    AgentsApi api(connection());
    for (const Agent &a : std::as_const(m_agents)) {
        api.get(
            a.id, this,
            [this, ticket](const Result<Agent> &result) {
                // A failed details call leaves the row as the list gave it; the page's details
                // panel reports errors for the agent the user looks at.
                if (ticket != m_ticket || !result.ok())
                    return;
                // A cached details answer may be older than the list just merged (a live
                // refresh renews the list, not each agent's details): it gives its usage only.
                const int row = rowOf(result.value.id);
                if (result.fromCache && row >= 0) {
                    Agent listed = m_agents.at(row);
                    listed.usage = result.value.usage ? result.value.usage : listed.usage;
                    updateAgent(listed);
                } else {
                    updateAgent(result.value);
                }
            },
            background);
    }
}

} // namespace kakiyo
