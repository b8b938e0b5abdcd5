// Prospects: the team-wide prospect search as a server-paged table (rows load as they become
// visible; a pager "1–100 of 12,345" with first/prev/next/last and go-to-page; the cost of the
// next page), a filter bar with named saved searches, the conversation of the selected prospect
// beside the table, bulk actions on the selection with a cost preview and per-row results, and
// CSV export (loaded rows, or every match with its cost shown first).
#pragma once

#include "models/domain/ProspectRequests.h"
#include "models/jobs/ProspectBulkAction.h"
#include "ui/shell/Page.h"

#include <QPointer>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

namespace kakiyo {

class AddProspectDialog;
class Connection;
class BulkActionDialog;
class SalesNavigatorDialog;
class TablePlace;
class UnreadFilter;
class ConversationView;
class ProspectSearchModel;

class ProspectsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProspectsPage)

public:
    explicit ProspectsPage(Connection *session, QWidget *parent = nullptr);
    ~ProspectsPage() override;

    void refresh() override;
    void refreshInPlace() override;
    void activate() override;

protected:
    void showEvent(QShowEvent *event) override;

public:
    ProspectSearchModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ConversationView *conversation() const { return m_conversation; }
    QLineEdit *queryEdit() const { return m_query; }
    QLabel *pagerLabel() const { return m_pagerLabel; }
    QLabel *costLabel() const { return m_cost; }
    QLabel *stateLabel() const { return m_state; }

    // The filter as the bar shows it; applying it starts a new search.
    ProspectSearchQuery currentFilter() const;
    void setFilter(const ProspectSearchQuery &filter);
    void applyFilter();

    int currentPage() const { return m_page; }
    void goToPage(int page); // 0-based
    void openRow(int row);
    // Shows one conversation beside the table (e.g. opened from a campaign's prospect list).
    void openConversation(const QString &chatId);
    void nextProspect();
    // The live desk's unread conversations (most recent reply first): bold rows, "Unread (N)".
    void setUnreadChats(const QStringList &chats);
    UnreadFilter *unreadFilter() const { return m_unread; }
    void previousProspect();

    // Bulk action on the selected loaded rows. `confirm` false skips the preview dialog
    // (the preview text is still returned by bulkPreview).
    QString bulkPreview(ProspectBulkAction::Kind kind) const;
    void runBulk(ProspectBulkAction::Kind kind, bool confirm = true);
    QString lastBulkReport() const { return m_bulkReport; }
    // The window of the last bulk action (null once closed).
    BulkActionDialog *bulkDialog() const;
    QComboBox *campaignPicker() const { return m_campaign; }

    // Export: loaded rows at once; all matches after showing the cost (when confirm).
    bool exportLoaded(const QString &fileName);
    void exportAll(const QString &fileName, bool confirm = true);

    // "Add a prospect…" / "Import a Sales Navigator search…": the dialogs, on the campaign
    // filtered on (if any); shown, not modal. An added prospect is shown once it is in.
    AddProspectDialog *openAddProspect();
    SalesNavigatorDialog *openSalesNavigator();

signals:
    void bulkFinished();
    // "Import leads…": the import wizard, targeting the campaign filtered on (if any).
    void importRequested(const QString &campaignId);
    void exportFinished(bool ok, const QString &message);

private:
    void buildFilterBar();
    void updatePager();
    void reportVisibleRows();
    QList<ProspectBulkAction::Target> selectedTargets() const;
    void loadSavedSearches();
    void loadCampaigns(bool refresh);

    Connection *m_connection;
    ProspectSearchModel *m_model;
    QTableView *m_table;
    ConversationView *m_conversation;
    QLineEdit *m_query = nullptr;
    QComboBox *m_campaign = nullptr;
    QComboBox *m_qualification = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_country = nullptr;
    QComboBox *m_responded = nullptr;
    QComboBox *m_paused = nullptr;
    QComboBox *m_saved = nullptr;
    QLabel *m_pagerLabel = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_retry = nullptr;
    QSpinBox *m_goTo = nullptr;
    QLabel *m_bulkStatus = nullptr;
    QString m_bulkReport;
    QPointer<BulkActionDialog> m_bulkDialog;
    QPointer<AddProspectDialog> m_addDialog;
    QPointer<SalesNavigatorDialog> m_salesNavDialog;
    std::unique_ptr<TablePlace> m_place; // the user's place across in-place refreshes
    UnreadFilter *m_unread = nullptr;
    int m_page = 0;
    bool m_activated = false;
    bool m_liveStale = false; // a live refresh came while another page was in front
};

} // namespace kakiyo
