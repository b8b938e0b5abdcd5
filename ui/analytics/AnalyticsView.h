#pragma once
// AnalyticsView: the content of the Analytics page, drawn from one AnalyticsModel — KPI tiles,
// the campaign comparison chart with its sortable table, recent activity, the snapshot trend, and
// for the chosen campaign its daily series, status funnel, qualification breakdown and last 7
// days. It never fetches: AnalyticsPage (or a test) fills the model, so the view never blocks.

#include <QDate>
#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kakiyo {

class AnalyticsModel;
class ChartCard;
class DateRangeBar;
class KpiTile;
struct ExportOutcome;

class AnalyticsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsView)

public:
    explicit AnalyticsView(AnalyticsModel *model, QWidget *parent = nullptr);
    ~AnalyticsView() override;

    AnalyticsModel *model() const { return m_model; }
    ChartCard *chart(const QString &name) const { return m_charts.value(name); }
    QList<ChartCard *> charts() const;
    QTableView *campaignTable() const { return m_table; }
    QComboBox *campaignPicker() const { return m_picker; }
    DateRangeBar *dateRange() const { return m_range; }
    KpiTile *tile(int kpi) const { return m_tiles.value(kpi); }
    // The outreach tiles, in their order on the page: acceptance rate, invitations sent,
    // connections made.
    enum OutreachTile
    {
        AcceptanceTile,
        InvitationsTile,
        ConnectionsTile,
        OutreachTileCount
    };
    KpiTile *outreachTile(OutreachTile tile) const { return m_outreachTiles.value(tile); }
    QTableView *senderTable() const { return m_senderTable; }
    QTableView *paceTable() const { return m_paceTable; }
    QPushButton *exportSendersButton() const { return m_exportSenders; }
    // Shown when only the most recent conversations were read; its text says the cost.
    QPushButton *readAllButton() const { return m_readAll; }
    QPushButton *reportButton() const { return m_report; }
    QString selectedCampaignId() const;
    void selectCampaign(const QString &id);
    // A line under the controls: export results, fetch errors, "showing cached data".
    void setNotice(const QString &text);
    // "Team overview", or the client workspace's name when the figures are that workspace's.
    void setOverviewOwner(const QString &workspaceName);
    QString notice() const;

signals:
    void campaignChosen(const QString &id); // empty = none
    void reportRequested();
    void exportSendersRequested();
    void readAllRequested();

private:
    void refreshTiles();
    void refreshOutreachTiles();
    QWidget *buildOutreach();
    void refreshPicker();
    void refreshCampaignHeading();

    AnalyticsModel *m_model;
    QHash<QString, ChartCard *> m_charts;
    QHash<int, KpiTile *> m_tiles;
    QList<KpiTile *> m_outreachTiles;
    QTableView *m_senderTable = nullptr;
    QTableView *m_paceTable = nullptr;
    QPushButton *m_exportSenders = nullptr;
    QPushButton *m_readAll = nullptr;
    QComboBox *m_picker;
    DateRangeBar *m_range;
    QPushButton *m_report;
    QLabel *m_notice;
    QLabel *m_overviewHeading = nullptr;
    QLabel *m_campaignHeading;
    QLabel *m_compared;
    QTableView *m_table;
    QSortFilterProxyModel *m_sorted = nullptr; // owned by the comparison chart card
};

} // namespace kakiyo
