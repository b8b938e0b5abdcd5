// The team's campaigns (GET /campaigns, full list) as a table and as the source of the card grid:
// name, status, prospects, replies, qualified, response and conversion rate, created. Cached
// answer first (ServerListModel keeps the load state); DisplayRole formatted, RawRole for
// sorting. Pause/resume/delete update the row the server confirmed without a reload.
#pragma once

#include "models/ServerListModel.h"
#include "models/domain/Campaign.h"

namespace kakiyo {

class CampaignListModel final : public ServerListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignListModel)

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        ProspectsColumn,
        RepliesColumn,
        QualifiedColumn,
        ResponseRateColumn,
        ConversionRateColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RawRole,
        StatusRole,
        IsActiveRole,
    };

    explicit CampaignListModel(Connection *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<Campaign> &campaigns() const { return m_campaigns; }
    Campaign campaign(int row) const { return m_campaigns.value(row); }
    int rowOf(const QString &id) const;
    void setStatus(const QString &id, const QString &status);
    void removeCampaign(const QString &id);

    static QString statusLabel(const QString &status);
    // Percent (12.5 = 12.5 %): the server's figure when given, else computed from the counts.
    static double responseRate(const Campaign &campaign);
    static double conversionRate(const Campaign &campaign);

protected:
    void fetch(const ReadOptions &options, quint64 ticket) override;

private:
    QList<Campaign> m_campaigns;
};

} // namespace kakiyo
