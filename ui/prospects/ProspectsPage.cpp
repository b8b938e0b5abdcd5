#include "ui/prospects/ProspectsPage.h"

#include "models/ConversationModel.h"
#include "models/ProspectSearchModel.h"
#include "models/api/CampaignsApi.h"
#include "models/api/Connection.h"
#include "models/domain/ConversationStatus.h"
#include "models/jobs/ProspectExport.h"
#include "models/store/SavedSearches.h"
#include "ui/prospects/AddProspectDialog.h"
#include "ui/prospects/BulkActionDialog.h"
#include "ui/prospects/CampaignCombo.h"
#include "ui/prospects/ConversationView.h"
#include "ui/prospects/SalesNavigatorDialog.h"
#include "ui/prospects/TablePlace.h"
#include "ui/prospects/TriageKeys.h"
#include "ui/prospects/UnreadFilter.h"
#include "ui/prospects/UnreadRowDelegate.h"
#include "ui/shell/Teardown.h"
#include "ui/shell/Theme.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kakiyo {

namespace {
QComboBox *triState(QWidget *parent, const QString &any, const QString &yes, const QString &no)
{
    auto *c = new QComboBox(parent);
    c->addItem(any);
    c->addItem(yes, true);
    c->addItem(no, false);
    return c;
}

std::optional<bool> triValue(const QComboBox *c)
{
    const QVariant v = c->currentData();
    return v.isValid() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

void setTri(QComboBox *c, std::optional<bool> v)
{
    c->setCurrentIndex(!v ? 0 : (*v ? 1 : 2));
}
} // namespace

ProspectsPage::ProspectsPage(Connection *session, QWidget *parent)
    : Page(tr("Prospects"), parent)
    , m_connection(session)
    , m_model(new ProspectSearchModel(session, this))
    , m_table(new QTableView(this))
    , m_conversation(new ConversationView(session, this))
    , m_place(std::make_unique<TablePlace>(m_table, ProspectSearchModel::ChatIdRole))
    , m_unread(new UnreadFilter(session, m_model, m_place.get(), this))
{
    setRefreshable(true);
    buildFilterBar();

    m_table->setObjectName(QStringLiteral("prospectsTable"));
    m_table->setAccessibleName(tr("Prospects"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new UnreadRowDelegate(m_table));
    // The search API cannot sort: the server's order is the only one the pager can walk.
    m_table->setSortingEnabled(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setToolTip(
        tr("Results come in the server's order; the search API cannot sort them."));
    const int widths[] = {160, 220, 140, 140, 140, 150, 110, 130, 140};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c]);

    // Pager row: range, navigation, go to page, next-page cost, state + retry.
    auto *pager = new QHBoxLayout;
    auto tool = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        return b;
    };
    QToolButton *first = tool(QStringLiteral("«"), tr("First page"));
    QToolButton *prev = tool(QStringLiteral("‹"), tr("Previous page"));
    QToolButton *next = tool(QStringLiteral("›"), tr("Next page"));
    QToolButton *last = tool(QStringLiteral("»"), tr("Last page"));
    m_pagerLabel = new QLabel(this);
    m_pagerLabel->setObjectName(QStringLiteral("pagerLabel"));
    m_goTo = new QSpinBox(this);
    m_goTo->setObjectName(QStringLiteral("goToPage"));
    m_goTo->setAccessibleName(tr("Go to page"));
    m_goTo->setPrefix(tr("Page "));
    m_goTo->setMinimum(1);
    m_goTo->setKeyboardTracking(false);
    m_cost = new QLabel(this);
    m_cost->setObjectName(QStringLiteral("nextPageCost"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("searchState"));
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setVisible(false);
    pager->addWidget(first);
    pager->addWidget(prev);
    pager->addWidget(m_pagerLabel);
    pager->addWidget(next);
    pager->addWidget(last);
    pager->addWidget(m_goTo);
    pager->addStretch(1);
    pager->addWidget(m_unread->button()); // beside the rows it narrows; the filter rows are full
    pager->addWidget(m_retry);
    // What the next page costs and how much is loaded get a line of their own under the pager,
    // wrapping when narrow: longer languages never cut them at 1024 pixels.
    auto *pagerStatus = new QHBoxLayout;
    pagerStatus->addWidget(m_cost, 1);
    pagerStatus->addWidget(m_state, 1);
    m_state->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (QLabel *label : {m_cost, m_state})
        label->setWordWrap(true);
    connect(first, &QToolButton::clicked, this, [this] { goToPage(0); });
    connect(prev, &QToolButton::clicked, this, [this] { goToPage(m_page - 1); });
    connect(next, &QToolButton::clicked, this, [this] { goToPage(m_page + 1); });
    connect(last, &QToolButton::clicked, this, [this] { goToPage(m_model->pageCount() - 1); });
    connect(m_goTo, &QSpinBox::valueChanged, this, [this](int v) {
        if (v - 1 != m_page)
            goToPage(v - 1);
    });
    connect(m_retry, &QPushButton::clicked, m_model, &ProspectSearchModel::retry);

    // Bulk actions and export.
    auto *bulk = new QHBoxLayout;
    auto bulkButton = [this, bulk](const QString &text, ProspectBulkAction::Kind kind) {
        auto *b = new QPushButton(text, this);
        b->setToolTip(tr("%1 the selected rows (shows what it costs first)")
                          .arg(ProspectBulkAction::kindName(kind)));
        b->setAccessibleName(
            tr("%1 the selected prospects").arg(ProspectBulkAction::kindName(kind)));
        connect(b, &QPushButton::clicked, this, [this, kind] { runBulk(kind); });
        bulk->addWidget(b);
    };
    bulkButton(tr("Pause"), ProspectBulkAction::Kind::Pause);
    bulkButton(tr("Resume"), ProspectBulkAction::Kind::Resume);
    bulkButton(tr("Qualify"), ProspectBulkAction::Kind::Qualify);
    bulkButton(tr("Delete…"), ProspectBulkAction::Kind::Delete);
    m_bulkStatus = new QLabel(this);
    m_bulkStatus->setObjectName(QStringLiteral("bulkStatus"));
    bulk->addWidget(m_bulkStatus, 1);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export CSV"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("Loaded rows…"), this, [this] {
        const QString f = QFileDialog::getSaveFileName(
            this, tr("Export loaded rows"), QStringLiteral("prospects.csv"), tr("CSV (*.csv)"));
        if (!f.isEmpty())
            exportLoaded(f);
    });
    menu->addAction(tr("All matches…"), this, [this] {
        const QString f = QFileDialog::getSaveFileName(
            this, tr("Export all matches"), QStringLiteral("prospects.csv"), tr("CSV (*.csv)"));
        if (!f.isEmpty())
            exportAll(f);
    });
    exportButton->setMenu(menu);
    headerActions()->addWidget(exportButton); // the bulk row stays narrow

    auto *addOne = new QAction(Theme::icon(QStringLiteral("add")), tr("Add a prospect…"), this);
    addOne->setObjectName(QStringLiteral("addProspect"));
    addOne->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    addOne->setShortcutContext(Qt::WindowShortcut);
    addOne->setIconText(tr("Add…")); // the header button stays short: the page fits 1024 px
    addOne->setToolTip(tr("Add one prospect to a campaign; the menu also imports a Sales "
                          "Navigator search"));
    connect(addOne, &QAction::triggered, this, [this] { openAddProspect(); });
    addAction(addOne); // also in the command palette
    auto *salesNav = new QAction(tr("Import a Sales Navigator search…"), this);
    salesNav->setObjectName(QStringLiteral("importSalesNavigator"));
    connect(salesNav, &QAction::triggered, this, [this] { openSalesNavigator(); });
    addAction(salesNav);
    auto *addButton = new QToolButton(this);
    addButton->setObjectName(QStringLiteral("addProspectMenuButton"));
    addButton->setAccessibleName(tr("Add a prospect"));
    addButton->setDefaultAction(addOne);
    addButton->setPopupMode(QToolButton::MenuButtonPopup);
    addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *addMenu = new QMenu(addButton);
    addMenu->addAction(addOne);
    addMenu->addAction(salesNav);
    addButton->setMenu(addMenu);
    headerActions()->addWidget(addButton);

    auto *import = new QAction(Theme::icon(QStringLiteral("add")), tr("Import leads…"), this);
    import->setObjectName(QStringLiteral("importLeads"));
    import->setToolTip(tr("Add prospects from a CSV file to a campaign"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setShortcutContext(Qt::WindowShortcut);
    connect(import, &QAction::triggered, this,
        [this] { emit importRequested(m_campaign->currentData().toString()); });
    addAction(import); // also in the command palette
    auto *importButton = new QToolButton(this);
    importButton->setObjectName(QStringLiteral("importLeadsButton"));
    importButton->setDefaultAction(import);
    importButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    headerActions()->addWidget(importButton);

    // Status texts may be long ("Exported 12,345 prospects…"); they give up width before the
    // controls do (the full text stays in the tooltip), so the page fits a 1024-pixel window.
    m_bulkStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_bulkStatus->setMinimumWidth(36);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(pager);
    leftLayout->addLayout(pagerStatus);
    leftLayout->addLayout(bulk);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_conversation);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    body()->addWidget(split, 1);

    // The model asks pages once the visible range stops moving (its own settle timer).
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
        &ProspectsPage::reportVisibleRows);
    connect(m_model, &ProspectSearchModel::totalChanged, this, &ProspectsPage::updatePager);
    connect(m_model, &ProspectSearchModel::stateChanged, this, [this] {
        updatePager();
        const auto s = m_model->state();
        setBusy(s == ProspectSearchModel::State::Loading);
        if (s == ProspectSearchModel::State::Loaded || s == ProspectSearchModel::State::AtEnd)
            setUpdatedAt(QDateTime::currentDateTimeUtc());
        setScopeNote(m_model->emptyText());
    });
    connect(m_model, &ProspectSearchModel::pageLoaded, this, [this] {
        updatePager();
        m_place->restore(); // after an in-place refresh: the same prospects, the same scroll
        if (!m_model->isRefreshingInPlace())
            m_place->forget();
    });
    connect(m_unread, &UnreadFilter::left, this, &ProspectsPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                openRow(current.row());
        });
    connect(m_conversation, &ConversationView::changed, this, [this] {
        // The table row is stale after a write; the page is asked again on demand only.
        m_bulkStatus->setText(tr("Row data refreshes with F5"));
    });

    installTriageKeys(this);
    updatePager();
}

