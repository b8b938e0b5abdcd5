#include "models/CampaignListModel.h"

#include "models/api/CampaignsApi.h"

#include <QLocale>

namespace kakiyo {

CampaignListModel::CampaignListModel(Connection *session, QObject *parent)
    : ServerListModel(session, ColumnCount, parent)
{
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

QString CampaignListModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("paused"))
        return tr("Paused");
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("disabled"))
        return tr("Disabled");
    return status.isEmpty() ? tr("Unknown") : status;
}

double CampaignListModel::responseRate(const Campaign &c)
{
    if (c.stats.responseRate)
        return *c.stats.responseRate;
    return c.stats.prospects > 0
        ? 100.0 * double(c.stats.prospectsAnswers) / double(c.stats.prospects)
        : 0.0;
}

double CampaignListModel::conversionRate(const Campaign &c)
{
    if (c.stats.conversionRate)
        return *c.stats.conversionRate;
    return c.stats.prospects > 0 ? 100.0 * double(c.stats.qualified) / double(c.stats.prospects)
                                 : 0.0;
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Campaign &c = m_campaigns.at(index.row());
    const QLocale locale;
    switch (role) {
    case IdRole:
        return c.id;
    case StatusRole:
        return c.status;
    case IsActiveRole:
        return c.status == QLatin1String("active");
    case Qt::TextAlignmentRole:
        if (index.column() >= ProspectsColumn && index.column() <= ConversionRateColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case StatusColumn:
            return statusLabel(c.status);
        case ProspectsColumn:
            return locale.toString(c.stats.prospects);
        case RepliesColumn:
            return locale.toString(c.stats.prospectsAnswers);
        case QualifiedColumn:
            return locale.toString(c.stats.qualified);
        case ResponseRateColumn:
            return tr("%1 %").arg(locale.toString(responseRate(c), 'f', 1));
        case ConversionRateColumn:
            return tr("%1 %").arg(locale.toString(conversionRate(c), 'f', 1));
        case CreatedColumn:
            return c.createdAt.isValid()
                ? locale.toString(c.createdAt.toLocalTime().date(), QLocale::ShortFormat)
                : QString();
        }
        break;
    case RawRole:
        switch (index.column()) {
        case NameColumn:
            return c.name.toLower();
        case StatusColumn:
            return c.status;
        case ProspectsColumn:
            return c.stats.prospects;
        case RepliesColumn:
            return c.stats.prospectsAnswers;
        case QualifiedColumn:
            return c.stats.qualified;
        case ResponseRateColumn:
            return responseRate(c);
        case ConversionRateColumn:
            return conversionRate(c);
        case CreatedColumn:
            return c.createdAt;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Campaign");
    case StatusColumn:
        return tr("Status");
    case ProspectsColumn:
        return tr("Prospects");
    case RepliesColumn:
        return tr("Replies");
    case QualifiedColumn:
        return tr("Qualified");
    case ResponseRateColumn:
        return tr("Response rate");
    case ConversionRateColumn:
        return tr("Conversion");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

QHash<int, QByteArray> CampaignListModel::roleNames() const
{
    QHash<int, QByteArray> names = ServerListModel::roleNames();
    names.insert(IdRole, "campaignId");
    names.insert(RawRole, "raw");
    names.insert(StatusRole, "status");
    names.insert(IsActiveRole, "isActive");
    return names;
}

int CampaignListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_campaigns.size(); ++i) {
        if (m_campaigns.at(i).id == id)
            return i;
    }
    return -1;
}

void CampaignListModel::setStatus(const QString &id, const QString &status)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_campaigns[row].status = status;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CampaignListModel::removeCampaign(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_campaigns.removeAt(row);
    endRemoveRows();
}

void CampaignListModel::fetch(const ReadOptions &options, quint64 ticket)
{
    CampaignsApi(connection())
        .list(this,
            completion<QList<Campaign>>(ticket,
                [this](const QList<Campaign> &campaigns) {
                    mergeRows(m_campaigns, campaigns, [](const Campaign &c) { return c.id; });
                }),
            options);
}

} // namespace kakiyo
