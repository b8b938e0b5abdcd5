#include "ui/campaigns/CampaignsPage.h"

#include "models/CampaignListModel.h"
#include "models/api/CampaignsApi.h"
#include "models/jobs/CampaignActivity.h"
#include "ui/campaigns/CampaignCard.h"
#include "ui/campaigns/CampaignDetailsPanel.h"
#include "ui/campaigns/CampaignDialog.h"
#include "ui/shell/ListTable.h"
#include "ui/shell/MessageBox.h"
#include "ui/shell/Teardown.h"
#include "ui/shell/Theme.h"

#include <QAction>
#include <QButtonGroup>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

namespace kakiyo {

CampaignsPage::CampaignsPage(Connection *session, QWidget *parent)
    : Page(tr("Campaigns"), parent)
    , m_connection(session)
    , m_model(new CampaignListModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_activity(new CampaignActivity(session, this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CampaignListModel::RawRole);

    auto *create = new QPushButton(tr("New campaign"), this);
    m_create = create;
    create->setObjectName(QStringLiteral("newCampaignButton"));
    create->setProperty("primary", true);
    m_icons.set(create, QStringLiteral("add"), Qt::white);
    create->setAccessibleName(tr("New campaign"));
    connect(create, &QPushButton::clicked, this, &CampaignsPage::createCampaign);
    headerActions()->addWidget(create);
    m_cardButton = new QToolButton(this);
    m_cardButton->setObjectName(QStringLiteral("cardViewButton"));
    m_icons.set(m_cardButton, QStringLiteral("cards"));
    m_cardButton->setToolTip(tr("Cards"));
    m_cardButton->setAccessibleName(tr("Show as cards"));
    m_cardButton->setCheckable(true);
    m_tableButton = new QToolButton(this);
    m_tableButton->setObjectName(QStringLiteral("tableViewButton"));
    m_icons.set(m_tableButton, QStringLiteral("table"));
    m_tableButton->setToolTip(tr("Table"));
    m_tableButton->setAccessibleName(tr("Show as table"));
    m_tableButton->setCheckable(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_cardButton);
    group->addButton(m_tableButton);
    m_cardButton->setChecked(true);
    headerActions()->addWidget(m_cardButton);
    headerActions()->addWidget(m_tableButton);
    connect(m_cardButton, &QToolButton::clicked, this, [this] { setTableView(false); });
    connect(m_tableButton, &QToolButton::clicked, this, [this] { setTableView(true); });

    auto *messageRow = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("campaignMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    messageRow->addWidget(m_message, 1);
    m_pauseFirst = new QPushButton(tr("Pause first"), this);
    m_icons.set(m_pauseFirst, QStringLiteral("pause"));
    m_pauseFirst->setObjectName(QStringLiteral("pauseFirstButton"));
    m_pauseFirst->setAccessibleName(tr("Pause the campaign first"));
    m_pauseFirst->hide();
    connect(m_pauseFirst, &QPushButton::clicked, this, [this] {
        m_pauseFirst->hide();
        if (!m_pauseFirstId.isEmpty())
            setPaused(m_pauseFirstId, true);
    });
    messageRow->addWidget(m_pauseFirst, 0, Qt::AlignTop);
    body()->addLayout(messageRow);
    applyColours();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("campaignSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_views = new QStackedWidget(m_splitter);
    m_scroll = new QScrollArea(m_views);
    m_scroll->setObjectName(QStringLiteral("campaignCards"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_grid = new QWidget(m_scroll);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(0, 0, 4, 0);
    m_gridLayout->setSpacing(12);
    m_scroll->setWidget(m_grid);
    // The splitter and the side sheet change the room for cards without resizing the page.
    m_scroll->viewport()->installEventFilter(this);
    m_views->addWidget(m_scroll);

    m_table = new QTableView(m_views);
    setUpListTable(m_table, m_proxy, QStringLiteral("campaignTable"), tr("Campaigns"),
        CampaignListModel::CreatedColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(
        CampaignListModel::NameColumn, QHeaderView::Stretch);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        editCampaign(index.data(CampaignListModel::IdRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const QString id = current.data(CampaignListModel::IdRole).toString();
            if (!id.isEmpty() && isTableView())
                showDetails(id);
        });
    m_views->addWidget(m_table);
    m_splitter->addWidget(m_views);

    m_details = new CampaignDetailsPanel(session, m_splitter);
    m_details->setMinimumWidth(380);
    m_details->hide();
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    body()->addWidget(m_splitter, 1);
    connect(m_details, &CampaignDetailsPanel::closeRequested, this, &CampaignsPage::hideDetails);
    connect(
        m_details, &CampaignDetailsPanel::openConversation, this, &CampaignsPage::openConversation);
    connect(m_details, &CampaignDetailsPanel::importRequested, this,
        [this](const QString &id) { requestImport(id); });

    connect(m_activity, &CampaignActivity::changed, this, [this](const QString &id) {
        if (CampaignCard *c = card(id))
            applyActivity(c);
        if (id == m_selected)
            m_details->setActivity(
                m_activity->series(id), m_activity->state(id) == CampaignActivity::State::Ready);
    });

    // Palette commands.
    auto *importAction
        = new QAction(tr("Campaigns: import leads into the selected campaign…"), this);
    importAction->setObjectName(QStringLiteral("importLeadsAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    importAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(importAction, &QAction::triggered, this, [this] {
        bringForward();
        if (m_selected.isEmpty())
            say(tr("Select a campaign first: click its card or its row."), true);
        else
            requestImport(m_selected);
    });
    addAction(importAction);
    auto *detailsAction = new QAction(tr("Campaigns: show or hide the details panel"), this);
    detailsAction->setObjectName(QStringLiteral("toggleCampaignDetails"));
    detailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    detailsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(detailsAction, &QAction::triggered, this, [this] {
        bringForward();
        if (isDetailsVisible())
            hideDetails();
        else if (!m_selected.isEmpty())
            showDetails(m_selected);
        else if (!m_model->campaigns().isEmpty())
            showDetails(m_model->campaigns().constFirst().id);
    });
    addAction(detailsAction);

    trackModel(m_model);
    // A model reset forgets the header's modes: the name takes the spare width again.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_table->horizontalHeader()->setSectionResizeMode(
            CampaignListModel::NameColumn, QHeaderView::Stretch);
    });
    connect(m_model, &CampaignListModel::loaded, this, [this] {
        rebuildCards();
        // The sparklines: one call per campaign per round, at background priority.
        QStringList ids;
        for (const Campaign &c : m_model->campaigns())
            ids << c.id;
        m_activity->load(ids, std::exchange(m_refreshActivity, false));
        if (!m_selected.isEmpty() && m_model->rowOf(m_selected) < 0)
            hideDetails();
    });
    connect(m_model, &CampaignListModel::dataChanged, this, &CampaignsPage::rebuildCards);
    connect(m_model, &CampaignListModel::rowsRemoved, this, &CampaignsPage::rebuildCards);
    connect(
        m_model, &CampaignListModel::loadFailed, this, [this](const QString &m) { say(m, true); });
}

CampaignsPage::~CampaignsPage()
{
    // Children still signal while ~QWidget deletes them: none of it may reach this half-destroyed
    // object (see Teardown.h).
    disconnectChildren(this);
}

void CampaignsPage::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_model->load(false);
}

void CampaignsPage::refreshInPlace()
{
    // The auto-refresh has just stored the list (with its counts): from the cache, no call.
    if (m_activated)
        m_model->load(false);
}

void CampaignsPage::refresh()
{
    m_activated = true;
    m_refreshActivity = true;
    m_model->load(true);
    if (isDetailsVisible())
        m_details->refresh();
}

void CampaignsPage::bringForward()
{
    // A palette command may run from any page: show this one first.
    if (!isVisible())
        emit showRequested();
}

void CampaignsPage::showDetails(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_selected = id;
    m_details->showCampaign(m_model->campaign(row));
    m_details->setActivity(
        m_activity->series(id), m_activity->state(id) == CampaignActivity::State::Ready);
    m_details->show();
    markSelected();
}

void CampaignsPage::hideDetails()
{
    m_details->hide();
    m_selected.clear();
    markSelected();
}

bool CampaignsPage::isDetailsVisible() const
{
    return !m_details->isHidden();
}

void CampaignsPage::markSelected()
{
    for (CampaignCard *c : std::as_const(m_cards))
        c->setSelected(c->campaignId() == m_selected);
}

void CampaignsPage::requestImport(const QString &id, const QString &filePath)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    say(filePath.isEmpty()
            ? tr("Importing leads into “%1”…").arg(m_model->campaign(row).name)
            : tr("Importing %1 into “%2”…")
                  .arg(QDir::toNativeSeparators(filePath), m_model->campaign(row).name));
    emit importRequested(id, filePath);
}

void CampaignsPage::applyActivity(CampaignCard *c) const
{
    switch (m_activity->state(c->campaignId())) {
    case CampaignActivity::State::Ready:
        c->setActivity(m_activity->series(c->campaignId()));
        break;
    case CampaignActivity::State::Failed:
        c->setActivityUnavailable();
        break;
    case CampaignActivity::State::Unknown:
        break; // the sparkline says "loading activity…"
    }
}

bool CampaignsPage::isTableView() const
{
    return m_views->currentWidget() == m_table;
}

void CampaignsPage::setTableView(bool table)
{
    m_views->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_scroll);
    m_tableButton->setChecked(table);
    m_cardButton->setChecked(!table);
    if (table) {
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setSectionResizeMode(
            CampaignListModel::NameColumn, QHeaderView::Stretch);
    }
}

QList<CampaignCard *> CampaignsPage::cards() const
{
    return m_cards;
}

CampaignCard *CampaignsPage::card(const QString &id) const
{
    for (CampaignCard *c : m_cards) {
        if (c->campaignId() == id)
            return c;
    }
    return nullptr;
}

QString CampaignsPage::lastMessage() const
{
    return m_message->text();
}

void CampaignsPage::say(const QString &text, bool error)
{
    m_pauseFirst->hide();
    m_message->setText(text);
    m_messageIsError = error;
    applyColours();
    m_message->setVisible(!text.isEmpty());
}

void CampaignsPage::applyColours()
{
    // Only when they change: a new style sheet is itself a palette change.
    const QString primary
        = QStringLiteral("QPushButton { background: %1; color: white; border-color: %1; }")
              .arg(Theme::accent().name());
    if (m_create->styleSheet() != primary)
        m_create->setStyleSheet(primary);
    const QString message
        = m_messageIsError ? QStringLiteral("color: %1;").arg(Theme::danger().name()) : QString();
    if (m_message->styleSheet() != message)
        m_message->setStyleSheet(message);
}

void CampaignsPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_icons.reapply();
        applyColours();
    }
}