ProspectsPage::~ProspectsPage()
{
    // Children still signal while ~QWidget deletes them: none of it may reach this half-destroyed
    // object (see Teardown.h).
    disconnectChildren(this);
}

void ProspectsPage::buildFilterBar()
{
    auto *bar = new QHBoxLayout;
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("prospectQuery"));
    m_query->setPlaceholderText(tr("Search name, headline, company…"));
    m_query->setClearButtonEnabled(true);
    m_query->setMinimumWidth(180);
    m_query->setAccessibleName(tr("Search text"));
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("campaignFilter"));
    m_campaign->setAccessibleName(tr("Campaign"));
    m_campaign->setToolTip(tr("Only prospects of this campaign"));
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_campaign->setMinimumContentsLength(18);
    m_campaign->addItem(tr("All campaigns"), QString());
    m_qualification = new QComboBox(this);
    m_qualification->addItem(tr("Any qualification"));
    for (const QString &q : qualificationFilterValues())
        m_qualification->addItem(q.left(1).toUpper() + q.mid(1), q);
    m_status = new QComboBox(this);
    m_status->addItem(tr("Any status"));
    for (int code : knownStatusCodes())
        m_status->addItem(statusLabel(code), code);
    m_city = new QLineEdit(this);
    m_city->setPlaceholderText(tr("City"));
    m_city->setMinimumWidth(90);
    m_city->setAccessibleName(tr("City"));
    m_country = new QLineEdit(this);
    m_country->setPlaceholderText(tr("Country"));
    m_country->setMinimumWidth(90);
    m_country->setAccessibleName(tr("Country"));
    m_responded = triState(this, tr("Responded: any"), tr("Responded"), tr("Not responded"));
    m_responded->setAccessibleName(tr("Has responded"));
    m_paused = triState(this, tr("Paused: any"), tr("Paused"), tr("Running"));
    m_paused->setAccessibleName(tr("Paused"));
    m_qualification->setAccessibleName(tr("Qualification"));
    m_status->setAccessibleName(tr("Conversation status"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(12);
    auto *search = new QPushButton(tr("Search"), this);
    search->setDefault(true);
    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("savedSearches"));
    m_saved->setToolTip(tr("Saved searches of this profile"));
    m_saved->setAccessibleName(tr("Saved searches"));
    m_saved->setMinimumContentsLength(10);
    auto *save = new QToolButton(this);
    save->setText(tr("Save…"));
    save->setToolTip(tr("Save these filters under a name"));
    // Two rows so every field keeps a readable width: what to look for, then how to narrow it.
    bar->addWidget(m_query, 2);
    bar->addWidget(m_campaign);
    bar->addWidget(search);
    bar->addSpacing(12);
    bar->addWidget(m_saved);
    bar->addWidget(save);
    body()->addLayout(bar);
    auto *narrow = new QHBoxLayout;
    narrow->addWidget(m_qualification);
    narrow->addWidget(m_status);
    narrow->addWidget(m_city);
    narrow->addWidget(m_country);
    narrow->addWidget(m_responded);
    narrow->addWidget(m_paused);
    narrow->addStretch(1);
    body()->addLayout(narrow);

    connect(search, &QPushButton::clicked, this, &ProspectsPage::applyFilter);
    for (QLineEdit *e : {m_query, m_city, m_country})
        connect(e, &QLineEdit::returnPressed, this, &ProspectsPage::applyFilter);
    for (QComboBox *c : {m_campaign, m_qualification, m_status, m_responded, m_paused})
        connect(c, &QComboBox::activated, this, &ProspectsPage::applyFilter);
    connect(save, &QToolButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Save search"), tr("Name:"), QLineEdit::Normal, {}, &ok);
        if (ok && SavedSearches(m_connection->profileId()).save(name, currentFilter()))
            loadSavedSearches();
    });
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        const auto f = SavedSearches(m_connection->profileId()).load(m_saved->itemText(index));
        if (f) {
            setFilter(*f);
            applyFilter();
        }
    });
}

