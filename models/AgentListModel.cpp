#include "models/AgentListModel.h"

#include "models/api/ApiRequest.h"
#include "models/api/ApiResult.h"
#include "models/api/ApiSession.h"

#include <QJsonArray>
#include <QJsonObject>
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

AgentListModel::AgentListModel(ApiSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

int AgentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

int AgentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
        case CountryColumn:
            return a.country;
        case NextTaskColumn:
            return a.nextTask.isValid()
                ? QLocale().toString(a.nextTask.toLocalTime(), QLocale::ShortFormat)
                : tr("—");
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
        break;
    default:
        break;
    }
    return {};
}

QVariant AgentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Agent");
    case StatusColumn:
        return tr("Status");
    case AlertsColumn:
        return tr("Alerts");
    case CountryColumn:
        return tr("Country");
    case NextTaskColumn:
        return tr("Next task");
    }
    return {};
}

QHash<int, QByteArray> AgentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "agentId");
    names.insert(RawRole, "raw");
    names.insert(StatusRole, "status");
    names.insert(AlertSeverityRole, "alertSeverity");
    names.insert(NeedsAttentionRole, "needsAttention");
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
    m_agents[row] = agent;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AgentListModel::load(bool refresh)
{
    if (!m_session)
        return;
    ApiRequest request = ApiRequest::get(QStringLiteral("/agents"));
    request.cacheMode
        = refresh ? ApiRequest::CacheMode::Refresh : ApiRequest::CacheMode::CacheFirst;
    const quint64 generation = ++m_generation;
    m_loading = true;
    emit loadingChanged(true);
    m_session->send(request, this, [this, generation](const ApiResult &result) {
        if (generation != m_generation)
            return; // a newer load replaced this one
        m_loading = false;
        emit loadingChanged(false);
        if (!result.ok) {
            m_error = result.error.userMessage();
            emit loadFailed(m_error);
            return;
        }
        const Decoded<QList<Agent>> decoded
            = Agent::listFromJson(result.json.isArray() ? QJsonValue(result.json.array())
                                                        : QJsonValue(result.json.object()));
        if (!decoded) {
            m_error = tr("The agent list could not be read: %1").arg(decoded.error.toString());
            emit loadFailed(m_error);
            return;
        }
        beginResetModel();
        m_agents = decoded.value;
        endResetModel();
        m_error.clear();
        m_updatedAt
            = result.fetchedAt.isValid() ? result.fetchedAt : QDateTime::currentDateTimeUtc();
        m_fromCache = result.fromCache;
        emit loaded();
    });
}

} // namespace kakiyo
