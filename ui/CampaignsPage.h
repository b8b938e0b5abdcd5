// Campaigns, managed visually: a card grid (or a sortable table) of every campaign with its
// numbers and a pause/resume toggle; create and edit through CampaignDialog; delete after a
// confirmation (the API refuses to delete an active campaign, so the page says so up front).
#pragma once

#include "ui/Page.h"

class QGridLayout;
class QLabel;
class QScrollArea;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace kakiyo {

class ApiSession;
class CampaignCard;
class CampaignDialog;
class CampaignListModel;

class CampaignsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPage)

public:
    explicit CampaignsPage(ApiSession *session, QWidget *parent = nullptr);

    void refresh() override;
    void activate() override;

    CampaignListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool isTableView() const;
    void setTableView(bool table);
    QList<CampaignCard *> cards() const;
    CampaignCard *card(const QString &id) const;

    void createCampaign();
    void editCampaign(const QString &id);
    void setPaused(const QString &id, bool pause);
    void deleteCampaign(const QString &id);
    QString lastMessage() const;

signals:
    void dialogOpened(kakiyo::CampaignDialog *dialog);
    void campaignChanged(const QString &id);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildCards();
    void layoutCards();
    void say(const QString &text, bool error = false);

    ApiSession *m_session;
    CampaignListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_views;
    QScrollArea *m_scroll;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QTableView *m_table;
    QToolButton *m_cardButton;
    QToolButton *m_tableButton;
    QLabel *m_message;
    QList<CampaignCard *> m_cards;
    int m_columns = 0;
    bool m_activated = false;
};

} // namespace kakiyo