void ProspectsPage::loadCampaigns(bool refresh)
{
    ReadOptions options;
    options.priority = Priority::Background;
    options.cache = refresh ? ApiRequest::CacheMode::Refresh : ApiRequest::CacheMode::CacheFirst;
    CampaignsApi(m_connection)
        .list(
            this,
            [this](const Result<QList<Campaign>> &r) {
                if (r.ok()) // else the filter keeps what it has; the session reports the error
                    fillCampaignFilter(m_campaign, r.value, tr("All campaigns"));
            },
            options);
}

AddProspectDialog *ProspectsPage::openAddProspect()
{
    if (!m_addDialog) {
        m_addDialog
            = new AddProspectDialog(m_connection, m_campaign->currentData().toString(), this);
        m_addDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_addDialog, &AddProspectDialog::added, this,
            [this](const QString &, const QString &chatId, const QString &name) {
                // The new row: search for it by name on a fresh page, and open its conversation.
                m_query->setText(name);
                applyFilter();
                if (!chatId.isEmpty())
                    openConversation(chatId);
            });
    }
    m_addDialog->show();
    m_addDialog->raise();
    m_addDialog->activateWindow();
    return m_addDialog;
}

SalesNavigatorDialog *ProspectsPage::openSalesNavigator()
{
    if (!m_salesNavDialog) {
        m_salesNavDialog
            = new SalesNavigatorDialog(m_connection, m_campaign->currentData().toString(), this);
        m_salesNavDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_salesNavDialog, &SalesNavigatorDialog::arrived, this, [this] { refresh(); });
    }
    m_salesNavDialog->show();
    m_salesNavDialog->raise();
    m_salesNavDialog->activateWindow();
    return m_salesNavDialog;
}

