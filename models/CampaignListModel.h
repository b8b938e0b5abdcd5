// The team's campaigns (GET /campaigns, full list) as a table and as the source of the card grid:
// name, status, prospects, replies, qualified, response and conversion rate, created. Cached
// answer first; DisplayRole formatted, RawRole for sorting. Pause/resume/delete update the row
// the server confirmed without a reload.
#pragma once

#include "models/domain/Campaign.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

namespace kakiyo {

class ApiSession;

class CampaignListModel final : public QAbstractTableModel
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

    explicit CampaignListModel(ApiSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void load(bool refresh = false);
    bool isLoading() const { return m_loading; }
    QDateTime updatedAt() const { return m_updatedAt; }
    QString errorText() const { return m_error; }

    const QList<Campaign> &campaigns() const { return m_campaigns; }
    Campaign campaign(int row) const { return m_campaigns.value(row); }
    int rowOf(const QString &id) const;
    void setStatus(const QString &id, const QString &status);
    void removeCampaign(const QString &id);

    static QString statusLabel(const QString &status);
    // Percent (12.5 = 12.5 %): the server's figure when given, else computed from the counts.
    static double responseRate(const Campaign &campaign);
    static double conversionRate(const Campaign &campaign);

signals:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const QString &message);

private:
    QPointer<ApiSession> m_session;
    QList<Campaign> m_campaigns;
    QDateTime m_updatedAt;
    QString m_error;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace kakiyo
