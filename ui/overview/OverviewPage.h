// Overview: the team at a glance — headline tiles, agents needing attention (alerts, login
// needed), active campaigns with their key numbers, recent replies and newly qualified
// prospects (two prospect searches, each one small page shown most recent first). Everything from
// cached answers first; F5 asks the server again.
#pragma once

#include "models/domain/ProspectRequests.h"
#include "ui/shell/Page.h"

class QGridLayout;
class QLabel;
class QListWidget;

namespace kakiyo {

class AgentListModel;
class Connection;
class CampaignListModel;

class OverviewPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(Connection *session, QWidget *parent = nullptr);

    void refresh() override;
    void refreshInPlace() override;
    void activate() override;

    QListWidget *attentionList() const { return m_attention; }
    QListWidget *activeCampaignList() const { return m_active; }
    QListWidget *recentReplies() const { return m_replies; }
    QListWidget *newlyQualified() const { return m_qualified; }
    // True once every section has an answer (or an error) for the last load.
    bool isComplete() const { return m_pending == 0 && m_loadedOnce; }

signals:
    void openAgent(const QString &id);
    void openCampaigns();

private:
    void load(bool refresh);
    void renderAgents();
    void renderCampaigns();
    void loadProspects(bool refresh, ProspectSearchQuery query, QListWidget *list);
    void settle();
    QLabel *addTile(QGridLayout *grid, int column, const QString &label, const char *name);

    Connection *m_connection;
    AgentListModel *m_agents;
    CampaignListModel *m_campaigns;
    QLabel *m_tileRunning = nullptr;
    QLabel *m_tileAttention = nullptr;
    QLabel *m_tileActive = nullptr;
    QLabel *m_tileProspects = nullptr;
    QLabel *m_tileReplies = nullptr;
    QLabel *m_tileQualified = nullptr;
    QListWidget *m_attention = nullptr;
    QListWidget *m_active = nullptr;
    QListWidget *m_replies = nullptr;
    QListWidget *m_qualified = nullptr;
    int m_pending = 0;
    bool m_loadedOnce = false;
    bool m_activated = false;
    QDateTime m_oldest;
};

} // namespace kakiyo