void ProspectsPage::loadSavedSearches()
{
    m_saved->clear();
    m_saved->addItem(tr("Saved searches"));
    m_saved->addItems(SavedSearches(m_connection->profileId()).names());
}

ProspectSearchQuery ProspectsPage::currentFilter() const
{
    ProspectSearchQuery f;
    f.query = m_query->text().trimmed();
    f.campaignId = m_campaign->currentData().toString();
    f.qualification = m_qualification->currentData().toString();
    if (m_status->currentData().isValid())
        f.status = m_status->currentData().toInt();
    f.city = m_city->text().trimmed();
    f.country = m_country->text().trimmed();
    f.hasResponded = triValue(m_responded);
    f.isPaused = triValue(m_paused);
    return f;
}

void ProspectsPage::setFilter(const ProspectSearchQuery &f)
{
    m_query->setText(f.query);
    selectCampaignFilter(m_campaign, f.campaignId);
    m_qualification->setCurrentIndex(std::max(0, m_qualification->findData(f.qualification)));
    m_status->setCurrentIndex(f.status ? std::max(0, m_status->findData(*f.status)) : 0);
    m_city->setText(f.city);
    m_country->setText(f.country);
    setTri(m_responded, f.hasResponded);
    setTri(m_paused, f.isPaused);
}

