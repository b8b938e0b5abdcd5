// The side sheet of the Campaigns page for one campaign: a "Statistics" tab with the figures of
// GET /campaigns/{id}/stats (prospects, replies, messages, qualified, closed, response and
// conversion rate) and a "Prospects" tab listing the campaign's conversations page by page
// (CampaignProspectModel: cursor paging, fetchMore as the table scrolls) with the server's
// filters (status, paused, responded) as controls and a count "loaded N · more available".
// The list is asked only while its tab is shown. Double-clicking a prospect (or Enter) asks for
// its conversation; "Import leads…" asks for an import.
#pragma once

#include "models/domain/Campaign.h"
#include "models/domain/CampaignAnalytics.h"
#include "ui/campaigns/ThemedIcons.h"

#include <QFrame>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace kakiyo {

class ActivitySparkline;
class AddProspectDialog;
class Connection;
class CampaignProspectModel;

class CampaignDetailsPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDetailsPanel)

public:
    explicit CampaignDetailsPanel(Connection *session, QWidget *parent = nullptr);
    ~CampaignDetailsPanel() override;

    // Shows `campaign` (its list values at once, then the server's stats); refresh asks the
    // server instead of the cache for the stats and the prospect pages.
    void showCampaign(const Campaign &campaign, bool refresh = false);
    // Asks the stats and the prospect list again from the server.
    void refresh();
    QString campaignId() const { return m_campaign.id; }

    CampaignProspectModel *prospects() const { return m_prospects; }
    QTableView *prospectTable() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    // The figure a stats tile shows, by key (prospects, replies, messages, qualified, closed,
    // responseRate, conversionRate).
    QString figure(const QString &key) const;
    bool statsLoaded() const { return m_statsLoaded; }
    QString countText() const;
    void showProspectsTab();
    // "Add a prospect…" on this campaign (POST /prospects); the list refreshes once it is in.
    AddProspectDialog *openAddProspect();
    // The daily activity the cards show, drawn larger on the statistics tab.
    void setActivity(const QList<DailyActivity> &days, bool known);

signals:
    void closeRequested();
    void openConversation(const QString &chatId);
    void importRequested(const QString &campaignId);

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int ProspectsTab = 1;
    void loadStats(bool refresh);
    void loadProspectsWhenShown(bool refresh);
    void showCounts(const CampaignCounts &counts);
    void applyFilter(bool refresh = false);
    void updateCountText();

    Connection *m_connection;
    Campaign m_campaign;
    QObject *m_statsOwner = nullptr;
    QLabel *m_name;
    QLabel *m_badge;
    QTabWidget *m_tabs;
    QHash<QString, QLabel *> m_figures;
    QLabel *m_statsNote;
    ActivitySparkline *m_activity;
    bool m_statsLoaded = false;
    QComboBox *m_status;
    QComboBox *m_paused;
    QComboBox *m_responded;
    CampaignProspectModel *m_prospects;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_retry;
    bool m_prospectsPending = false; // the list waits for its tab
    bool m_prospectsRefresh = false;
    ThemedIcons m_icons;
};

} // namespace kakiyo