void CampaignsPage::rebuildCards()
{
    for (CampaignCard *c : std::as_const(m_cards))
        c->deleteLater();
    m_cards.clear();
    // Active first, then paused, then the rest; newest first within a group.
    QList<Campaign> sorted = m_model->campaigns();
    auto rank = [](const QString &s) {
        return s == QLatin1String("active") ? 0
            : s == QLatin1String("paused")  ? 1
            : s == QLatin1String("draft")   ? 2
                                            : 3;
    };
    std::stable_sort(sorted.begin(), sorted.end(), [&rank](const Campaign &a, const Campaign &b) {
        if (rank(a.status) != rank(b.status))
            return rank(a.status) < rank(b.status);
        return a.createdAt > b.createdAt;
    });
    for (const Campaign &c : sorted) {
        auto *card = new CampaignCard(c, m_grid);
        connect(card, &CampaignCard::toggleRequested, this, &CampaignsPage::setPaused);
        connect(card, &CampaignCard::editRequested, this, &CampaignsPage::editCampaign);
        connect(card, &CampaignCard::deleteRequested, this, &CampaignsPage::deleteCampaign);
        connect(card, &CampaignCard::selectRequested, this, &CampaignsPage::showDetails);
        connect(card, &CampaignCard::importRequested, this, &CampaignsPage::requestImport);
        applyActivity(card);
        m_cards.append(card);
    }
    m_columns = 0;
    layoutCards();
    markSelected();
    // The side sheet follows the list (a rename, a pause): same campaign, header only.
    if (const int row = m_model->rowOf(m_selected); row >= 0 && isDetailsVisible())
        m_details->showCampaign(m_model->campaign(row));
}