void ProspectsPage::applyFilter()
{
    if (m_unread->isActive())
        return m_unread->setActive(false); // which comes back here through left()
    m_page = 0;
    m_model->setFilter(currentFilter());
    m_conversation->showConversation({});
}

void ProspectsPage::activate()
{
    if (std::exchange(m_liveStale, false))
        refreshInPlace();
    if (m_activated)
        return;
    m_activated = true;
    loadSavedSearches();
    loadCampaigns(false);
    applyFilter();
}

void ProspectsPage::refreshInPlace()
{
    // Search is the slowest rate tier: only the page on screen asks (its visible rows); a page
    // behind another one, or in a window hidden in the tray, asks when it is shown again.
    if (!m_activated)
        return;
    if (!isVisible())
        m_liveStale = true;
    else if (m_unread->isActive())
        m_unread->reload();
    else {
        m_place->keep();
        m_model->refreshInPlace();
    }
}

void ProspectsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    // Back on screen (the window shown from the tray) after a refresh it missed.
    if (m_activated && std::exchange(m_liveStale, false))
        refreshInPlace();
}

void ProspectsPage::setUnreadChats(const QStringList &chats)
{
    m_unread->setUnreadChats(chats);
}

void ProspectsPage::refresh()
{
    loadCampaigns(true);
    if (m_unread->isActive())
        m_unread->reload(true);
    else
        m_model->refresh();
    if (!m_conversation->model()->chatId().isEmpty())
        m_conversation->model()->reload();
}

void ProspectsPage::reportVisibleRows()
{
    const int first = m_table->rowAt(0);
    if (first < 0)
        return;
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    m_model->setVisibleRows(first, last);
    const int page = first / ProspectSearchModel::kPageSize;
    if (page != m_page) {
        m_page = page;
        updatePager();
    }
}

void ProspectsPage::goToPage(int page)
{
    const int pages = m_model->pageCount();
    if (pages == 0)
        return;
    page = std::clamp(page, 0, pages - 1);
    m_page = page;
    const int row = page * ProspectSearchModel::kPageSize;
    m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
    // A jump is a settled position: ask for it at once.
    const int rows = std::max(1, m_table->viewport()->height() / 24);
    m_model->loadRows(row, row + rows);
    updatePager();
}

void ProspectsPage::updatePager()
{
    const int pages = m_model->pageCount();
    m_pagerLabel->setText(m_model->totalKnown() ? m_model->pageRangeText(m_page) : tr("—"));
    m_goTo->blockSignals(true);
    m_goTo->setMaximum(std::max(1, pages));
    m_goTo->setSuffix(tr(" of %L1").arg(std::max(1, pages)));
    m_goTo->setValue(m_page + 1);
    m_goTo->blockSignals(false);
    const auto cost = m_model->costOfPage(m_page + 1);
    if (m_page + 1 >= pages)
        m_cost->setText(tr("Last page"));
    else if (cost.calls == 0)
        m_cost->setText(tr("Next page: loaded, free"));
    else
        m_cost->setText(cost.credits > 0
                ? tr("Next page: %n call(s), %n credit(s)", nullptr, cost.calls)
                : tr("Next page: %n call(s)", nullptr, cost.calls));
    m_state->setText(m_model->stateText());
    m_retry->setVisible(m_model->state() == ProspectSearchModel::State::Error);
}

void ProspectsPage::openRow(int row)
{
    const ProspectSearchItem *item = m_model->item(row);
    // The row that moved under the open conversation (an in-place refresh) opens nothing again.
    if (!item || item->chatId.isEmpty() || item->chatId == m_conversation->model()->chatId())
        return;
    m_conversation->showConversation(item->chatId);
}

void ProspectsPage::openConversation(const QString &chatId)
{
    if (!chatId.isEmpty())
        m_conversation->showConversation(chatId);
}

