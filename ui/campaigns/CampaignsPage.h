// Campaigns, managed visually: a card grid (or a sortable table) of every campaign with its
// numbers, an activity sparkline and a pause/resume toggle; a side sheet with the selected
// campaign's statistics and its prospects (paged as the list scrolls); create and edit through
// CampaignDialog; delete after a confirmation (the API refuses to delete an active campaign, so the
// page says so up front and offers to pause it first). Import entry points ("Import leads…",
// a .csv dropped on a card) and double-clicked prospects are handed on through signals.
#pragma once

#include "ui/campaigns/ThemedIcons.h"
#include "ui/shell/Page.h"

class QGridLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QScrollArea;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace kakiyo {

class Connection;
class CampaignActivity;
class CampaignCard;
class CampaignDetailsPanel;
class CampaignDialog;
class CampaignListModel;

class CampaignsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPage)

public:
    explicit CampaignsPage(Connection *session, QWidget *parent = nullptr);
    ~CampaignsPage() override;

    void refresh() override;
    void refreshInPlace() override;
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

    // The side sheet: statistics and prospects of one campaign.
    void showDetails(const QString &id);
    void hideDetails();
    CampaignDetailsPanel *details() const { return m_details; }
    bool isDetailsVisible() const;
    QString selectedCampaign() const { return m_selected; }
    CampaignActivity *activity() const { return m_activity; }
    // Asks for an import into `id` (filePath empty: the wizard asks for the file).
    void requestImport(const QString &id, const QString &filePath = {});

signals:
    void dialogOpened(kakiyo::CampaignDialog *dialog);
    void campaignChanged(const QString &id);
    // The coordinator opens the import wizard for this campaign (with this file, if any).
    void importRequested(const QString &campaignId, const QString &filePath);
    // A prospect of the campaign list was double-clicked: show its conversation.
    void openConversation(const QString &chatId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildCards();
    void layoutCards();
    void say(const QString &text, bool error = false);
    void offerPauseFirst(const QString &id);
    void bringForward();
    void applyColours();
    void applyActivity(CampaignCard *card) const;
    void markSelected();

    Connection *m_connection;
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
    bool m_messageIsError = false;
    QPushButton *m_create;
    ThemedIcons m_icons;
    QPushButton *m_pauseFirst;
    QString m_pauseFirstId;
    QSplitter *m_splitter;
    CampaignDetailsPanel *m_details;
    CampaignActivity *m_activity;
    QString m_selected;
    QList<CampaignCard *> m_cards;
    int m_columns = 0;
    bool m_activated = false;
    bool m_refreshActivity = false;
};

} // namespace kakiyo