void CampaignsPage::layoutCards()
{
    const int available = m_scroll->viewport()->width();
    const int columns = qBound(1, available / 290, 4);
    if (columns == m_columns && m_gridLayout->count() == m_cards.size())
        return;
    m_columns = columns;
    while (m_gridLayout->count() > 0)
        delete m_gridLayout->takeAt(0);
    for (int i = 0; i < m_cards.size(); ++i)
        m_gridLayout->addWidget(m_cards.at(i), i / columns, i % columns, Qt::AlignTop);
    for (int c = 0; c < 4; ++c)
        m_gridLayout->setColumnStretch(c, c < columns ? 1 : 0);
    m_gridLayout->setRowStretch(int(m_cards.size() + columns - 1) / columns, 1);
}

bool CampaignsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        layoutCards();
    return Page::eventFilter(watched, event);
}

void CampaignsPage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    layoutCards();
}

void CampaignsPage::createCampaign()
{
    auto *dialog = new CampaignDialog(m_connection, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CampaignCreate body = dialog->createBody();
        const QString name = body.name;
        say(tr("Creating “%1”…").arg(name));
        CampaignsApi(m_connection)
            .create(body, this, [this, name](const Result<CampaignCreated> &result) {
                if (!result.ok()) {
                    QStringList lines {
                        tr("“%1” was not created: %2").arg(name, result.error.userMessage())};
                    for (const auto &d : result.error.details)
                        lines << QStringLiteral("%1: %2").arg(d.field, d.message);
                    say(lines.join(QLatin1Char('\n')), true);
                    return;
                }
                say(tr("Campaign “%1” created.").arg(name));
                m_model->load(true);
                emit campaignChanged(result.value.id);
            });
    });
    dialog->open();
    emit dialogOpened(dialog);
}