void ProspectsPage::nextProspect()
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() + 1 : 0;
    if (row < m_model->rowCount())
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void ProspectsPage::previousProspect()
{
    const int row = m_table->currentIndex().row() - 1;
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

QList<ProspectBulkAction::Target> ProspectsPage::selectedTargets() const
{
    QList<ProspectBulkAction::Target> out;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &i : rows) {
        if (const ProspectSearchItem *it = m_model->item(i.row()))
            out.append({it->chatId, it->prospect.id, it->prospect.name});
    }
    return out;
}

QString ProspectsPage::bulkPreview(ProspectBulkAction::Kind kind) const
{
    ProspectBulkAction action(m_connection, kind, selectedTargets());
    return action.preview().text();
}

BulkActionDialog *ProspectsPage::bulkDialog() const
{
    return m_bulkDialog;
}

void ProspectsPage::runBulk(ProspectBulkAction::Kind kind, bool confirm)
{
    const auto targets = selectedTargets();
    if (targets.isEmpty()) {
        m_bulkStatus->setText(tr("Select loaded rows first"));
        return;
    }
    if (m_bulkDialog && m_bulkDialog->action()->isRunning()) {
        m_bulkDialog->raise();
        m_bulkDialog->activateWindow();
        m_bulkStatus->setText(tr("Another bulk action is still running"));
        return;
    }
    auto *action = new ProspectBulkAction(m_connection, kind, targets);
    auto *dialog = new BulkActionDialog(action, this);
    m_bulkDialog = dialog;
    connect(action, &ProspectBulkAction::progress, this, [this, kind](int done, int total) {
        m_bulkStatus->setText(
            tr("%1: %2 of %3…").arg(ProspectBulkAction::kindName(kind)).arg(done).arg(total));
    });
    connect(dialog, &BulkActionDialog::finished, this, [this, action, kind] {
        int ok = 0;
        QStringList lines;
        for (const auto &r : action->results()) {
            ok += r.ok ? 1 : 0;
            const QString outcome = r.ok ? tr("done") : (r.sent ? tr("failed") : tr("not sent"));
            lines << QStringLiteral("%1: %2 — %3").arg(r.target.name, outcome, r.message);
        }
        m_bulkReport = lines.join(u'\n');
        m_bulkStatus->setText(tr("%1: %2 of %3 succeeded")
                                  .arg(ProspectBulkAction::kindName(kind))
                                  .arg(ok)
                                  .arg(action->results().size()));
        m_bulkStatus->setToolTip(m_bulkReport);
        emit bulkFinished();
    });
    dialog->show();
    if (!confirm)
        dialog->run();
}

bool ProspectsPage::exportLoaded(const QString &fileName)
{
    const auto out = ProspectExport::writeRows(m_model->loadedItems(), fileName);
    const QString message = out.ok ? tr("Exported %L1 loaded rows").arg(out.rows) : out.error;
    m_bulkStatus->setText(message);
    emit exportFinished(out.ok, message);
    return out.ok;
}

void ProspectsPage::exportAll(const QString &fileName, bool confirm)
{
    // In a client workspace every page asks each of its campaigns once.
    const int calls = ProspectExport::callsFor(m_model->total()) * m_model->callsPerPage();
    if (confirm) {
        const bool credits = m_model->callsCostCredits();
        const QString cost = credits ? tr("%n search call(s) and credit(s)", nullptr, calls)
                                     : tr("%n search call(s)", nullptr, calls);
        if (QMessageBox::question(this, tr("Export all matches"),
                tr("Exporting %L1 prospects costs %2.").arg(m_model->total()).arg(cost))
            != QMessageBox::Yes)
            return;
    }
    auto *job = new ProspectExport(m_connection, this);
    connect(job, &ProspectExport::progress, this, [this](qint64 done, qint64 total) {
        m_bulkStatus->setText(tr("Exporting… %L1 of %L2").arg(done).arg(total));
    });
    connect(job, &ProspectExport::finished, this, [this, job](const ProspectExport::Outcome &o) {
        const QString message = o.ok
            ? tr("Exported %L1 prospects (%n call(s))", nullptr, o.calls).arg(o.rows)
            : tr("Export failed: %1").arg(o.error);
        m_bulkStatus->setText(message);
        job->deleteLater();
        emit exportFinished(o.ok, message);
    });
    job->start(m_model->filter(), fileName);
}

} // namespace kakiyo