void CampaignsPage::editCampaign(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const Campaign campaign = m_model->campaign(row);
    auto *dialog = new CampaignDialog(m_connection, &campaign, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        say(tr("Saving…"));
        CampaignsApi(m_connection)
            .update(id, dialog->updateBody(), this, [this, id](const Result<Ack> &result) {
                if (!result.ok()) {
                    say(tr("Not saved: %1").arg(result.error.userMessage()), true);
                    return;
                }
                say(tr("Campaign saved."));
                m_model->load(true);
                emit campaignChanged(id);
            });
    });
    dialog->open();
    emit dialogOpened(dialog);
}

void CampaignsPage::setPaused(const QString &id, bool pause)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QString name = m_model->campaign(row).name;
    if (CampaignCard *c = card(id))
        c->toggleButton()->setEnabled(false);
    auto done = [this, id, name, pause](const Result<Ack> &result) {
        if (!result.ok()) {
            say(tr("“%1” was not %2: %3")
                    .arg(name, pause ? tr("paused") : tr("resumed"), result.error.userMessage()),
                true);
            rebuildCards();
            return;
        }
        say(pause ? tr("“%1” paused.").arg(name) : tr("“%1” resumed.").arg(name));
        m_model->setStatus(id, pause ? QStringLiteral("paused") : QStringLiteral("active"));
        emit campaignChanged(id);
    };
    if (pause)
        CampaignsApi(m_connection).pause(id, this, done);
    else
        CampaignsApi(m_connection).resume(id, this, done);
}

void CampaignsPage::offerPauseFirst(const QString &id)
{
    m_pauseFirstId = id;
    m_pauseFirst->show();
}

void CampaignsPage::deleteCampaign(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const Campaign c = m_model->campaign(row);
    if (c.status == QLatin1String("active")) {
        const auto answer = MessageBox::question(this, tr("Pause first"),
            tr("“%1” is active, and Kakiyo refuses to delete an active campaign: pause it first, "
               "then delete it.\n\nPause “%1” now?")
                .arg(c.name),
            MessageBox::Buttons(QMessageBox::Yes | QMessageBox::Cancel), QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            setPaused(id, true);
        return;
    }
    const auto answer = MessageBox::question(this, tr("Delete campaign"),
        tr("Delete “%1”? This removes its %2 prospects, their conversations and its statistics. It "
           "cannot be undone.")
            .arg(c.name)
            .arg(c.stats.prospects),
        MessageBox::Buttons(QMessageBox::Yes | QMessageBox::Cancel), QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    say(tr("Deleting “%1”…").arg(c.name));
    CampaignsApi(m_connection)
        .remove(id, this, [this, id, name = c.name](const Result<DeletionResult> &result) {
            if (!result.ok()) {
                const bool active = result.error.code == QLatin1String("campaign_active");
                say(active ? tr("Kakiyo refused to delete “%1”: it is still active. Pause it "
                                "first, then delete it.")
                                 .arg(name)
                           : tr("“%1” was not deleted: %2").arg(name, result.error.userMessage()),
                    true);
                if (active) {
                    offerPauseFirst(id);
                    // Our list thought otherwise: show the server's status.
                    m_model->setStatus(id, QStringLiteral("active"));
                }
                return;
            }
            say(tr("“%1” deleted.").arg(name));
            if (m_selected == id)
                hideDetails();
            m_model->removeCampaign(id);
            emit campaignChanged(id);
        });
}

} // namespace kakiyo
